/** Bundles the tab's browser code with esbuild into `tab/public/app.js` (part of `npm run build`). */
import { join } from 'node:path';
import { build } from 'esbuild';

export async function buildTab(): Promise<string> {
  const outfile = join(__dirname, '..', 'tab', 'public', 'app.js');
  await build({
    entryPoints: [join(__dirname, '..', 'tab', 'src', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome110', 'edge110', 'safari16'],
    outfile,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}

if (require.main === module) {
  buildTab().then(
    (f) => console.log(`wrote ${f}`),
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
