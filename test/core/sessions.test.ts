import { SESSION_GOALS_MAX, SESSION_TOPICS_MAX, scheduleSession } from '../../core/sessions';

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
