import type { TraineeProfile } from '../../core/model';
import { ACTIONS, type Action, activeFor, can, POLICY } from '../../core/policy';
import { bareProfile } from '../helpers/profiles';

const base: TraineeProfile = bareProfile({
  roles: [
    { aadObjectId: 'leader', name: 'L', role: 'leader', state: 'active', since: '' },
    { aadObjectId: 'advisor', name: 'A', role: 'advisor', state: 'active', since: '' },
    { aadObjectId: 'sup', name: 'S', role: 'supervisor', state: 'active', since: '' },
    { aadObjectId: 'invited', name: 'I', role: 'supervisor', state: 'invited', since: '' },
    { aadObjectId: 'old', name: 'O', role: 'leader', state: 'ended', since: '' },
  ],
  delegations: [
    {
      id: 'd',
      leader: 'leader',
      leaderName: 'L',
      delegate: 'deputy',
      delegateName: 'D',
      from: '2026-11-01',
      to: '2026-11-30',
    },
  ],
});

describe('policy', () => {
  it('has a row for every action', () => {
    expect(Object.keys(POLICY).sort()).toEqual([...ACTIONS].sort());
  });

  const table: [string, Action, boolean][] = [
    ['lis', 'activity.record', true],
    ['lis', 'goal.request', true],
    ['lis', 'goal.decide', false],
    ['lis', 'activity.decide', false],
    ['leader', 'goal.decide', true],
    ['leader', 'delegation.grant', true],
    ['leader', 'activity.record', false],
    ['advisor', 'goal.recommend', true],
    ['lis', 'absence.view', true],
    ['leader', 'absence.view', true],
    ['deputy', 'absence.view', true],
    ['advisor', 'absence.view', true],
    ['sup', 'absence.view', false],
    ['stranger', 'absence.view', false],
    ['advisor', 'goal.decide', false],
    ['sup', 'activity.decide', true],
    ['sup', 'goal.decide', false],
    ['sup', 'history.view', false],
    ['invited', 'activity.decide', false],
    ['old', 'goal.decide', false],
    ['deputy', 'goal.decide', true],
    ['deputy', 'delegation.grant', false],
    ['stranger', 'progress.view', false],
    ['advisor', 'roles.view', true],
    ['deputy', 'roles.view', true],
    ['sup', 'roles.view', false],
  ];
  it.each(table)('%s may %s: %s', (who, action, allowed) => {
    expect(can(who, action, base, '2026-11-15').ok).toBe(allowed);
  });

  it('lets a delegate act on behalf of the leader only inside the period, and not after revocation', () => {
    expect(can('deputy', 'goal.decide', base, '2026-11-15')).toEqual({
      ok: true,
      as: 'delegate',
      onBehalfOf: 'leader',
    });
    expect(can('deputy', 'goal.decide', base, '2026-12-01').ok).toBe(false);
    expect(can('deputy', 'goal.decide', base, '2026-10-31').ok).toBe(false);
    const revoked = { ...base, delegations: base.delegations.map((d) => ({ ...d, revoked: true })) };
    expect(can('deputy', 'goal.decide', revoked, '2026-11-15').ok).toBe(false);
  });

  it('gives the LIS no other standing for their own record, whatever a role or a delegation says', () => {
    const lis = base.aadObjectId;
    const muddled: TraineeProfile = {
      ...base,
      roles: [
        ...base.roles,
        { aadObjectId: lis, name: 'LIS', role: 'supervisor', state: 'active', since: '' },
      ],
      delegations: [{ ...base.delegations[0]!, id: 'self', delegate: lis }],
    };
    expect(can(lis, 'goal.decide', muddled, '2026-11-15')).toEqual({
      ok: false,
      reason: 'not_allowed',
      standings: ['lis'],
    });
    expect(can(lis, 'activity.decide', muddled, '2026-11-15').ok).toBe(false);
    expect(can(lis, 'activity.markMet', muddled, '2026-11-15').ok).toBe(false);
    expect(can(lis, 'goal.request', muddled, '2026-11-15').ok).toBe(true);
  });

  it('ends a delegation with the leader it came from', () => {
    const newLeader = {
      ...base,
      roles: base.roles.map((r) => (r.aadObjectId === 'leader' ? { ...r, state: 'ended' as const } : r)),
    };
    expect(can('deputy', 'goal.decide', newLeader, '2026-11-15').ok).toBe(false);
  });

  it('says why: no role at all, or a role that does not allow it', () => {
    expect(can('stranger', 'goal.decide', base, '2026-11-15')).toEqual({
      ok: false,
      reason: 'no_role',
      standings: [],
    });
    expect(can('sup', 'goal.decide', base, '2026-11-15')).toEqual({
      ok: false,
      reason: 'not_allowed',
      standings: ['supervisor'],
    });
  });
});

describe('activeFor', () => {
  it('gives each LIS once where the person holds one of the roles, active', () => {
    const role = (
      traineeId: string,
      r: 'leader' | 'delegate' | 'advisor',
      state: 'active' | 'ended' | 'invited',
    ) => ({
      traineeId,
      traineeName: traineeId,
      role: r,
      state,
    });
    const person = {
      roles: [
        role('a', 'leader', 'active'),
        role('a', 'delegate', 'active'),
        role('b', 'leader', 'ended'),
        role('c', 'delegate', 'invited'),
        role('d', 'advisor', 'active'),
      ],
    };
    expect(activeFor(person, ['leader', 'delegate'])).toEqual(['a']);
    expect(activeFor(person, ['advisor'])).toEqual(['d']);
    expect(activeFor(undefined, ['leader'])).toEqual([]);
  });
});
