import fc from 'fast-check';
import { blankGoal, undoApproval } from '../../core/goals';
import type { GoalState, GoalStatus, TraineeProfile } from '../../core/model';

const NOW = '2026-11-26T10:00:00.000Z';
const municipal: Pick<TraineeProfile, 'phase' | 'employer'> = {
  phase: 'LIS1',
  employer: { unitId: 'u', name: 'Demo kommune', kind: 'municipality' },
};
const leader = { by: 'leader-1', byName: 'Megan Bowen', now: NOW };
const ref = { catalogId: 'lis1-clinical-2020', goalId: 'DEL1-064' };

function approved(arena: 'hospital' | 'municipality' | 'psychiatry', rev: number): GoalState {
  return {
    ...blankGoal('lis-1', ref, '2026-01-01T00:00:00.000Z'),
    status: 'approved',
    rev,
    requestedAt: '2026-11-20T08:00:00.000Z',
    approval: { by: 'leader-1', byName: 'Megan Bowen', at: '2026-11-25T08:00:00.000Z', arena },
    advisorRecommendation: { by: 'advisor-1', byName: 'Adele Vance', at: '2026-11-21T08:00:00.000Z' },
    basis: [
      {
        activityId: 'activity:a',
        description: 'Vurdering på legevakt',
        kind: 'supervised_procedure',
        by: 'Isaiah Langer',
        at: '2026-11-08T08:00:00.000Z',
      },
    ],
  };
}

/** Undoing an approval made by mistake: the pure transition. */
describe('undoApproval', () => {
  it('sends an approved goal back in progress with the reason, keeps its basis, and drops the approval and the request', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.string({ minLength: 1, maxLength: 50 }),
        (rev, reason) => {
          const before = approved('municipality', rev);
          const r = undoApproval(before, municipal, { ...leader, comment: reason });
          if (!r.ok) return false;
          expect(r.value).toMatchObject({
            status: 'in_progress',
            rev: rev + 1,
            returned: { by: 'leader-1', comment: reason, at: NOW, undid: true },
            basis: before.basis,
          });
          expect(r.value.approval).toBeUndefined();
          expect(r.value.requestedAt).toBeUndefined();
          expect(r.value.advisorRecommendation).toBeUndefined();
          return true;
        },
      ),
    );
  });

  it('asks for the reason, undoes only an approval, and leaves the hospital’s to the hospital', () => {
    expect(undoApproval(approved('municipality', 3), municipal, leader)).toEqual({
      ok: false,
      error: 'undo_reason_required',
    });
    for (const status of ['not_started', 'in_progress', 'pending_approval'] as GoalStatus[])
      expect(
        undoApproval({ ...approved('municipality', 3), status }, municipal, { ...leader, comment: 'Feil.' }),
      ).toEqual({ ok: false, error: 'not_approved' });
    for (const arena of ['hospital', 'psychiatry'] as const)
      expect(undoApproval(approved(arena, 3), municipal, { ...leader, comment: 'Feil.' })).toEqual({
        ok: false,
        error: 'undo_elsewhere',
      });
    // A LIS2/3's employer approves the whole plan: any arena's approval is theirs.
    expect(
      undoApproval(approved('hospital', 3), { ...municipal, phase: 'LIS3' }, { ...leader, comment: 'Feil.' })
        .ok,
    ).toBe(true);
  });
});
