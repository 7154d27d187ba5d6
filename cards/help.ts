import { andList } from '../core/format';
import { type Help, type HelpRole, helpContent, type Lang, t } from '../core/i18n';
import template from './help.json';
import { type AdaptiveCard, render } from './render';

/** Model of `help.json`. */
export interface HelpCardModel {
  title: string;
  sections: { heading: string; items: { command: string; what: string }[] }[];
  footer: string;
  examples: { label: string }[];
}

/** Who asks for help, as the app knows them: a LIS or not, and the roles they hold for others. */
export interface HelpAudience {
  lis: boolean;
  roles: readonly HelpRole[];
  /** A goal ID from the LIS's own plans, for the examples (a LIS3's are ALM-…, not DEL1-…). */
  exampleGoal?: string;
}

/** The ID the help texts give as an example, replaced by one from the asker's own plans. */
const EXAMPLE_GOAL = 'DEL1-042';

const ROLE_ORDER: readonly HelpRole[] = ['leader', 'delegate', 'advisor', 'supervisor'];

/**
 * The help card, cut to the asker: a LIS sees what a LIS does; a leader, advisor or supervisor sees
 * the commands of the roles they hold, first. Someone the app knows nothing of yet sees it all.
 */
export function helpCardModel(lang: Lang, audience?: HelpAudience): HelpCardModel {
  const content = helpContent(lang);
  const example = audience?.exampleGoal;
  const own = (items: Help['lis']) =>
    example ? items.map((i) => ({ ...i, command: i.command.replace(EXAMPLE_GOAL, example) })) : items;
  const h = { ...content, lis: own(content.lis) };
  const held = ROLE_ORDER.filter((r) => audience?.roles.includes(r));
  const lis = { heading: t(lang, 'helpLisHeading'), items: h.lis };
  if (held.length === 0) {
    const everything = !audience?.lis;
    return {
      title: t(lang, 'helpTitle'),
      sections: everything ? [lis, { heading: t(lang, 'helpRolesHeading'), items: h.roles }] : [lis],
      footer: t(lang, 'helpFooter'),
      examples: (everything ? h.examples : h.examplesLis).map((label) => ({ label })),
    };
  }
  const names = andList(
    lang,
    held.map((r) => t(lang, `helpRole_${r}`)),
  );
  const roles = {
    heading: t(lang, 'helpAsHeading', { roles: names }),
    items: h.roles.filter((i) => !i.for || i.for.some((r) => held.includes(r))),
  };
  const isLis = !!audience?.lis;
  return {
    title: t(lang, 'helpTitle'),
    sections: isLis ? [lis, roles] : [roles],
    footer: t(lang, isLis ? 'helpFooter' : 'helpFooterNotLis'),
    examples: (isLis ? h.examples : h.examplesRoles).map((label) => ({ label })),
  };
}

export function renderHelpCard(model: HelpCardModel): AdaptiveCard {
  return render(template, model);
}
