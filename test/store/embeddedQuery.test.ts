import { plainEqualities } from '../../store/embeddedQuery';
import { openTestStore } from '../helpers/store';

describe('the embedded server narrows a query by its plain equalities first', () => {
  it('reads only top-level equalities of a conjunction, and nothing from a query with OR', () => {
    expect(
      plainEqualities(
        "SELECT * FROM c WHERE c.traineeId = @t AND c.kind = 'audit' AND NOT IS_DEFINED(c.failed)",
        [{ name: '@t', value: 'lis-1' }],
      ),
    ).toEqual([
      ['traineeId', 'lis-1'],
      ['kind', 'audit'],
    ]);
    expect(plainEqualities("SELECT * FROM c WHERE c.kind = 'a' OR c.kind = 'b'")).toEqual([]);
    expect(
      plainEqualities('SELECT * FROM c WHERE (c.kind = @k AND c.x = 1)', [{ name: '@k', value: 'a' }]),
    ).toEqual([]);
    expect(plainEqualities('SELECT * FROM c')).toEqual([]);
  });

  it('answers what a full scan answers', async () => {
    const store = await openTestStore();
    try {
      const docs = Array.from({ length: 3_000 }, (_, i) => ({
        id: `d${i}`,
        traineeId: `lis-${i % 500}`,
        kind: i % 50 === 0 ? 'outbox' : 'activity',
        n: i,
        createdAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
      }));
      await store.trainees.bulkCreate(docs, 'test', 64);
      const outbox = await store.trainees.outboxPending(1000);
      expect(outbox.map((d) => d.id).sort()).toEqual(
        docs
          .filter((d) => d.kind === 'outbox')
          .map((d) => d.id)
          .sort(),
      );
      const one = await store.trainees.documents<{ n: number }>('lis-7', 'activity');
      expect(one.map((d) => d.n).sort((a, b) => a - b)).toEqual(
        docs.filter((d) => d.traineeId === 'lis-7' && d.kind === 'activity').map((d) => d.n),
      );
    } finally {
      await store.close();
    }
  }, 30_000);
});

describe('a query across partitions may start with an empty page, as Cosmos DB may answer it', () => {
  it('answers the first page empty with a continuation; every reader across partitions reads on', async () => {
    const store = await openTestStore();
    try {
      // biome-ignore lint/complexity/useLiteralKeys: the container is private; the test reaches it on purpose.
      const raw = store.trainees['container'];
      const docs: { id: string; [k: string]: unknown }[] = [
        { id: 'o1', traineeId: 'lis-a', kind: 'outbox', createdAt: '2026-01-02T00:00:00Z' },
        { id: 'o2', traineeId: 'lis-b', kind: 'outbox', createdAt: '2026-01-01T00:00:00Z' },
        {
          id: 'trainee',
          traineeId: 'lis-a',
          kind: 'trainee',
          profile: { milestones: [{ id: 'm1' }] },
        },
      ];
      await store.trainees.bulkCreate(docs, 'test');
      const iterator = raw.items.query("SELECT * FROM c WHERE c.kind = 'outbox'");
      const first = await iterator.fetchNext();
      expect(first.resources ?? []).toEqual([]);
      expect(first.hasMoreResults).toBe(true);
      expect((await iterator.fetchNext()).resources.map((d) => d.id).sort()).toEqual(['o1', 'o2']);
      // In one partition the first page holds what there is, and only that partition's documents.
      const one = await raw.items
        .query("SELECT * FROM c WHERE c.kind = 'outbox'", { partitionKey: 'lis-a' })
        .fetchNext();
      expect(one.resources.map((d) => d.id)).toEqual(['o1']);

      // The readers across partitions: the outbox's sweep, the milestone sweep, the unit list and
      // the check whether the store is new (which would otherwise seed the demo into a used store).
      expect((await store.trainees.outboxPending()).map((e) => e.id)).toEqual(['o2', 'o1']);
      expect(await store.trainees.milestonesOfAll()).toEqual([
        { traineeId: 'lis-a', milestones: [{ id: 'm1' }] },
      ]);
      expect(await store.isEmpty()).toBe(true);
      await store.people.createPerson({
        id: 'p1',
        aadObjectId: 'p1',
        name: 'P',
        roles: [],
        updatedAt: 'now',
      });
      expect(await store.isEmpty()).toBe(false);
      await store.units.createUnit({
        id: 'u1',
        unitId: 'u1',
        kind: 'municipality',
        name: 'Enhet',
        teamIds: [],
        traineeIds: [],
        owners: [],
      });
      expect((await store.units.list()).map((u) => u.unitId)).toEqual(['u1']);
    } finally {
      await store.close();
    }
  });
});
