import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Server } from 'restify';

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

const FILES: Record<string, { file: string; type: string }> = {
  '/tab/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/tab/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/tab/config.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/tab/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/tab/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

/**
 * Serves the tab's page and bundle (built by `npm run build` into `tab/public/`).
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
  for (const [route, { file, type }] of Object.entries(FILES)) {
    server.get(route, async (_req, res) => {
      const path = join(publicDir, file);
      if (!existsSync(path)) {
        res.send(503, { error: 'the tab is not built; run npm run build' });
        return;
      }
      res.writeHead(200, {
        'content-type': type,
        'content-security-policy': csp,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(readFileSync(path));
    });
  }
  server.get('/tab', async (_req, res) => {
    res.writeHead(302, { location: '/tab/' });
    res.end();
  });
}
