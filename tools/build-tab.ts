/** Bundles the tab's browser code with esbuild into `tab/public/app.js` (part of `npm run build`). */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function buildTab(): Promise<string> {
  const outfile = join(__dirname, '..', 'tab', 'public', 'app.js');
  const result = await build({
    write: false,
    entryPoints: [join(__dirname, '..', 'tab', 'src', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome110', 'edge110', 'safari16'],
    outfile,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Written whole, then renamed: a server (or a test) reading it meanwhile never sees half a bundle.
  const tmp = `${outfile}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0]?.contents ?? new Uint8Array());
  renameSync(tmp, outfile);
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
