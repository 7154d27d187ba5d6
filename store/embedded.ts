import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { installAtomicBatch } from './atomicBatch';
import { installQueryNarrowing, installQueryRules } from './embeddedQuery';

/**
 * The embedded Cosmos-compatible server (`@vercel/cosmosdb-server`), in memory only.
 * It gets a certificate made here for 127.0.0.1/localhost (the one the package ships has
 * expired), and callers trust exactly that certificate through their own https.Agent.
 */
export interface EmbeddedCosmos {
  endpoint: string;
  /** The server does not check keys; this is the local emulator's well-known placeholder. */
  key: string;
  /** PEM of the server certificate, to trust in this client only. */
  caCertPem: string;
  close(): Promise<void>;
}

export const EMULATOR_KEY =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export async function makeLocalCertificate(): Promise<{ cert: string; key: string }> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 825 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

export async function startEmbeddedCosmos(
  opts: { host?: string; port?: number } = {},
): Promise<EmbeddedCosmos> {
  const host = opts.host ?? '127.0.0.1';
  const tls = await makeLocalCertificate();
  // Before the server module loads: its route table keeps the batch handler it finds.
  installAtomicBatch();
  installQueryNarrowing();
  installQueryRules();
  const { createHttpsServer } =
    require('@vercel/cosmosdb-server') as typeof import('@vercel/cosmosdb-server');
  // keepAlive: without it every request opens a new TLS connection, 3–4× slower.
  const server: Server = createHttpsServer({ cert: tls.cert, key: tls.key, keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://${host}:${port}`,
    key: EMULATOR_KEY,
    caCertPem: tls.cert,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
