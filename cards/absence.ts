import { type Lang, t } from '../core/i18n';
import { ABSENCE_KINDS } from '../core/model';
import template from './absence.json';
import { type AdaptiveCard, render } from './render';

/** Model of `absence.json`: the leader records an absence for one of their LIS (dates and a kind only). */
export interface AbsenceFormModel {
  title: string;
  intro: string;
  forLabel: string;
  trainees: { title: string; value: string }[];
  firstTrainee: string;
  fromLabel: string;
  toLabel: string;
  kindLabel: string;
  kinds: { title: string; value: string }[];
  submit: string;
  requiredText: string;
}

export function absenceFormModel(
  trainees: { traineeId: string; name: string }[],
  lang: Lang,
): AbsenceFormModel {
  return {
    title: t(lang, 'absenceTitle'),
    intro: t(lang, 'absenceIntro'),
    forLabel: t(lang, 'absenceFor'),
    // Choice titles are plain text in Teams: names as written.
    trainees: trainees.map((x) => ({ title: x.name, value: x.traineeId })),
    firstTrainee: trainees[0]?.traineeId ?? '',
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
