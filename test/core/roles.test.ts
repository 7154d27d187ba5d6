import { addDays } from '../../core/dates';
import { formatDate } from '../../core/format';
import type { TraineeProfile } from '../../core/model';
import {
  answer,
  delegate,
  ENDED_DELEGATIONS_KEPT,
  invite,
  LAPSE_TOLD_WITHIN_DAYS,
  LAPSED_INVITATIONS_KEPT,
  lapseNotice,
  OPEN_DELEGATIONS_MAX,
  OPEN_INVITATIONS_MAX,
  personRolesFor,
  removeRole,
} from '../../core/roles';
import { bareProfile } from '../helpers/profiles';

const NOW = '2026-11-26T10:00:00.000Z';
const lis: TraineeProfile = bareProfile();
const who = (id: string) => ({ aadObjectId: id, name: id.toUpperCase() });

function invited(
  p: TraineeProfile,
  id: string,
  role: 'leader' | 'advisor' | 'supervisor',
  invitationId: string,
  replace = false,
) {
  const r = invite(p, who(id), role, { now: NOW, invitationId, replace });
  if (!r.ok) throw new Error(r.error);
  return r.value.profile;
}

describe('roles', () => {
  it('keeps delegations bounded: at most 10 not yet over, and of those over one per leader and delegate, the newest 20', () => {
    const p = answer(invited(lis, 'l', 'leader', 'i'), 'i', 'l', true, NOW);
    if (!p.ok) throw new Error('x');
    let q = p.value.profile;
    const grant = (to: string, n: number, period = { from: '2026-11-20', to: '2026-12-10' }) =>
      delegate(q, who('l'), who(to), period, `d${n}`, '2026-11-26');
    for (let n = 0; n < OPEN_DELEGATIONS_MAX; n++) {
      const r = grant(`dep${n}`, n);
      if (!r.ok) throw new Error(r.error);
      q = r.value.profile;
    }
    expect(grant('one-more', 99)).toEqual({ ok: false, error: 'too_many_delegations' });
    // Ended over and over (to many people, and to one again and again): the list stays short.
    q = { ...q, delegations: q.delegations.map((d) => ({ ...d, revoked: true })) };
    for (let n = 0; n < 100; n++) {
      const r = grant(n % 2 ? 'same' : `other${n}`, 100 + n);
      if (!r.ok) throw new Error(r.error);
      q = {
        ...r.value.profile,
        delegations: r.value.profile.delegations.map((d) => ({ ...d, revoked: true })),
      };
    }
    expect(q.delegations.length).toBeLessThanOrEqual(ENDED_DELEGATIONS_KEPT + 1);
    // One ended delegation to "same" is kept (its name stays for the history), beside the one granted last.
    expect(q.delegations.filter((d) => d.delegate === 'same')).toHaveLength(2);
  });

  it('keeps the profile bounded: at most 30 invitations wait at once, and only the newest 20 that came to nothing stay', () => {
    let p = lis;
    for (let n = 0; n < OPEN_INVITATIONS_MAX; n++) p = invited(p, `s${n}`, 'supervisor', `i${n}`);
    expect(invite(p, who('one-more'), 'supervisor', { now: NOW, invitationId: 'x' })).toEqual({
      ok: false,
      error: 'too_many_invitations',
    });
    // Invited and withdrawn again, over and over: the list does not grow past what is kept.
    let q = lis;
    for (let n = 0; n < 200; n++) {
      q = invited(q, `w${n}`, 'supervisor', `w${n}`);
      const removed = removeRole(q, `w${n}`, 'supervisor', NOW);
      if (!removed.ok) throw new Error(removed.error);
      q = removed.value.profile;
    }
    expect(q.roles.length).toBeLessThanOrEqual(LAPSED_INVITATIONS_KEPT + 1);
    // The newest are the ones kept.
    expect(q.roles.at(-1)?.aadObjectId).toBe('w199');
  });

  it('refuses inviting yourself, a second leader, the same person twice', () => {
    expect(invite(lis, who('lis'), 'leader', { now: NOW, invitationId: 'i' })).toEqual({
      ok: false,
      error: 'self_invite',
    });
    const withLeader = answer(invited(lis, 'l1', 'leader', 'i1'), 'i1', 'l1', true, NOW);
    if (!withLeader.ok) throw new Error('x');
    expect(invite(withLeader.value.profile, who('l2'), 'leader', { now: NOW, invitationId: 'i2' })).toEqual({
      ok: false,
      error: 'has_leader',
    });
    expect(
      invite(withLeader.value.profile, who('l1'), 'leader', { now: NOW, invitationId: 'i3', replace: true }),
    ).toEqual({ ok: false, error: 'already_holds_role' });
    const sup = invited(lis, 's', 'supervisor', 's1');
    expect(invite(sup, who('s'), 'supervisor', { now: NOW, invitationId: 's2' })).toEqual({
      ok: false,
      error: 'already_invited',
    });
  });

  it('lets the same person hold two roles for one LIS through two invitations', () => {
    const p = invited(invited(lis, 'x', 'advisor', 'a1'), 'x', 'supervisor', 's1');
    const a = answer(p, 'a1', 'x', true, NOW);
    if (!a.ok) throw new Error('x');
    const b = answer(a.value.profile, 's1', 'x', true, NOW);
    expect(b.ok && b.value.profile.roles.filter((r) => r.state === 'active').map((r) => r.role)).toEqual([
      'advisor',
      'supervisor',
    ]);
  });

  it('an invitation is open to the end of its 14th day in Norway, the day the card shows', () => {
    // Made at 00:30 on 27 November in Norway (23:30 UTC the day before): open to 11 December, 23:59 there.
    const r = invite(lis, who('adv'), 'advisor', { now: '2026-11-26T23:30:00.000Z', invitationId: 'late' });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.invitation.expiresAt).toBe('2026-12-11T22:59:59.999Z');
    expect(formatDate('nb', r.value.invitation.expiresAt ?? '')).toBe('11.12.2026');
    const p = r.value.profile;
    expect(answer(p, 'late', 'adv', true, '2026-12-11T22:59:00.000Z').ok).toBe(true);
    expect(answer(p, 'late', 'adv', true, '2026-12-11T23:00:00.000Z')).toEqual({
      ok: false,
      error: 'invitation_expired',
    });
  });

  it('accepts only from the invitee, once, while open', () => {
    const p = invited(lis, 'adv', 'advisor', 'inv');
    expect(answer(p, 'inv', 'someone-else', true, NOW)).toEqual({ ok: false, error: 'not_invitee' });
    expect(answer(p, 'nope', 'adv', true, NOW)).toEqual({ ok: false, error: 'invitation_not_found' });
    expect(answer(p, 'inv', 'adv', true, '2027-01-01T00:00:00.000Z')).toEqual({
      ok: false,
      error: 'invitation_expired',
    });
    const ok = answer(p, 'inv', 'adv', true, NOW);
    expect(ok.ok && ok.value.holder.state).toBe('active');
    if (!ok.ok) return;
    expect(answer(ok.value.profile, 'inv', 'adv', true, NOW)).toEqual({
      ok: false,
      error: 'already_accepted',
    });
    const declined = answer(p, 'inv', 'adv', false, NOW);
    if (!declined.ok) throw new Error('x');
    expect(answer(declined.value.profile, 'inv', 'adv', true, NOW)).toEqual({
      ok: false,
      error: 'already_declined',
    });
    const withdrawn = removeRole(p, 'adv', 'advisor', NOW);
    if (!withdrawn.ok) throw new Error('x');
    expect(answer(withdrawn.value.profile, 'inv', 'adv', true, NOW)).toEqual({
      ok: false,
      error: 'invitation_withdrawn',
    });
  });

  it('replaces a leader: the old one ends when the new one accepts', () => {
    const first = answer(invited(lis, 'l1', 'leader', 'i1'), 'i1', 'l1', true, NOW);
    if (!first.ok) throw new Error('x');
    const second = answer(invited(first.value.profile, 'l2', 'leader', 'i2', true), 'i2', 'l2', true, NOW);
    if (!second.ok) throw new Error('x');
    expect(second.value.ended?.aadObjectId).toBe('l1');
    expect(
      second.value.profile.roles.filter((r) => r.role === 'leader').map((r) => [r.aadObjectId, r.state]),
    ).toEqual([
      ['l1', 'ended'],
      ['l2', 'active'],
    ]);
  });

  it('keeps the person index in step with the profile, delegations included', () => {
    const p = answer(invited(lis, 'l', 'leader', 'i'), 'i', 'l', true, NOW);
    if (!p.ok) throw new Error('x');
    const d = delegate(
      p.value.profile,
      who('l'),
      who('dep'),
      { from: '2026-11-01', to: '2026-11-30' },
      'd1',
      '2026-11-15',
    );
    if (!d.ok) throw new Error('x');
    expect(personRolesFor({ aadObjectId: 'dep', roles: [] }, d.value.profile)).toEqual([
      { traineeId: 't', traineeName: 'LIS', role: 'delegate', state: 'active' },
    ]);
    expect(
      personRolesFor(
        {
          aadObjectId: 'l',
          roles: [{ traineeId: 'other', traineeName: 'O', role: 'advisor', state: 'active' }],
        },
        d.value.profile,
      ),
    ).toHaveLength(2);
    expect(
      delegate(
        p.value.profile,
        who('l'),
        who('dep'),
        { from: '2026-12-01', to: '2026-11-01' },
        'd2',
        '2026-11-15',
      ),
    ).toEqual({ ok: false, error: 'bad_period' });
  });
});

describe('lapseNotice: a LIS is told once of an invitation that ran out unanswered', () => {
  // Invited 26.11.2026: the last day is 10.12.2026.
  const p = invited(invited(lis, 's1', 'supervisor', 'i1'), 's2', 'supervisor', 'i2');
  it('nothing while open; then both, marked told, so the next look finds nothing', () => {
    expect(lapseNotice(p, '2026-12-10', '2026-12-10T12:00:00Z')).toBeUndefined();
    const n = lapseNotice(p, '2026-12-11', '2026-12-11T09:00:00Z');
    expect(n?.told).toEqual([
      { name: 'S1', role: 'supervisor', last: '2026-12-10' },
      { name: 'S2', role: 'supervisor', last: '2026-12-10' },
    ]);
    expect(n && lapseNotice(n.profile, '2026-12-14', '2026-12-14T09:00:00Z')).toBeUndefined();
  });
  it('one invited again since is marked but not told; one that ran out long ago neither', () => {
    const again = invite(p, who('s1'), 'supervisor', { now: '2026-12-12T09:00:00Z', invitationId: 'i3' });
    if (!again.ok) throw new Error(again.error);
    const n = lapseNotice(again.value.profile, '2026-12-14', '2026-12-14T09:00:00Z');
    expect(n?.told.map((x) => x.name)).toEqual(['S2']);
    expect(n?.marked).toBe(2);
    const late = addDays('2026-12-10', LAPSE_TOLD_WITHIN_DAYS + 1);
    expect(lapseNotice(p, late, `${late}T09:00:00Z`)).toMatchObject({ told: [], marked: 2 });
  });
});
