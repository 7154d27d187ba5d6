import { type CatalogSet, partLabel } from '../core/catalog';
import { formatDate } from '../core/format';
import { type Lang, t } from '../core/i18n';
import { type TraineeProfile, UNITS_LISTED_MAX, type Unit } from '../core/model';
import template from './registration.json';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';

export const PHASE_CHOICES = ['LIS1_hospital', 'LIS1_municipality', 'LIS2', 'LIS3'] as const;

/** The search dataset of the workplaces (Teams' dynamic typeahead asks the bot as the LIS types). */
export const UNIT_DATASET = 'units';

/** A workplace as the form's list names it: its name and its kind (choice titles are plain text in Teams: as written). */
export function unitOption(
  lang: Lang,
  u: Pick<Unit, 'unitId' | 'name' | 'kind'>,
): { title: string; value: string } {
  return { title: `${u.name} (${t(lang, `employer_${u.kind}`)})`, value: u.unitId };
}

export interface RegistrationValues {
  phase: string;
  specialty: string;
  unitId: string;
  start: string;
  end: string;
  position: string;
  percent: string;
  /** The day this part of the training began (pins the catalog versions); empty = the service start. */
  partStart: string;
  /** LIS1: "true" when the hospital year has service in psychiatry. */
  psychiatry: string;
  /** LIS3 in general practice: "true" when the period now is in an institution, not general practice. */
  institution: string;
  catalogs: string;
}

/** Model of `registration.json`: phase, employer, service period and catalogs. Editable later. */
export interface RegistrationModel {
  hasNotice: boolean;
  notice: string;
  title: string;
  intro: string;
  phaseLabel: string;
  phases: { title: string; value: string }[];
  specialtyLabel: string;
  specialtyPlaceholder: string;
  employerLabel: string;
  /**
   * The units (employers) leaders have created: a LIS chooses one; typing a name creates nothing.
   * With many, only the one chosen: the others are found by searching (`unitsQuery`).
   */
  units: { title: string; value: string }[];
  unitsStyle: 'compact' | 'filtered';
  unitsQuery: { type: 'Data.Query'; dataset: string } | null;
  hasUnits: boolean;
  hasNoUnits: boolean;
  noUnits: string;
  startLabel: string;
  endLabel: string;
  positionLabel: string;
  percentLabel: string;
  partStartLabel: string;
  psychiatryLabel: string;
  institutionLabel: string;
  catalogsLabel: string;
  catalogs: { title: string; value: string }[];
  values: RegistrationValues;
  submit: string;
  requiredText: string;
  data: { edit: boolean };
}

export function valuesOf(p: TraineeProfile): RegistrationValues {
  return {
    phase: p.phase === 'LIS1' ? `LIS1_${p.part ?? 'hospital'}` : p.phase,
    specialty: p.specialty ?? '',
    unitId: p.employer.unitId,
    start: p.service?.start ?? '',
    end: p.service?.end ?? '',
    position: p.service?.position ?? '',
    percent: String(p.service?.percent ?? 100),
    partStart: p.partStart ?? '',
    psychiatry: String(p.psychiatry !== false),
    institution: String(p.service?.setting === 'institution'),
    catalogs: p.catalogIds.join(','),
  };
}

/** What the form starts from: the LIS's registration, or what fits the workplaces there are. */
function startingValues(
  units: readonly Pick<Unit, 'unitId' | 'kind'>[],
  profile?: TraineeProfile,
): RegistrationValues {
  if (profile) return valuesOf(profile);
  return {
    // Where every workplace is a municipality (a municipality's own tenant), a LIS1 is in the municipal
    // part; one workplace is the one.
    phase:
      units.length && units.every((u) => u.kind === 'municipality') ? 'LIS1_municipality' : 'LIS1_hospital',
    specialty: '',
    unitId: units.length === 1 ? (units[0]?.unitId ?? '') : '',
    start: '',
    end: '',
    position: '',
    percent: '100',
    partStart: '',
    psychiatry: 'true',
    institution: 'false',
    catalogs: '',
  };
}

export function registrationModel(
  catalogs: CatalogSet,
  lang: Lang,
  opts: {
    profile?: TraineeProfile;
    values?: Partial<RegistrationValues>;
    notice?: string;
    units: Pick<Unit, 'unitId' | 'name' | 'kind'>[];
    /** How typed names go into the texts: escaped for card markdown (the tab's page escapes HTML itself). */
    escape?: (text: string) => string;
  },
): RegistrationModel {
  const typed = opts.escape ?? md;
  const base = startingValues(opts.units, opts.profile);
  const values = { ...base, ...opts.values };
  const searched = opts.units.length > UNITS_LISTED_MAX;
  return {
    hasNotice: !!opts.notice,
    notice: opts.notice ?? '',
    title: t(lang, opts.profile ? 'registerEditTitle' : 'registerTitle'),
    intro: t(lang, 'registerIntro'),
    phaseLabel: t(lang, 'phaseLabel'),
    phases: PHASE_CHOICES.map((p) => ({ title: t(lang, `phase_${p}`), value: p })),
    specialtyLabel: t(lang, 'specialtyLabel'),
    specialtyPlaceholder: t(lang, 'specialtyPlaceholder'),
    employerLabel: t(lang, 'employerLabel'),
    units: opts.units.filter((u) => !searched || u.unitId === values.unitId).map((u) => unitOption(lang, u)),
    unitsStyle: searched ? 'filtered' : 'compact',
    unitsQuery: searched ? { type: 'Data.Query', dataset: UNIT_DATASET } : null,
    hasUnits: opts.units.length > 0,
    hasNoUnits: opts.units.length === 0,
    noUnits: t(lang, 'noUnits'),
    startLabel: t(lang, 'startLabel'),
    endLabel: t(lang, 'endLabel'),
    positionLabel: t(lang, 'positionLabel'),
    percentLabel: t(lang, 'percentLabel'),
    partStartLabel: t(lang, 'partStartLabel'),
    psychiatryLabel: t(lang, 'psychiatryLabel'),
    institutionLabel: t(lang, 'institutionLabel'),
    catalogsLabel: t(lang, opts.profile ? 'catalogsEditLabel' : 'catalogsLabel'),
    // Each plan with its part, its date of force and its size, so an older version can be chosen.
    catalogs: catalogs.all().map((c) => ({
      title: t(lang, 'catalogChoice', {
        name: typed(c.name),
        part: partLabel(c),
        from: formatDate(lang, c.effectiveFrom),
        count: c.goals.length,
      }),
      value: c.id,
    })),
    values,
    submit: t(lang, 'save'),
    requiredText: t(lang, 'required'),
    data: { edit: !!opts.profile },
  };
}

export function renderRegistration(model: RegistrationModel): AdaptiveCard {
  return render(template, model);
}
