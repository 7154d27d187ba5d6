import { Agent } from 'node:https';
import { CosmosClient, type Database, PartitionKeyDefinitionVersion } from '@azure/cosmos';
import { StoreMetrics } from './base';
import type * as Embedded from './embedded';
import type { EmbeddedCosmos } from './embedded';
import { StoreError } from './errors';
import { PeopleRepository } from './people';
import { TraineeRepository } from './trainees';
import { UnitRepository } from './units';

export { StoreMetrics } from './base';
export { ConflictError, isConflict, isThrottled, StoreError } from './errors';
export type { Change, Commit, Committed, TraineeSnapshot } from './trainees';

/**
 * The containers, their partition keys and the paths their queries filter on (the Bicep template
 * must match; a test checks both, and that every field a query in `store/` filters on is indexed).
 * Only those paths are indexed: every other path is excluded, so a write is charged for no index
 * it does not need (Cosmos DB indexes every path by default).
 */
export const CONTAINERS = {
  trainees: {
    partitionKey: '/traineeId',
    indexed: [
      '/traineeId/?',
      '/kind/?',
      '/target/?',
      '/failed/?',
      '/date/?',
      '/onBehalfOf/?',
      '/activityKind/?',
      '/decision/by/?',
      '/actor/?',
      '/byLis/?',
      '/finalisedAt/?',
      '/cancelled/at/?',
      '/profile/roles/[]/state/?',
      '/profile/roles/[]/expiresAt/?',
      '/profile/roles/[]/lapseToldAt/?',
    ],
  },
  people: { partitionKey: '/aadObjectId', indexed: [] as string[] },
  units: { partitionKey: '/unitId', indexed: ['/kind/?'] },
} as const;

export interface StoreOptions {
  /** Unset: start the embedded server in this process. */
  endpoint?: string;
  key?: string;
  database: string;
  /** PEM certificate to trust for this client only (e.g. the one `npm run store` writes). */
  caCertPem?: string;
  /** How long to wait for the store at start before giving up. */
  connectTimeoutMs?: number;
  /**
   * How long one request may wait in all while Cosmos DB throttles it (default
   * `THROTTLED_WAIT_SECONDS`, for the app answering people); a bulk load may wait longer.
   */
  throttledWaitSeconds?: number;
}

export interface Store {
  readonly trainees: TraineeRepository;
  readonly people: PeopleRepository;
  readonly units: UnitRepository;
  readonly metrics: StoreMetrics;
  /** `embedded` when the in-process server is used. */
  readonly mode: 'embedded' | 'external';
  readonly endpoint: string;
  /** A cheap round trip, for /healthz. */
  ping(): Promise<void>;
  /** True when no person has been stored yet (a fresh store). */
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}

/** How long one request may wait in all for Cosmos DB to stop throttling (429) before it fails. */
export const THROTTLED_WAIT_SECONDS = 3;

function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/** Opens the store: connects (starting the embedded server when no endpoint is given) and creates what is missing. */
export async function openStore(opts: StoreOptions): Promise<Store> {
  let embedded: EmbeddedCosmos | undefined;
  let endpoint = opts.endpoint;
  let key = opts.key;
  let ca = opts.caCertPem;
  if (!endpoint) {
    // Loaded only when used: a deployment against Cosmos DB never carries the embedded server in memory.
    const { startEmbeddedCosmos } = require('./embedded') as typeof Embedded;
    embedded = await startEmbeddedCosmos();
    endpoint = embedded.endpoint;
    key = embedded.key;
    ca = embedded.caCertPem;
  }
  const local = isLoopback(endpoint);
  // Trust for a local certificate is scoped to this client's agent, never process-wide.
  const agent = new Agent({ keepAlive: true, maxSockets: 64, ...(ca ? { ca } : {}) });
  const client = new CosmosClient({
    endpoint,
    key: key ?? '',
    agent,
    connectionPolicy: {
      // A local server has no regions to discover.
      enableEndpointDiscovery: !local,
      requestTimeout: 10_000,
      // Throttled (429): the client waits as Cosmos DB says, but at most this long per request, not
      // the SDK's 30 s. A card's click must be answered within Teams' ~10–15 s, and a turn makes a
      // few requests; past this the person is told it is busy, and the outbox tries again later.
      retryOptions: {
        maxRetryAttemptCount: 9,
        maxWaitTimeInSeconds: opts.throttledWaitSeconds ?? THROTTLED_WAIT_SECONDS,
      },
    },
  });
  const cleanup = async () => {
    client.dispose();
    agent.destroy();
    await embedded?.close();
  };

  let database: Database;
  try {
    database = await withTimeout(prepare(client, opts.database), opts.connectTimeoutMs ?? 15_000);
  } catch (err) {
    await cleanup();
    const code = (err as { code?: string | number }).code;
    throw new StoreError(`connect to ${new URL(endpoint).host}`, code ?? (err as Error).message, {
      cause: err,
    });
  }
  const metrics = new StoreMetrics();
  const trainees = new TraineeRepository(database.container('trainees'), metrics);
  const people = new PeopleRepository(database.container('people'), metrics);
  const units = new UnitRepository(database.container('units'), metrics);
  return {
    trainees,
    people,
    units,
    metrics,
    mode: embedded ? 'embedded' : 'external',
    endpoint,
    async ping() {
      await database.read();
    },
    async isEmpty() {
      // Every page until one holds a person: across partitions a page may be empty while more follow.
      const pages = database
        .container('people')
        .items.query('SELECT VALUE c.id FROM c', { maxItemCount: 1 })
        .getAsyncIterator();
      for await (const page of pages) if (page.resources.length > 0) return false;
      return true;
    },
    close: cleanup,
  };
}

async function prepare(client: CosmosClient, databaseId: string): Promise<Database> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  for (const [id, c] of Object.entries(CONTAINERS)) {
    await database.containers.createIfNotExists({
      id,
      // Version 2 (large partition keys), as Microsoft recommends and as infra/main.bicep declares.
      partitionKey: { paths: [c.partitionKey], version: PartitionKeyDefinitionVersion.V2 },
      indexingPolicy: {
        indexingMode: 'consistent',
        automatic: true,
        includedPaths: c.indexed.map((path) => ({ path })),
        excludedPaths: [{ path: '/*' }],
      },
    });
  }
  return database;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer in ${ms} ms`), { code: 'TIMEOUT' })),
      ms,
    );
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
