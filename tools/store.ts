/**
 * `npm run store`: the embedded Cosmos-compatible server as its own process on a fixed
 * local port, so the app can restart against it without losing data (it is in memory).
 * It writes its certificate where the app can trust it, and prints the settings to use.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startEmbeddedCosmos } from '../store/embedded';

async function main(): Promise<void> {
  const port = Number(process.env.STORE_PORT ?? 8081);
  const certPath = resolve(process.env.STORE_CERT ?? '.local/store/cert.pem');
  const store = await startEmbeddedCosmos({ port, host: '127.0.0.1' }).catch((err: NodeJS.ErrnoException) => {
    console.error(
      `Store error: cannot listen on 127.0.0.1:${port} (${err.code ?? err.message}). Set STORE_PORT to another port.`,
    );
    process.exit(3);
  });
  mkdirSync(dirname(certPath), { recursive: true });
  writeFileSync(certPath, store.caCertPem);
  console.log(`Embedded Cosmos DB store (in memory) on ${store.endpoint}`);
  console.log('Start the app against it in another terminal:');
  console.log(
    `  COSMOS_ENDPOINT=${store.endpoint} COSMOS_KEY=${store.key} COSMOS_CA_CERT=${certPath} npm start`,
  );
  const stop = async () => {
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
