/**
 * `npm run bench`: the main operations against an echo baseline on the same server, over real
 * HTTP as Teams would call it, with a local Bot Connector stand-in as serviceUrl.
 *
 *   npm run bench                         # 100 and 2,000 LIS, 200 operations each, at 1 and 32 at once
 *   npm run bench -- --sizes 100 --ops 50 # smaller
 *
 * The app runs as its own process (so its memory is its own) against the embedded store that
 * this process starts, or against COSMOS_ENDPOINT when set. Prints a table and writes bench/results.json.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TEAMS_MESSAGE_MAX_BYTES, utf16Bytes } from '../cards/limits';
import { withBasis } from '../core/goals';
import { openStore } from '../store';
import { startEmbeddedCosmos } from '../store/embedded';
import {
  BENCH_BOT,
  BENCH_TENANT,
  fiveYearLis3,
  type Population,
  personalChatId,
  population,
  teamsUserId,
} from './population';

const ROOT = join(__dirname, '..');
type Op = 'echo' | 'whatsLeft' | 'inbox' | 'approve' | 'sign' | 'request';
const OPS: Op[] = ['echo', 'whatsLeft', 'inbox', 'approve', 'sign', 'request'];
type Queued = 'approve' | 'sign' | 'request';
const VERB: Record<Queued, string> = {
  approve: 'goal.approve',
  sign: 'activity.sign',
  request: 'goal.request',
};

export interface OpFigures {
  op: Op;
  concurrency: number;
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
  storeRequestsPerOp: number;
  /** Request units per operation, estimated from the bytes each store request moved (`store/cost.ts`). */
  ruPerOp: number;
  /** Bytes read and written at the store per operation. */
  kbPerOp: number;
  /** Where the request units went: per kind of request and document ("write trainee (batch)"), per operation. */
  ruByKind: Record<string, number>;
  /** The app process's own CPU time (user + system) per operation, in milliseconds. */
  cpuMsPerOp: number;
  /** `cpuMsPerOp` ÷ the echo's in the same run. */
  cpuVsEcho: number;
  p95VsEcho: number;
}

/** A LIS after five years (LIS3 in general practice), in the same store: its operations and its largest document. */
export interface OldLis {
  goals: number;
  activities: number;
  documents: number;
  largestDocument: { id: string; kb: number };
  ops: OpFigures[];
}

export interface SizeResult {
  lis: number;
  seedSeconds: number;
  documents: number;
  /** The largest document of a young LIS1 of the population. */
  largestDocument: { id: string; kb: number };
  ops: OpFigures[];
  fiveYearLis3?: OldLis;
  /** One leader of 30 LIS (two goals waiting for each): the inbox over all of them. */
  leaderOf30?: { lis: number; waiting: number; ops: OpFigures[] };
  peakRssMb: number;
}

export interface BenchResult {
  date: string;
  machine: string;
  node: string;
  store: 'embedded' | 'external';
  sizes: SizeResult[];
  scale?: { op: Op; concurrency: number; p95Ratio: number }[];
}

/** A Bot Connector stand-in that answers every send and update at once, and refuses what Teams refuses (too large). */
async function connector(): Promise<{ url: string; close(): Promise<void>; refused(): number }> {
  let n = 0;
  let refused = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (utf16Bytes(body) > TEAMS_MESSAGE_MAX_BYTES) {
        refused++;
        res.statusCode = 413;
        res.end(JSON.stringify({ error: { code: 'MessageSizeTooBig', message: 'Message size too big.' } }));
        return;
      }
      res.end(JSON.stringify({ id: `bench-${++n}` }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    refused: () => refused,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** The compiled app as its own process; resolves when it says it is ready (the benchmark and `npm run chaos`). */
export function startApp(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    // The compiled app, as it runs in production (so its memory is not the TypeScript loader's).
    // BENCH_APP_NODE_OPTIONS passes flags to the app's Node (e.g. --cpu-prof to see where its time goes).
    const extra = (process.env.BENCH_APP_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
    const child = spawn(
      process.execPath,
      [...extra, '--disable-warning=DEP0111', join(ROOT, 'dist', 'bot', 'main.js')],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    // One that never says it is ready is not left running.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`app did not start: ${err.slice(0, 500)}`));
    }, 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.includes('"msg":"ready"'));
      if (line) {
        clearTimeout(timer);
        const url = String(JSON.parse(line).url);
        resolve({ child, base: url.replace(/\/api\/messages$/, '') });
        out = '';
      } else if (out.length > 1_000_000) out = '';
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => reject(new Error(`app exited (${code}): ${err.slice(0, 500)}`)));
  });
}

function peakRssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) : 0;

/** The activities Teams would POST for one operation number `i`. */
function activityFor(
  op: Op,
  i: number,
  pop: Population,
  queues: Partial<Record<Queued, { traineeId: string; id: string; rev: number }[]>>,
  serviceUrl: string,
) {
  const base = (from: string, id = randomUUID()) => ({
    id: `bench-${id}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: teamsUserId(from), aadObjectId: from, name: pop.names.get(from) ?? from },
    recipient: { id: BENCH_BOT, name: 'LIS' },
    conversation: { id: personalChatId(from), conversationType: 'personal', tenantId: BENCH_TENANT },
    channelData: { tenant: { id: BENCH_TENANT } },
    locale: 'nb-NO',
  });
  const pick = <T>(xs: T[]) => xs[i % xs.length] as T;
  if (op === 'echo') return { ...base(pick(pop.lis)), type: 'message', text: '__bench_echo__' };
  if (op === 'whatsLeft') return { ...base(pick(pop.lis)), type: 'message', text: 'hva gjenstår?' };
  if (op === 'inbox') return { ...base(pick(pop.leaders)), type: 'message', text: 'hva venter på meg?' };
  const item = queues[op]?.pop();
  if (!item) throw new Error(`the population has no more fresh items for ${op}`);
  const who =
    op === 'approve'
      ? pop.leaderOf.get(item.traineeId)
      : op === 'sign'
        ? pop.supervisorOf.get(item.traineeId)
        : pop.trainees.find((t) => t.profile.traineeId === item.traineeId)?.profile.aadObjectId;
  return {
    ...base(who ?? ''),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: `card-${i}`,
    value: {
      action: {
        type: 'Action.Execute',
        verb: VERB[op],
        data: item,
      },
      trigger: 'manual',
    },
  };
}

async function measure(
  base: string,
  op: Op,
  count: number,
  concurrency: number,
  make: (i: number) => object,
): Promise<Omit<OpFigures, keyof ReturnType<typeof perOp> | 'cpuVsEcho' | 'p95VsEcho'>> {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const body = JSON.stringify(make(i));
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const text = await res.text();
        const bad =
          res.status !== 200 ||
          (op === 'approve' || op === 'sign' || op === 'request'
            ? !/"statusCode":200/.test(text) || /Ingenting er endret|utdatert|Noen andre/.test(text)
            : false);
        if (bad) errors++;
      } catch {
        errors++;
      }
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  const wall = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    op,
    concurrency,
    count,
    errors,
    p50: r(percentile(times, 50)),
    p95: r(percentile(times, 95)),
    p99: r(percentile(times, 99)),
    throughput: r(count / wall),
  };
}

interface Metrics {
  storeRequests: number;
  requestUnits: number;
  requestUnitsByKind: Record<string, number>;
  cpuMicros: number;
  bytes: number;
  rss: number;
}

async function metrics(base: string): Promise<Metrics> {
  return (await fetch(`${base}/bench/metrics`)).json() as Promise<Metrics>;
}

/** What the store did for each of `count` operations, between two readings of the app's counters. */
function perOp(before: Metrics, after: Metrics, count: number) {
  const r = (n: number) => Math.round((n / count) * 100) / 100;
  const ruByKind: Record<string, number> = {};
  for (const [kind, ru] of Object.entries(after.requestUnitsByKind)) {
    const d = r(ru - (before.requestUnitsByKind[kind] ?? 0));
    if (d > 0) ruByKind[kind] = d;
  }
  return {
    storeRequestsPerOp: r(after.storeRequests - before.storeRequests),
    ruPerOp: r(after.requestUnits - before.requestUnits),
    kbPerOp: r((after.bytes - before.bytes) / 1024),
    ruByKind,
    cpuMsPerOp: r((after.cpuMicros - before.cpuMicros) / 1000),
  };
}

/** The ratios to the echo measured at the same concurrency in the same run. */
function vsEcho(
  f: Omit<OpFigures, 'cpuVsEcho' | 'p95VsEcho'>,
  echo: { p95: number; cpuMsPerOp: number } | undefined,
) {
  const ratio = (a: number, b: number | undefined) => (b && b > 0 ? Math.round((a / b) * 100) / 100 : 0);
  return { ...f, p95VsEcho: ratio(f.p95, echo?.p95), cpuVsEcho: ratio(f.cpuMsPerOp, echo?.cpuMsPerOp) };
}

export async function runBench(opts: {
  sizes: number[];
  ops: number;
  concurrency: number[];
  quiet?: boolean;
}): Promise<BenchResult> {
  const say = (s: string) => {
    if (!opts.quiet) console.log(s);
  };
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const external = process.env.COSMOS_ENDPOINT;
  const embedded = external ? undefined : await startEmbeddedCosmos();
  const dir = mkdtempSync(join(tmpdir(), 'lis-bench-'));
  const caPath = join(dir, 'store.pem');
  if (embedded) writeFileSync(caPath, embedded.caCertPem);
  const endpoint = external ?? embedded?.endpoint ?? '';
  const key = process.env.COSMOS_KEY ?? embedded?.key ?? '';
  const conn = await connector();
  const today = new Date().toISOString().slice(0, 10);
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: `${require('node:os').cpus().length} cores, ${Math.round(require('node:os').totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    store: external ? 'external' : 'embedded',
    sizes: [],
  };
  try {
    for (const size of opts.sizes) {
      const database = `bench-${size}-${randomUUID().slice(0, 6)}`;
      const perLis = Math.max(1, Math.ceil((opts.ops * opts.concurrency.length) / size));
      const pop = population(size, perLis, conn.url, today);
      const old = fiveYearLis3(conn.url, today);
      const team30 = population(30, 2, conn.url, today, { prefix: 'bench30', perLeader: 30 });
      const catalogDir = mkdtempSync(join(tmpdir(), 'lis-bench-catalogs-'));
      writeFileSync(join(catalogDir, `${old.catalog.id}.json`), JSON.stringify(old.catalog));
      const store = await openStore({
        endpoint,
        key,
        database,
        ...(embedded ? { caCertPem: embedded.caCertPem } : {}),
        // Seeding thousands of documents may be throttled on a real account: it waits as long as it takes.
        throttledWaitSeconds: 60,
      });
      const t0 = performance.now();
      // Bulk seeding: whole LIS documents and people, many requests in flight.
      await store.trainees.createTrainees(pop.trainees);
      await store.people.bulkCreate(pop.people, 'bench people', 64);
      const seedSeconds = Math.round((performance.now() - t0) / 100) / 10;
      // The five-year LIS3 beside them, with a card reference per item as the app leaves them.
      await store.trainees.createTrainees(old.population.trainees);
      await store.people.bulkCreate(old.population.people, 'bench people', 64);
      // A leader of 30 LIS beside them (a unit's head of LIS1s).
      await store.trainees.createTrainees(team30.trainees);
      await store.people.bulkCreate(team30.people, 'bench people', 64);
      // Each card in the chat of the person it went to: a goal's to the LIS's leader, an activity's
      // to its supervisor (one chat for them all would be a burst no real chat sees).
      const cardFor = (p: Population, c: { traineeId: string; target: string }) =>
        (c.target.startsWith('goal:') ? p.leaderOf : p.supervisorOf).get(c.traineeId) ?? '';
      await store.trainees.createCards(
        [
          ...pop.cards.map((c) => ({ ...c, to: cardFor(pop, c) })),
          ...old.cards.map((c) => ({ ...c, to: cardFor(old.population, c) })),
        ].map(({ to, ...c }, n) => ({
          ...c,
          message: {
            conversationId: personalChatId(to),
            serviceUrl: conn.url,
            // A message id in a 1:1 chat (milliseconds since 1970).
            activityId: String(1_764_000_000_000 + n),
            channelId: 'msteams',
            tenantId: BENCH_TENANT,
          },
        })),
      );
      // Every document the seed wrote for one LIS, read back: the largest one's size as stored.
      const sizeKb = async (t: Population['trainees'][number], cards: boolean) => {
        const traineeId = t.profile.traineeId;
        const goalIds = withBasis(traineeId, t.goals, t.activities, t.profile.createdAt).map((g) => g.id);
        const itemIds = [...goalIds, ...t.activities.map((a) => a.id)];
        const ids = ['trainee', ...itemIds, ...(cards ? itemIds.map((i) => `cards:${i}`) : [])];
        const d = await store.trainees.largestDocument(traineeId, ids);
        return { id: d.id, kb: Math.round(d.bytes / 102.4) / 10, documents: ids.length };
      };
      const young = await sizeKb(pop.trainees[0] as Population['trainees'][number], true);
      const oldSize = await sizeKb(old.population.trainees[0] as Population['trainees'][number], true);
      await store.close();
      say(`seeded ${size} LIS in ${seedSeconds} s`);
      const { child, base } = await startApp({
        HOST: '127.0.0.1',
        PORT: '0',
        COSMOS_ENDPOINT: endpoint,
        COSMOS_KEY: key,
        COSMOS_DATABASE: database,
        ...(embedded
          ? { COSMOS_CA_CERT: caPath }
          : process.env.COSMOS_CA_CERT
            ? { COSMOS_CA_CERT: process.env.COSMOS_CA_CERT }
            : {}),
        DEV_MODE: 'false',
        BENCH_MODE: 'true',
        LOG_LEVEL: 'info',
        CATALOG_DIR: catalogDir,
      });
      // Round robin over the LIS: concurrent decisions rarely hit the same LIS in real life.
      const interleave = <T>(lists: T[][]) => {
        const out: T[] = [];
        for (let k = 0; lists.some((l) => k < l.length); k++)
          for (const l of lists) if (k < l.length) out.push(l[k] as T);
        return out.reverse();
      };
      const queues = {
        approve: interleave(
          pop.trainees.map((t) => t.pendingGoals.map((g) => ({ traineeId: t.profile.traineeId, ...g }))),
        ),
        sign: interleave(
          pop.trainees.map((t) => t.pendingActivities.map((a) => ({ traineeId: t.profile.traineeId, ...a }))),
        ),
        // The LIS asks for approval of a goal in progress (the leader and the advisor get the card).
        request: interleave(
          pop.trainees.map((t) =>
            t.goals
              .filter((g) => g.status === 'in_progress')
              .map((g) => ({ traineeId: t.profile.traineeId, id: g.id, rev: g.rev })),
          ),
        ),
      };
      const figures: OpFigures[] = [];
      const oldOps: OpFigures[] = [];
      const lead30: OpFigures[] = [];
      try {
        // Warm up: connections, JIT, the SDK's metadata reads.
        await measure(base, 'echo', 20, 4, (i) => activityFor('echo', i, pop, queues, conn.url));
        await measure(base, 'whatsLeft', 10, 2, (i) =>
          activityFor('whatsLeft', i + 1000, pop, queues, conn.url),
        );
        for (const c of opts.concurrency) {
          let echo: OpFigures | undefined;
          for (const op of OPS) {
            const before = await metrics(base);
            const refused = conn.refused();
            const f = await measure(base, op, opts.ops, c, (i) => activityFor(op, i, pop, queues, conn.url));
            const after = await metrics(base);
            // A card Teams would refuse (413) is an error even though the turn itself answered 200.
            f.errors += conn.refused() - refused;
            const figure = vsEcho({ ...f, ...perOp(before, after, f.count) }, echo);
            if (op === 'echo') echo = vsEcho(figure, figure);
            figures.push(op === 'echo' ? (echo as OpFigures) : figure);
          }
        }
        // The five-year LIS3, one request at a time: what her questions and decisions cost.
        const oldQueues = {
          approve: old.population.trainees.flatMap((t) =>
            t.pendingGoals.map((g) => ({ traineeId: t.profile.traineeId, ...g })),
          ),
          sign: old.population.trainees.flatMap((t) =>
            t.pendingActivities.map((a) => ({ traineeId: t.profile.traineeId, ...a })),
          ),
        };
        const echo = figures.find((f) => f.op === 'echo' && f.concurrency === 1);
        for (const op of ['whatsLeft', 'approve', 'sign'] as const) {
          const count = op === 'whatsLeft' ? opts.ops : Math.min(opts.ops, oldQueues[op].length);
          const before = await metrics(base);
          const f = await measure(base, op, count, 1, (i) =>
            activityFor(op, i, old.population, oldQueues, conn.url),
          );
          const after = await metrics(base);
          oldOps.push(vsEcho({ ...f, ...perOp(before, after, f.count) }, echo));
        }
        // The leader of 30 asks what waits for them: every one of the 30 LIS is read.
        const before = await metrics(base);
        const refused = conn.refused();
        const f = await measure(base, 'inbox', opts.ops, 1, (i) =>
          activityFor('inbox', i, team30, {}, conn.url),
        );
        f.errors += conn.refused() - refused;
        lead30.push(vsEcho({ ...f, ...perOp(before, await metrics(base), f.count) }, echo));
      } finally {
        const rss = peakRssMb(child.pid);
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
        const at0 = `${today}T00:00:00.000Z`;
        result.sizes.push({
          lis: size,
          seedSeconds,
          // The LIS documents, their goal states and activities, and the people.
          documents:
            pop.trainees.reduce(
              (n, t) =>
                n +
                1 +
                withBasis(t.profile.traineeId, t.goals, t.activities, at0).length +
                t.activities.length,
              0,
            ) + pop.people.length,
          largestDocument: { id: young.id, kb: young.kb },
          ops: figures,
          fiveYearLis3: {
            goals: old.catalog.goals.length,
            activities: old.population.trainees[0]?.activities.length ?? 0,
            documents: oldSize.documents,
            largestDocument: { id: oldSize.id, kb: oldSize.kb },
            ops: oldOps,
          },
          leaderOf30: {
            lis: team30.trainees.length,
            waiting: team30.trainees.reduce((n, t) => n + t.pendingGoals.length, 0),
            ops: lead30,
          },
          peakRssMb: rss,
        });
      }
    }
  } finally {
    await conn.close();
    await embedded?.close();
  }
  const [small, large] = [result.sizes[0], result.sizes.at(-1)];
  if (small && large && small !== large) {
    result.scale = large.ops.map((f) => {
      const s = small.ops.find((x) => x.op === f.op && x.concurrency === f.concurrency);
      return {
        op: f.op,
        concurrency: f.concurrency,
        p95Ratio: s && s.p95 > 0 ? Math.round((f.p95 / s.p95) * 100) / 100 : 0,
      };
    });
  }
  return result;
}

const HEADER =
  'op          conc   count  errors   p50 ms   p95 ms   p99 ms   ops/s  store req/op   KB/op  est. RU/op  p95/echo  CPU ms/op  CPU/echo';
const row = (f: OpFigures) =>
  `${f.op.padEnd(11)} ${String(f.concurrency).padStart(4)} ${String(f.count).padStart(7)} ${String(f.errors).padStart(7)} ${f.p50.toFixed(1).padStart(8)} ${f.p95.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${f.throughput.toFixed(1).padStart(7)} ${f.storeRequestsPerOp.toFixed(2).padStart(13)} ${f.kbPerOp.toFixed(1).padStart(7)} ${f.ruPerOp.toFixed(1).padStart(11)} ${f.p95VsEcho.toFixed(2).padStart(9)} ${f.cpuMsPerOp.toFixed(2).padStart(10)} ${f.cpuVsEcho.toFixed(2).padStart(9)}`;

/** Where one operation's request units go, largest first ("write trainee (batch) 10.5"). */
const breakdown = (f: OpFigures) =>
  `${f.op.padEnd(11)} ${Object.entries(f.ruByKind)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(' · ')}`;

export function table(r: BenchResult): string {
  const lines = [`LIS benchmark ${r.date} · ${r.machine} · Node ${r.node} · store: ${r.store}`];
  for (const s of r.sizes) {
    lines.push(
      '',
      `${s.lis} LIS (${s.documents} documents, seeded in ${s.seedSeconds} s) · app peak RSS ${s.peakRssMb} MB · largest document of a young LIS1 ${s.largestDocument.kb} KB (${s.largestDocument.id})`,
    );
    lines.push(HEADER);
    for (const f of s.ops) lines.push(row(f));
    lines.push('', 'est. RU per operation by request (at concurrency 1)');
    for (const f of s.ops.filter((x) => x.concurrency === s.ops[0]?.concurrency && x.op !== 'echo'))
      lines.push(breakdown(f));
  }
  for (const s of r.sizes.filter((x) => x.fiveYearLis3)) {
    const o = s.fiveYearLis3 as OldLis;
    lines.push(
      '',
      `A LIS3 in general practice after five years, beside the ${s.lis} (${o.goals} goals, ${o.activities} activities, ${o.documents} documents) · largest document ${o.largestDocument.kb} KB (${o.largestDocument.id})`,
      HEADER,
    );
    for (const f of o.ops) lines.push(row(f));
    lines.push('', 'est. RU per operation by request');
    for (const f of o.ops) lines.push(breakdown(f));
  }
  for (const s of r.sizes.filter((x) => x.leaderOf30)) {
    const l = s.leaderOf30 as NonNullable<SizeResult['leaderOf30']>;
    lines.push(
      '',
      `A leader of ${l.lis} LIS (${l.waiting} goals waiting for approval), beside the ${s.lis}: their inbox`,
      HEADER,
    );
    for (const f of l.ops) lines.push(row(f));
    lines.push('', 'est. RU per operation by request');
    for (const f of l.ops) lines.push(breakdown(f));
  }
  if (r.scale) {
    lines.push('', `p95 at ${r.sizes.at(-1)?.lis} LIS ÷ p95 at ${r.sizes[0]?.lis} LIS`);
    for (const s of r.scale)
      lines.push(`${s.op.padEnd(11)} ${String(s.concurrency).padStart(4)}   ${s.p95Ratio.toFixed(2)}`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,2000' },
      ops: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '1,32' },
      out: { type: 'string', default: join(ROOT, 'bench', 'results.json') },
    },
  });
  const list = (s: unknown) =>
    String(s)
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
  runBench({
    sizes: list(values.sizes),
    ops: Number(values.ops),
    concurrency: list(values.concurrency),
  }).then(
    (r) => {
      console.log(table(r));
      writeFileSync(String(values.out), `${JSON.stringify(r, null, 2)}\n`);
      console.log(`\nwrote ${values.out}`);
    },
    (err: Error) => {
      console.error(`bench failed: ${err.message}`);
      process.exit(1);
    },
  );
}
