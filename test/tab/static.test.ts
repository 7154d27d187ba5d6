import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildTab } from '../../tools/build-tab';
import { startTestApp, type TestApp } from '../helpers/app';

/** A GET (or another method) with the headers a browser sends, the body kept as bytes. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
    request(url, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe("the tab's static files", () => {
  let app: TestApp;
  beforeAll(async () => {
    await buildTab();
    app = await startTestApp({ seed: false });
  }, 60_000);
  afterAll(() => app.stop());

  it('names the bundle by its content, caches it for a year, and compresses it as the browser accepts', async () => {
    const page = await get(`${app.baseUrl}/tab/`, { 'accept-encoding': 'br, gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(page.body).toString('utf8');
    const js = /src="(\/tab\/app\.[\w-]{12}\.js)"/.exec(html)?.[1];
    const css = /href="(\/tab\/app\.[\w-]{12}\.css)"/.exec(html)?.[1];
    expect(js).toBeDefined();
    expect(css).toBeDefined();

    const plain = await get(`${app.baseUrl}${js}`);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get(`${app.baseUrl}${js}`, { 'accept-encoding': 'gzip, deflate, br' });
    const gz = await get(`${app.baseUrl}${js}`, { 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    // Compressed, the bundle is a fraction of its size.
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(br.headers.vary).toBe('accept-encoding');
    expect((await get(`${app.baseUrl}${css}`)).status).toBe(200);
  });

  it('revalidates the page by its ETag, and refuses a name that is not the current content', async () => {
    const page = await get(`${app.baseUrl}/tab/`);
    const etag = page.headers.etag ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(`${app.baseUrl}/tab/`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get(`${app.baseUrl}/tab/app.AAAAAAAAAAAA.js`)).status).toBe(404);
    expect((await get(`${app.baseUrl}/tab/other.txt`)).status).toBe(404);
  });

  it('answers HEAD as GET without the body: /healthz, the page and the bundle', async () => {
    const page = await get(`${app.baseUrl}/tab/`);
    const js = /src="(\/tab\/app\.[\w-]{12}\.js)"/.exec(page.body.toString('utf8'))?.[1];
    expect((await get(`${app.baseUrl}/healthz`, {}, 'HEAD')).status).toBe(200);
    for (const path of ['/tab/', `${js}`]) {
      const full = await get(`${app.baseUrl}${path}`);
      const head = await get(`${app.baseUrl}${path}`, {}, 'HEAD');
      expect([path, head.status]).toEqual([path, 200]);
      expect(head.body.length).toBe(0);
      expect(head.headers['content-type']).toBe(full.headers['content-type']);
      expect(head.headers.etag).toBe(full.headers.etag);
    }
    expect((await get(`${app.baseUrl}/tab/other.txt`, {}, 'HEAD')).status).toBe(404);
  });
});
