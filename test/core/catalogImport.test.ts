import { DEMO_CATALOGS } from '../../core/catalog';
import { diffCatalogs, rowsToCatalog, titleFromText } from '../../core/catalogImport';

const meta = {
  id: 'lis1-official-2020',
  name: 'LIS1 læringsmål',
  kind: 'clinical' as const,
  part: 'LIS1' as const,
  version: '2020-03-01',
  effectiveFrom: '2020-03-01',
  effectiveTo: null,
  demo: false,
  source: 'test',
};
const header = ['id', 'tittel', 'arena', 'tema', 'fase', 'tverrnivå'];

describe('rowsToCatalog', () => {
  it('accepts good rows with Norwegian headers and values', () => {
    const r = rowsToCatalog(
      header,
      [
        ['DEL1-001', 'Akutt syk pasient', 'sykehus', 'Akuttmedisin', 'lis1', 'nei'],
        ['DEL1-002', 'Legevakt', 'kommune', 'Legevakt', 'LIS1', 'ja'],
      ],
      meta,
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.catalog.goals.map((g) => [g.id, g.arena, g.crossLevel])).toEqual([
        ['DEL1-001', 'hospital', false],
        ['DEL1-002', 'municipality', true],
      ]);
    }
  });

  it('reports every bad row with its file row number and field, and returns no catalog', () => {
    const r = rowsToCatalog(
      header,
      [
        ['DEL1-001', 'Fint', 'sykehus', 'Tema', 'LIS1', ''],
        ['DEL1 2', 'Feil id', 'sykehus', 'Tema', 'LIS1', ''],
        ['DEL1-003', '', 'månen', 'Tema', 'LIS1', 'kanskje'],
      ],
      meta,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const where = r.problems.map((p) => `${p.row}:${p.field}`);
      expect(where).toEqual(expect.arrayContaining(['3:id', '4:title', '4:arena', '4:crossLevel']));
      expect(where.some((w) => w.startsWith('2:'))).toBe(false);
    }
  });

  it('reports a duplicate id on the row where it repeats', () => {
    const r = rowsToCatalog(
      header,
      [
        ['DEL1-001', 'En', 'sykehus', 'Tema', 'LIS1', ''],
        ['DEL1-001', 'To', 'sykehus', 'Tema', 'LIS1', ''],
      ],
      meta,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ row: 3, field: 'id', message: 'duplicate goal id DEL1-001' }]);
  });

  it('refuses a header without the columns it needs, on row 1, and names the columns it ignores', () => {
    const r = rowsToCatalog(['id', 'navn', 'arena'], [['DEL1-001', 'x', 'sykehus']], meta);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.every((p) => p.row === 1)).toBe(true);
      expect(r.problems.map((p) => p.message)).toEqual([
        'missing column "theme"',
        'missing column "title" (or the goal\'s text)',
      ]);
    }
    const ok = rowsToCatalog(
      ['id', 'tittel', 'arena', 'tema', 'Vurderingsform'],
      [['DEL1-001', 'x', 'sykehus', 'T', 'Observasjon']],
      meta,
    );
    expect(ok.ok && ok.ignoredColumns).toEqual(['Vurderingsform']);
  });

  it("reads the directorate's and the portal's lists as published: their headers, long texts, official ids", () => {
    const official =
      'Legen skal kunne gjenkjenne, vurdere og håndtere etiske problemstillinger i klinisk arbeid, herunder spørsmål om samtykke, taushetsplikt og prioritering. Legen skal kunne drøfte dem med kolleger.';
    expect(official.length).toBeGreaterThan(120);
    const r = rowsToCatalog(
      [
        'Læringsmål-ID',
        'Læringsmål',
        'Kompetanseområde',
        'Læringsarena',
        'Tverrnivå (ja/nei)',
        'Læringsaktiviteter',
      ],
      [
        ['LM-75', official, 'Etikk', 'Spesialisthelsetjenesten', 'Ja', 'Kurs'],
        ['amm-067', 'Kort mål.', 'Arbeidsmedisin', 'Kommunehelsetjenesten', 'Nei', ''],
      ],
      { ...meta, part: 'LIS2/3' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [lm, amm] = r.catalog.goals;
    expect(lm).toMatchObject({ id: 'LM-75', arena: 'hospital', crossLevel: true, text: official });
    expect(lm?.title.length).toBeLessThanOrEqual(120);
    expect(official.startsWith(lm?.title.replace(/…$/, '') ?? 'x')).toBe(true);
    // A text as short as a title is the title: not kept twice.
    expect(amm).toEqual({
      id: 'AMM-067',
      title: 'Kort mål',
      arena: 'municipality',
      theme: 'Arbeidsmedisin',
      crossLevel: false,
    });
    expect(r.ignoredColumns).toEqual(['Læringsaktiviteter']);
  });

  it("finds the header under the title lines a published sheet has above it; problems keep the file's rows", () => {
    const titleLines = [
      ['Læringsmål for LIS1', '', '', '', '', ''],
      ['Versjon 2020, publisert 1. mars 2020', '', '', '', '', ''],
    ];
    const good = rowsToCatalog(
      titleLines[0] ?? [],
      [
        ...titleLines.slice(1),
        header,
        ['DEL1-001', 'Akutt syk pasient', 'sykehus', 'Akuttmedisin', 'lis1', 'nei'],
        ['DEL1-002', 'Legevakt', 'kommune', 'Legevakt', 'LIS1', 'ja'],
      ],
      meta,
    );
    expect(good.ok && good.catalog.goals.map((g) => g.id)).toEqual(['DEL1-001', 'DEL1-002']);
    const bad = rowsToCatalog(
      titleLines[0] ?? [],
      [
        ...titleLines.slice(1),
        header,
        ['DEL1-001', 'Akutt syk pasient', 'Månen', 'Akuttmedisin', 'lis1', 'nei'],
      ],
      meta,
    );
    // Row 4 of the file: two title lines, the header on row 3.
    expect(bad.ok ? [] : bad.problems).toEqual([expect.objectContaining({ row: 4, field: 'arena' })]);
    // No header anywhere near the top: the first row's missing columns, on row 1.
    const none = rowsToCatalog(titleLines[0] ?? [], [['DEL1-001', 'x', 'sykehus', 'y', 'lis1', 'nei']], meta);
    expect(none.ok ? [] : none.problems.map((p) => p.row)).toEqual([1, 1, 1, 1]);
  });

  it('keeps a title over 120 characters as the official text, with a short title made from it', () => {
    const long = `${'Gjennomføre en strukturert konsultasjon '.repeat(4)}med pasienten`;
    const r = rowsToCatalog(
      ['id', 'title', 'arena', 'theme'],
      [['DEL1-039', long, 'kommune', 'Allmennmedisin']],
      meta,
    );
    expect(r.ok && r.catalog.goals[0]?.text).toBe(long);
    expect(r.ok && r.catalog.goals[0]?.title).toBe(titleFromText(long));
    expect(titleFromText(long).length).toBeLessThanOrEqual(120);
    expect(titleFromText(long).endsWith('…')).toBe(true);
  });

  it('refuses two columns for the same field (which would win is a guess)', () => {
    const r = rowsToCatalog(
      ['id', 'nr', 'title', 'arena', 'theme'],
      [['A-1', 'A-2', 'x', 'sykehus', 'T']],
      meta,
    );
    expect(!r.ok && r.problems[0]).toEqual({ row: 1, field: 'nr', message: 'a second column for "id"' });
  });
});

describe('diffCatalogs (the dry run)', () => {
  const before = DEMO_CATALOGS.find((c) => c.id === 'lis1-clinical-2020');
  if (!before) throw new Error('no demo catalog');

  it('names what was added, removed, reworded and moved, and counts the rest', () => {
    const [first, second, third, ...rest] = before.goals;
    if (!first || !second || !third) throw new Error('short catalog');
    const after = {
      ...before,
      goals: [
        { ...first, title: `${first.title} og gjenoppliving` },
        { ...second, arena: 'municipality' as const },
        ...rest,
        { ...third, id: 'DEL1-102' },
      ],
    };
    const d = diffCatalogs(before, after);
    expect(d.added.map((g) => g.id)).toEqual(['DEL1-102']);
    expect(d.removed.map((g) => g.id)).toEqual(['DEL1-003']);
    expect(d.reworded).toEqual([
      { id: 'DEL1-001', before: first.title, after: `${first.title} og gjenoppliving` },
    ]);
    expect(d.moved).toEqual([{ id: 'DEL1-002', changes: ['arena: hospital → municipality'] }]);
    expect(d.unchanged).toBe(before.goals.length - 3);
  });

  it('finds nothing between a catalog and itself', () => {
    expect(diffCatalogs(before, before)).toEqual({
      added: [],
      removed: [],
      reworded: [],
      moved: [],
      unchanged: before.goals.length,
    });
  });
});
