import { randomUUID } from 'node:crypto';
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { isThrottled, openStore, type Store, THROTTLED_WAIT_SECONDS } from '../../store';
import { type EmbeddedCosmos, makeLocalCertificate, startEmbeddedCosmos } from '../../store/embedded';

/**
 * Cosmos DB answers 429 when a container's request units are spent. The embedded server never
 * does, so a small HTTPS stand-in in front of it does, on demand, as Cosmos DB would (with
 * `x-ms-retry-after-ms`). A click must be answered within Teams' ~10–15 s: the store gives up
 * after `THROTTLED_WAIT_SECONDS`, not the SDK's default 30 s, and says it was throttled.
 */
describe('a store that Cosmos DB throttles', () => {
  let embedded: EmbeddedCosmos;
  let proxy: Server;
  let store: Store;
  let throttle = false;
  let turnedAway = 0;

  beforeAll(async () => {
    embedded = await startEmbeddedCosmos();
    const tls = await makeLocalCertificate();
    const upstream = new URL(embedded.endpoint);
    proxy = createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
      const isDocument = /\/docs(\/|$)/.test(req.url ?? '');
      if (throttle && isDocument) {
        turnedAway++;
        req.resume();
        res.writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': '1500' });
        res.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large' }));
        return;
      }
      const out = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
          ca: embedded.caCertPem,
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      req.pipe(out);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
    store = await openStore({
      endpoint: `https://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      key: embedded.key,
      database: `throttled-${randomUUID().slice(0, 8)}`,
      caCertPem: tls.cert,
    });
  });
  afterAll(async () => {
    await store.close();
    proxy.closeAllConnections();
    await new Promise((r) => proxy.close(r));
    await embedded.close();
  });

  it('gives up within its budget, and the error says it was throttled', async () => {
    throttle = true;
    const started = Date.now();
    const err = await store.people.get('aad-someone').then(
      () => undefined,
      (e: unknown) => e,
    );
    const waited = (Date.now() - started) / 1000;
    throttle = false;
    expect(isThrottled(err)).toBe(true);
    expect(turnedAway).toBeGreaterThan(1);
    // Cosmos DB asks for 1.5 s each time: the SDK alone would try 9 times (13.5 s) before failing.
    expect(waited).toBeLessThan(THROTTLED_WAIT_SECONDS + 1.5);
    // And once Cosmos DB lets it through again, the same read works.
    expect(await store.people.get('aad-someone')).toBeUndefined();
  }, 60_000);
});
