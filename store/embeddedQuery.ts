/**
 * Makes the embedded server's queries proportional to what they select, as an indexed Cosmos DB
 * query is, instead of to the whole container.
 *
 * `@vercel/cosmosdb-server` answers a query by handing every document of the container to its
 * query engine, which copies and evaluates each one: about 10 s for 100,000 documents, so the
 * outbox's sweep or a LIS's audit trail timed out on a benchmark population. This wraps its
 * `query` so that the documents are first narrowed by the query's plain equalities (`c.kind =
 * 'outbox'`, `c.traineeId = @t`), when the WHERE clause is a conjunction of them and other
 * conditions; the engine then evaluates the same query over those. Nothing else changes: a query
 * with OR, or without such an equality, runs as before.
 */

const SERVER = '@vercel/cosmosdb-server/lib';
let installed = false;

type Param = { name: string; value: unknown };

/** The `c.<field> = <value>` conditions that every result must meet, or none when that cannot be told simply. */
export function plainEqualities(query: string, parameters: readonly Param[] = []): [string, unknown][] {
  const where = /\bWHERE\b([\s\S]*?)(?:\bORDER\s+BY\b|\bOFFSET\b|$)/i.exec(query)?.[1];
  if (!where || /\bOR\b/i.test(where)) return [];
  const out: [string, unknown][] = [];
  for (const part of where.split(/\bAND\b/i)) {
    const m = /^\s*c\.(\w+)\s*=\s*(@\w+|'[^'\\]*')\s*$/.exec(part);
    if (!m?.[1] || !m[2]) continue;
    const raw = m[2];
    if (raw.startsWith('@')) {
      const p = parameters.find((x) => x.name === raw);
      if (!p || (typeof p.value !== 'string' && typeof p.value !== 'number' && typeof p.value !== 'boolean'))
        continue;
      out.push([m[1], p.value]);
    } else out.push([m[1], raw.slice(1, -1)]);
  }
  return out;
}

export function installQueryNarrowing(): void {
  if (installed) return;
  installed = true;
  const Items = (require(`${SERVER}/account/items`) as { default: { prototype: Record<string, unknown> } })
    .default;
  const original = Items.prototype.query as (
    this: ItemsThis,
    params: { query: string; parameters?: Param[] },
    opts: unknown,
  ) => unknown;
  interface ItemsThis {
    _data: Map<string, { read(): Record<string, unknown> }>;
  }
  Items.prototype.query = function (
    this: ItemsThis,
    params: { query: string; parameters?: Param[] },
    opts: unknown,
  ) {
    const equal = plainEqualities(params.query, params.parameters);
    if (equal.length === 0) return original.call(this, params, opts);
    const all = this._data;
    const narrowed = new Map<string, { read(): Record<string, unknown> }>();
    for (const [rid, item] of all) {
      const d = item.read();
      if (equal.every(([k, v]) => d[k] === v)) narrowed.set(rid, item);
    }
    // The engine reads `_data`: it sees only the narrowed documents, for this call only.
    this._data = narrowed;
    try {
      return original.call(this, params, opts);
    } finally {
      this._data = all;
    }
  };
}
