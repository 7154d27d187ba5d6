/**
 * `npm run catalog:import -- FILE.csv|FILE.xlsx --id ID --name NAME --phase LIS1 --kind clinical
 *   --version V --from YYYY-MM-DD [--to YYYY-MM-DD] [--specialty S] [--source TEXT] [--demo] [--out DIR]`
 *
 * Reads an official goal list, validates every row, and writes `<out>/<id>.json`.
 * Any bad row is reported with its row number and field, and then nothing is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type CatalogMeta, rowsToCatalog } from '../core/catalogImport';

const USAGE =
  'usage: npm run catalog:import -- FILE.csv|FILE.xlsx --id ID --name NAME --phase LIS1|LIS2|LIS3 --kind clinical|fkm --version V --from YYYY-MM-DD [--to YYYY-MM-DD] [--specialty S] [--source TEXT] [--demo] [--out DIR]';

/** Reads a CSV (comma or semicolon separated, UTF-8, optional BOM) into header + rows. */
export function readCsv(text: string): { header: string[]; rows: string[][] } {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = parseCsv(text, {
    bom: true,
    delimiter,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  });
  const [header = [], ...rows] = records;
  return { header, rows };
}

/** Reads the first worksheet of an XLSX file into header + rows of text. */
export async function readXlsx(path: string): Promise<{ header: string[]; rows: string[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const all: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    all.push(cells);
  });
  const [header = [], ...rows] = all;
  return { header, rows };
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
        phase: { type: 'string' },
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
    table = ext === '.csv' ? readCsv(readFileSync(file, 'utf8')) : await readXlsx(file);
  } catch (err) {
    return { code: 1, out: [`cannot read ${file}: ${(err as Error).message}`] };
  }
  const meta = {
    id: values.id,
    name: values.name,
    kind: values.kind,
    phase: values.phase?.toString().toUpperCase(),
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
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, `${result.catalog.id}.json`);
  writeFileSync(target, `${JSON.stringify(result.catalog, null, 2)}\n`);
  return { code: 0, out: [`wrote ${target}: ${result.catalog.goals.length} goals`] };
}

if (require.main === module) {
  importCatalog(process.argv.slice(2)).then(({ code, out }) => {
    for (const line of out) (code === 0 ? console.log : console.error)(line);
    process.exit(code);
  });
}
