import { randomUUID } from 'node:crypto';
import type { Role, Stored, TraineeProfile } from '../core/model';
import { can } from '../core/policy';
import { AAD_OBJECT_ID } from '../core/refs';
import { invite } from '../core/roles';
import { auditId } from './decide';
import { cannotReachNow, isTraineeId, refusal } from './load';
import { changeProfile, syncPerson } from './profiles';
import type { Call, OpsDeps, Outcome } from './types';

export interface InviteLine {
  aadObjectId: string;
  name: string;
  role: Role;
  /** `invited`, or the reason it was refused (a core rule's error). */
  result: 'invited' | string;
  /** Invited, but the invitee cannot be reached in Teams yet (the invitation waits in their inbox). */
  unreachable?: boolean;
}

export interface Invited {
  profile: Stored<TraineeProfile>;
  lines: InviteLine[];
}

/**
 * The LIS invites people to roles: each invitation is checked by the core rule, written with the
 * profile's ETag, indexed on the invitee's person, audited, and the invitation card is sent.
 */
export async function inviteToRoles(
  deps: OpsDeps,
  call: Call,
  input: {
    traineeId: string;
    people: { aadObjectId: string; name?: string; role: Role }[];
    replace: boolean;
  },
): Promise<Outcome<Invited>> {
  if (!isTraineeId(input.traineeId)) return { kind: 'not_found' };
  const profile = await deps.store.trainees.getProfile(input.traineeId);
  if (!profile) return { kind: 'not_found' };
  const permission = can(call.caller.aadObjectId, 'role.invite', profile, call.today);
  if (!permission.ok) return refusal(permission, profile);
  if (input.people.length === 0 || input.people.some((p) => !AAD_OBJECT_ID.test(p.aadObjectId)))
    return { kind: 'invalid', field: 'people' };
  let latest = profile;
  const lines: InviteLine[] = [];
  for (const who of input.people) {
    const known = await deps.store.people.get(who.aadObjectId);
    // The name Teams gave the person themselves wins over the one the request carries (the tab's picker),
    // then the one this LIS's record has for them (invited before, a button to invite again).
    const name =
      known?.name ||
      who.name ||
      profile.roles.find((r) => r.aadObjectId === who.aadObjectId && r.name)?.name ||
      '';
    // Someone the app cannot reach yet finds the invitation in their inbox when they first open it.
    const reachable = !cannotReachNow(deps, known ?? {});
    const r = await changeProfile(
      deps,
      input.traineeId,
      (p) =>
        invite(p, { aadObjectId: who.aadObjectId, name }, who.role, {
          now: call.now,
          invitationId: randomUUID(),
          replace: input.replace,
        }),
      ({ invitation }) => ({
        audit: {
          kind: 'audit',
          id: auditId(call, `role:${who.role}:${who.aadObjectId}`),
          traineeId: input.traineeId,
          actor: call.caller.aadObjectId,
          verb: 'role.invite',
          target: `role:${invitation.invitationId}`,
          before: null,
          after: { role: who.role, invitee: who.aadObjectId, state: 'invited' },
          at: call.now,
        },
        effects: [
          { kind: 'person_index', traineeId: input.traineeId, to: who.aadObjectId, name },
          ...(reachable && invitation.invitationId
            ? [
                {
                  kind: 'invitation' as const,
                  traineeId: input.traineeId,
                  invitationId: invitation.invitationId,
                  to: who.aadObjectId,
                },
              ]
            : []),
        ],
      }),
    );
    if (!r) return { kind: 'not_found' };
    if (!r.ok) {
      lines.push({ aadObjectId: who.aadObjectId, name, role: who.role, result: r.error });
      latest = r.profile;
      continue;
    }
    latest = r.saved;
    await syncPerson(deps, { aadObjectId: who.aadObjectId, name }, r.saved, call.now);
    deps.log.info(
      { verb: 'role.invite', traineeId: input.traineeId, invitee: who.aadObjectId, role: who.role },
      'invited',
    );
    lines.push({
      aadObjectId: who.aadObjectId,
      name,
      role: who.role,
      result: 'invited',
      ...(reachable ? {} : { unreachable: true }),
    });
  }
  return { kind: 'done', value: { profile: latest, lines } };
}
