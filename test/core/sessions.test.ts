import fc from 'fast-check';
import {
  prepareSession,
  SESSION_GOALS_MAX,
  SESSION_TOPICS_MAX,
  scheduleSession,
  writableIn,
  writeMinutes,
} from '../../core/sessions';

describe('scheduleSession', () => {
  const ids = { id: 's1', traineeId: 'lis-1', by: 'aad-1' };
  const input = (over: Partial<Parameters<typeof scheduleSession>[0]> = {}) => ({
    date: '2026-12-01',
    form: 'individual' as const,
    hours: 1,
    topics: 'Plan for perioden',
    goals: [],
    ...over,
  });
  const goals = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ catalogId: 'c', goalId: `G-${i + 1}` }));

  it('keeps every goal it is given, up to the limit, and refuses more rather than cutting', () => {
    const ok = scheduleSession(input({ goals: goals(SESSION_GOALS_MAX) }), ids, '2026-11-26T10:00:00Z');
    expect(ok.ok && ok.value.goals).toHaveLength(SESSION_GOALS_MAX);
    expect(
      scheduleSession(input({ goals: goals(SESSION_GOALS_MAX + 1) }), ids, '2026-11-26T10:00:00Z'),
    ).toEqual({
      ok: false,
      error: 'too_many_session_goals',
    });
  });

  it('refuses topics over the limit, and no topics', () => {
    const long = 'x'.repeat(SESSION_TOPICS_MAX + 1);
    expect(scheduleSession(input({ topics: long }), ids, '2026-11-26T10:00:00Z')).toEqual({
      ok: false,
      error: 'text_too_long',
    });
    expect(scheduleSession(input({ topics: ' ' }), ids, '2026-11-26T10:00:00Z')).toEqual({
      ok: false,
      error: 'topics_required',
    });
  });
});

describe('writableIn: what someone may write in a session now', () => {
  const today = '2026-11-26';
  const kinds = fc.record({
    date: fc.constantFrom('2026-11-25', today, '2026-11-27'),
    finalisedAt: fc.option(fc.constant('2026-11-26T10:00:00Z'), { nil: undefined }),
  });
  const may = fc.record({ prepare: fc.boolean(), minutes: fc.boolean() });

  it('offers what the rules would accept, and nothing they would refuse', () => {
    fc.assert(
      fc.property(kinds, may, (s, m) => {
        const session = {
          kind: 'session' as const,
          id: 'session:x',
          traineeId: 'lis-x',
          rev: 1,
          form: 'individual' as const,
          hours: 1,
          topics: 'Tema',
          goals: [],
          createdBy: 'a',
          createdAt: '2026-11-01T00:00:00Z',
          date: s.date,
          ...(s.finalisedAt ? { finalisedAt: s.finalisedAt } : {}),
        };
        const now = `${today}T12:00:00Z`;
        const w = writableIn(session, m, today);
        if (w === 'preparation') expect(m.prepare && prepareSession(session, 'Plan', now).ok).toBe(true);
        else if (w === 'minutes')
          expect(
            m.minutes && writeMinutes(session, 'Referat', false, { aadObjectId: 'a', name: 'A' }, now).ok,
          ).toBe(true);
        else
          expect(
            (m.prepare && prepareSession(session, 'Plan', now).ok) ||
              (m.minutes && writeMinutes(session, 'Referat', false, { aadObjectId: 'a', name: 'A' }, now).ok),
          ).toBe(false);
      }),
    );
  });
});
