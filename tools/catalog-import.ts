/**
 * `npm run catalog:import -- FILE.csv|FILE.xlsx --id ID --name NAME --part LIS1|LIS2/3 --kind clinical
 *   --version V --from YYYY-MM-DD [--to YYYY-MM-DD] [--specialty S] [--source TEXT] [--demo] [--out DIR]
 *   [--dry-run [--against CATALOG.json]]`
 *
 * Reads an official goal list as published (the directorate's or the portal's column names, long
 * official texts), validates every row, and writes `<out>/<id>.json`. Any bad row is reported with
 * its row number and field, and then nothing is written. `--dry-run` writes nothing and prints what
 * would change against the version in `--against`, or the catalog of the same id already there.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Catalog, catalogSchema, DEMO_CATALOGS } from '../core/catalog';
import { type CatalogMeta, diffCatalogs, rowsToCatalog } from '../core/catalogImport';
import { decodeText, readCsv, readXlsx } from '../documents/goalList';

const USAGE =
  'usage: npm run catalog:import -- FILE.csv|FILE.xlsx --id ID --name NAME --part LIS1|LIS2/3 --kind clinical|fkm --version V --from YYYY-MM-DD [--to YYYY-MM-DD] [--specialty S] [--source TEXT] [--demo] [--out DIR] [--dry-run [--against CATALOG.json]]';

/** `--part`, or the older `--phase` (LIS2 and LIS3 follow one plan: LIS2/3). */
function partOption(part: unknown, phase: unknown): string | undefined {
  const v = String(part ?? phase ?? '').toUpperCase();
  if (!v) return undefined;
  return v === 'LIS2' || v === 'LIS3' || v === 'LIS2/LIS3' ? 'LIS2/3' : v;
}

/** The version to compare a dry run with: the file named, else the catalog of the same id in `out`, else a shipped one. */
function previousVersion(id: string, outDir: string, against: string | undefined): Catalog | undefined {
  const file = against ?? join(outDir, `${id}.json`);
  if (existsSync(file)) return catalogSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return against ? undefined : DEMO_CATALOGS.find((c) => c.id === id);
}

export async function importCatalog(argv: string[]): Promise<{ code: number; out: string[] }> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        name: { type: 'string' },
        part: { type: 'string' },
        phase: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        against: { type: 'string' },
        kind: { type: 'string' },
        version: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        specialty: { type: 'string' },
        source: { type: 'string' },
        demo: { type: 'boolean', default: false },
        out: { type: 'string', default: 'data/catalogs' },
      },
    }));
  } catch (err) {
    return { code: 2, out: [(err as Error).message, USAGE] };
  }
  const file = positionals[0];
  if (!file) return { code: 2, out: [USAGE] };
  if (!existsSync(file)) return { code: 2, out: [`no such file: ${file}`] };
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx')
    return { code: 2, out: [`expected a .csv or .xlsx file, got ${ext || 'no extension'}`] };

  let table: { header: string[]; rows: string[][] };
  try {
    table = ext === '.csv' ? readCsv(decodeText(readFileSync(file))) : await readXlsx(readFileSync(file));
  } catch (err) {
    return { code: 1, out: [`cannot read ${file}: ${(err as Error).message}`] };
  }
  const meta = {
    id: values.id,
    name: values.name,
    kind: values.kind,
    part: partOption(values.part, values.phase),
    specialty: values.specialty,
    version: values.version,
    effectiveFrom: values.from,
    effectiveTo: values.to ?? null,
    demo: values.demo === true,
    source: values.source ?? `Imported from ${file.split('/').pop()} (Lovdata/Helsedirektoratet, NLOD 2.0)`,
  } as CatalogMeta;
  const result = rowsToCatalog(table.header, table.rows, meta);
  if (!result.ok) {
    return {
      code: 1,
      out: [
        ...result.problems.map((p) =>
          p.row === 0 ? `catalog: ${p.field}: ${p.message}` : `row ${p.row}, ${p.field}: ${p.message}`,
        ),
        `${result.problems.length} problem(s); nothing was written.`,
      ],
    };
  }
  const outDir = String(values.out);
  const ignored = result.ignoredColumns.length
    ? [`ignored columns (not used by the app): ${result.ignoredColumns.join(', ')}`]
    : [];
  if (values['dry-run'] === true) {
    const against = typeof values.against === 'string' ? values.against : undefined;
    if (against && !existsSync(against)) return { code: 2, out: [`no such file: ${against}`] };
    const before = previousVersion(result.catalog.id, outDir, against);
    const lines = [`dry run: ${result.catalog.goals.length} goals read; nothing was written.`, ...ignored];
    if (!before)
      return { code: 0, out: [...lines, 'no earlier version to compare with: every goal is new.'] };
    const d = diffCatalogs(before, result.catalog);
    return {
      code: 0,
      out: [
        ...lines,
        `against ${before.id} version ${before.version}: ${d.added.length} added, ${d.removed.length} removed, ${d.reworded.length} reworded, ${d.moved.length} moved, ${d.unchanged} unchanged`,
        ...d.added.map((g) => `+ ${g.id} ${g.title}`),
        ...d.removed.map((g) => `- ${g.id} ${g.title}`),
        ...d.reworded.map((r) => `~ ${r.id} «${r.before}» → «${r.after}»`),
        ...d.moved.map((m) => `> ${m.id} ${m.changes.join('; ')}`),
      ],
    };
  }
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, `${result.catalog.id}.json`);
  writeFileSync(target, `${JSON.stringify(result.catalog, null, 2)}\n`);
  return { code: 0, out: [`wrote ${target}: ${result.catalog.goals.length} goals`, ...ignored] };
}

if (require.main === module) {
  importCatalog(process.argv.slice(2)).then(({ code, out }) => {
    for (const line of out) (code === 0 ? console.log : console.error)(line);
    process.exit(code);
  });
}
