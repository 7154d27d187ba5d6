import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import type { Request, Response, Server } from 'restify';

/** The project root (the folder with package.json), from source or from `dist/`. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the tab server');
    dir = up;
  }
  return dir;
}

/** A file as served: its bytes, compressed ahead, and the names it is served under. */
interface Asset {
  type: string;
  body: Buffer;
  br: Buffer;
  gzip: Buffer;
  etag: string;
  mtimeMs: number;
}

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

/** Short content hash: the name a bundle is served under, so it can be cached for a year. */
const hashOf = (b: Buffer) => createHash('sha256').update(b).digest('base64url').slice(0, 12);

/**
 * Serves the tab's page and bundle (built by `npm run build` into `tab/public/`): the bundle and
 * the stylesheet under content-hashed names cached for a year, the page revalidated by its ETag
 * (it names the current bundle), each compressed (brotli or gzip, as the browser accepts).
 * Teams loads the page in a frame, so framing is allowed for Teams' own hosts only.
 */
export function registerTabStatic(server: Server): void {
  const publicDir = join(projectRoot(), 'tab', 'public');
  const csp = [
    "default-src 'self'",
    "script-src 'self' https://res.cdn.office.net",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self' https://res.cdn.office.net",
    // The hosts Teams, Outlook and the Microsoft 365 app load tabs from (Teams docs, "tab-requirements").
    'frame-ancestors teams.microsoft.com *.teams.microsoft.com *.cloud.microsoft *.office.com outlook.office.com outlook.office365.com outlook-sdf.office365.com *.microsoft365.com *.skype.com localhost:* 127.0.0.1:*',
  ].join('; ');

  // Read and compressed once per build (a rebuild while the server runs changes the file's time).
  const cache = new Map<string, Asset>();
  const asset = (file: string, rewrite?: (b: Buffer) => Buffer): Asset | undefined => {
    const path = join(publicDir, file);
    if (!existsSync(path)) return undefined;
    const mtimeMs = statSync(path).mtimeMs;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs && !rewrite) return cached;
    const body = rewrite ? rewrite(readFileSync(path)) : readFileSync(path);
    if (cached && cached.etag === `"${hashOf(body)}"`) return cached;
    const a: Asset = {
      type: TYPES[file] ?? 'application/octet-stream',
      body,
      br: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(body, { level: 9 }),
      etag: `"${hashOf(body)}"`,
      mtimeMs,
    };
    cache.set(file, a);
    return a;
  };
  /** The page, naming the bundle and stylesheet by their content hash. */
  const page = () => {
    const js = asset('app.js');
    const css = asset('app.css');
    if (!js || !css) return undefined;
    return asset('index.html', (html) =>
      Buffer.from(
        html
          .toString('utf8')
          .replace('/tab/app.js', `/tab/app.${hashOf(js.body)}.js`)
          .replace('/tab/app.css', `/tab/app.${hashOf(css.body)}.css`),
      ),
    );
  };

  const send = (req: Request, res: Response, a: Asset | undefined, cacheControl: string) => {
    if (!a) {
      res.send(503, { error: 'the tab is not built; run npm run build' });
      return;
    }
    const headers: Record<string, string> = {
      'content-type': a.type,
      'content-security-policy': csp,
      'cache-control': cacheControl,
      'x-content-type-options': 'nosniff',
      etag: a.etag,
      vary: 'accept-encoding',
    };
    if (req.header('if-none-match') === a.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const accepts = String(req.header('accept-encoding') ?? '');
    const [encoding, body] = /\bbr\b/.test(accepts)
      ? ['br', a.br]
      : /\bgzip\b/.test(accepts)
        ? ['gzip', a.gzip]
        : [undefined, a.body];
    res.writeHead(200, { ...headers, ...(encoding ? { 'content-encoding': encoding } : {}) });
    res.end(body);
  };

  // GET and HEAD alike (HTTP asks both of a server; a probe or a proxy may send HEAD): Node leaves
  // out the body of an answer to HEAD.
  const get = (route: string, handler: (req: Request, res: Response) => Promise<void>) => {
    server.get(route, handler);
    server.head(route, handler);
  };
  for (const route of ['/tab/', '/tab/index.html', '/tab/config.html'])
    get(route, async (req, res) => send(req, res, page(), 'no-cache'));
  // The plain names stay (a page cached before this change asks for them), revalidated like the page.
  get('/tab/app.js', async (req, res) => send(req, res, asset('app.js'), 'no-cache'));
  get('/tab/app.css', async (req, res) => send(req, res, asset('app.css'), 'no-cache'));
  // A content-hashed name never changes what it serves: cached for a year.
  get('/tab/:file', async (req, res) => {
    const m = /^app\.([\w-]{12})\.(js|css)$/.exec(String((req.params as Record<string, unknown>).file ?? ''));
    const a = m ? asset(m[2] === 'js' ? 'app.js' : 'app.css') : undefined;
    if (!m || !a || hashOf(a.body) !== m[1]) {
      res.send(404, { error: 'not_found' });
      return;
    }
    send(req, res, a, 'public, max-age=31536000, immutable');
  });
  get('/tab', async (_req, res) => {
    res.writeHead(302, { location: '/tab/' });
    res.end();
  });
}
