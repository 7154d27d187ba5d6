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
    _getPartition(d: Record<string, unknown>): unknown;
  }
  Items.prototype.query = function (
    this: ItemsThis,
    params: { query: string; parameters?: Param[]; partition?: unknown },
    opts: unknown,
  ) {
    const equal = plainEqualities(params.query, params.parameters);
    const { partition } = params;
    if (equal.length === 0 && partition === undefined) return original.call(this, params, opts);
    const all = this._data;
    const narrowed = new Map<string, { read(): Record<string, unknown> }>();
    for (const [rid, item] of all) {
      const d = item.read();
      if (
        equal.every(([k, v]) => d[k] === v) &&
        (partition === undefined || this._getPartition(d) === partition)
      )
        narrowed.set(rid, item);
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

/** The continuation the embedded server hands out with an empty first page: "start from the beginning". */
const FROM_START = JSON.stringify({ token: 'from-start', range: { min: '', max: 'FF' } });
let queryRules = false;

/**
 * Makes the embedded server answer queries by two rules of Cosmos DB it did not keep.
 *
 * A query across partitions may get an empty first page with a continuation ("it's possible that a
 * query returns an empty page of results": https://learn.microsoft.com/azure/cosmos-db/nosql/query/pagination,
 * which asks to read every page until there are no more); with more than one physical partition it
 * often does. The embedded server has one and never did, so code that read only the first page
 * passed every test here and would have found nothing against Cosmos DB: here every such first
 * page is empty.
 *
 * A query in one partition sees that partition only; the server searched them all (every query of
 * the app names its partition in the WHERE too, so nothing depended on it). Its first page is as before.
 */
export function installQueryRules(): void {
  if (queryRules) return;
  queryRules = true;
  type Res = { statusCode: number; setHeader(name: string, value: string): void };
  type Req = { headers: Record<string, string | string[] | undefined> };
  type Account = {
    database(id: string): {
      collection(id: string): { documents: { query(body: unknown, opts: unknown): unknown } };
    };
  };
  type Handler = (
    account: unknown,
    req: Req,
    res: Res,
    params: { dbId: string; collId: string },
  ) => Promise<unknown>;
  const mod = require(`${SERVER}/handler/query-documents`) as { default: Handler };
  const json = (require(`${SERVER}/json`) as { default: (req: unknown) => Promise<unknown> }).default;
  const readItems = (
    require(`${SERVER}/handler/_read-items`) as {
      default: (
        req: Req,
        res: Res,
        name: string,
        fn: (o: { continuation: unknown; maxItemCount: number | null }) => Promise<unknown>,
      ) => Promise<unknown>;
    }
  ).default;
  const { parsePartitionKey } = require(`${SERVER}/utils/get-partition-from-header`) as {
    parsePartitionKey(header: string, fallback: undefined): unknown;
  };
  const query = mod.default;
  mod.default = async (account, req, res, params) => {
    const h = req.headers;
    const acrossPartitions =
      h['x-ms-documentdb-isquery'] === 'true' &&
      !h['x-ms-documentdb-partitionkey'] &&
      !h['x-ms-cosmos-is-query-plan-request'];
    if (acrossPartitions && !h['x-ms-continuation']) {
      await json(req);
      res.setHeader('x-ms-continuation', FROM_START);
      res.setHeader('x-ms-item-count', '0');
      return { Documents: [], _count: 0 };
    }
    if (h['x-ms-continuation'] === FROM_START) delete h['x-ms-continuation'];
    const partitionHeader = h['x-ms-documentdb-partitionkey'];
    if (h['x-ms-documentdb-isquery'] !== 'true' || typeof partitionHeader !== 'string')
      return query(account, req, res, params);
    // A query in one partition sees that partition only, as in Cosmos DB (the server ignored the
    // partition and searched them all; every query here names its partition in the WHERE too).
    const body = (await json(req)) as Record<string, unknown>;
    const partition = parsePartitionKey(partitionHeader, undefined);
    return readItems(req, res, 'Documents', async ({ continuation, maxItemCount }) => {
      const collection = (account as Account).database(params.dbId).collection(params.collId);
      try {
        return collection.documents.query({ ...body, partition }, { continuation, maxItemCount });
      } catch (err) {
        if (!(err as { badRequest?: boolean }).badRequest) throw err;
        res.statusCode = 400;
        return { message: (err as Error).message };
      }
    });
  };
}
