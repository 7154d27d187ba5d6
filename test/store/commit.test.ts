import { ACTIVITY_GOALS_MAX } from '../../core/activities';
import { blankGoal } from '../../core/goals';
import type { AuditEvent, GoalState, LearningActivity, Stored } from '../../core/model';
import { ConflictError, type Store } from '../../store';
import { CARD_REFS_MAX } from '../../store/trainees';
import { bareProfile } from '../helpers/profiles';
import { openTestStore } from '../helpers/store';

/**
 * A change, its audit event and its outbox entries are one transactional batch: all or nothing.
 * On the embedded server this holds because `store/atomicBatch.ts` puts back what a failed batch
 * wrote; these tests inject the failure at every position after the guarded write.
 */
const T = 'lis-commit-1';
const CAT = 'lis1-clinical-2020';
const profile = bareProfile({
  traineeId: T,
  aadObjectId: 'aad-lis-c',
  name: 'Commit LIS',
  part: 'hospital',
  employer: { unitId: 'u1', name: 'Unit', kind: 'hospital' },
  catalogIds: [CAT],
  createdAt: '2026-01-01T00:00:00.000Z',
});
const audit = (id: string, target: string): AuditEvent => ({
  kind: 'audit',
  id: `audit:${id}`,
  traineeId: T,
  actor: 'aad-x',
  verb: 'test',
  target,
  before: null,
  after: null,
  at: '2026-02-01T00:00:00Z',
});
const activity = (id: string, goals: string[]): LearningActivity => ({
  kind: 'activity',
  id: `activity:${id}`,
  traineeId: T,
  activityKind: 'supervised_procedure',
  date: '2026-01-10',
  description: `Activity ${id}`,
  goals: goals.map((goalId) => ({ catalogId: CAT, goalId })),
  status: 'pending_signature',
  supervisor: { aadObjectId: 'aad-sup', name: 'Sup' },
  rev: 1,
  createdAt: '2026-01-10T00:00:00Z',
});
const text = (to: string) => ({ kind: 'text' as const, to, text: 'accepted' as const, vars: {} });

describe('one change, its audit event and its outbox entries: all or nothing', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
    await store.trainees.commit({
      change: { kind: 'new_trainee', profile },
      audit: audit('register', 'profile'),
      effects: [],
    });
  });
  afterAll(() => store.close());

  // biome-ignore lint/complexity/useLiteralKeys: the container is private; the test reaches it on purpose.
  const raw = () => store.trainees['container'];
  const docIds = async () =>
    (
      await raw()
        .items.query<{ id: string }>({
          query: 'SELECT c.id FROM c WHERE c.traineeId = @t',
          parameters: [{ name: '@t', value: T }],
        })
        .fetchAll()
    ).resources
      .map((r) => r.id)
      .sort();

  it('writes the goal, its audit event and one outbox entry with its effects together', async () => {
    const goal: GoalState = {
      kind: 'goal',
      id: `goal:${CAT}:DEL1-001`,
      traineeId: T,
      catalogId: CAT,
      goalId: 'DEL1-001',
      status: 'pending_approval',
      rev: 1,
      updatedAt: '2026-02-01T00:00:00Z',
    };
    const { saved, outbox } = await store.trainees.commit<GoalState>({
      change: { kind: 'goal', goal },
      audit: audit('k1', goal.id),
      effects: [text('a'), text('b')],
    });
    expect(saved.status).toBe('pending_approval');
    expect(outbox.map((e) => [e.id, e.effects.length, e.done, e.etag !== ''])).toEqual([
      ['outbox:k1', 2, 0, true],
    ]);
    expect(await docIds()).toEqual([
      'audit:k1',
      'audit:register',
      `goal:${CAT}:DEL1-001`,
      'outbox:k1',
      'trainee',
    ]);
    expect((await store.trainees.snapshot(T))?.goals).toEqual([
      { id: goal.id, catalogId: CAT, goalId: 'DEL1-001', status: 'pending_approval', rev: 1 },
    ]);
  });

  it.each([
    ['the audit event (in the middle of the batch)', 'audit:k2'],
    ['the outbox entry (the last of the batch)', 'outbox:k2'],
  ])('writes nothing when %s cannot be written (fault injected)', async (_what, taken) => {
    // The id the batch will need is taken beforehand: its create fails after the goal's patch succeeded.
    await raw().items.create({ id: taken, traineeId: T, kind: 'blocker' });
    const before = await store.trainees.snapshot(T);
    const ids = await docIds();
    const goal = (await store.trainees.getGoal(T, `goal:${CAT}:DEL1-001`)) as Stored<GoalState>;
    await expect(
      store.trainees.commit({
        change: { kind: 'goal', goal: { ...goal, status: 'approved', rev: goal.rev + 1 }, before: goal },
        audit: audit('k2', goal.id),
        effects: [text('a'), text('b'), text('c')],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const after = await store.trainees.snapshot(T);
    expect(after?.goals[0]?.status).toBe('pending_approval');
    // Same ETags: the goal and the LIS's document were put back exactly as they were.
    expect(after?.profile.etag).toBe(before?.profile.etag);
    expect((await store.trainees.getGoal(T, goal.id))?.etag).toBe(goal.etag);
    expect(await docIds()).toEqual(ids);
    await raw().item(taken, T).delete();
  });

  it('writes nothing when the guarded write finds the document changed', async () => {
    const ids = await docIds();
    const goal = (await store.trainees.getGoal(T, `goal:${CAT}:DEL1-001`)) as Stored<GoalState>;
    await expect(
      store.trainees.commit({
        change: {
          kind: 'goal',
          goal: { ...goal, status: 'approved', rev: goal.rev + 1 },
          before: { ...goal, etag: 'stale' },
        },
        audit: audit('k3', goal.id),
        effects: [text('a')],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await docIds()).toEqual(ids);
  });

  it('keeps activities in documents of their own; the open ones and signed counts in the LIS document', async () => {
    const a = activity('a1', ['DEL1-003', 'DEL1-004']);
    const { saved } = await store.trainees.commit<LearningActivity>({
      change: { kind: 'activity', activity: a },
      audit: audit('rec-a1', a.id),
      effects: [],
    });
    expect((await store.trainees.snapshot(T))?.open.map((x) => x.id)).toEqual([a.id]);
    // Retried: the activity exists, so the whole batch (and its audit event) is refused.
    await expect(
      store.trainees.commit({
        change: { kind: 'activity', activity: a },
        audit: audit('rec-a1-again', a.id),
        effects: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await docIds()).not.toContain('audit:rec-a1-again');

    const signed: LearningActivity = { ...a, status: 'signed', rev: 2 };
    await store.trainees.commit({
      change: { kind: 'activity', activity: signed, before: saved },
      audit: audit('sign-a1', a.id),
      effects: [],
    });
    const snap = await store.trainees.snapshot(T);
    expect(snap?.open).toEqual([]);
    expect(snap?.signed).toEqual({ [`goal:${CAT}:DEL1-003`]: 1, [`goal:${CAT}:DEL1-004`]: 1 });
    // The goals it names have it in their basis, and are started by it (states created for them).
    const basis = await store.trainees.getGoal(T, `goal:${CAT}:DEL1-003`);
    expect(basis).toMatchObject({ status: 'in_progress', rev: 1 });
    expect((await store.trainees.snapshot(T))?.goals.find((g) => g.goalId === 'DEL1-003')).toMatchObject({
      status: 'in_progress',
      rev: 1,
    });
    expect(basis?.basis?.map((b) => b.activityId)).toEqual([a.id]);
    expect(await store.trainees.getGoal(T, `goal:${CAT}:DEL1-005`)).toBeUndefined();
  });

  it('signs an activity naming the most goals allowed: its LIS document changes split into patches of at most 10', async () => {
    const ids = Array.from(
      { length: ACTIVITY_GOALS_MAX },
      (_, i) => `DEL1-${String(60 + i).padStart(3, '0')}`,
    );
    const a = activity('many', ids);
    const { saved } = await store.trainees.commit<LearningActivity>({
      change: { kind: 'activity', activity: a },
      audit: audit('rec-many', a.id),
      effects: [],
    });
    // Signed: the open entry removed, 20 counts raised and 20 goals started (41 changes to one document).
    await store.trainees.commit({
      change: { kind: 'activity', activity: { ...a, status: 'signed', rev: 2 }, before: saved },
      audit: audit('sign-many', a.id),
      effects: [],
    });
    const snap = await store.trainees.snapshot(T);
    expect(snap?.open.some((x) => x.id === a.id)).toBe(false);
    for (const id of ids) {
      expect(snap?.signed[`goal:${CAT}:${id}`]).toBe(1);
      expect(snap?.goals.find((g) => g.goalId === id)?.status).toBe('in_progress');
    }
  });

  it('refuses a patch of more than 10 operations, as Cosmos DB does (so the split above is needed)', async () => {
    const operations = Array.from({ length: 11 }, (_, i) => ({
      op: 'set' as const,
      path: `/x${i}`,
      value: i,
    }));
    const res = await raw().items.batch(
      [{ operationType: 'Patch', id: 'trainee', resourceBody: { operations } }],
      T,
    );
    expect(res.result?.[0]?.statusCode).toBe(400);
  });

  it('refuses a patch on a path whose parent is missing, as Cosmos DB does; an earlier operation may add the parent', async () => {
    const item = raw().item('trainee', T);
    const before = (await item.read()).resource;
    await expect(item.patch([{ op: 'set', path: '/nope/child', value: 1 }])).rejects.toMatchObject({
      code: 400,
    });
    const res = await raw().items.batch(
      [
        { operationType: 'Create', resourceBody: { id: 'beside-the-patch', traineeId: T, kind: 'probe' } },
        {
          operationType: 'Patch',
          id: 'trainee',
          resourceBody: { operations: [{ op: 'incr', path: '/no/count', value: 1 }] },
        },
      ],
      T,
    );
    expect(res.result?.map((r) => r.statusCode)).toEqual([424, 400]);
    const after = (await item.read()).resource;
    // Nothing written anywhere (the embedded server used to put `child` at the top).
    expect(after).toEqual(before);
    await expect(raw().item('beside-the-patch', T).read()).resolves.toMatchObject({ statusCode: 404 });
    const built = await item.patch([
      { op: 'set', path: '/probe', value: {} },
      { op: 'set', path: '/probe/child', value: 1 },
      { op: 'add', path: '/probe/list', value: [] },
      { op: 'add', path: '/probe/list/-', value: { n: 1 } },
      { op: 'incr', path: '/probe/list/0/n', value: 2 },
    ]);
    expect(built.resource?.probe).toEqual({ child: 1, list: [{ n: 3 }] });
  });

  it('refuses document ids Cosmos DB refuses, writing nothing of the batch', async () => {
    const doc = (id: string) => ({ id, traineeId: T, kind: 'probe' });
    for (const id of ['a/b', 'a?b', 'a#b', 'a\\b', 'x'.repeat(1024), 'ø'.repeat(512)]) {
      // (The SDK itself refuses `/`, `\\` and `#` in a single write; `?` and the length only the service.)
      await expect(raw().items.create(doc(id))).rejects.toHaveProperty('message');
      const res = await raw().items.batch(
        [
          { operationType: 'Create', resourceBody: doc(`fine-${id.length}`) },
          { operationType: 'Create', resourceBody: doc(id) },
        ],
        T,
      );
      expect(res.result?.map((r) => r.statusCode)).toEqual([424, 400]);
      await expect(raw().item(`fine-${id.length}`, T).read()).resolves.toMatchObject({ statusCode: 404 });
    }
    // An id of 1,023 bytes with none of those characters is taken.
    await expect(raw().items.create(doc('x'.repeat(1023)))).resolves.toMatchObject({ statusCode: 201 });
  });

  it('lets writes on different activities of one LIS run in parallel without a conflict', async () => {
    // The goal they all name is in progress already (starting it is the one write that can collide;
    // the decision flow then tries again, see test/ops/records.test.ts).
    await store.trainees.commit({
      change: {
        kind: 'goal',
        goal: {
          ...blankGoal(T, { catalogId: CAT, goalId: 'DEL1-010' }, '2026-02-01T00:00:00Z'),
          status: 'in_progress',
          rev: 1,
        },
      },
      audit: audit('blank-010', `goal:${CAT}:DEL1-010`),
      effects: [],
    });
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        store.trainees.commit<LearningActivity>({
          change: { kind: 'activity', activity: activity(`p${i}`, ['DEL1-010']) },
          audit: audit(`rec-p${i}`, `activity:p${i}`),
          effects: [],
        }),
      ),
    );
    await Promise.all(
      created.map(({ saved }, i) =>
        store.trainees.commit({
          change: { kind: 'activity', activity: { ...saved, status: 'signed', rev: 2 }, before: saved },
          audit: audit(`sign-p${i}`, saved.id),
          effects: [],
        }),
      ),
    );
    expect((await store.trainees.snapshot(T))?.signed[`goal:${CAT}:DEL1-010`]).toBe(12);
    // All twelve in the goal's basis: appends from parallel decisions never overwrite each other.
    expect((await store.trainees.getGoal(T, `goal:${CAT}:DEL1-010`))?.basis).toHaveLength(12);
  });

  it('a signed activity starts a not-started goal guarded by its ETag: a request made meanwhile is never undone', async () => {
    const id = `goal:${CAT}:DEL1-020`;
    await store.trainees.commit({
      change: {
        kind: 'goal',
        goal: blankGoal(T, { catalogId: CAT, goalId: 'DEL1-020' }, '2026-02-01T00:00:00Z'),
      },
      audit: audit('blank-020', id),
      effects: [],
    });
    const { saved } = await store.trainees.commit<LearningActivity>({
      change: { kind: 'activity', activity: activity('s1', ['DEL1-020']) },
      audit: audit('rec-s1', 'activity:s1'),
      effects: [],
    });
    // The LIS asks for approval of the goal right after the signing read it (a concurrent request).
    const repo = store.trainees;
    const read = repo.getGoal.bind(repo);
    repo.getGoal = async (traineeId: string, goalId: string) => {
      const seen = await read(traineeId, goalId);
      repo.getGoal = read;
      if (seen)
        await repo.commit({
          change: {
            kind: 'goal',
            goal: { ...seen, status: 'pending_approval', rev: seen.rev + 1 },
            before: seen,
          },
          audit: audit('request-020', id),
          effects: [],
        });
      return seen;
    };
    await expect(
      repo.commit({
        change: { kind: 'activity', activity: { ...saved, status: 'signed', rev: 2 }, before: saved },
        audit: audit('sign-s1', saved.id),
        effects: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await repo.getGoal(T, id)).toMatchObject({ status: 'pending_approval', rev: 1 });
    expect((await repo.getActivity(T, saved.id))?.status).toBe('pending_signature');
    expect(await docIds()).not.toContain('audit:sign-s1');
    // Tried again on fresh reads (as the decision flow does): signed, the request kept.
    await repo.commit({
      change: { kind: 'activity', activity: { ...saved, status: 'signed', rev: 2 }, before: saved },
      audit: audit('sign-s1', saved.id),
      effects: [],
    });
    expect(await repo.getGoal(T, id)).toMatchObject({ status: 'pending_approval', rev: 1 });
    expect((await repo.getGoal(T, id))?.basis?.map((b) => b.activityId)).toEqual([saved.id]);
  });

  it('keeps the newest card references of an item, each once', async () => {
    const m = (n: number) => ({
      conversationId: 'c',
      serviceUrl: 'http://x/',
      activityId: `m${n}`,
      channelId: 'msteams',
    });
    for (let n = 0; n < CARD_REFS_MAX + 3; n++) await store.trainees.addCardMessage(T, 'activity:a1', m(n));
    await store.trainees.addCardMessage(T, 'activity:a1', m(CARD_REFS_MAX + 2));
    const cards = await store.trainees.cardsOf(T, 'activity:a1');
    expect(cards).toHaveLength(CARD_REFS_MAX);
    expect(cards.at(-1)?.activityId).toBe(`m${CARD_REFS_MAX + 2}`);
    expect(cards[0]?.activityId).toBe('m3');
  });

  it('records the cards an entry sent and its end in one write (each card once); refs changed meanwhile are still kept', async () => {
    const m = (id: string) => ({
      conversationId: 'c',
      serviceUrl: 'http://x/',
      activityId: id,
      channelId: 'msteams',
    });
    const target = 'activity:settle';
    const write = async (key: string) => {
      const { outbox } = await store.trainees.commit({
        change: { kind: 'event', traineeId: T },
        audit: audit(key, target),
        effects: [text('a'), text('b')],
      });
      return outbox[0] as NonNullable<(typeof outbox)[0]>;
    };
    // Progress kept and the card remembered (no references yet: created).
    const e1 = await write('s1');
    const kept = await store.trainees.settleOutbox({ ...e1, done: 1 }, false, {
      target,
      messages: [m('x1')],
    });
    expect(kept.etag).not.toBe(e1.etag);
    expect((await store.trainees.cardsOf(T, target)).map((c) => c.activityId)).toEqual(['x1']);
    // The entry ends with the card: removed, and the card added to the references read before the send.
    const refs = await store.trainees.cardRefs(T, target);
    await store.trainees.settleOutbox(kept, true, {
      target,
      messages: [m('x2'), m('x1')],
      ...(refs ? { refs } : {}),
    });
    expect(await docIds()).not.toContain('outbox:s1');
    expect((await store.trainees.cardsOf(T, target)).map((c) => c.activityId)).toEqual(['x1', 'x2']);
    // The references changed between the read and the send (another card): neither card is lost.
    const e3 = await write('s3');
    const stale = await store.trainees.cardRefs(T, target);
    await store.trainees.addCardMessage(T, target, m('x3'));
    await store.trainees.settleOutbox(e3, true, {
      target,
      messages: [m('x4')],
      ...(stale ? { refs: stale } : {}),
    });
    expect(await docIds()).not.toContain('outbox:s3');
    expect((await store.trainees.cardsOf(T, target)).map((c) => c.activityId)).toEqual([
      'x1',
      'x2',
      'x3',
      'x4',
    ]);
    // An entry another instance changed meanwhile is not removed; the card is still remembered.
    const e4 = await write('s4');
    await store.trainees.saveOutbox({ ...e4, attempts: 2 });
    await expect(
      store.trainees.settleOutbox(e4, true, { target, messages: [m('x5'), m('x6')] }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await docIds()).toContain('outbox:s4');
    expect((await store.trainees.cardsOf(T, target)).map((c) => c.activityId)).toEqual(
      expect.arrayContaining(['x5', 'x6']),
    );
  });

  it('asks no document back from the batch: what it answers is what it wrote, with the ETag the store holds', async () => {
    const batches: unknown[] = [];
    const batch = raw().items.batch.bind(raw().items);
    const spy = jest.spyOn(raw().items, 'batch').mockImplementation(async (ops, pk, options) => {
      const res = await batch(ops, pk, options);
      batches.push(res.result);
      return res;
    });
    try {
      const a = activity('minimal', ['DEL1-020']);
      const { saved } = await store.trainees.commit<LearningActivity>({
        change: { kind: 'activity', activity: a },
        audit: audit('minimal', a.id),
        effects: [text('a')],
      });
      // Cosmos DB's batch answered with statuses and ETags only (Prefer: return=minimal).
      expect(JSON.stringify(batches)).not.toContain('resourceBody');
      const stored = await store.trainees.getActivity(T, a.id);
      expect(saved).toEqual(stored);
      expect(saved.etag).toBe(stored?.etag);
    } finally {
      spy.mockRestore();
    }
  });

  it('asks no document back from a replace or a patch either; the embedded store answers as Cosmos DB does', async () => {
    // The store itself: with `Prefer: return=minimal` a write answers with its status and ETag only.
    const probe = { id: 'probe-minimal', traineeId: T, kind: 'probe', n: 1 };
    await raw().items.create(probe);
    const minimal = { initialHeaders: { Prefer: 'return=minimal' } };
    const replaced = await raw()
      .item(probe.id, T)
      .replace({ ...probe, n: 2 }, minimal);
    expect(replaced.statusCode).toBe(200);
    expect(replaced.resource ?? null).toBeNull();
    const patched = await raw()
      .item(probe.id, T)
      .patch([{ op: 'incr', path: '/n', value: 1 }], minimal);
    expect(patched.resource ?? null).toBeNull();
    const read = await raw().item(probe.id, T).read();
    expect(read.resource?.n).toBe(3);
    expect(patched.etag).toBe(read.resource?._etag);
    // Without the header the document comes back (so the count below can see a write that asks for it).
    expect(
      (
        await raw()
          .item(probe.id, T)
          .replace({ ...probe, n: 4 })
      ).resource?.n,
    ).toBe(4);

    // The repositories' replaces and patches: nothing comes back, and what they answer is what is stored.
    const person = await store.people.createPerson({
      id: 'aad-minimal',
      aadObjectId: 'aad-minimal',
      name: 'Minimal',
      roles: [],
      updatedAt: '2026-02-01T00:00:00Z',
    });
    const { outbox } = await store.trainees.commit({
      change: { kind: 'event', traineeId: T },
      audit: audit('minimal-single', 'profile'),
      effects: [text('a'), text('b')],
    });
    const before = store.metrics.bytesAnsweredOnWrites;
    const renamed = await store.people.replacePerson({ ...person, name: 'Minimal 2' });
    const reached = await store.people.patchContact(
      renamed,
      {
        name: 'Minimal 3',
        locale: 'en-US',
        conversation: {
          channelId: 'msteams',
          serviceUrl: 'https://smba.example/',
          conversationId: 'a:1',
          userId: '29:1',
          botId: '28:b',
        },
      },
      '2026-02-02T00:00:00Z',
    );
    expect(reached).toEqual(await store.people.get('aad-minimal'));
    await store.people.forgetConversation(reached, '2026-02-03T00:00:00Z');
    expect((await store.people.get('aad-minimal'))?.conversation).toBeUndefined();
    const entry = outbox[0] as NonNullable<(typeof outbox)[0]>;
    const progressed = await store.trainees.saveOutbox({ ...entry, done: 1 });
    expect(progressed).toEqual((await store.trainees.outboxPending(1000)).find((e) => e.id === entry.id));
    expect(store.metrics.bytesAnsweredOnWrites).toBe(before);
  });
});
