import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The folders' contract (../shared/DESIGN.md): who may import what. Read from the source, so a
 * new import across a boundary fails here, not in a review.
 */
const ROOT = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'public' ? [] : files(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** Every import of a file: the project folder it reaches (`core`, `store` …) or the package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [
    ...text.matchAll(/^(?:import|export)\s[^;'"]*?from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] as string);
  return specs.map((spec) => {
    if (!spec.startsWith('.'))
      return spec.startsWith('node:')
        ? 'node:'
        : spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/');
    const target = relative(ROOT, join(ROOT, file, '..', spec));
    return target.startsWith('tab/server') && target !== 'tab/server' && target !== 'tab/server/index'
      ? 'tab/server/*'
      : target.split('/')[0] === 'tab'
        ? target.replace(/\/index$/, '')
        : (target.split('/')[0] as string);
  });
}

const allowed = (file: string, targets: readonly string[]) =>
  importsOf(file).filter((i) => !targets.includes(i));

describe('who may import what', () => {
  it('ops/ imports core/ and store/ only (and Node built-ins): no transport, no cards', () => {
    for (const f of files('ops'))
      expect({ f, bad: allowed(f, ['ops', 'core', 'store', 'node:']) }).toEqual({ f, bad: [] });
  });

  it('documents/ renders from core/ models with a document library only: no store, no transport', () => {
    for (const f of files('documents'))
      expect({ f, bad: allowed(f, ['documents', 'core', 'pdfkit', 'exceljs', 'csv-parse']) }).toEqual({
        f,
        bad: [],
      });
  });

  it('core/ is pure: no other folder, no I/O', () => {
    for (const f of files('core')) expect({ f, bad: allowed(f, ['core', 'zod']) }).toEqual({ f, bad: [] });
  });

  it('store/ imports core/ only, and is the only folder that imports @azure/cosmos', () => {
    for (const f of files('store'))
      expect({
        f,
        bad: allowed(f, ['store', 'core', '@azure/cosmos', '@vercel/cosmosdb-server', 'selfsigned', 'node:']),
      }).toEqual({
        f,
        bad: [],
      });
    for (const dir of ['core', 'ops', 'cards', 'bot', 'tab'])
      for (const f of files(dir))
        expect({ f, cosmos: importsOf(f).includes('@azure/cosmos') }).toEqual({ f, cosmos: false });
  });

  it('bot/ is the only folder that imports botbuilder', () => {
    for (const dir of ['core', 'ops', 'store', 'cards', 'tab'])
      for (const f of files(dir))
        expect({ f, botbuilder: importsOf(f).includes('botbuilder') }).toEqual({ f, botbuilder: false });
  });

  it('bot/ and tab/ do not reach into each other: the tab never imports the bot; the bot only the tab server entry', () => {
    for (const f of files('tab')) expect({ f, bot: importsOf(f).includes('bot') }).toEqual({ f, bot: false });
    for (const f of files('bot'))
      expect({ f, internals: importsOf(f).filter((i) => i.startsWith('tab') && i !== 'tab/server') }).toEqual(
        {
          f,
          internals: [],
        },
      );
  });

  it('bot/ and tab/ write nothing to the store themselves: every change is an operation', () => {
    const writes =
      /\.(save[A-Z]\w*|appendAudit|replaceProfile|createProfile|patchContact|remember|addCardMessage|setTeamLink|createUnit|replaceUnit|createPerson|replacePerson|batch)\(/;
    for (const f of [...files('bot'), ...files('tab')])
      expect({ f, writes: writes.test(readFileSync(join(ROOT, f), 'utf8')) }).toEqual({ f, writes: false });
  });
});
