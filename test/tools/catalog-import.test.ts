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
  '--part',
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

  it('reports a header without the needed columns and writes nothing', async () => {
    const csv = join(dir, 'header.csv');
    writeFileSync(csv, 'code,title,arena,theme,phase\nDEL1-001,Ok,hospital,T,LIS1\n');
    const r = await importCatalog(args(csv, join(dir, 'out')));
    expect(r.code).toBe(1);
    expect(r.out).toEqual(['row 1, id: missing column "id"', '1 problem(s); nothing was written.']);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it("imports the portal's spreadsheet as published (its headers, long texts, LM- ids), then a dry run shows what a new version changes", async () => {
    const long = (n: number) =>
      `Legen skal kunne ${['drøfte', 'vurdere', 'forklare', 'anvende'][n % 4]} etiske og juridiske spørsmål i klinisk arbeid, i samarbeid med pasient, pårørende og kolleger, og dokumentere vurderingen i journalen (mål ${n}).`;
    const sheet = async (name: string, rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Felles kompetansemål');
      ws.addRow([
        'Læringsmål-ID',
        'Læringsmål',
        'Kompetanseområde',
        'Læringsarena',
        'Tverrnivå (ja/nei)',
        'Merknad',
      ]);
      for (const r of rows) ws.addRow(r);
      const file = join(dir, name);
      await wb.xlsx.writeFile(file);
      return file;
    };
    const v1 = await sheet('fkm-v1.xlsx', [
      ['LM-1', long(1), 'Etikk', 'Sykehus', 'Ja', ''],
      ['LM-2', long(2), 'Lovverk', 'Kommune', 'Nei', 'ny'],
      ['LM-3', long(3), 'Samhandling', 'Kommune', 'Nei', ''],
    ]);
    const meta = [
      '--id',
      'fkm-official',
      '--name',
      'FKM',
      '--part',
      'LIS1',
      '--kind',
      'fkm',
      '--version',
      '1',
      '--from',
      '2025-09-01',
    ];
    const out = join(dir, 'out');
    const first = await importCatalog([v1, ...meta, '--out', out]);
    expect(first.out).toEqual([
      `wrote ${join(out, 'fkm-official.json')}: 3 goals`,
      'ignored columns (not used by the app): Merknad',
    ]);
    const written = catalogSchema.parse(JSON.parse(readFileSync(join(out, 'fkm-official.json'), 'utf8')));
    expect(written.goals[0]).toMatchObject({
      id: 'LM-1',
      text: long(1),
      arena: 'hospital',
      crossLevel: true,
    });
    expect(written.goals[0]?.title.length).toBeLessThanOrEqual(120);

    const v2 = await sheet('fkm-v2.xlsx', [
      ['LM-1', `${long(1)} Endret.`, 'Etikk', 'Sykehus', 'Ja', ''],
      ['LM-2', long(2), 'Lovverk', 'Sykehus', 'Nei', ''],
      ['LM-4', long(4), 'Forebygging', 'Kommune', 'Nei', ''],
    ]);
    const dry = await importCatalog([v2, ...meta, '--version', '2', '--out', out, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out.slice(0, 3)).toEqual([
      'dry run: 3 goals read; nothing was written.',
      'ignored columns (not used by the app): Merknad',
      'against fkm-official version 1: 1 added, 1 removed, 1 reworded, 1 moved, 0 unchanged',
    ]);
    expect(dry.out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\+ LM-4 /),
        expect.stringMatching(/^- LM-3 /),
        expect.stringMatching(/^~ LM-1 «.*» → «.*Endret\.»$/),
        '> LM-2 arena: municipality → hospital',
      ]),
    );
    // Nothing written by the dry run: the file is still version 1.
    expect(
      catalogSchema.parse(JSON.parse(readFileSync(join(out, 'fkm-official.json'), 'utf8'))).version,
    ).toBe('1');
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
