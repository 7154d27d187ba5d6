import fc from 'fast-check';
import { blankGoal } from '../../core/goals';
import { type GoalState, summaryOf } from '../../core/model';
import {
  decodeSummary,
  encodeSummary,
  goalDocIdOfKey,
  type StoredSummary,
  summaryKey,
} from '../../store/summaryCodec';

const iso = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const summary: fc.Arbitrary<StoredSummary> = fc.record(
  {
    status: fc.constantFrom('not_started', 'in_progress', 'pending_approval', 'approved'),
    rev: fc.nat(10_000),
    approvedAt: iso,
    requestedAt: iso,
    remindedAt: iso,
    prior: fc.constant(true),
    recommendedBy: fc.uuid(),
    returnedAt: iso,
    advisedAgainst: fc.constant(true),
    claimed: fc.constant(true),
  },
  { requiredKeys: ['status', 'rev'] },
);

describe('goal summaries as the LIS document keeps them', () => {
  it('read back exactly as written, whatever fields are present', () => {
    fc.assert(fc.property(summary, (s) => expect(decodeSummary(encodeSummary(s))).toEqual(s)));
  });

  it('an approved goal takes 14 bytes (the day it was approved), not 69 as JSON with the full time', () => {
    const goal: GoalState = {
      ...blankGoal('lis-x', { catalogId: 'c', goalId: 'DEL1-001' }, '2026-11-01T00:00:00.000Z'),
      status: 'approved',
      rev: 3,
      approval: { by: 'aad-l', byName: 'L', at: '2026-11-26T08:00:00.000Z', arena: 'hospital' },
    };
    const { id: _i, catalogId: _c, goalId: _g, ...s } = summaryOf(goal);
    expect(encodeSummary(s)).toBe('a|3|2026-11-26');
    expect(JSON.stringify({ ...s, approvedAt: goal.approval?.at }).length).toBe(69);
  });

  it('reads the older JSON form as it is, and maps keys to goal document ids both ways', () => {
    const old: StoredSummary = {
      status: 'pending_approval',
      rev: 2,
      requestedAt: '2026-11-01T00:00:00.000Z',
    };
    expect(decodeSummary(old)).toEqual(old);
    expect(summaryKey('goal:lis1-clinical-2020:DEL1-001')).toBe('lis1-clinical-2020:DEL1-001');
    expect(goalDocIdOfKey('lis1-clinical-2020:DEL1-001')).toBe('goal:lis1-clinical-2020:DEL1-001');
    expect(goalDocIdOfKey('goal:lis1-clinical-2020:DEL1-001')).toBe('goal:lis1-clinical-2020:DEL1-001');
  });
});
