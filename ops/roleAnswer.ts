import type { RoleHolder, Stored, StoredConversation, TraineeProfile } from '../core/model';
import { ok } from '../core/result';
import { answer } from '../core/roles';
import { auditId } from './decide';
import { hasStanding, isTraineeId } from './load';
import { changeProfile, syncPerson } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

export interface Answered {
  profile: Stored<TraineeProfile>;
  holder: RoleHolder;
  ended?: RoleHolder;
}

/**
 * Accept or decline an invitation: only the invitee (the caller), once, while it is open.
 * An invitation to someone else is refused naming the invitee; the caller sees nothing else.
 */
export async function answerInvitation(
  deps: OpsDeps,
  call: Call,
  input: { traineeId: string; invitationId: string; accept: boolean; conversation?: StoredConversation },
): Promise<Outcome<Answered>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const me = call.caller.aadObjectId;
  const r = await changeProfile(
    deps,
    input.traineeId,
    (p) => {
      const a = answer(p, input.invitationId, me, input.accept, call.now);
      if (!a.ok) return a;
      const holder: RoleHolder = {
        ...a.value.holder,
        name: call.caller.name || a.value.holder.name,
        ...(input.conversation ? { conversation: input.conversation } : {}),
      };
      return ok({
        ...a.value,
        holder,
        profile: {
          ...a.value.profile,
          roles: a.value.profile.roles.map((x) => (x.invitationId === input.invitationId ? holder : x)),
        },
      });
    },
    ({ holder, ended }, before) => ({
      audit: {
        kind: 'audit',
        id: auditId(call, `role:${input.invitationId}`),
        traineeId: before.traineeId,
        actor: me,
        verb: input.accept ? 'role.accept' : 'role.decline',
        target: `role:${input.invitationId}`,
        before: { state: 'invited' },
        after: { state: holder.state, role: holder.role, ...(ended ? { ended: ended.aadObjectId } : {}) },
        at: call.now,
      },
      effects: [
        { kind: 'person_index' as const, traineeId: before.traineeId, to: me, name: holder.name },
        ...(ended
          ? [
              {
                kind: 'person_index' as const,
                traineeId: before.traineeId,
                to: ended.aadObjectId,
                name: ended.name,
              },
            ]
          : []),
        {
          kind: 'text' as const,
          to: before.aadObjectId,
          text: input.accept ? ('accepted' as const) : ('declined' as const),
          vars: { name: holder.name, role: holder.role } as Record<string, string>,
        },
        ...(ended
          ? [
              {
                kind: 'text' as const,
                to: ended.aadObjectId,
                text: 'roleEndedForYou' as const,
                vars: { role: ended.role, trainee: before.name } as Record<string, string>,
              },
            ]
          : []),
      ],
    }),
  );
  if (!r) return { kind: 'not_found' };
  if (!r.ok) {
    const invitee = r.profile.roles.find((x) => x.invitationId === input.invitationId);
    if (r.error === 'invitation_not_found' || !invitee) return { kind: 'not_found' };
    // Someone else is told whose invitation it is only if they have a standing for the LIS; a stranger learns nothing.
    if (r.error === 'not_invitee' && !hasStanding(me, r.profile, call.today)) return { kind: 'not_found' };
    return { kind: 'refused', reason: r.error, details: { name: invitee.name } };
  }
  const { saved } = r;
  const { holder, ended } = r.value;
  await syncPerson(deps, { aadObjectId: me, name: holder.name }, saved, call.now);
  if (ended) await syncPerson(deps, { aadObjectId: ended.aadObjectId, name: ended.name }, saved, call.now);
  deps.log.info(
    {
      verb: input.accept ? 'role.accept' : 'role.decline',
      traineeId: saved.traineeId,
      role: holder.role,
      actor: me,
    },
    'invitation answered',
  );
  return { kind: 'done', value: { profile: saved, holder, ...(ended ? { ended } : {}) } };
}
