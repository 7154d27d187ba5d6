import type { CatalogSet } from './catalog';
import { andList, formatDate, formatDateTime } from './format';
import { formatNumber, isTextKey, type Lang, type TextKey, t } from './i18n';
import type { TraineeProfile } from './model';

const ROLES = new Set(['lis', 'leader', 'delegate', 'advisor', 'supervisor']);
const ARENAS = new Set(['hospital', 'municipality', 'psychiatry']);
const MILESTONES = new Set(['intro', 'halfway', 'final']);
const ABSENCE = new Set(['holiday', 'sick', 'leave', 'other']);
/** Facts that are numbers: written with the reader's decimal comma or point. */
const NUMBERS = new Set(['days', 'percent', 'owed', 'limit']);

/**
 * How a name or other typed text goes into a sentence: escaped for card markdown in chat
 * (`cards/render`), as it is for the tab, which escapes HTML where it shows it.
 */
export type Escape = (text: string) => string;
const asIs: Escape = (text) => text;

/**
 * Puts the plain facts an operation gives (names, a role, an arena, dates) into words of one
 * language: roles and arenas named, dates formatted, numbers in the reader's way, typed text escaped.
 */
export function localVars(
  lang: Lang,
  vars: Record<string, string>,
  typed: Escape = asIs,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) {
    if ((k === 'role' || k === 'standing') && ROLES.has(v)) out[k] = t(lang, `role_${v as 'lis'}`);
    else if (k === 'arena' && ARENAS.has(v)) {
      out[k] = t(lang, `arena_${v as 'hospital'}`);
      out.arenaWhere = t(lang, `arenaWhere_${v as 'hospital'}`);
    } else if (k === 'when') out[k] = v ? formatDateTime(lang, v) : '';
    else if (k === 'from' || k === 'to') out[k] = formatDate(lang, v);
    else if (NUMBERS.has(k) && v !== '' && Number.isFinite(Number(v))) out[k] = formatNumber(lang, Number(v));
    else if (k === 'absenceKind' && ABSENCE.has(v)) out[k] = t(lang, `absenceKind_${v as 'holiday'}`);
    else if (k === 'milestone' || k === 'milestones') {
      const names = v
        .split(',')
        .filter((m) => MILESTONES.has(m))
        .map((m) => t(lang, `milestone_${m as 'intro'}`));
      // "Halvveisevaluering og Sluttevaluering"; counted for the text's "den" or "dem".
      out[k] = andList(lang, names);
      out.milestoneCount = String(names.length);
    } else out[k] = typed(v);
  }
  return out;
}

/** The text of an operation's refusal: `err_<reason>` with its facts in words, and that nothing changed. */
export function refusalText(
  lang: Lang,
  reason: string,
  details: Record<string, string> = {},
  typed: Escape = asIs,
): string {
  const key = `err_${reason}`;
  const text = isTextKey(key) ? t(lang, key, localVars(lang, details, typed)) : t(lang, 'err_not_found');
  return `${text} ${t(lang, 'nothingChanged')}`;
}

/** What an audit event's verb did, in words ("godkjente"); an unknown verb as it is. */
export function verbText(lang: Lang, verb: string): string {
  const key = `verb_${verb.replace('.', '_')}`;
  return isTextKey(key) ? t(lang, key) : verb;
}

/** The labels of the fields an operation may name as wrong, per form (the card's and the tab's). */
const FORM_LABELS = {
  activity: { activityKind: 'activityKindLabel', date: 'activityDateLabel', goals: 'activityGoalsLabel' },
  /** An approval made earlier elsewhere. */
  prior: {
    place: 'recordPriorPlace',
    approver: 'recordPriorApprover',
    date: 'recordPriorDate',
    arena: 'recordPriorArena',
    attachment: 'recordPriorAttachment',
    goals: 'priorGoalsLabel',
  },
} as const satisfies Record<string, Record<string, TextKey>>;

/** What to call a field an operation named as wrong: the form's label when there is one. */
export function fieldLabel(lang: Lang, field: string, form: keyof typeof FORM_LABELS = 'activity'): string {
  const labels: Record<string, TextKey> = FORM_LABELS[form];
  const label = labels[field];
  return label ? t(lang, label) : field;
}

/** The labels a registration's refused field is named by (dates: both). */
const REGISTRATION_LABELS: Record<string, TextKey[]> = {
  phase: ['phaseLabel'],
  specialty: ['specialtyLabel'],
  unit: ['employerLabel'],
  dates: ['startLabel', 'endLabel'],
  percent: ['percentLabel'],
  catalogs: ['catalogsLabel'],
};

/**
 * Why a registration was not stored, in a sentence (the chat's form and the tab's): the field and
 * what is wrong with it, or the operation's refusal. `field` and `details` as `registerTrainee` gives them.
 */
export function registrationRefusal(
  lang: Lang,
  r:
    | { kind: 'invalid'; field: string; details?: Record<string, string> }
    | { kind: 'refused'; reason: string; details: Record<string, string> }
    | { kind: 'lost_race' | 'stale' },
  typed: Escape = asIs,
): string {
  if (r.kind === 'refused') return refusalText(lang, r.reason, r.details, typed);
  if (r.kind !== 'invalid') return t(lang, 'lostRace');
  const d = r.details ?? {};
  if (r.field === 'dates' && d.order === 'part_start_after_start') return refusalText(lang, 'bad_part_start');
  if (r.field === 'dates' && d.order) return refusalText(lang, 'bad_dates');
  if (r.field === 'unit' && d.part)
    return refusalText(lang, `lis1_${d.part}_part_employer`, { employer: d.employer ?? '' }, typed);
  if (r.field === 'specialty') return refusalText(lang, 'specialty_needed', { max: d.max ?? '' });
  if (r.field === 'catalogs' && d.plan_problem) {
    const { plan_problem: reason, ...facts } = d;
    return refusalText(lang, `plan_${reason}`, facts, typed);
  }
  if (r.field === 'catalogs' && d.phase)
    return refusalText(lang, 'no_catalog', { phase: d.phase, date: d.date ?? '' });
  return refusalText(lang, 'bad_input', {
    field: (REGISTRATION_LABELS[r.field] ?? []).map((k) => t(lang, k)).join(' / ') || r.field,
  });
}

/**
 * What a stored registration says back (the chat's card, the tab's notice): the phase and employer,
 * the plans followed, and a specialty the app has no plan for yet.
 */
export function registeredLines(
  lang: Lang,
  r: { profile: TraineeProfile; phaseChoice: string; noSpecialtyPlan?: true; leaderStays?: string },
  catalogs: Pick<CatalogSet, 'get'>,
  typed: Escape = asIs,
): string[] {
  const { profile } = r;
  const phase = `phase_${r.phaseChoice}`;
  return [
    t(lang, 'registered', {
      phase: isTextKey(phase) ? t(lang, phase) : r.phaseChoice,
      employer: typed(profile.employer.name),
    }),
    t(lang, 'registeredCatalogs', {
      list: profile.catalogIds.map((c) => typed(catalogs.get(c)?.name ?? c)).join(', '),
    }),
    ...(r.noSpecialtyPlan ? [t(lang, 'noSpecialtyPlan', { specialty: typed(profile.specialty ?? '') })] : []),
    ...(r.leaderStays
      ? [t(lang, 'leaderStays', { name: typed(r.leaderStays), employer: typed(profile.employer.name) })]
      : []),
  ];
}
