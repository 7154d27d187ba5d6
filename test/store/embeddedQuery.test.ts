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
