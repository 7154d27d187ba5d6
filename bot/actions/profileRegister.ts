import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { inviteModel, renderInvite } from '../../cards/invite';
import { type RegistrationValues, registrationModel, renderRegistration } from '../../cards/registration';
import { escapeMarkdown as md } from '../../cards/render';
import { phaseSchema } from '../../core/catalog';
import { addDays, daysBetween } from '../../core/dates';
import { type TextKey, t } from '../../core/i18n';
import type { Milestone, Stored, TraineeProfile, Unit } from '../../core/model';
import { can } from '../../core/policy';
import { isConflict } from '../../store';
import { audit, syncPerson } from '../people';
import { refusal } from './flow';
import { type ActionContext, defineAction } from './types';

const data = z.object({
  phase: z.string().max(40).optional(),
  specialty: z.string().max(200).optional(),
  employer: z.string().max(500).optional(),
  employerKind: z.string().max(40).optional(),
  start: z.string().max(20).optional(),
  end: z.string().max(20).optional(),
  position: z.string().max(500).optional(),
  percent: z.union([z.string(), z.number()]).optional(),
  catalogs: z.string().max(2000).optional(),
});

const isDate = (v: string | undefined): v is string =>
  !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** Milestones of a municipal LIS1 period: intro at the start, halfway, a final meeting 2–3 weeks before the end. */
function milestonesFor(phase: string, start: string, end: string): Milestone[] {
  if (phase !== 'LIS1_municipality') return [];
  const half = Math.round(daysBetween(start, end) / 2);
  return [
    { kind: 'intro', date: addDays(start, 7), done: false },
    { kind: 'halfway', date: addDays(start, half), done: false },
    { kind: 'final', date: addDays(end, -17), done: false },
  ];
}

async function ensureUnit(
  ctx: ActionContext,
  unitId: string,
  name: string,
  kind: Unit['kind'],
  traineeId: string,
): Promise<void> {
  const { units } = ctx.deps.store;
  for (let attempt = 0; attempt < 3; attempt++) {
    const unit = await units.get(unitId);
    try {
      if (!unit) {
        await units.createUnit({ id: unitId, unitId, name, kind, teamIds: [], traineeIds: [traineeId] });
      } else if (!unit.traineeIds.includes(traineeId)) {
        await units.replaceUnit({ ...unit, traineeIds: [...unit.traineeIds, traineeId] });
      }
      return;
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
}

/** "kom i gang": registers the LIS (or edits the registration), then shows the invitation form. */
export default defineAction('profile.register', data, async (ctx, input) => {
  const { lang, deps } = ctx;
  const me = ctx.actor.aadObjectId;
  const person = await deps.store.people.get(me);
  const existing = person?.traineeId ? await deps.store.trainees.getProfile(person.traineeId) : undefined;
  if (existing && !can(me, 'profile.edit', existing, ctx.today).ok)
    return { card: refusal(lang, 'err_no_role', { trainee: existing.name }) };

  const values: Partial<RegistrationValues> = {
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === 'string')),
    percent: input.percent === undefined ? '100' : String(input.percent),
  };
  const again = (key: TextKey, vars: Record<string, string> = {}) => ({
    card: renderRegistration(
      registrationModel(deps.catalogs, lang, {
        profile: existing,
        values,
        notice: `${t(lang, key, vars)} ${t(lang, 'nothingChanged')}`,
      }),
    ),
  });
  const phaseChoice = input.phase ?? '';
  const phase = phaseSchema.safeParse(phaseChoice.split('_')[0]);
  if (!phase.success || !['LIS1_hospital', 'LIS1_municipality', 'LIS2', 'LIS3'].includes(phaseChoice))
    return again('err_bad_input', { field: t(lang, 'phaseLabel') });
  const employer = (input.employer ?? '').trim();
  if (!employer) return again('err_bad_input', { field: t(lang, 'employerLabel') });
  const kind =
    input.employerKind === 'hospital'
      ? 'hospital'
      : input.employerKind === 'municipality'
        ? 'municipality'
        : undefined;
  if (!kind) return again('err_bad_input', { field: t(lang, 'employerKindLabel') });
  if (!isDate(input.start) || !isDate(input.end))
    return again('err_bad_input', { field: `${t(lang, 'startLabel')} / ${t(lang, 'endLabel')}` });
  if (input.end <= input.start) return again('err_bad_dates');
  const percent = Number(input.percent ?? 100);
  if (!Number.isFinite(percent) || percent < 1 || percent > 100)
    return again('err_bad_input', { field: t(lang, 'percentLabel') });
  const specialty = (input.specialty ?? '').trim() || undefined;

  const chosen = (input.catalogs ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  for (const c of chosen)
    if (!deps.catalogs.get(c)) return again('err_bad_input', { field: t(lang, 'catalogsLabel') });
  const catalogIds =
    chosen.length > 0
      ? chosen
      : deps.catalogs.defaultsFor(phase.data, input.start, specialty).map((c) => c.id);
  if (catalogIds.length === 0) return again('err_no_catalog', { phase: phase.data, date: input.start });

  const unitId = `unit-${slug(employer)}`;
  const traineeId = existing?.traineeId ?? `lis-${randomUUID()}`;
  const profile: TraineeProfile = {
    kind: 'profile',
    id: 'profile',
    traineeId,
    aadObjectId: me,
    name: ctx.actor.name || person?.name || '',
    phase: phase.data,
    ...(phase.data === 'LIS1'
      ? { part: phaseChoice === 'LIS1_municipality' ? ('municipality' as const) : ('hospital' as const) }
      : {}),
    ...(specialty ? { specialty } : {}),
    employer: { unitId, name: employer, kind },
    service: { start: input.start, end: input.end, position: (input.position ?? '').trim(), percent },
    catalogIds,
    ...(person?.conversation ? { conversation: person.conversation } : {}),
    roles: existing?.roles ?? [],
    delegations: existing?.delegations ?? [],
    absence: existing?.absence ?? [],
    milestones:
      existing && existing.service?.start === input.start
        ? existing.milestones
        : milestonesFor(phaseChoice, input.start, input.end),
    createdAt: existing?.createdAt ?? ctx.now,
  };
  let saved: Stored<TraineeProfile>;
  try {
    saved = existing
      ? await deps.store.trainees.replaceProfile({ ...profile, etag: existing.etag })
      : await deps.store.trainees.createProfile(profile);
  } catch (err) {
    if (isConflict(err)) return again('lostRace');
    throw err;
  }
  await syncPerson(deps, { aadObjectId: me, name: profile.name }, saved, ctx.now);
  await ensureUnit(ctx, unitId, employer, kind, traineeId);
  await deps.store.trainees.appendAudit(
    audit({
      id: `audit:${ctx.invokeId}`,
      traineeId,
      actor: me,
      verb: existing ? 'profile.edit' : 'profile.register',
      target: 'profile',
      before: existing
        ? { phase: existing.phase, catalogIds: existing.catalogIds, service: existing.service }
        : null,
      after: { phase: saved.phase, catalogIds: saved.catalogIds, service: saved.service },
      at: ctx.now,
    }),
  );
  deps.log.info({ verb: existing ? 'profile.edit' : 'profile.register', traineeId }, 'registered');
  const names = catalogIds.map((c) => md(deps.catalogs.get(c)?.name ?? c)).join(', ');
  const lines = [
    t(lang, 'registered', { phase: t(lang, `phase_${phaseChoice as 'LIS2'}`), employer: md(employer) }),
    t(lang, 'registeredCatalogs', { list: names }),
  ];
  return { card: renderInvite(inviteModel(saved, lang, lines, 'good')) };
});
