import { ARENAS } from '../core/catalog';
import { addDays } from '../core/dates';
import { formatDate } from '../core/format';
import { formatNumber, type Lang, t } from '../core/i18n';
import type { ServicePart } from '../core/service';
import type { ServiceView } from '../core/serviceView';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';
import template from './service.json';

/** What the card needs: the view of `core/serviceView.ts` (absence only for those who may see it). */
export type ServiceInput = ServiceView;

/** Model of `service.json`: the LIS's service periods with place, LIS1's two parts, and the employer's corrections. */
export interface ServiceCardModel {
  hasNotice: boolean;
  notice: string;
  noticeStyle: 'good' | 'attention';
  title: string;
  parts: { text: string }[];
  periods: {
    heading: string;
    line: string;
    hasRemove: boolean;
    removeTitle: string;
    removeAsk: string;
    removeYes: string;
    data: { traineeId: string; start: string };
  }[];
  absenceHeading: string;
  absences: {
    text: string;
    hasRemove: boolean;
    removeTitle: string;
    removeAsk: string;
    removeYes: string;
    data: { traineeId: string; from: string };
  }[];
  /** The LIS's own card: how a new percentage, position or workplace from a date is entered. */
  hasHint: boolean;
  hint: string;
  mayEdit: boolean;
  add: {
    title: string;
    placeLabel: string;
    places: { title: string; value: string }[];
    /** LIS3 in general practice: whether a municipal period was in general practice or an institution. */
    hasSetting: boolean;
    settingLabel: string;
    settings: { title: string; value: string }[];
    workplaceLabel: string;
    startLabel: string;
    endLabel: string;
    positionLabel: string;
    percentLabel: string;
    required: string;
    submit: string;
    /** An earlier period ends before the current one starts. */
    before: string;
    data: { traineeId: string };
  };
}

/** "Kommunedelen: 92 av 182 dager i heltid hittil, 183 når perioden er slutt": one part against what it needs. */
export function partText(lang: Lang, p: ServicePart & { notEntered?: true }): string {
  if (p.notEntered) return t(lang, 'servicePartNotEntered');
  const key = p.psychiatry ? 'servicePart_hospitalPsychiatry' : (`servicePart_${p.part}` as const);
  const part = t(lang, key, { days: p.days, needed: p.needed });
  return p.planned > p.days ? t(lang, 'servicePartSoFar', { part, planned: p.planned }) : part;
}

export function serviceModel(
  v: ServiceInput,
  lang: Lang,
  notice?: { text: string; style: 'good' | 'attention' },
): ServiceCardModel {
  const span = (a: { start: string; end: string }) =>
    `${formatDate(lang, a.start)}–${formatDate(lang, a.end)}`;
  const current = v.periods.find((p) => p.current);
  return {
    hasNotice: !!notice,
    notice: notice?.text ?? '',
    noticeStyle: notice?.style ?? 'good',
    title: t(lang, 'serviceTitle', { trainee: md(v.trainee) }),
    parts: v.parts.map((p) => ({ text: partText(lang, p) })),
    periods: v.periods.map((p) => ({
      heading: `${t(lang, `arena_${p.place}`)}${p.setting === 'institution' ? ` · ${t(lang, 'periodSetting_institution')}` : ''}${p.workplace ? ` · ${md(p.workplace)}` : ''}${p.ongoing ? ` (${t(lang, 'serviceNow')})` : ''}`,
      line: [
        span(p),
        `${formatNumber(lang, p.percent)} %`,
        ...(p.position ? [md(p.position)] : []),
        ...(p.absenceDays !== undefined
          ? [
              t(lang, 'serviceAbsence', {
                days: p.absenceDays,
                percent: formatNumber(lang, p.absencePercent ?? 0),
              }),
            ]
          : []),
      ].join(' · '),
      hasRemove: v.mayEdit && !p.current,
      removeTitle: t(lang, 'periodRemove'),
      removeAsk: t(lang, 'periodRemoveAsk', { period: span(p) }),
      removeYes: t(lang, 'periodRemoveYes'),
      data: { traineeId: v.traineeId, start: p.start },
    })),
    absenceHeading: t(lang, 'absenceEntries'),
    absences: (v.absences ?? []).map((a) => ({
      text: `${span({ start: a.from, end: a.to })} · ${t(lang, `absenceKind_${a.reason}`)}`,
      hasRemove: v.mayEdit,
      removeTitle: t(lang, 'absenceRemove'),
      removeAsk: t(lang, 'absenceRemoveAsk', { period: span({ start: a.from, end: a.to }) }),
      removeYes: t(lang, 'absenceRemoveYes'),
      data: { traineeId: v.traineeId, from: a.from },
    })),
    hasHint: v.own,
    hint: v.own ? t(lang, 'serviceOwnHint') : '',
    mayEdit: v.mayEdit,
    add: {
      title: t(lang, 'periodAdd'),
      placeLabel: t(lang, 'periodPlace'),
      places: ARENAS.map((a) => ({ title: t(lang, `arena_${a}`), value: a })),
      hasSetting: v.parts.some((p) => p.part === 'general_practice'),
      settingLabel: t(lang, 'periodSetting'),
      settings: (['general_practice', 'institution'] as const).map((s) => ({
        title: t(lang, `periodSetting_${s}`),
        value: s,
      })),
      workplaceLabel: t(lang, 'periodWorkplace'),
      startLabel: t(lang, 'startLabel'),
      endLabel: t(lang, 'endLabel'),
      positionLabel: t(lang, 'positionLabel'),
      percentLabel: t(lang, 'percentLabel'),
      required: t(lang, 'required'),
      submit: t(lang, 'save'),
      before: current ? addDays(current.start, -1) : '',
      data: { traineeId: v.traineeId },
    },
  };
}

export function renderService(model: ServiceCardModel): AdaptiveCard {
  return render(template, model);
}
