/**
 * `npm run chaos`: the app killed with SIGKILL in the middle of a load, again and again, and then a
 * count of what was promised against what is stored and delivered.
 *
 *   npm run chaos                          # 6 kills, 4 requests at once
 *   npm run chaos -- --kills 10 --concurrency 8
 *
 * The store runs as its own process (`tools/store.ts`, in memory), so it outlives every kill. A
 * Bot Connector stand-in records what the app sends. The load: LIS record activities and ask for
 * approval of goals, supervisors sign, leaders approve (each request is sent again with the same
 * id after a restart when its answer was lost, as a client would). After the last restart the
 * outbox is given time to drain, and the run prints: acknowledged, stored, stored without audit,
 * audit without record, duplicates, notices expected vs delivered (each exactly once).
 * Exits 1 on any loss.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BENCH_BOT,
  BENCH_TENANT,
  type BenchTrainee,
  personalChatId,
  population,
  teamsUserId,
} from '../bench/population';
import { startApp as startCompiledApp } from '../bench/run';
import type { AuditEvent, LearningActivity, OutboxEntry } from '../core/model';
import { openStore, type Store } from '../store';
import { EMULATOR_KEY } from '../store/embedded';

const ROOT = join(__dirname, '..');
/** Every process this run started, ended with it whatever happens. */
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
const LEASE_SECONDS = 3;

type Kind = 'record' | 'request' | 'sign' | 'approve';
interface Job {
  kind: Kind;
  /** The invoke id: the same on a resend, as a client's retry would be. */
  invokeId: string;
  traineeId: string;
  /** The item (absent for a new record: its description identifies it). */
  target?: string;
  rev?: number;
  description?: string;
  from: string;
  acknowledged: boolean;
  attempts: number;
}

interface Sent {
  conversation: string;
  body: string;
}

/** A Bot Connector stand-in: answers every send at once and keeps what was sent. */
async function connector(): Promise<{ url: string; sent: Sent[]; close(): Promise<void> }> {
  const sent: Sent[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => {
      raw += d.toString();
    });
    req.on('end', () => {
      if (process.env.CHAOS_DEBUG) console.log(req.method, req.url, raw.slice(0, 200));
      const m = /\/v3\/conversations\/([^/]+)\/activities(\/[^/?]*)?$/.exec(req.url ?? '');
      if (req.method === 'POST' && m) sent.push({ conversation: decodeURIComponent(m[1] ?? ''), body: raw });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `chaos-${++n}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    sent,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** The store as its own process; resolves with its endpoint and certificate path. */
function startStore(certPath: string): Promise<{ child: ChildProcess; endpoint: string }> {
  return new Promise((resolve, reject) => {
    // Node itself with the TypeScript loader: one process, so a kill reaches the store (tsx's wrapper would leave it running).
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tools', 'store.ts')], {
      cwd: ROOT,
      env: { ...process.env, STORE_PORT: '0', STORE_CERT: certPath },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('store did not start'));
    }, 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /on (https:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, endpoint: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`store exited (${code})`)));
  });
}

/** The compiled app as its own process (the benchmark's start), ended with this run whatever happens. */
async function startApp(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const app = await startCompiledApp(env);
  children.add(app.child);
  app.child.once('exit', () => children.delete(app.child));
  return app;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

function invoke(job: Job, serviceUrl: string, names: Map<string, string>): Record<string, unknown> {
  const data =
    job.kind === 'record'
      ? {
          traineeId: job.traineeId,
          activityKind: 'clinical_practice',
          date: new Date().toISOString().slice(0, 10),
          description: job.description,
          goals: 'lis1-clinical-2020|DEL1-001',
          supervisor: job.target,
        }
      : { traineeId: job.traineeId, id: job.target, rev: job.rev, comment: 'Godkjent etter vurdering' };
  const verb = {
    record: 'activity.record',
    request: 'goal.request',
    sign: 'activity.sign',
    approve: 'goal.approve',
  }[job.kind];
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: job.invokeId,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: teamsUserId(job.from), aadObjectId: job.from, name: names.get(job.from) ?? job.from },
    recipient: { id: BENCH_BOT, name: 'LIS' },
    conversation: { id: personalChatId(job.from), conversationType: 'personal', tenantId: BENCH_TENANT },
    channelData: { tenant: { id: BENCH_TENANT } },
    locale: 'nb-NO',
    replyToId: `card-${job.invokeId}`,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** The work of the run, from the population: each item decided once, new records and requests. */
function jobsFor(
  trainees: BenchTrainee[],
  supervisorOf: Map<string, string>,
  leaderOf: Map<string, string>,
): Job[] {
  const jobs: Job[] = [];
  const job = (j: Omit<Job, 'invokeId' | 'acknowledged' | 'attempts'>): Job => ({
    ...j,
    invokeId: `chaos-${randomUUID()}`,
    acknowledged: false,
    attempts: 0,
  });
  for (const t of trainees) {
    const traineeId = t.profile.traineeId;
    const lis = t.profile.aadObjectId;
    const supervisor = supervisorOf.get(traineeId) ?? '';
    const leader = leaderOf.get(traineeId) ?? '';
    for (const a of t.pendingActivities)
      jobs.push(job({ kind: 'sign', traineeId, target: a.id, rev: a.rev, from: supervisor }));
    for (const g of t.pendingGoals)
      jobs.push(job({ kind: 'approve', traineeId, target: g.id, rev: g.rev, from: leader }));
    for (const g of t.goals.filter((x) => x.status === 'in_progress').slice(0, 3))
      jobs.push(job({ kind: 'request', traineeId, target: g.id, rev: g.rev, from: lis }));
    for (let n = 0; n < 4; n++)
      jobs.push(
        job({
          kind: 'record',
          traineeId,
          target: supervisor,
          description: `Kaos ${traineeId} ${n}`,
          from: lis,
        }),
      );
  }
  // Shuffled, so kills land in the middle of every kind.
  for (let i = jobs.length - 1; i > 0; i--) {
    const k = Math.floor(Math.random() * (i + 1));
    [jobs[i], jobs[k]] = [jobs[k] as Job, jobs[i] as Job];
  }
  return jobs;
}

export interface Report {
  kills: number;
  requests: number;
  /** Requests whose answer was lost to a kill, sent again with the same id. */
  resent: number;
  acknowledged: number;
  stored: number;
  lost: number;
  withoutAudit: number;
  auditWithoutRecord: number;
  duplicates: number;
  noticesExpected: number;
  noticesDelivered: number;
  noticesMissing: number;
  noticesTwice: number;
  outboxLeft: number;
}

async function check(
  store: Store,
  jobs: Job[],
  sent: Sent[],
  trainees: BenchTrainee[],
): Promise<Omit<Report, 'kills'>> {
  const r = {
    requests: jobs.length,
    resent: jobs.filter((j) => j.attempts > 1).length,
    acknowledged: jobs.filter((j) => j.acknowledged).length,
    stored: 0,
    lost: 0,
    withoutAudit: 0,
    auditWithoutRecord: 0,
    duplicates: 0,
    noticesExpected: 0,
    noticesDelivered: 0,
    noticesMissing: 0,
    noticesTwice: 0,
    outboxLeft: 0,
  };
  const delivered = (conversation: string, ...needles: string[]) =>
    sent.filter((s) => s.conversation === conversation && needles.every((n) => s.body.includes(n))).length;
  const notice = (n: number, what = '') => {
    if (n !== 1 && process.env.CHAOS_DEBUG) console.log(`notice ${what}: ${n}`);
    r.noticesExpected++;
    if (n >= 1) r.noticesDelivered++;
    if (n === 0) r.noticesMissing++;
    if (n > 1) r.noticesTwice++;
  };
  for (const t of trainees) {
    const traineeId = t.profile.traineeId;
    const snap = await store.trainees.snapshot(traineeId);
    const audit = await store.trainees.documents<AuditEvent>(traineeId, 'audit');
    const activities = await store.trainees.documents<LearningActivity>(traineeId, 'activity');
    r.outboxLeft += (await store.trainees.documents<OutboxEntry>(traineeId, 'outbox')).length;
    const events = (target: string, verb: string) =>
      audit.filter((e) => e.target === target && e.verb === verb).length;
    const lisConv = personalChatId(t.profile.aadObjectId);
    const mine = jobs.filter((j) => j.traineeId === traineeId);
    for (const j of mine) {
      let stored = false;
      let verb = '';
      let target = j.target ?? '';
      if (j.kind === 'record') {
        const found = activities.filter((a) => a.description === j.description);
        if (found.length > 1) r.duplicates += found.length - 1;
        stored = found.length > 0;
        target = found[0]?.id ?? '';
        verb = 'activity.request';
      } else if (j.kind === 'sign') {
        stored = activities.find((a) => a.id === j.target)?.status === 'signed';
        verb = 'activity.sign';
      } else {
        const g = snap?.goals.find((x) => x.id === j.target);
        stored = j.kind === 'approve' ? g?.status === 'approved' : g?.status === 'pending_approval';
        verb = j.kind === 'approve' ? 'goal.approve' : 'goal.request';
      }
      if (j.acknowledged && !stored) r.lost++;
      if (!stored) {
        if (target && events(target, verb) > 0) r.auditWithoutRecord++;
        continue;
      }
      r.stored++;
      const n = events(target, verb);
      if (n === 0) r.withoutAudit++;
      if (n > 1) r.duplicates += n - 1;
      // What the change caused, in the recipient's chat (each exactly once).
      if (j.kind === 'record')
        notice(
          delivered(personalChatId(j.target ?? ''), target.slice('activity:'.length)),
          `record ${target}`,
        );
      else if (j.kind === 'sign') {
        const a = activities.find((x) => x.id === j.target);
        notice(delivered(lisConv, 'signert aktiviteten din', a?.description ?? '\u0000'), `sign ${target}`);
      } else if (j.kind === 'approve') {
        const goalId = target.split(':').at(-1) ?? '';
        notice(delivered(lisConv, 'godkjent', `**${goalId}**`), `approve ${target}`);
      } else {
        // The leader leads several LIS with the same catalog: the card names both the goal and the LIS.
        const leader = t.profile.roles.find((x) => x.role === 'leader')?.aadObjectId;
        notice(delivered(personalChatId(leader ?? ''), `"${target}"`, `"${traineeId}"`), `request ${target}`);
      }
    }
  }
  return r;
}

/** True when nothing was lost: every acknowledged change stored with its audit event, no record twice, every notice sent. */
export function passed(report: Report, killsAsked: number): boolean {
  return (
    report.kills >= Math.min(killsAsked, 5) &&
    report.lost + report.withoutAudit + report.auditWithoutRecord + report.duplicates === 0 &&
    report.noticesMissing + report.outboxLeft === 0
  );
}

export async function runChaos(opts: {
  kills: number;
  concurrency: number;
  lis: number;
  quiet?: boolean;
  /** Compile the app first (off when the caller just did). */
  build?: boolean;
}): Promise<Report> {
  const { kills, concurrency } = opts;
  const say = (s: string) => {
    if (!opts.quiet) console.log(s);
  };
  if (opts.build !== false)
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(ROOT, 'tsconfig.build.json')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  const dir = mkdtempSync(join(tmpdir(), 'lis-chaos-'));
  const certPath = join(dir, 'store.pem');
  const storeProc = await startStore(certPath);
  const conn = await connector();
  const database = `chaos-${randomUUID().slice(0, 8)}`;
  const store = await openStore({
    endpoint: storeProc.endpoint,
    key: EMULATOR_KEY,
    database,
    caCertPem: readFileSync(certPath, 'utf8'),
    throttledWaitSeconds: 60,
  });
  const today = new Date().toISOString().slice(0, 10);
  const pop = population(opts.lis, 3, conn.url, today);
  await store.trainees.createTrainees(pop.trainees);
  await store.people.bulkCreate(pop.people, 'chaos people');
  const env = {
    HOST: '127.0.0.1',
    PORT: '0',
    COSMOS_ENDPOINT: storeProc.endpoint,
    COSMOS_KEY: EMULATOR_KEY,
    COSMOS_DATABASE: database,
    COSMOS_CA_CERT: certPath,
    DEV_MODE: 'false',
    LOG_LEVEL: 'info',
    OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS),
    // The crash suite checks what requests cause; reminders on their own schedule are not its subject.
    MILESTONE_SWEEP_MINUTES: '0',
  };
  const jobs = jobsFor(pop.trainees, pop.supervisorOf, pop.leaderOf);
  say(
    `chaos: ${jobs.length} requests over ${pop.trainees.length} LIS, ${concurrency} at once, ${kills} kills`,
  );

  let app = await startApp(env);
  let killed = 0;
  let next = 0;
  const retry: Job[] = [];
  const send = async (job: Job, base: string) => {
    job.attempts++;
    try {
      const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(invoke(job, conn.url, pop.names)),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await res.json()) as { statusCode?: number };
      job.acknowledged = res.status === 200 && body.statusCode === 200;
    } catch {
      // The answer was lost (the app died): a client sends the same request again.
      if (job.attempts < 3) retry.push(job);
    }
  };
  const worker = async (base: () => string, until: () => boolean) => {
    while (!until()) {
      const job = retry.shift() ?? jobs[next++];
      if (!job) return;
      await send(job, base());
    }
  };
  // Kill at random moments while the load runs: each round runs the load for 0.2–1.5 s.
  for (let round = 0; round <= kills; round++) {
    const current = app;
    let stop = false;
    const workers = Array.from({ length: concurrency }, () =>
      worker(
        () => current.base,
        () => stop,
      ),
    );
    if (round < kills) {
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 1300));
      current.child.kill('SIGKILL');
      killed++;
      stop = true;
      await Promise.all(workers);
      await exited(current.child);
      app = await startApp(env);
    } else await Promise.all(workers);
  }
  say(`load done: ${killed} kills; waiting for the outbox to drain`);
  // Entries the dead instances held wait for their lease; the live one sweeps every lease period.
  const deadline = Date.now() + 120_000;
  for (;;) {
    let left = 0;
    for (const t of pop.trainees)
      left += (await store.trainees.documents<OutboxEntry>(t.profile.traineeId, 'outbox')).filter(
        (e) => !e.failed,
      ).length;
    if (left === 0 || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  app.child.kill('SIGTERM');
  await exited(app.child);
  const report: Report = { kills: killed, ...(await check(store, jobs, conn.sent, pop.trainees)) };
  await store.close();
  await conn.close();
  storeProc.child.kill('SIGTERM');

  writeFileSync(join(dir, 'report.json'), JSON.stringify(report, null, 2));
  return report;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string', default: '6' },
      concurrency: { type: 'string', default: '4' },
      lis: { type: 'string', default: '10' },
    },
  });
  const kills = Number(values.kills);
  const report = await runChaos({ kills, concurrency: Number(values.concurrency), lis: Number(values.lis) });
  const say = (s: string) => console.log(s);
  const rows: [string, number][] = [
    ['kills (SIGKILL)', report.kills],
    ['requests', report.requests],
    ['answers lost, sent again', report.resent],
    ['acknowledged', report.acknowledged],
    ['stored', report.stored],
    ['acknowledged but lost', report.lost],
    ['stored without audit', report.withoutAudit],
    ['audit without record', report.auditWithoutRecord],
    ['duplicates', report.duplicates],
    ['notices expected', report.noticesExpected],
    ['notices delivered', report.noticesDelivered],
    ['notices missing', report.noticesMissing],
    ['notices delivered twice*', report.noticesTwice],
    ['outbox entries left', report.outboxLeft],
  ];
  for (const [k, v] of rows) say(`${k.padEnd(26)} ${v}`);
  say(
    '* a message Teams had accepted when the app was killed, before the outbox could record it: sent again\n' +
      '  after the restart (at least once; the Bot Connector has no idempotency key to make it exactly once)',
  );
  const failed = !passed(report, kills);
  say(failed ? 'chaos: FAILED' : 'chaos: nothing lost, no record twice');
  process.exit(failed ? 1 : 0);
}

if (require.main === module)
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(2);
  });
