import { type Catalog, catalogSchema, goalSchema } from './catalog';

/** One problem in an imported list: the file's row number (the header is row 1) and the field. */
export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

export type ImportResult = { ok: true; catalog: Catalog } | { ok: false; problems: ImportProblem[] };

/** What the command line gives besides the rows. */
export type CatalogMeta = Omit<Catalog, 'goals'>;

/** Accepted column names (English or bokmål), mapped to goal fields. */
const COLUMNS: Record<string, 'id' | 'title' | 'arena' | 'theme' | 'phase' | 'crossLevel'> = {
  id: 'id',
  title: 'title',
  tittel: 'title',
  arena: 'arena',
  theme: 'theme',
  tema: 'theme',
  phase: 'phase',
  fase: 'phase',
  cross_level: 'crossLevel',
  crosslevel: 'crossLevel',
  tverrniva: 'crossLevel',
  tverrnivå: 'crossLevel',
};
const REQUIRED = ['id', 'title', 'arena', 'theme', 'phase'] as const;

const ARENA_WORDS: Record<string, string> = {
  hospital: 'hospital',
  sykehus: 'hospital',
  municipality: 'municipality',
  kommune: 'municipality',
  psychiatry: 'psychiatry',
  psykiatri: 'psychiatry',
};
const YES = new Set(['yes', 'ja', 'true', '1', 'x']);
const NO = new Set(['no', 'nei', 'false', '0', '']);

/**
 * Turns the rows of an official goal list into a validated catalog.
 * Every row is checked; if any is wrong, all problems are returned and no catalog.
 */
export function rowsToCatalog(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  meta: CatalogMeta,
): ImportResult {
  const problems: ImportProblem[] = [];
  const fieldAt = new Map<number, (typeof COLUMNS)[string]>();
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    const field = COLUMNS[name];
    if (!field) problems.push({ row: 1, field: raw, message: `unknown column "${raw}"` });
    else fieldAt.set(i, field);
  });
  const present = new Set(fieldAt.values());
  for (const f of REQUIRED) {
    if (!present.has(f)) problems.push({ row: 1, field: f, message: `missing column "${f}"` });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0)
    return { ok: false, problems: [{ row: 2, field: '-', message: 'the list has no goals' }] };

  const goals: Catalog['goals'] = [];
  rows.forEach((cells, r) => {
    const rowNo = r + 2;
    const raw: Record<string, unknown> = { crossLevel: false };
    for (const [i, field] of fieldAt) {
      const cell = (cells[i] ?? '').trim();
      if (field === 'arena') raw.arena = ARENA_WORDS[cell.toLowerCase()] ?? cell;
      else if (field === 'phase') raw.phase = cell.toUpperCase();
      else if (field === 'crossLevel') {
        const v = cell.toLowerCase();
        if (YES.has(v)) raw.crossLevel = true;
        else if (NO.has(v)) raw.crossLevel = false;
        else raw.crossLevel = cell;
      } else raw[field] = cell;
    }
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
  return { ok: true, catalog: catalog.data };
}
