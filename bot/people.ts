import { randomUUID } from 'node:crypto';
import { renderNoticeCard } from '../cards/notice';
import { escapeMarkdown as md } from '../cards/render';
import { formatDate } from '../core/format';
import { type Lang, langOf, type TextKey, t } from '../core/i18n';
import type { AuditEvent, Person, Role, RoleHolder, Stored, TraineeProfile } from '../core/model';
import { invite, personRolesFor } from '../core/roles';
import { isConflict } from '../store';
import type { Notifier } from './notify';
import { changeProfile } from './profiles';
import type { BotDeps } from './turn';

/**
 * Keeps a person's own document (their index of roles) in step with a profile, which is the
 * source of truth. Creates the person if they have never used the app (so an invitation waits
 * for them in their inbox when they first do).
 */
export async function syncPerson(
  deps: BotDeps,
  who: { aadObjectId: string; name: string },
  profile: TraineeProfile,
  now: string,
): Promise<Stored<Person>> {
  for (let attempt = 0; ; attempt++) {
    const existing = await deps.store.people.get(who.aadObjectId);
    try {
      if (!existing) {
        const roles = personRolesFor({ aadObjectId: who.aadObjectId, roles: [] }, profile);
        return await deps.store.people.createPerson({
          id: who.aadObjectId,
          aadObjectId: who.aadObjectId,
          name: who.name,
          roles,
          ...(profile.aadObjectId === who.aadObjectId ? { traineeId: profile.traineeId } : {}),
          updatedAt: now,
        });
      }
      return await deps.store.people.replacePerson({
        ...existing,
        name: existing.name || who.name,
        roles: personRolesFor(existing, profile),
        ...(profile.aadObjectId === who.aadObjectId ? { traineeId: profile.traineeId } : {}),
        updatedAt: now,
      });
    } catch (err) {
      if (!isConflict(err) || attempt >= 2) throw err;
    }
  }
}

export function audit(event: Omit<AuditEvent, 'kind'>): AuditEvent {
  return { kind: 'audit', ...event };
}

/** The card an invitee gets: who invites them to what, and Accept / Decline. */
export function invitationCard(profile: TraineeProfile, invitation: RoleHolder, lang: Lang) {
  const trainee = md(profile.name);
  const role = t(lang, `role_${invitation.role}`);
  const replaced = invitation.replaces
    ? profile.roles.find((r) => r.aadObjectId === invitation.replaces)?.name
    : undefined;
  const data = { traineeId: profile.traineeId, id: invitation.invitationId ?? '', rev: 0 };
  return renderNoticeCard({
    title: t(lang, 'invitationTitle', { trainee }),
    style: 'accent',
    lines: [
      { text: t(lang, 'invitationText', { trainee, role }) },
      ...(replaced ? [{ text: t(lang, 'invitationReplaces', { name: md(replaced) }) }] : []),
      ...(invitation.expiresAt
        ? [{ text: t(lang, 'invitationExpires', { date: formatDate(lang, invitation.expiresAt) }) }]
        : []),
    ],
    facts: [
      {
        title: t(lang, 'lis'),
        value: `${trainee} (${profile.phase}${profile.specialty ? `, ${md(profile.specialty)}` : ''})`,
      },
      { title: t(lang, 'employerLabel'), value: md(profile.employer.name) },
      ...(profile.service
        ? [
            {
              title: t(lang, 'servicePeriod'),
              value: `${formatDate(lang, profile.service.start)} – ${formatDate(lang, profile.service.end)}`,
            },
          ]
        : []),
    ],
    actions: [
      { title: t(lang, 'accept'), verb: 'role.accept', data },
      { title: t(lang, 'decline'), verb: 'role.decline', data },
    ],
  });
}

export interface InviteOutcome {
  ok: boolean;
  line: string;
  profile: Stored<TraineeProfile>;
}

/**
 * Invites one person to one role: the rule check in core, the profile written with its ETag
 * (retried on a conflict), the invitee's index, the audit, and the invitation sent where the
 * invitee can be reached; otherwise the line says how to reach them.
 */
export async function inviteOne(
  deps: BotDeps,
  notifier: Notifier,
  ctx: { lang: Lang; now: string; actor: string; auditId: string },
  traineeId: string,
  who: { aadObjectId: string; name: string },
  role: Role,
  replace: boolean,
): Promise<InviteOutcome | undefined> {
  const { lang } = ctx;
  const known = await deps.store.people.get(who.aadObjectId);
  const name = who.name || known?.name || '';
  const shown = md(name || t(lang, 'aPerson'));
  const r = await changeProfile(deps, traineeId, (p) =>
    invite(p, { aadObjectId: who.aadObjectId, name }, role, {
      now: ctx.now,
      invitationId: randomUUID(),
      replace,
    }),
  );
  if (!r) return undefined;
  if (!r.ok) {
    const reason = t(lang, `err_${r.error}` as TextKey, { trainee: md(r.profile.name), name: shown });
    return {
      ok: false,
      line: t(lang, 'invitedFail', { name: shown, role: t(lang, `role_${role}`), reason }),
      profile: r.profile,
    };
  }
  const { saved } = r;
  const invitation = r.value.invitation;
  const invitee = await syncPerson(deps, { aadObjectId: who.aadObjectId, name }, saved, ctx.now);
  await deps.store.trainees.appendAudit(
    audit({
      id: `audit:${ctx.auditId}:${role}:${who.aadObjectId}`,
      traineeId,
      actor: ctx.actor,
      verb: 'role.invite',
      target: `role:${invitation.invitationId}`,
      before: null,
      after: { role, invitee: who.aadObjectId, state: 'invited' },
      at: ctx.now,
    }),
  );
  deps.log.info({ verb: 'role.invite', traineeId, invitee: who.aadObjectId, role }, 'invited');
  const to = invitee.conversation;
  let line = t(lang, 'invitedOk', { name: shown, role: t(lang, `role_${role}`) });
  if (to) {
    notifier.later('send invitation', { traineeId, invitee: who.aadObjectId }, async () => {
      const l = langOf(to.locale);
      await notifier.send(
        to,
        t(l, 'invitationText', { trainee: md(saved.name), role: t(l, `role_${role}`) }),
        invitationCard(saved, invitation, l),
      );
    });
  } else line = `${line} ${t(lang, 'cannotReach', { name: shown })}`;
  return { ok: true, line, profile: saved };
}
