/**
 * Makes the embedded server's transactional batch all-or-nothing, as Cosmos DB's is
 * (https://learn.microsoft.com/azure/cosmos-db/nosql/transactional-batch: "If there's a
 * failure, the failed operation will have a status code of its corresponding error. All the
 * other operations will have a 424 status code").
 *
 * `@vercel/cosmosdb-server` runs a batch's operations one by one and stops at the first failure,
 * but keeps what the earlier ones wrote, and has no Patch in a batch. This handler replaces its
 * batch route: it runs the same per-operation code, adds Patch, and on a failure puts back every
 * document the batch touched. The server is single-threaded and every operation below is
 * synchronous, so no other request sees the batch half-done.
 *
 * It also makes the server refuse, in a batch and alone, what Cosmos DB refuses and it took: a
 * patch of more than 10 operations, a patch on a path whose parent is missing, a document id
 * Cosmos DB does not allow; and a single write asked for no document back gets none, as there.
 * A test that passes here then holds against Cosmos DB too.
 *
 * Installed before the server module is loaded (its route table keeps the handler it finds then).
 */

import { PATCH_OPERATIONS_MAX } from './base';

interface Doc {
  id: string;
  _rid: string;
  [k: string]: unknown;
}
interface DocumentsApi {
  delete(id: string, partition: unknown): void;
  _set(data: Doc): Doc;
}
interface CollectionApi {
  read(): unknown;
  document(id: string, partition: unknown): { read(): Doc | undefined };
  documents: DocumentsApi;
}
interface Result {
  statusCode: number;
  body?: { _etag?: string } & Record<string, unknown>;
}
interface PatchOp {
  op: string;
  path?: string;
  value?: unknown;
}
interface PatchInput {
  id: string;
  partitionKey?: string;
  ifMatch?: string;
  operations: PatchOp[];
  condition?: string;
}
interface BatchInput {
  operationType?: string;
  id?: string;
  partitionKey?: string;
  ifMatch?: string;
  resourceBody?: { id?: string; operations?: unknown[]; condition?: string } & Record<string, unknown>;
}

type WriteHandler = (
  account: unknown,
  req: { headers: Record<string, string | string[] | undefined> },
  res: { statusCode: number; setHeader(name: string, value: string): void },
  params: unknown,
) => Promise<{ _etag?: string } | undefined>;

const SERVER = '@vercel/cosmosdb-server/lib';
/** Whether a request asks for no document back (`Prefer: return=minimal`). */
const wantsMinimal = (headers: Record<string, string | string[] | undefined>): boolean =>
  String(headers.prefer ?? '').includes('return=minimal');
/** Cosmos DB's limit on a document id (service quotas). */
const ID_BYTES_MAX = 1023;

/** Why Cosmos DB would refuse this document id, or undefined (a missing id is the caller's 400). */
function idProblem(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  if (/[/\\?#]/.test(id)) return "The input name is invalid: an id may not contain '/', '\\', '?' or '#'";
  if (Buffer.byteLength(id, 'utf8') > ID_BYTES_MAX) return `An id is at most ${ID_BYTES_MAX} bytes`;
  return undefined;
}
let installed = false;

/**
 * Why Cosmos DB would refuse these patch operations on `doc`, or undefined: each is applied in
 * order, and each needs the parent of its path to exist already (an earlier one may add it).
 */
function pathProblem(doc: unknown, operations: readonly PatchOp[]): string | undefined {
  const work = structuredClone(doc);
  for (const [i, o] of operations.entries()) {
    if (typeof o.path !== 'string' || o.op === 'move') continue;
    const parts = o.path
      .slice(1)
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const leaf = parts.pop() as string;
    let node = work as Record<string, unknown>;
    for (const p of parts) {
      const next = node[p];
      if (next === null || typeof next !== 'object')
        return `For Operation(${i}): Given Operation can only create a child object of an existing node(array or object) and can't create path recursively, no path found beyond: '${p}'`;
      node = next as Record<string, unknown>;
    }
    // The copy follows along, so that a later operation may build on what an earlier one added.
    // (A copy of each value: the operations themselves are applied afterwards, unchanged.)
    const value = o.op === 'incr' ? 0 : structuredClone(o.value);
    if (Array.isArray(node)) {
      const at = leaf === '-' ? node.length : Number(leaf);
      if (o.op === 'add') node.splice(at, 0, value);
      else if (o.op === 'remove') node.splice(at, 1);
      else node[at] = value;
    } else if (o.op === 'remove') delete node[leaf];
    else node[leaf] = value;
  }
  return undefined;
}

export function installAtomicBatch(): void {
  if (installed) return;
  installed = true;
  const ops = require(`${SERVER}/handler/_document-operations`) as Record<
    string,
    (c: CollectionApi, input: BatchInput) => Result
  >;
  const { parsePartitionKey } = require(`${SERVER}/utils/get-partition-from-header`) as {
    parsePartitionKey(header: string | undefined, fallback: string | undefined): unknown;
  };
  // A patch operation on a path whose parent is missing: Cosmos DB refuses the patch ("… can't
  // create path recursively, no path found beyond"); the embedded server wrote the value one level
  // up instead. Refused here too, single patches and a batch's alike.
  const patches = require(`${SERVER}/handler/_patch-operations`) as {
    patchOperation(c: CollectionApi, input: PatchInput): Result;
  };
  const applyPatch = patches.patchOperation;
  patches.patchOperation = (c, input) => {
    const doc = c.document(input.id, parsePartitionKey(input.partitionKey, input.id)).read();
    const problem =
      doc && (!input.ifMatch || input.ifMatch === doc._etag) && pathProblem(doc, input.operations);
    return problem
      ? { statusCode: 400, body: { code: 'BadRequest', message: problem } }
      : applyPatch(c, input);
  };
  const patchOperation = patches.patchOperation;
  // Cosmos DB refuses a document id with `/`, `\\`, `?` or `#`, or longer than 1,023 bytes
  // (https://learn.microsoft.com/azure/cosmos-db/concepts-limits#per-item-limits); the embedded
  // server takes any: refused here too, single writes and a batch's alike.
  for (const name of ['createOperation', 'upsertOperation', 'replaceOperation']) {
    const write = ops[name] as (c: CollectionApi, input: BatchInput) => Result;
    ops[name] = (c, input) => {
      const problem = idProblem(input.resourceBody?.id);
      return problem ? { statusCode: 400, body: { code: 'BadRequest', message: problem } } : write(c, input);
    };
  }
  // `Prefer: return=minimal` on a single write: Cosmos DB answers with the status and the ETag and
  // no document; the embedded server sent the document anyway, so code that relied on it would
  // pass every test here and fail against Cosmos DB.
  for (const name of ['create-document', 'replace-document', 'patch-document', 'upsert-document']) {
    const mod = require(`${SERVER}/handler/${name}`) as { default: WriteHandler };
    const write = mod.default;
    mod.default = async (account, req, res, params) => {
      const body = await write(account, req, res, params);
      if (res.statusCode >= 400 || !wantsMinimal(req.headers)) return body;
      if (body?._etag) res.setHeader('etag', body._etag);
      return undefined;
    };
  }
  const json = (require(`${SERVER}/json`) as { default: (req: unknown) => Promise<unknown> }).default;
  const handlerModule = require(`${SERVER}/handler/batch-documents`) as { default: unknown };

  const run = (collection: CollectionApi, input: BatchInput): Result => {
    switch (input.operationType) {
      case 'Create':
        return (ops.createOperation as (c: CollectionApi, i: BatchInput) => Result)(collection, input);
      case 'Upsert':
        return (ops.upsertOperation as (c: CollectionApi, i: BatchInput) => Result)(collection, input);
      case 'Read':
        return (ops.readOperation as (c: CollectionApi, i: BatchInput) => Result)(collection, input);
      case 'Delete':
        return (ops.deleteOperation as (c: CollectionApi, i: BatchInput) => Result)(collection, input);
      case 'Replace':
        return (ops.replaceOperation as (c: CollectionApi, i: BatchInput) => Result)(collection, input);
      case 'Patch':
        // Cosmos DB takes at most 10 operations in one patch specification (partial document update FAQ).
        if ((input.resourceBody?.operations?.length ?? 0) > PATCH_OPERATIONS_MAX)
          return {
            statusCode: 400,
            body: { message: `A patch takes at most ${PATCH_OPERATIONS_MAX} operations` },
          };
        return patchOperation(collection, {
          id: input.id ?? '',
          partitionKey: input.partitionKey,
          ifMatch: input.ifMatch,
          operations: (input.resourceBody?.operations ?? []) as PatchOp[],
          condition: input.resourceBody?.condition,
        });
      default:
        return {
          statusCode: 400,
          body: { message: `Operation type '${input.operationType}' is not supported` },
        };
    }
  };

  handlerModule.default = async (
    account: { database(id: string): { collection(id: string): CollectionApi } },
    req: { headers: Record<string, string | string[] | undefined> },
    res: { statusCode: number },
    { dbId, collId }: { dbId: string; collId: string },
  ) => {
    const body = await json(req);
    const collection = account.database(dbId).collection(collId);
    if (!collection.read()) {
      res.statusCode = 404;
      return {};
    }
    if (!Array.isArray(body)) {
      res.statusCode = 400;
      return { message: 'Invalid request body' };
    }
    // The batch's partition is a header; operations carry their own only when the caller set one.
    const header = req.headers['x-ms-documentdb-partitionkey'];
    const batchPartition = Array.isArray(header) ? header[0] : header;
    // From here to the end nothing awaits: the batch runs as one step of the server.
    const before = new Map<string, { id: string; partition: unknown; doc: Doc | undefined }>();
    const results: Result[] = [];
    let failedAt = -1;
    for (const [i, raw] of (body as BatchInput[]).entries()) {
      const input: BatchInput = { ...raw, partitionKey: raw?.partitionKey ?? batchPartition };
      const id = input.id ?? input.resourceBody?.id;
      let result: Result;
      try {
        if (typeof id !== 'string') throw new Error('missing id');
        const partition = parsePartitionKey(input.partitionKey, id);
        const key = JSON.stringify([partition, id]);
        if (!before.has(key))
          before.set(key, { id, partition, doc: collection.document(id, partition).read() });
        result = run(collection, input);
      } catch (err) {
        result = { statusCode: 400, body: { message: (err as Error).message } };
      }
      results.push(result);
      if (result.statusCode >= 400) {
        failedAt = i;
        break;
      }
    }
    if (failedAt < 0) {
      // `Prefer: return=minimal` (the SDK's `contentResponseOnWriteEnabled: false`): no documents back, as Cosmos DB.
      const minimal = wantsMinimal(req.headers);
      return results.map((r, i) => ({
        statusCode: r.statusCode,
        requestCharge: 1,
        eTag: r.body?._etag,
        ...(minimal && (body as BatchInput[])[i]?.operationType !== 'Read' ? {} : { resourceBody: r.body }),
      }));
    }
    // Put back every touched document as it was (same ETag), newest change first.
    for (const { id, partition, doc } of [...before.values()].reverse()) {
      if (collection.document(id, partition).read()) collection.documents.delete(id, partition);
      if (doc) collection.documents._set(doc);
    }
    return (body as unknown[]).map((_, i) => ({
      statusCode: i === failedAt ? (results[i]?.statusCode ?? 400) : 424,
      requestCharge: 0,
    }));
  };
}
