import { type Lang, t } from '../core/i18n';
import type { TraineeProfile } from '../core/model';
import { activeHolders } from '../core/policy';
import { lapsedOn, rolesShown } from '../core/roles';
import template from './invite.json';
import { type AdaptiveCard, escapeMarkdown as md, render } from './render';

/** Model of `invite.json`: people pickers (Teams' own, `Data.Query` on graph users) for each role. */
export interface InviteModel {
  hasNotice: boolean;
  noticeStyle: 'good' | 'attention' | 'warning';
  notices: { text: string }[];
  title: string;
  intro: string;
  hasCurrent: boolean;
  current: string;
  leaderLabel: string;
  advisorLabel: string;
  supervisorsLabel: string;
  searchPeople: string;
  hasSingles: boolean;
  replaceLabel: string;
  submit: string;
  data: { traineeId: string };
  /** People of the current group chat or channel, offered besides the search. */
  members: { title: string; value: string }[];
}

/**
 * At most this many of the chat's members are offered in each list (about 24 KB for the three):
 * 100 made the form about 57 KB, past the 40 KB a card of ours may weigh. Anyone else, in the chat
 * or not, is found by the people search each list has.
 */
export const INVITE_MEMBERS_MAX = 40;

/** `today`: the roles held and the invitations open on that day (one that ran out holds no role). */
export function inviteModel(
  profile: TraineeProfile,
  lang: Lang,
  today: string,
  notices: string[] = [],
  noticeStyle: InviteModel['noticeStyle'] = 'good',
  members: { name: string; aadObjectId: string }[] = [],
): InviteModel {
  const current = rolesShown(profile.roles, today)
    .filter((r) => !lapsedOn(r, today))
    .map(
      (r) =>
        `${md(r.name || t(lang, 'aPerson'))} (${t(lang, `role_${r.role}`)}, ${t(lang, `state_${r.state as 'active'}`)})`,
    );
  return {
    hasNotice: notices.length > 0,
    noticeStyle,
    notices: notices.map((text) => ({ text })),
    title: t(lang, 'inviteTitle'),
    intro: t(lang, 'inviteIntro'),
    hasCurrent: current.length > 0,
    current: t(lang, 'inviteCurrent', { list: current.join(', ') }),
    leaderLabel: t(lang, 'leaderLabel'),
    advisorLabel: t(lang, 'advisorLabel'),
    supervisorsLabel: t(lang, 'supervisorsLabel'),
    searchPeople: t(lang, 'searchPeople'),
    hasSingles: activeHolders(profile, 'leader').length > 0 || activeHolders(profile, 'advisor').length > 0,
    replaceLabel: t(lang, 'replaceLabel'),
    submit: t(lang, 'sendInvitations'),
    data: { traineeId: profile.traineeId },
    members: members
      .filter((m) => m.aadObjectId !== profile.aadObjectId)
      .slice(0, INVITE_MEMBERS_MAX)
      .map((m) => ({ title: md(m.name), value: m.aadObjectId })),
  };
}

export function renderInvite(model: InviteModel): AdaptiveCard {
  return render(template, model);
}
