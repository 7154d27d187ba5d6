import { helpContent, type Lang, t } from '../core/i18n';
import template from './help.json';
import { type AdaptiveCard, render } from './render';

/** Model of `help.json`. */
export interface HelpCardModel {
  title: string;
  lisHeading: string;
  lis: { command: string; what: string }[];
  rolesHeading: string;
  roles: { command: string; what: string }[];
  footer: string;
  examples: { label: string }[];
}

export function helpCardModel(lang: Lang): HelpCardModel {
  const h = helpContent(lang);
  return {
    title: t(lang, 'helpTitle'),
    lisHeading: t(lang, 'helpLisHeading'),
    lis: h.lis,
    rolesHeading: t(lang, 'helpRolesHeading'),
    roles: h.roles,
    footer: t(lang, 'helpFooter'),
    examples: h.examples.map((label) => ({ label })),
  };
}

export function renderHelpCard(model: HelpCardModel): AdaptiveCard {
  return render(template, model);
}
