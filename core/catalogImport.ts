import { type Catalog, catalogSchema, type Goal, goalSchema } from './catalog';
import { shorten } from './format';

/** One problem in an imported list: the file's row number (the header is row 1) and the field. */
export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

export type ImportResult =
  | { ok: true; catalog: Catalog; ignoredColumns: string[] }
  | { ok: false; problems: ImportProblem[] };

/** What the command line gives besides the rows. */
export type CatalogMeta = Omit<Catalog, 'goals'>;

type Field = 'id' | 'title' | 'text' | 'arena' | 'theme' | 'phase' | 'crossLevel';

/**
 * Column names, as our own files, Helsedirektoratet's goal lists and Kompetanseportalen's
 * spreadsheets write them (compared in lower case, with punctuation and extra spaces taken out).
 * The official lists carry the goal's text, not a short title: then the title is made from the text.
 */
const COLUMNS: Record<string, Field> = {
  id: 'id',
  nr: 'id',
  nummer: 'id',
  kode: 'id',
  'lm nr': 'id',
  læringsmålnummer: 'id',
  'læringsmål nr': 'id',
  'læringsmål id': 'id',
  'læringsmålets nummer': 'id',
  målnummer: 'id',
  title: 'title',
  tittel: 'title',
  kortnavn: 'title',
  'kort tittel': 'title',
  'short title': 'title',
  text: 'text',
  tekst: 'text',
  læringsmål: 'text',
  læringsmålstekst: 'text',
  læringsmåltekst: 'text',
  læringsmålbeskrivelse: 'text',
  beskrivelse: 'text',
  description: 'text',
  'learning goal': 'text',
  arena: 'arena',
  læringsarena: 'arena',
  godkjenningsarena: 'arena',
  'godkjennes i': 'arena',
  theme: 'theme',
  tema: 'theme',
  temaområde: 'theme',
  hovedtema: 'theme',
  kompetanseområde: 'theme',
  emne: 'theme',
  phase: 'phase',
  fase: 'phase',
  del: 'phase',
  utdanningsdel: 'phase',
  'cross level': 'crossLevel',
  crosslevel: 'crossLevel',
  tverrnivå: 'crossLevel',
  tverrniva: 'crossLevel',
  'tverrnivå ja nei': 'crossLevel',
};

/** Lower case, `_`/`-`/`/`/brackets as spaces, no trailing colon: "Læringsmål-ID:" → "læringsmål id". */
const columnKey = (raw: string): string =>
  raw
    .toLowerCase()
    .replace(/[_\-/()[\]:.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const ARENA_WORDS: Record<string, string> = {
  hospital: 'hospital',
  sykehus: 'hospital',
  sykehuset: 'hospital',
  spesialisthelsetjenesten: 'hospital',
  municipality: 'municipality',
  kommune: 'municipality',
  kommunen: 'municipality',
  kommunehelsetjenesten: 'municipality',
  psychiatry: 'psychiatry',
  psykiatri: 'psychiatry',
  'psykisk helsevern': 'psychiatry',
};
const YES = new Set(['yes', 'ja', 'true', '1', 'x']);
const NO = new Set(['no', 'nei', 'false', '0', '']);

/** A short title from an official text: its first sentence, cut at a word with "…" if longer than 120. */
export function titleFromText(text: string): string {
  const first =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.!?])\s/, 1)[0] ?? '';
  return shorten(first.replace(/[.!?]$/, ''), 120);
}

/**
 * Turns the rows of an official goal list into a validated catalog.
 * Every row is checked; if any is wrong, all problems are returned and no catalog.
 * Columns the list has and the app does not use are named in `ignoredColumns`, never guessed at.
 */
/**
 * Where the list starts. Published spreadsheets often carry a title line or two above the header
 * ("Læringsmål for LIS1, versjon 2020"): the header is the first of the first ten rows that names an
 * id column and a goal column (else the first row, whose missing columns are then reported).
 * `headerRow` is its row in the file, so problems keep the file's row numbers.
 */
function locateHeader(
  firstRow: readonly string[],
  rest: readonly (readonly string[])[],
): { header: readonly string[]; rows: readonly (readonly string[])[]; headerRow: number } {
  const all = [firstRow, ...rest];
  const at = all.slice(0, 10).findIndex((cells) => {
    const fields = new Set(cells.map((c) => COLUMNS[columnKey(c)]));
    return fields.has('id') && (fields.has('title') || fields.has('text'));
  });
  const start = Math.max(0, at);
  return { header: all[start] ?? [], rows: all.slice(start + 1), headerRow: start + 1 };
}

export function rowsToCatalog(
  firstRow: readonly string[],
  rest: readonly (readonly string[])[],
  meta: CatalogMeta,
): ImportResult {
  const { header, rows, headerRow } = locateHeader(firstRow, rest);
  const problems: ImportProblem[] = [];
  const fieldAt = new Map<number, Field>();
  const ignoredColumns: string[] = [];
  header.forEach((raw, i) => {
    const field = COLUMNS[columnKey(raw)];
    if (!field) {
      if (raw.trim()) ignoredColumns.push(raw.trim());
    } else if ([...fieldAt.values()].includes(field))
      problems.push({ row: headerRow, field: raw, message: `a second column for "${field}"` });
    else fieldAt.set(i, field);
  });
  const present = new Set(fieldAt.values());
  for (const f of ['id', 'arena', 'theme'] as const) {
    if (!present.has(f)) problems.push({ row: headerRow, field: f, message: `missing column "${f}"` });
  }
  if (!present.has('title') && !present.has('text'))
    problems.push({
      row: headerRow,
      field: 'title',
      message: 'missing column "title" (or the goal\'s text)',
    });
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0)
    return { ok: false, problems: [{ row: headerRow + 1, field: '-', message: 'the list has no goals' }] };

  const goals: Goal[] = [];
  rows.forEach((cells, r) => {
    const rowNo = headerRow + 1 + r;
    const raw: Record<string, unknown> = { crossLevel: false };
    for (const [i, field] of fieldAt) {
      const cell = (cells[i] ?? '').replace(/\s+/g, ' ').trim();
      if (field === 'arena') raw.arena = ARENA_WORDS[cell.toLowerCase()] ?? cell;
      else if (field === 'phase') {
        if (cell) raw.phase = cell.toUpperCase();
      } else if (field === 'id') raw.id = cell.toUpperCase();
      else if (field === 'crossLevel') {
        const v = cell.toLowerCase();
        if (YES.has(v)) raw.crossLevel = true;
        else if (NO.has(v)) raw.crossLevel = false;
        else raw.crossLevel = cell;
      } else if (cell) raw[field] = cell;
    }
    // An official text and no short title: the title is made from the text, the text kept whole.
    const text = typeof raw.text === 'string' ? raw.text : undefined;
    const title = typeof raw.title === 'string' ? raw.title : undefined;
    if (text && !title) raw.title = titleFromText(text);
    else if (title && !text && title.length > 120) {
      raw.text = title;
      raw.title = titleFromText(title);
    }
    // A text no longer than its title (but for the full stop) is the title: not kept twice.
    if (typeof raw.text === 'string' && raw.text.replace(/[.!?]$/, '') === raw.title) delete raw.text;
    const parsed = goalSchema.safeParse(raw);
    if (parsed.success) goals.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        problems.push({ row: rowNo, field: String(issue.path[0] ?? '-'), message: issue.message });
      }
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  const catalog = catalogSchema.safeParse({ ...meta, goals });
  if (!catalog.success) {
    for (const issue of catalog.error.issues) {
      const [first, index, field] = issue.path;
      if (first === 'goals' && typeof index === 'number') {
        problems.push({ row: index + 2, field: String(field ?? '-'), message: issue.message });
      } else problems.push({ row: 0, field: issue.path.join('.') || '-', message: issue.message });
    }
    return { ok: false, problems };
  }
  return { ok: true, catalog: catalog.data, ignoredColumns };
}

/** What changes between two versions of a catalog, goal by goal (for a dry run before an import). */
export interface CatalogDiff {
  added: Goal[];
  removed: Goal[];
  /** Same id, other wording (title or official text). */
  reworded: { id: string; before: string; after: string }[];
  /** Same id, approved elsewhere or in another theme, or cross-level changed. */
  moved: { id: string; changes: string[] }[];
  unchanged: number;
}

const wording = (g: Goal): string => g.text ?? g.title;

export function diffCatalogs(before: Catalog, after: Catalog): CatalogDiff {
  const old = new Map(before.goals.map((g) => [g.id, g]));
  const now = new Set(after.goals.map((g) => g.id));
  const diff: CatalogDiff = { added: [], removed: [], reworded: [], moved: [], unchanged: 0 };
  for (const g of after.goals) {
    const o = old.get(g.id);
    if (!o) {
      diff.added.push(g);
      continue;
    }
    let same = true;
    if (wording(o) !== wording(g) || o.title !== g.title) {
      diff.reworded.push({ id: g.id, before: wording(o), after: wording(g) });
      same = false;
    }
    const changes = (['arena', 'theme', 'crossLevel'] as const)
      .filter((k) => o[k] !== g[k])
      .map((k) => `${k}: ${String(o[k])} → ${String(g[k])}`);
    if (changes.length > 0) {
      diff.moved.push({ id: g.id, changes });
      same = false;
    }
    if (same) diff.unchanged++;
  }
  diff.removed = before.goals.filter((g) => !now.has(g.id));
  return diff;
}
