import fc from 'fast-check';
import { addDays } from '../../core/dates';
import {
  MINUTES_REMIND_EVERY_DAYS,
  MINUTES_REMIND_FOR_DAYS,
  minutesReminderDue,
  prepareSession,
  rescheduleSession,
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

describe("a session's day, scheduled or moved", () => {
  const now = '2026-11-26T10:00:00Z';
  const ids = { id: 's1', traineeId: 'lis-1', by: 'aad-1' };
  const at = (date: string) =>
    scheduleSession({ date, form: 'individual', hours: 1, topics: 'Plan', goals: [] }, ids, now);
  const planned = at('2026-12-01');
  const moved = (date: string) => planned.ok && rescheduleSession(planned.value, { date }, now);

  it('takes a day from 1 March 2017 up to a year ahead, past days included (held, minutes to come)', () => {
    for (const date of ['2017-03-01', '2026-11-20', '2026-11-26', '2027-11-26']) {
      expect(at(date)).toMatchObject({ ok: true, value: { date } });
      expect(moved(date)).toMatchObject({ ok: true, value: { date } });
    }
  });

  it('refuses a day before the regulation, or more than a year ahead (a mistyped year), whether scheduled or moved', () => {
    for (const [date, error] of [
      ['2017-02-28', 'date_too_early'],
      ['2027-11-27', 'session_too_far_ahead'],
      ['2062-11-26', 'session_too_far_ahead'],
      ['2026-13-01', 'bad_session_date'],
    ] as const) {
      expect(at(date)).toEqual({ ok: false, error });
      expect(moved(date)).toEqual({ ok: false, error });
    }
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

describe('minutesReminderDue: the advisor is reminded of minutes not finalised, the day after, then weekly, for four weeks', () => {
  const held = { date: '2026-12-03' };
  it('not on the day itself or before; from the day after; not when finalised or called off', () => {
    expect(minutesReminderDue(held, '2026-12-02')).toBe(false);
    expect(minutesReminderDue(held, '2026-12-03')).toBe(false);
    expect(minutesReminderDue(held, '2026-12-04')).toBe(true);
    expect(minutesReminderDue({ ...held, finalisedAt: '2026-12-03T15:00:00Z' }, '2026-12-04')).toBe(false);
    expect(
      minutesReminderDue(
        { ...held, cancelled: { by: 'a', byName: 'A', at: '2026-12-01T09:00:00Z' } },
        '2026-12-04',
      ),
    ).toBe(false);
  });
  it('once a week after a reminder, and not after four weeks', () => {
    const reminded = { ...held, remindedAt: '2026-12-04T09:00:00Z' };
    expect(minutesReminderDue(reminded, '2026-12-04')).toBe(false);
    expect(minutesReminderDue(reminded, '2026-12-10')).toBe(false);
    expect(minutesReminderDue(reminded, '2026-12-11')).toBe(true);
    expect(minutesReminderDue({ ...held, remindedAt: '2026-12-25T09:00:00Z' }, '2026-12-31')).toBe(false);
    expect(minutesReminderDue(held, '2026-12-31')).toBe(true);
    expect(minutesReminderDue(held, '2027-01-01')).toBe(false);
  });
  it('a reminder from before the session was moved to a later day counts for nothing', () => {
    expect(minutesReminderDue({ date: '2026-12-09', remindedAt: '2026-12-04T09:00:00Z' }, '2026-12-10')).toBe(
      true,
    );
  });
  it('over any days: never twice within the week, never past the four weeks, never on or before the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 60 }), fc.option(fc.integer({ min: 1, max: 60 })), (d, r) => {
        const today = addDays(held.date, d);
        const remindedAt = r === null ? undefined : `${addDays(held.date, r)}T09:00:00Z`;
        const due = minutesReminderDue({ ...held, ...(remindedAt ? { remindedAt } : {}) }, today);
        if (d <= 0 || d > MINUTES_REMIND_FOR_DAYS) expect(due).toBe(false);
        if (r !== null && r <= d && d - r < MINUTES_REMIND_EVERY_DAYS) expect(due).toBe(false);
        if (d > 0 && d <= MINUTES_REMIND_FOR_DAYS && r === null) expect(due).toBe(true);
      }),
    );
  });
});
