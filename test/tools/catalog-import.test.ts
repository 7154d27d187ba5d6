import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { catalogSchema } from '../../core/catalog';
import { importCatalog } from '../../tools/catalog-import';

const args = (file: string, out: string) => [
  file,
  '--id',
  'lis1-imported',
  '--name',
  'LIS1 (importert)',
  '--phase',
  'LIS1',
  '--kind',
  'clinical',
  '--version',
  '2020-03-01',
  '--from',
  '2020-03-01',
  '--out',
  out,
];

describe('npm run catalog:import', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'catalog-'));
  });

  it('imports a good semicolon CSV with a BOM and writes a valid catalog file', async () => {
    const csv = join(dir, 'goals.csv');
    writeFileSync(
      csv,
      '\uFEFFid;title;arena;theme;phase;cross_level\nDEL1-001;"Vurdere; stabilisere";hospital;Akutt;LIS1;no\nDEL1-002;Legevakt;municipality;Legevakt;LIS1;yes\n',
    );
    const r = await importCatalog(args(csv, join(dir, 'out')));
    expect(r).toEqual({ code: 0, out: [`wrote ${join(dir, 'out', 'lis1-imported.json')}: 2 goals`] });
    const written = catalogSchema.parse(
      JSON.parse(readFileSync(join(dir, 'out', 'lis1-imported.json'), 'utf8')),
    );
    expect(written.goals[0]?.title).toBe('Vurdere; stabilisere');
    expect(written.demo).toBe(false);
  });

  it('reports a bad row by number and field and writes nothing', async () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      'id,title,arena,theme,phase\nDEL1-001,Ok,hospital,T,LIS1\nDEL1-002,Ok,spaceship,T,LIS1\n',
    );
    const r = await importCatalog(args(csv, join(dir, 'out')));
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/^row 3, arena: /);
    expect(r.out.at(-1)).toBe('1 problem(s); nothing was written.');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reports a wrong header and writes nothing', async () => {
    const csv = join(dir, 'header.csv');
    writeFileSync(csv, 'code,title,arena,theme,phase\nDEL1-001,Ok,hospital,T,LIS1\n');
    const r = await importCatalog(args(csv, join(dir, 'out')));
    expect(r.code).toBe(1);
    expect(r.out).toEqual(
      expect.arrayContaining(['row 1, code: unknown column "code"', 'row 1, id: missing column "id"']),
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reads XLSX: a good sheet is written, a bad row is reported', async () => {
    const write = async (name: string, rows: (string | boolean)[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Læringsmål');
      ws.addRow(['id', 'title', 'arena', 'theme', 'phase', 'cross_level']);
      for (const r of rows) ws.addRow(r);
      const file = join(dir, name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    const good = await write('good.xlsx', [['DEL1-001', 'Akutt', 'hospital', 'Akutt', 'LIS1', false]]);
    expect((await importCatalog(args(good, join(dir, 'out')))).code).toBe(0);
    const bad = await write('bad.xlsx', [
      ['DEL1-001', 'Akutt', 'hospital', 'Akutt', 'LIS1', false],
      ['DEL1-002', 'Akutt', 'hospital', 'Akutt', 'LIS9', false],
    ]);
    const r = await importCatalog(args(bad, join(dir, 'out2')));
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/^row 3, phase: /);
    expect(existsSync(join(dir, 'out2'))).toBe(false);
  });

  it('refuses missing arguments and unknown file types with usage', async () => {
    expect((await importCatalog([])).code).toBe(2);
    const txt = join(dir, 'x.txt');
    writeFileSync(txt, 'x');
    expect((await importCatalog(args(txt, dir))).out[0]).toMatch(/expected a \.csv or \.xlsx/);
    const csv = join(dir, 'ok.csv');
    writeFileSync(csv, 'id,title,arena,theme,phase\nDEL1-001,Ok,hospital,T,LIS1\n');
    const noMeta = await importCatalog([csv, '--out', join(dir, 'o')]);
    expect(noMeta.code).toBe(1);
    expect(noMeta.out.join('\n')).toMatch(/catalog: id/);
  });
});
