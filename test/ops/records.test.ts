import fc from 'fast-check';
import { OPEN_ACTIVITIES_MAX } from '../../core/activities';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { AuditEvent, OutboxEntry } from '../../core/model';
import { BACKOFF_MS, jittered, Outbox } from '../../ops/outbox';
import { invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

/**
 * Records written whole, over real HTTP: a retried or reused request writes nothing twice and
 * drops nothing; decisions on different items of one LIS never block each other; what a change
 * causes is delivered at least once, after a restart too, and a delivery that keeps failing ends
 * with the asker told.
 */
const T = DEMO_TRAINEES.alex;
const { alex, isaiah, megan } = DEMO_PEOPLE;
const GOAL = 'lis1-clinical-2020|DEL1-050';

type Body = { statusCode: number; value: unknown };

describe('records written whole, over real HTTP', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp({ outbox: { backoffMs: [20, 20], leaseMs: 400, sweepMs: 60_000 } });
  });
  afterEach(() => app.stop());

  const post = async (activity: Record<string, unknown>) => {
    const res = await app.post(activity);
    expect(res.status).toBe(200);
    return (await res.json()) as Body;
  };
  const record = (description: string, id?: string) =>
    invoke(
      'activity.record',
      {
        traineeId: T,
        activityKind: 'supervised_procedure',
        date: '2026-11-20',
        description,
        goals: GOAL,
        supervisor: isaiah.aadObjectId,
      },
      { from: alex, serviceUrl: app.connector.url, ...(id ? { id } : {}) },
    );
  const trail = () => app.store.trainees.auditTrail(T);
  const docs = <D>(kind: string) => app.store.trainees.documents<D>(T, kind);
  const recordMany = async (n: number, prefix: string) => {
    const bodies = await Promise.all(Array.from({ length: n }, (_, i) => post(record(`${prefix} ${i}`))));
    expect(bodies.every((b) => b.statusCode === 200)).toBe(true);
    const all = await app.store.trainees.activities(T);
    return all.filter((a) => a.description.startsWith(`${prefix} `));
  };
  /** One activity recorded (Alex reachable), its card sent; the connector cleared for what follows. */
  const oneRecorded = async (description: string) => {
    await app.post(message('hei', { from: alex, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    const [a] = await recordMany(1, description);
    await app.outbox.idle();
    app.connector.clear();
    if (!a) throw new Error('recorded');
    return a;
  };
  const signByIsaiah = (a: { id: string; rev: number }) =>
    post(
      invoke(
        'activity.sign',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
  /** The notices that Isaiah signed the activity, as sent. */
  const signedNotices = (description: string) =>
    app.connector
      .sent()
      .filter((m) => JSON.stringify(m).includes(description) && JSON.stringify(m).includes('Signert av'));

  it('records 20 activities at once and signs 20 different ones at once: every one succeeds', async () => {
    const recorded = await recordMany(20, 'Parallell');
    expect(recorded).toHaveLength(20);
    const answers = await Promise.all(
      recorded.map((a) =>
        post(
          invoke(
            'activity.sign',
            { traineeId: T, id: a.id, rev: a.rev },
            { from: isaiah, serviceUrl: app.connector.url },
          ),
        ),
      ),
    );
    expect(answers.every((b) => b.statusCode === 200)).toBe(true);
    const after = await Promise.all(recorded.map((a) => app.store.trainees.getActivity(T, a.id)));
    expect(after.map((a) => a?.status)).toEqual(recorded.map(() => 'signed'));
    const ids = new Set(recorded.map((a) => a.id));
    const events = await trail();
    expect(events.filter((e) => e.verb === 'activity.sign' && ids.has(e.target))).toHaveLength(20);
    const snap = await app.store.trainees.snapshot(T);
    expect(snap?.signed['goal:lis1-clinical-2020:DEL1-050']).toBe(20);
    expect(snap?.open.some((a) => a.description.startsWith('Parallell'))).toBe(false);
  });

  it('20 opposite decisions on one activity at once end in exactly one change and one audit event', async () => {
    const [a] = await recordMany(1, 'Motsatt');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(
          invoke(
            i % 2 ? 'activity.sign' : 'activity.return',
            { traineeId: T, id: a!.id, rev: a!.rev, comment: 'Ta den igjen' },
            { from: isaiah, serviceUrl: app.connector.url },
          ),
        ),
      ),
    );
    expect(answers.every((b) => b.statusCode === 200)).toBe(true);
    const stored = await app.store.trainees.getActivity(T, a!.id);
    expect(stored?.rev).toBe(a!.rev + 1);
    const decisions = (await app.store.trainees.auditOf(T, a!.id)).filter((e) =>
      ['activity.sign', 'activity.return'].includes(e.verb),
    );
    expect(decisions).toHaveLength(1);
    expect(decisions[0]?.verb).toBe(stored?.status === 'signed' ? 'activity.sign' : 'activity.return');
  });

  it('20 opposite decisions on one goal at once end in exactly one change and one audit event', async () => {
    const goal = (await app.store.trainees.snapshot(T))!.goals.find((g) => g.status === 'pending_approval')!;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(
          invoke(
            i % 2 ? 'goal.approve' : 'goal.return',
            { traineeId: T, id: goal.id, rev: goal.rev, comment: 'Vurdert' },
            { from: megan, serviceUrl: app.connector.url },
          ),
        ),
      ),
    );
    expect(answers.every((b) => b.statusCode === 200)).toBe(true);
    const events = (await app.store.trainees.auditOf(T, goal.id)).filter((e) =>
      ['goal.approve', 'goal.return'].includes(e.verb),
    );
    expect(events).toHaveLength(1);
    const stored = (await app.store.trainees.snapshot(T))!.goals.find((g) => g.id === goal.id);
    expect(stored?.rev).toBe(goal.rev + 1);
  });

  it('refuses a description over the limit with a message naming it, and stores nothing', async () => {
    const before = (await trail()).length;
    const body = await post(record('x'.repeat(5000)));
    expect(JSON.stringify(body.value)).toMatch(/5000 tegn.*1000/);
    expect((await app.store.trainees.activities(T)).some((a) => a.description.startsWith('xxx'))).toBe(false);
    expect(await trail()).toHaveLength(before);
  });

  it('refuses a new request for a signature past 100 open activities, saying so, and stores nothing, also when sent later or a signature is undone', async () => {
    // The LIS's document holds the open activities: a ceiling keeps it far from Cosmos DB's 2 MB.
    const open = (await app.store.trainees.snapshot(T))?.open.length ?? 0;
    const base = (await app.store.trainees.activities(T)).find((a) => a.status === 'pending_signature');
    if (!base) throw new Error('the demo has no open activity');
    for (let n = open; n < OPEN_ACTIVITIES_MAX; n++) {
      const { etag: _e, ...a } = base;
      await app.store.trainees.commit({
        change: { kind: 'activity', activity: { ...a, id: `activity:open-${n}` } },
        effects: [],
      });
    }
    const events = (await trail()).length;
    const body = await post(record('Én for mye'));
    expect(JSON.stringify(body.value)).toContain('Du har allerede 100 aktiviteter som venter på signering');
    expect((await app.store.trainees.activities(T)).some((a) => a.description === 'Én for mye')).toBe(false);
    expect(await trail()).toHaveLength(events);
    // Recording without asking anyone still works (it waits for no one).
    const plain = await post(
      invoke(
        'activity.record',
        {
          traineeId: T,
          activityKind: 'course',
          date: '2026-11-20',
          description: 'Bare registrert',
          goals: GOAL,
        },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(plain.statusCode).toBe(200);
    const registered = (await app.store.trainees.activities(T)).find(
      (a) => a.description === 'Bare registrert',
    );
    expect(registered?.status).toBe('registered');
    // Sent from there later (to a supervisor, or to the leader to mark as met): refused the same way.
    const data = { traineeId: T, id: registered?.id, rev: registered?.rev };
    const later = [
      await post(
        invoke(
          'activity.resend',
          { ...data, to: isaiah.aadObjectId },
          { from: alex, serviceUrl: app.connector.url },
        ),
      ),
      await post(invoke('activity.askMet', data, { from: alex, serviceUrl: app.connector.url })),
    ];
    for (const r of later)
      expect(JSON.stringify(r.value)).toContain('Du har allerede 100 aktiviteter som venter på signering');
    expect((await app.store.trainees.getActivity(T, String(registered?.id)))?.status).toBe('registered');
    // A signature undone would send one back to the LIS: the supervisor is told why it waits.
    const signed = await app.store.trainees.getActivity(T, 'activity:demo-2');
    const undo = await post(
      invoke(
        'activity.undo',
        { traineeId: T, id: signed?.id, rev: signed?.rev, comment: 'Feil LIS.' },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(JSON.stringify(undo.value)).toContain(
      'Alex Wilber har allerede 100 aktiviteter som venter på signering',
    );
    expect((await app.store.trainees.getActivity(T, 'activity:demo-2'))?.status).toBe('signed');
    expect((await app.store.trainees.snapshot(T))?.open).toHaveLength(OPEN_ACTIVITIES_MAX);
  });

  it('a retried record (the same invoke id, also at once) stores one activity and one audit event', async () => {
    const id = 'inv-retried-record';
    await Promise.all([post(record('Gjentatt', id)), post(record('Gjentatt', id))]);
    await post(record('Gjentatt', id));
    const stored = (await app.store.trainees.activities(T)).filter((a) => a.description === 'Gjentatt');
    expect(stored).toHaveLength(1);
    expect((await trail()).filter((e) => e.target === stored[0]?.id)).toHaveLength(1);
  });

  it('an invoke id reused on another item of the same LIS never drops an audit event', async () => {
    const [a, b] = await recordMany(2, 'Gjenbrukt');
    const id = 'inv-reused';
    for (const x of [a!, b!])
      await post(
        invoke(
          'activity.sign',
          { traineeId: T, id: x.id, rev: x.rev },
          { from: isaiah, serviceUrl: app.connector.url, id },
        ),
      );
    for (const x of [a!, b!]) {
      expect((await app.store.trainees.getActivity(T, x.id))?.status).toBe('signed');
      expect((await app.store.trainees.auditOf(T, x.id)).map((e) => e.verb).sort()).toEqual([
        'activity.request',
        'activity.sign',
      ]);
    }
  });

  it('takes an invoke id Cosmos DB would refuse in a document id: stored under its hash, once', async () => {
    // Audit and outbox ids are made from the invoke's id: `/`, `?`, `#` or 1,023 bytes would make
    // Cosmos DB (and the embedded store, which refuses them the same way) turn the whole batch down.
    const [a, b] = await recordMany(2, 'Rar id');
    const odd = [`f:a/b?c#d\\e`, `f:${'ø'.repeat(500)}`];
    for (const [x, id] of [
      [a!, odd[0]],
      [b!, odd[1]],
    ] as const) {
      const sign = invoke(
        'activity.sign',
        { traineeId: T, id: x.id, rev: x.rev },
        { from: isaiah, serviceUrl: app.connector.url, id },
      );
      expect((await post(sign)).statusCode).toBe(200);
      // The same invoke again (a retry): the same key, nothing written twice.
      expect((await post(sign)).statusCode).toBe(200);
      expect((await app.store.trainees.getActivity(T, x.id))?.status).toBe('signed');
      const signs = (await app.store.trainees.auditOf(T, x.id)).filter((e) => e.verb === 'activity.sign');
      expect(signs).toHaveLength(1);
      expect(signs[0]?.id).toMatch(/^audit:h-[\w-]{32}:activity:/);
    }
  });

  it('delivers what a change caused after a restart, once, even with two instances sweeping', async () => {
    const a = await oneRecorded('Etter omstart');
    // The instance stops before it delivers (as if killed right after the answer).
    app.outbox.stop();
    await signByIsaiah(a);
    const waiting = await docs<OutboxEntry>('outbox');
    expect(waiting.map((e) => e.effects.map((x) => x.kind))).toEqual([['redraw', 'outcome_to_lis']]);
    expect(app.connector.sent()).toEqual([]); // the click was answered in its own response; no notice yet

    // Two new instances on the same store, once the dead one's lease has run out.
    await new Promise((r) => setTimeout(r, 450));
    const next = [new Outbox({ leaseMs: 5000 }), new Outbox({ leaseMs: 5000 })].map((o) =>
      o.attach(app.deps, app.deliverer),
    );
    const found = await Promise.all(next.map((o) => o.sweep()));
    await Promise.all(next.map((o) => o.idle()));
    expect(found.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(1);
    expect(signedNotices('Etter omstart')).toHaveLength(1);
    expect(await docs('outbox')).toEqual([]);
  });

  it('keeps its lease while a slow Teams makes a delivery outlast it: another instance sends nothing twice', async () => {
    const a = await oneRecorded('Treg');
    // Each call takes most of the lease (400 ms): the redraw of Isaiah's card, then the notice to Alex.
    for (const who of [alex, isaiah]) app.connector.slow.set(`a:personal-${who.aadObjectId}`, 330);
    const other = new Outbox({ leaseMs: 400, sweepMs: 60_000 }).attach(app.deps, app.deliverer);
    let looking = true;
    const looks = (async () => {
      while (looking) {
        await other.sweep();
        await new Promise((r) => setTimeout(r, 40));
      }
    })();
    try {
      await signByIsaiah(a);
      await app.outbox.idle();
    } finally {
      looking = false;
      await looks;
      other.stop();
      await other.idle();
    }
    expect(signedNotices('Treg')).toHaveLength(1);
    expect(await docs('outbox')).toEqual([]);
  });

  // Microsoft's rate-limit guidance for bots: retry 429, and also 412, 502 and 504.
  it.each([503, 429, 412, 502, 504])('tries a busy Teams again (%i), and delivers once', async (status) => {
    const a = await oneRecorded('Opptatt');
    app.connector.busy.set(`a:personal-${alex.aadObjectId}`, { status, times: 1 });
    await signByIsaiah(a);
    await app.outbox.idle();
    expect(signedNotices('Opptatt')).toHaveLength(1);
    expect(await docs('outbox')).toEqual([]);
    expect(app.logs.lines.some((l) => l.msg === 'delivery will be retried')).toBe(true);
  });

  it('remembers the cards an entry sent before it waits for a busy Teams, so a decision meanwhile redraws them', async () => {
    // A pause of 3 s after the first failure: the entry is still waiting when we look.
    await app.stop();
    app = await startTestApp({ outbox: { backoffMs: [3000], leaseMs: 400, sweepMs: 60_000 } });
    const { adele } = DEMO_PEOPLE;
    for (const who of [alex, megan, adele])
      await app.post(message('hei', { from: who, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    const goal = (await app.store.trainees.snapshot(T))?.goals.find((g) => g.status === 'in_progress');
    if (!goal) throw new Error('the demo has a goal in progress for Alex');
    app.connector.clear();
    app.connector.busy.set(`a:personal-${adele.aadObjectId}`, { status: 503, times: 1 });
    const asked = await post(
      invoke(
        'goal.request',
        { traineeId: T, id: goal.id, rev: goal.rev },
        { from: alex, serviceUrl: app.connector.url, replyToId: 'alex-card' },
      ),
    );
    expect(asked.statusCode).toBe(200);
    // Megan's card went out; Adele's waits. Both Megan's card and the one Alex pressed are remembered now.
    let waiting: OutboxEntry[] = [];
    for (let i = 0; i < 100; i++) {
      waiting = await docs<OutboxEntry>('outbox');
      if (waiting[0] && Date.parse(waiting[0].notBefore) > Date.now() + 1000) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.landed ?? []).toEqual([]);
    const cards = await app.store.trainees.cardsOf(T, goal.id);
    expect(cards.map((c) => c.for).sort()).toEqual([alex.aadObjectId, megan.aadObjectId].sort());
  });

  it('gives up on a person Teams keeps refusing, keeps the entry with the reason, and tells the LIS', async () => {
    await app.post(message('hei', { from: alex, serviceUrl: app.connector.url }));
    await app.post(message('hei', { from: isaiah, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    app.connector.clear();
    app.connector.busy.set(`a:personal-${isaiah.aadObjectId}`, { status: 503, times: 1000 });
    await post(record('Når ikke fram'));
    await app.outbox.idle();
    const kept = await docs<OutboxEntry>('outbox');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      effects: [{ kind: 'remember_card' }, { kind: 'activity_card' }],
      done: 2,
      givenUp: [1],
      failed: { reason: 'unreachable' },
    });
    expect(kept[0]?.attempts).toBe(3);
    const toAlex = app.connector
      .sent()
      .filter(
        (m) =>
          (m as { conversation?: { id?: string } }).conversation?.id === `a:personal-${alex.aadObjectId}`,
      );
    expect(JSON.stringify(toAlex)).toMatch(/Isaiah Langer/);
    // The record itself and its audit event are stored: only the card did not arrive.
    const stored = (await app.store.trainees.activities(T)).find((x) => x.description === 'Når ikke fram');
    expect(((await trail()) as AuditEvent[]).some((e) => e.target === stored?.id)).toBe(true);
  });
});

describe('the outbox’s pauses', () => {
  it('keep a delivery Teams turns away for hours before the asker is told it failed, quickly at first', () => {
    const total = BACKOFF_MS.reduce((a, b) => a + b, 0);
    // An outage of the Bot Connector of a few hours delays notices; it does not lose them.
    expect(total).toBeGreaterThan(4 * 3_600_000);
    expect(BACKOFF_MS.slice(0, 3).every((ms) => ms <= 30_000)).toBe(true);
    // Each step at least as long as the one before (back-off), none longer than three hours.
    expect(BACKOFF_MS).toEqual([...BACKOFF_MS].sort((a, b) => a - b));
    expect(Math.max(...BACKOFF_MS)).toBeLessThanOrEqual(3 * 3_600_000);
  });

  it('are jittered between half and one and a half times the step, so a burst does not come back at once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600_000 }), (ms) => {
        const p = jittered(ms);
        return p >= Math.floor(ms / 2) && p <= Math.ceil(ms * 1.5);
      }),
    );
    const pauses = new Set(Array.from({ length: 50 }, () => jittered(30_000)));
    expect(pauses.size).toBeGreaterThan(40);
  });
});
