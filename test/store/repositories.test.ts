import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { DEMO_PEOPLE, DEMO_TRAINEES, DEMO_UNIT_ID } from '../../core/demo';
import type { AuditEvent, GoalState, TraineeProfile } from '../../core/model';
import { CONTAINERS, ConflictError, type Store } from '../../store';
import { seedDemoIfEmpty } from '../../store/seed';
import { openTestStore } from '../helpers/store';

const T = 'lis-test-1';
const profile: TraineeProfile = {
  kind: 'profile',
  id: 'profile',
  traineeId: T,
  aadObjectId: 'aad-lis-1',
  name: 'Test LIS',
  phase: 'LIS1',
  part: 'hospital',
  employer: { unitId: 'u1', name: 'Unit', kind: 'hospital' },
  service: null,
  catalogIds: ['lis1-clinical-2020'],
  roles: [],
  delegations: [],
  absence: [],
  milestones: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};
const goal = (goalId: string, status: GoalState['status'] = 'in_progress'): GoalState => ({
  kind: 'goal',
  id: `goal:lis1-clinical-2020:${goalId}`,
  traineeId: T,
  catalogId: 'lis1-clinical-2020',
  goalId,
  status,
  rev: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('repositories on the embedded Cosmos server, through the real SDK', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.close());

  const audit = (id: string, target: string, at = '2026-02-01T00:00:00Z'): AuditEvent => ({
    kind: 'audit',
    id: `audit:${id}`,
    traineeId: T,
    actor: 'aad-leader',
    verb: 'test',
    target,
    before: null,
    after: null,
    at,
  });
  const saveGoal = async (g: GoalState, etag: string) =>
    (
      await store.trainees.commit<GoalState>({
        change: etag ? { kind: 'goal', goal: g, before: { ...g, etag } } : { kind: 'goal', goal: g },
        audit: audit(`${g.id}@${g.rev}:${g.status}`, g.id),
        effects: [],
      })
    ).saved;

  it('creates its containers with large partition keys (version 2) and the declared indexed paths', async () => {
    const repositories = { trainees: store.trainees, people: store.people, units: store.units };
    for (const [name, c] of Object.entries(CONTAINERS)) {
      const repository = repositories[name as keyof typeof repositories];
      // biome-ignore lint/complexity/useLiteralKeys: the container is private; the test reaches it on purpose.
      const { resource } = await repository['container'].read();
      expect(resource?.partitionKey).toMatchObject({ paths: [c.partitionKey], version: 2 });
      expect(resource?.indexingPolicy?.includedPaths?.map((p) => p.path)).toEqual(c.indexed);
    }
  });

  it('creates, reads, and reads a missing document as undefined', async () => {
    const { saved: created } = await store.trainees.commit<TraineeProfile>({
      change: { kind: 'new_trainee', profile },
      audit: audit('register', 'profile'),
      effects: [],
    });
    expect(created.etag).toBeTruthy();
    expect(created).not.toHaveProperty('_rid');
    const read = await store.trainees.getProfile(T);
    expect(read).toEqual(created);
    expect(await store.trainees.getProfile('nobody')).toBeUndefined();
  });

  it('refuses to create the same LIS twice with a typed conflict', async () => {
    await expect(
      store.trainees.commit({
        change: { kind: 'new_trainee', profile },
        audit: audit('register-again', 'profile'),
        effects: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('replaces with the current ETag, and turns a stale ETag (412) into a conflict', async () => {
    const first = await saveGoal(goal('DEL1-001'), '');
    const second = await saveGoal({ ...first, status: 'pending_approval', rev: 2 }, first.etag);
    expect(second.etag).not.toBe(first.etag);
    const stale = saveGoal({ ...first, status: 'approved', rev: 2 }, first.etag);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect((await store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-001'))?.status).toBe(
      'pending_approval',
    );
  });

  it('lets exactly one of two concurrent writers on the same ETag win', async () => {
    const g = await saveGoal(goal('DEL1-002', 'pending_approval'), '');
    const results = await Promise.allSettled([
      saveGoal({ ...g, status: 'approved', rev: 2 }, g.etag),
      saveGoal({ ...g, status: 'in_progress', rev: 2 }, g.etag),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
  });

  it('lists a target’s audit trail in order', async () => {
    const trail = await store.trainees.auditOf(T, 'goal:lis1-clinical-2020:DEL1-001');
    expect(trail.map((e) => e.after)).toHaveLength(2);
    expect(trail.map((e) => e.id)).toEqual([
      'audit:goal:lis1-clinical-2020:DEL1-001@1:in_progress',
      'audit:goal:lis1-clinical-2020:DEL1-001@2:pending_approval',
    ]);
  });

  it('reads a LIS snapshot (profile, goals, open activities, no audit) in one request', async () => {
    const before = store.metrics.requests;
    const snap = await store.trainees.snapshot(T);
    expect(store.metrics.requests - before).toBe(1);
    expect(snap?.profile.name).toBe('Test LIS');
    expect(snap?.goals.map((g) => g.goalId).sort()).toEqual(['DEL1-001', 'DEL1-002']);
    expect(snap?.open).toEqual([]);
    expect(snap?.signed).toEqual({});
    expect(await store.trainees.snapshot('nobody')).toBeUndefined();
  });

  it('remembers a person: creates once, then patches contact details', async () => {
    const conv = {
      channelId: 'msteams',
      serviceUrl: 'http://x/',
      conversationId: 'a:1',
      userId: '29:p',
      botId: '28:b',
    };
    const p1 = await store.people.remember(
      'aad-p',
      { name: 'P', locale: 'nb-NO', conversation: conv },
      '2026-01-01T00:00:00Z',
    );
    expect(p1.roles).toEqual([]);
    const p2 = await store.people.remember(
      'aad-p',
      { name: 'P2', conversation: { ...conv, conversationId: 'a:2' } },
      '2026-01-02T00:00:00Z',
    );
    expect(p2.name).toBe('P2');
    expect(p2.locale).toBe('nb-NO');
    expect(p2.conversation?.conversationId).toBe('a:2');
    expect((await store.people.get('aad-p'))?.conversation?.conversationId).toBe('a:2');
    await expect(store.people.replacePerson({ ...p1 })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('demo municipality seed', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.close());

  it('seeds an empty store once, with the playground people and their roles', async () => {
    const catalogs = new CatalogSet(DEMO_CATALOGS);
    expect(await store.isEmpty()).toBe(true);
    expect(await seedDemoIfEmpty(store, catalogs, new Date('2026-11-26T08:00:00Z'))).toBe(true);
    expect(await seedDemoIfEmpty(store, catalogs, new Date('2026-11-26T08:00:00Z'))).toBe(false);

    const megan = await store.people.get(DEMO_PEOPLE.megan.aadObjectId);
    expect(megan?.roles.map((r) => [r.traineeId, r.role, r.state])).toEqual([
      [DEMO_TRAINEES.alex, 'leader', 'active'],
      [DEMO_TRAINEES.lynne, 'leader', 'active'],
    ]);
    const alex = await store.trainees.snapshot(DEMO_TRAINEES.alex);
    expect(alex?.profile.phase).toBe('LIS1');
    expect(alex?.open.some((a) => a.status === 'pending_signature')).toBe(true);
    expect(Object.keys(alex?.signed ?? {}).length).toBeGreaterThan(0);
    expect(alex?.goals.some((g) => g.status === 'pending_approval')).toBe(true);
    expect((await store.units.get(DEMO_UNIT_ID))?.teamIds).toEqual(['team-id']);
  });
});
