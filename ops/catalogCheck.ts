import {
  type CatalogDiff,
  type CatalogMeta,
  diffCatalogs,
  type ImportProblem,
  rowsToCatalog,
} from '../core/catalogImport';
import type { Call, OpsDeps, Outcome } from './types';

export interface CatalogChecked {
  goals: number;
  ignoredColumns: string[];
  /** Against the version the app has loaded under the same id, when it has one. */
  against?: { id: string; version: string };
  diff?: Omit<CatalogDiff, 'added' | 'removed'> & { added: string[]; removed: string[] };
}

/**
 * A dry run of an official goal list, from the tab: every row checked as the importer checks it,
 * and what would change against the loaded version of the same id. Writes nothing (installing a
 * catalog is `npm run catalog:import`, by whoever runs the app). For leaders and their delegates:
 * the people who must register approvals against it; anyone else learns nothing.
 */
export async function checkCatalog(
  deps: OpsDeps,
  call: Pick<Call, 'caller'>,
  input: { header: string[]; rows: string[][]; meta: CatalogMeta },
): Promise<Outcome<CatalogChecked, never> | { kind: 'problems'; problems: ImportProblem[] }> {
  const person = await deps.store.people.get(call.caller.aadObjectId);
  const leads = (person?.roles ?? []).some(
    (r) => r.state === 'active' && (r.role === 'leader' || r.role === 'delegate'),
  );
  if (!leads) return { kind: 'not_found' };
  const r = rowsToCatalog(input.header, input.rows, input.meta);
  if (!r.ok) return { kind: 'problems', problems: r.problems };
  const before = deps.catalogs.get(r.catalog.id);
  const d = before ? diffCatalogs(before, r.catalog) : undefined;
  return {
    kind: 'done',
    value: {
      goals: r.catalog.goals.length,
      ignoredColumns: r.ignoredColumns,
      ...(before && d
        ? {
            against: { id: before.id, version: before.version },
            diff: { ...d, added: d.added.map((g) => g.id), removed: d.removed.map((g) => g.id) },
          }
        : {}),
    },
  };
}
