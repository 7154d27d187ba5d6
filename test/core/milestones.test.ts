import fc from 'fast-check';
import { addDays, norwayDate } from '../../core/dates';
import {
  dueReminders,
  MILESTONE_NOTE_MAX,
  markMilestoneDone,
  milestoneState,
  milestonesAfterRegistration,
  milestonesFor,
  reminderDue,
  reminderPlan,
} from '../../core/milestones';
import type { Milestone, RoleHolder } from '../../core/model';
import { bareProfile } from '../helpers/profiles';

const holder = (aadObjectId: string, role: RoleHolder['role']): RoleHolder => ({
  aadObjectId,
  name: aadObjectId,
  role,
  state: 'active',
  since: '2026-01-01',
});
const profile = (milestones: Milestone[]) =>
  bareProfile({
    aadObjectId: 'lis',
    milestones,
    roles: [holder('leader', 'leader'), holder('advisor', 'advisor'), holder('sup', 'supervisor')],
  });
const today = '2026-11-26';
const now = '2026-11-26T08:00:00.000Z';

describe('milestones', () => {
  it('are done, overdue (never just gone), due soon within a week, or later', () => {
    expect(milestoneState({ kind: 'intro', date: '2026-11-01', done: true }, today)).toBe('done');
    expect(milestoneState({ kind: 'intro', date: '2026-11-25', done: false }, today)).toBe('overdue');
    expect(milestoneState({ kind: 'halfway', date: today, done: false }, today)).toBe('soon');
    expect(milestoneState({ kind: 'halfway', date: '2026-12-03', done: false }, today)).toBe('soon');
    expect(milestoneState({ kind: 'final', date: '2026-12-04', done: false }, today)).toBe('later');
  });

  it('are marked done once, with who, when and a short note', () => {
    const p = profile([{ kind: 'halfway', date: today, done: false, remindedAt: now }]);
    const r = markMilestoneDone(
      p,
      'halfway',
      { aadObjectId: 'advisor', name: 'Adele' },
      '  Gjennomgått plan. ',
      now,
    );
    expect(r.ok && r.value.milestone).toEqual({
      kind: 'halfway',
      date: today,
      done: true,
      doneAt: now,
      doneBy: 'advisor',
      doneByName: 'Adele',
      note: 'Gjennomgått plan.',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(markMilestoneDone(r.value.profile, 'halfway', { aadObjectId: 'x', name: 'X' }, '', now)).toEqual({
      ok: false,
      error: 'milestone_done',
    });
    expect(markMilestoneDone(p, 'final', { aadObjectId: 'x', name: 'X' }, '', now)).toEqual({
      ok: false,
      error: 'milestone_not_found',
    });
    expect(
      markMilestoneDone(
        p,
        'halfway',
        { aadObjectId: 'x', name: 'X' },
        'x'.repeat(MILESTONE_NOTE_MAX + 1),
        now,
      ),
    ).toEqual({
      ok: false,
      error: 'note_too_long',
    });
  });

  it('remind the LIS, the leader and the advisor (never a supervisor) of what is due soon or overdue', () => {
    const p = profile([
      { kind: 'intro', date: '2026-11-20', done: false },
      { kind: 'halfway', date: '2026-12-01', done: false },
      { kind: 'final', date: '2027-02-01', done: false },
    ]);
    const r = dueReminders(p, today, now);
    expect(r?.kinds).toEqual(['intro', 'halfway']);
    expect(r?.to).toEqual(['lis', 'leader', 'advisor']);
    expect(r?.profile.milestones.map((m) => m.remindedAt)).toEqual([now, now, undefined]);
  });

  it('reminds of a milestone a week before, on its day, then once a week while overdue: never daily', () => {
    const date = '2026-12-10';
    const m: Milestone = { kind: 'halfway', date, done: false };
    // A sweep every day from three weeks before to four weeks after (less a day).
    const sweep = (days: readonly string[]) => {
      let p = profile([m]);
      const sent: string[] = [];
      for (const day of days) {
        const r = dueReminders(p, day, `${day}T09:00:00.000Z`);
        if (r) {
          sent.push(day);
          p = r.profile;
        }
      }
      return sent;
    };
    const every = Array.from({ length: 49 }, (_, i) => addDays(date, i - 21));
    expect(sweep(every)).toEqual(['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31']);
    // Its day at a weekend (no sweep): the first sweep after it.
    expect(sweep(every.filter((d) => d !== date && d !== '2026-12-11'))).toEqual([
      '2026-12-03',
      '2026-12-12',
      '2026-12-19',
      '2026-12-26',
      '2027-01-02',
    ]);
    // Reminded, then moved three weeks later: the new date's week brings a reminder again.
    const moved: Milestone = { ...m, date: '2026-12-31', remindedAt: '2026-12-03T09:00:00.000Z' };
    expect(reminderDue(moved, '2026-12-24')).toBe(true);
    expect(reminderDue(moved, '2026-12-10')).toBe(false);
    expect(reminderDue({ ...m, done: true }, date)).toBe(false);
  });

  it('never reminds of one milestone twice on one day (a day in Norway), however often the sweeps run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 24 * 40 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: -20, max: 20 }),
        (hours, offset) => {
          const m: Milestone = { kind: 'halfway', date: addDays(today, offset), done: false };
          let p = profile([m]);
          const sent: string[] = [];
          let firstDue: string | undefined;
          for (const h of [...hours].sort((a, b) => a - b)) {
            const at = new Date(Date.parse(now) + h * 3_600_000).toISOString();
            const day = norwayDate(at);
            if (!firstDue && ['soon', 'overdue'].includes(milestoneState(m, day))) firstDue = day;
            const r = dueReminders(p, day, at);
            if (r) {
              sent.push(day);
              p = r.profile;
            }
          }
          expect(new Set(sent).size).toBe(sent.length);
          // The first sweep that finds it due reminds; none before.
          expect(sent[0]).toBe(firstDue);
        },
      ),
    );
  });
});

describe('reminderPlan', () => {
  it('tells each leader or advisor once, about all their LIS, on the first of those LIS’s writes; never the LIS about others', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lis: fc.constantFrom('a', 'b', 'c', 'd'),
            to: fc.subarray(['a', 'b', 'L1', 'L2', 'V1']),
          }),
          { maxLength: 8 },
        ),
        (rows) => {
          const due = rows.map((r, i) => ({
            traineeId: `t${i}`,
            trainee: `T${i}`,
            lis: r.lis,
            to: [r.lis, ...r.to],
          }));
          const plan = reminderPlan(due);
          const notices = [...plan.values()].flat();
          // At most one notice per person in the sweep.
          expect(new Set(notices.map((n) => n.to)).size).toBe(notices.length);
          for (const n of notices) {
            const theirs = due.filter((d) => d.to.includes(n.to) && d.lis !== n.to);
            expect(n.trainees).toEqual(theirs.map((d) => d.trainee));
            // Carried by the first of those LIS's writes.
            expect(plan.get(theirs[0]?.traineeId ?? '')?.some((x) => x.to === n.to)).toBe(true);
          }
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('milestonesAfterRegistration: a municipal part keeps its milestones through a new period', () => {
  const part = { start: '2026-08-27', end: '2027-02-26' };
  const held = milestonesFor(part.start, part.end).map((m) =>
    m.kind === 'intro'
      ? { ...m, done: true, doneAt: '2026-09-03T10:00:00Z', doneBy: 'adv', doneByName: 'A' }
      : m,
  );
  const before = bareProfile({
    part: 'municipality',
    service: { ...part, position: 'LIS1', percent: 100 },
    milestones: held,
  });
  const next = (over: Partial<{ municipal: boolean; unitId: string; start: string; end: string }> = {}) => ({
    municipal: true,
    unitId: 'u',
    ...part,
    ...over,
  });
  it('a new percentage from January at the same employer keeps all three, the held one held', () => {
    expect(milestonesAfterRegistration(before, next({ start: '2027-01-01' }))).toEqual(held);
  });
  it('the part ending later moves the halfway and final evaluations not held; the intro stays', () => {
    const after = milestonesAfterRegistration(before, next({ start: '2027-01-01', end: '2027-03-31' }));
    expect(after.map((m) => [m.kind, m.date, m.done])).toEqual([
      ['intro', '2026-09-03', true],
      ['halfway', addDays('2026-08-27', Math.round(216 / 2)), false],
      ['final', '2027-03-14', false],
    ]);
  });
  it('another employer, or a first registration, gets new ones; a correction of the same start keeps them', () => {
    expect(milestonesAfterRegistration(before, next({ start: '2027-01-01', unitId: 'other' }))).toEqual(
      milestonesFor('2027-01-01', part.end),
    );
    expect(milestonesAfterRegistration(undefined, next())).toEqual(milestonesFor(part.start, part.end));
    expect(milestonesAfterRegistration(before, next({ unitId: 'other' }))).toEqual(held);
    expect(milestonesAfterRegistration(undefined, next({ municipal: false }))).toEqual([]);
  });
});
