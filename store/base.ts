import type { Container, CosmosDiagnostics, ItemDefinition, OperationInput } from '@azure/cosmos';
import type { Stored } from '../core/model';
import { QUERY_BASE_RU, readRu, writeRu } from './cost';
import { ConflictError, StoreError } from './errors';

/** Counts every request sent to the store, the bytes it moved and its estimated request units (tests, the benchmark). */
export class StoreMetrics {
  requests = 0;
  bytesRead = 0;
  bytesWritten = 0;
  /** Bytes of documents the store sent back on writes: only creates get one (see `MINIMAL_WRITE`). */
  bytesAnsweredOnWrites = 0;
  /** Estimated with Microsoft's table from the sizes (see `store/cost.ts`). */
  requestUnits = 0;
  /** Request units per kind of request and document ("read trainee", "write outbox"): where they go. */
  readonly byKind: Record<string, number> = {};

  read(bytes: number, what: string): void {
    this.bytesRead += bytes;
    this.add(`read ${what}`, readRu(bytes));
  }

  write(bytes: number, what: string, answered = 0): void {
    this.bytesWritten += bytes;
    this.bytesAnsweredOnWrites += answered;
    this.add(`write ${what}`, writeRu(bytes));
  }

  query(bytes: number, what: string): void {
    this.bytesRead += bytes;
    this.add(`query ${what}`, QUERY_BASE_RU + (bytes > 0 ? readRu(bytes) : 0));
  }

  private add(kind: string, ru: number): void {
    this.requestUnits += ru;
    this.byKind[kind] = (this.byKind[kind] ?? 0) + ru;
  }
}

/** Runs `work` on every item, at most `concurrency` at once. */
export async function inParallel<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** The size of a document as stored (what the estimate is based on). */
export const sizeOf = (doc: unknown): number => (doc ? Buffer.byteLength(JSON.stringify(doc)) : 0);

/**
 * The size of the document a point operation answered with: its response's length when the store
 * says it (it does for point reads and writes), so counting costs no second serialisation.
 */
function answered(res: { resource?: unknown; headers?: Record<string, unknown> }): number {
  const n = Number(res.headers?.['content-length']);
  return res.resource === undefined ? 0 : Number.isFinite(n) && n > 0 ? n : sizeOf(res.resource);
}

/**
 * Options for a single write: Cosmos DB answers with the status and the ETag only (`Prefer:
 * return=minimal`, what the .NET SDK's `EnableContentResponseOnWrite = false` sends), because the
 * app keeps what it wrote and the document back would only be parsed and dropped. `@azure/cosmos`
 * 4 takes `contentResponseOnWriteEnabled` for batches only (a single write throws), so the header
 * is sent as it is (`request/request.js`, `ClientContext.buildHeaders`). Replaces and patches only:
 * after a create or an upsert the SDK reads the new item's id from the answer (`Items.create` and
 * `upsert`: `response.result.id`) and would throw (Azure/azure-sdk-for-js#30515 would add the option).
 */
export const MINIMAL_WRITE = { initialHeaders: { Prefer: 'return=minimal' } };
/** The same for a transactional batch, where the SDK takes the option (the results carry status and ETag). */
export const MINIMAL_BATCH = { contentResponseOnWriteEnabled: false } as const;

/**
 * What a write sent and got back, as the SDK counted them (no second serialisation): `stored` is
 * the document as Cosmos DB keeps it, with its system properties.
 */
export function payloads(res: { diagnostics?: CosmosDiagnostics }): { stored: number; answered: number } {
  const s = res.diagnostics?.clientSideRequestStatistics;
  return {
    stored: (s?.totalRequestPayloadLengthInBytes ?? 0) + SYSTEM_PROPERTIES_BYTES,
    answered: s?.totalResponsePayloadLengthInBytes ?? 0,
  };
}

/** The ETag a write answered with (a header: the document itself is not asked back). */
export function etagOf(res: { etag?: string }, what: string): string {
  if (!res.etag) throw new StoreError(what, 'no ETag');
  return res.etag;
}

const META = ['_rid', '_self', '_attachments', '_ts', '_etag', '_lsn'] as const;

/** Strips Cosmos metadata and exposes the ETag as `etag`. */
export function fromCosmos<T>(resource: ItemDefinition): Stored<T> {
  const etag = String(resource._etag ?? '');
  const copy: Record<string, unknown> = { ...resource };
  for (const k of META) delete copy[k];
  delete copy.etag;
  return { ...(copy as T), etag };
}

/** Cosmos DB takes at most 10 operations in one patch (https://learn.microsoft.com/azure/cosmos-db/partial-document-update-faq). */
export const PATCH_OPERATIONS_MAX = 10;

/** The document as it is written: no `etag` field (Cosmos keeps its own). */
export function toCosmos<T extends object>(doc: T | Stored<T>): ItemDefinition {
  const { etag: _etag, ...rest } = doc as Stored<T>;
  return rest as ItemDefinition;
}

function codeOf(err: unknown): number | string | undefined {
  const c = (err as { code?: unknown }).code;
  return typeof c === 'number' || typeof c === 'string' ? c : undefined;
}

/**
 * What Cosmos DB adds to a stored document (`_rid`, `_self`, `_etag`, `_attachments`, `_ts`): counted
 * when a write's size is taken from what was sent, not from what came back.
 */
export const SYSTEM_PROPERTIES_BYTES = 170;
/** Sizes remembered per repository (documents as last read): enough for the hot paths' working set. */
const SIZES_KEPT = 5000;

/** Shared plumbing of the repositories: counts requests and maps the expected status codes. */
export abstract class Repository {
  /** The size of each document as last read here, by partition and id (see `sizeAsRead`). */
  private readonly sizes = new Map<string, number>();

  constructor(
    protected readonly container: Container,
    protected readonly metrics: StoreMetrics,
  ) {}

  /**
   * A document's size as this instance last read it: what a patch rewrites, for the estimate of a
   * write whose result is not asked back (`Prefer: return=minimal`). Unknown: 1 KB, the table's floor.
   */
  protected sizeAsRead(partitionKey: string, id: string): number {
    return this.sizes.get(`${partitionKey}\u0000${id}`) ?? 1024;
  }

  private rememberSize(partitionKey: string, id: string, bytes: number): void {
    const key = `${partitionKey}\u0000${id}`;
    this.sizes.delete(key);
    this.sizes.set(key, bytes);
    if (this.sizes.size > SIZES_KEPT) this.sizes.delete(this.sizes.keys().next().value as string);
  }

  /** Point read; 404 is `undefined`, not an error. */
  protected async read<T>(id: string, partitionKey: string, what: string): Promise<Stored<T> | undefined> {
    this.metrics.requests++;
    try {
      const res = await this.container.item(id, partitionKey).read();
      const resource = res.resource;
      const bytes = answered(res);
      this.metrics.read(bytes, what);
      if (resource) this.rememberSize(partitionKey, id, bytes);
      return resource ? fromCosmos<T>(resource) : undefined;
    } catch (err) {
      if (codeOf(err) === 404) {
        this.metrics.read(0, what);
        return undefined;
      }
      throw new StoreError(`read ${what}`, codeOf(err), { cause: err });
    }
  }

  /**
   * Creates a document; an existing id is a conflict. The document comes back: `@azure/cosmos` 4
   * reads the new item's id from the answer after a create (`Items.create`: `response.result.id`),
   * so a create asked for no document throws.
   */
  protected async create<T extends { id: string }>(doc: T, what: string): Promise<Stored<T>> {
    this.metrics.requests++;
    try {
      const res = await this.container.items.create(toCosmos(doc));
      const resource = res.resource;
      const bytes = answered(res);
      this.metrics.write(bytes, what, bytes);
      if (!resource) throw new StoreError(`create ${what}`, 'empty');
      return fromCosmos<T>(resource);
    } catch (err) {
      if (codeOf(err) === 409) throw new ConflictError(doc.id);
      if (err instanceof StoreError) throw err;
      throw new StoreError(`create ${what}`, codeOf(err), { cause: err });
    }
  }

  /** Replaces a document only if it is unchanged since it was read (IfMatch on its ETag). */
  protected async replace<T extends { id: string }>(
    doc: Stored<T>,
    partitionKey: string,
    what: string,
  ): Promise<Stored<T>> {
    this.metrics.requests++;
    const body = toCosmos(doc);
    try {
      const res = await this.container.item(doc.id, partitionKey).replace(body, {
        ...MINIMAL_WRITE,
        accessCondition: { type: 'IfMatch', condition: doc.etag },
      });
      const { stored, answered } = payloads(res);
      this.metrics.write(stored, what, answered);
      return { ...(body as T), etag: etagOf(res, `replace ${what}`) };
    } catch (err) {
      const code = codeOf(err);
      if (code === 412 || code === 404) throw new ConflictError(doc.id);
      if (err instanceof StoreError) throw err;
      throw new StoreError(`replace ${what}`, code, { cause: err });
    }
  }

  /** A parameterised query inside one partition; reads every page. */
  /**
   * A transactional batch in one partition: all or nothing. A conflict (409, 412, 404) is a
   * `ConflictError`, thrown or in any result: every result is checked, so a batch is only done when
   * each of its operations is. Each operation done is charged as `charge` says (a write of the
   * document it leaves). Nothing is asked back. The ETags, in order.
   */
  protected async transact(
    ops: OperationInput[],
    partition: string,
    charge: (op: OperationInput) => [bytes: number, what: string],
  ): Promise<string[]> {
    this.metrics.requests++;
    let results: { statusCode: number; eTag?: string }[];
    try {
      const res = await this.container.items.batch(ops, partition, MINIMAL_BATCH);
      results = (res.result ?? []) as typeof results;
    } catch (err) {
      const code = codeOf(err);
      if (code === 409 || code === 412 || code === 404) throw new ConflictError(partition);
      throw new StoreError('batch', code, { cause: err });
    }
    results.forEach((r, i) => {
      const op = ops[i];
      if (r.statusCode < 400 && op) this.metrics.write(...charge(op));
    });
    const failed = results.find((r) => r.statusCode >= 400 && r.statusCode !== 424);
    if (failed || results.length !== ops.length || results.length === 0) {
      const code = failed?.statusCode;
      if (code === 409 || code === 412 || code === 404) throw new ConflictError(partition);
      throw new StoreError('batch', code ?? 'incomplete');
    }
    return results.map((r) => String(r.eTag ?? ''));
  }

  protected async query<T>(
    query: string,
    parameters: { name: string; value: string | number | boolean | string[] }[],
    partitionKey: string,
    what: string,
  ): Promise<Stored<T>[]> {
    try {
      const iterator = this.container.items.query(
        { query, parameters },
        { partitionKey, maxItemCount: 1000 },
      );
      const out: Stored<T>[] = [];
      while (iterator.hasMoreResults()) {
        this.metrics.requests++;
        const page = await iterator.fetchNext();
        this.metrics.query(Math.max(0, sizeOf(page.resources) - 2), what);
        for (const r of page.resources ?? []) out.push(fromCosmos<T>(r));
        if (!page.hasMoreResults) break;
      }
      return out;
    } catch (err) {
      throw new StoreError(`query ${what}`, codeOf(err), { cause: err });
    }
  }

  /**
   * Inserts many documents (seeding), many requests in flight at once. Plain creates beat the
   * SDK's bulk API here: it waits on a flush timer, about ten times slower on a local store.
   */
  async bulkCreate(docs: readonly { id: string }[], what: string, concurrency = 32): Promise<void> {
    await inParallel(docs, concurrency, (doc) => this.create(doc, what));
  }
}
