import type { AbsenceFigures } from '../core/absence';
import { type Lang, t } from '../core/i18n';
import { ABSENCE_KINDS, type AbsenceKind } from '../core/model';
import template from './absence.json';
import { absenceText } from './progress';
import { type AdaptiveCard, escapeMarkdown, render } from './render';
import type { Notice } from './views';

/** Model of `absence.json`: the leader records an absence for one of their LIS (dates and a kind only). */
export interface AbsenceFormModel {
  /** Why the form came back (a refused save), above it; the fields keep what was filled in. */
  hasNotice: boolean;
  notice: string;
  noticeStyle: Notice['style'];
  title: string;
  intro: string;
  hasFigures: boolean;
  figuresHeading: string;
  /** Each LIS's absence so far (those with a service period). */
  figures: { title: string; value: string }[];
  forLabel: string;
  trainees: { title: string; value: string }[];
  firstTrainee: string;
  /** Filled in from what was said ("Alex er syk i dag"): the dates and the kind; empty otherwise. */
  from: string;
  to: string;
  kind: string;
  fromLabel: string;
  toLabel: string;
  kindLabel: string;
  kinds: { title: string; value: string }[];
  submit: string;
  requiredText: string;
}

/**
 * At most this many LIS's figures on the form (a leader of 100 made it 44 KB, past the 40 KB a card
 * of ours may weigh): those with the most absence first; the tab lists them all.
 */
export const ABSENCE_FIGURES_MAX = 30;

export function absenceFormModel(
  trainees: { traineeId: string; name: string; figures?: AbsenceFigures }[],
  lang: Lang,
  /** What the message said: the LIS, the kind, and a period (`from`, `to`) or one day (`day`). */
  preset: { traineeId?: string; kind?: AbsenceKind; day?: string; from?: string; to?: string } = {},
  notice?: Notice,
): AbsenceFormModel {
  const all = trainees.flatMap((x) => (x.figures ? [{ name: x.name, figures: x.figures }] : []));
  const many = all.length > ABSENCE_FIGURES_MAX;
  const figures = (many ? [...all].sort((a, b) => b.figures.percent - a.figures.percent) : all)
    .slice(0, ABSENCE_FIGURES_MAX)
    .map((x) => ({ title: escapeMarkdown(x.name), value: absenceText(lang, x.figures) }));
  return {
    hasNotice: !!notice,
    notice: notice?.text ?? '',
    noticeStyle: notice?.style ?? 'attention',
    title: t(lang, 'absenceTitle'),
    intro: t(lang, 'absenceIntro'),
    hasFigures: figures.length > 0,
    figuresHeading: many
      ? t(lang, 'absenceSoFarMost', { shown: ABSENCE_FIGURES_MAX, count: all.length })
      : t(lang, 'absenceSoFar'),
    figures,
    forLabel: t(lang, 'absenceFor'),
    // Choice titles are plain text in Teams: names as written.
    trainees: trainees.map((x) => ({ title: x.name, value: x.traineeId })),
    firstTrainee: preset.traineeId ?? trainees[0]?.traineeId ?? '',
    from: preset.from ?? preset.day ?? '',
    to: preset.to ?? preset.day ?? '',
    kind: preset.kind ?? 'holiday',
    fromLabel: t(lang, 'absenceFrom'),
    toLabel: t(lang, 'absenceTo'),
    kindLabel: t(lang, 'absenceKind'),
    kinds: ABSENCE_KINDS.map((k) => {
      const name = t(lang, `absenceKind_${k}`);
      return { title: name.charAt(0).toUpperCase() + name.slice(1), value: k };
    }),
    submit: t(lang, 'absenceSubmit'),
    requiredText: t(lang, 'required'),
  };
}

export function renderAbsenceForm(model: AbsenceFormModel): AdaptiveCard {
  return render(template, model);
}
