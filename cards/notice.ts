import type { Verb } from '../core/verbs';
import template from './notice.json';
import { type AdaptiveCard, render } from './render';

/** Model of `notice.json`: a short card that says what happened or what is wrong, and what to do. */
export interface NoticeCardModel {
  title: string;
  style: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  lines: { text: string }[];
  facts: { title: string; value: string }[];
  actions: { title: string; verb: Verb; data: object }[];
  /** Actions that ask first (removing a role, ending a delegation): the button opens a question and a "yes". */
  confirms: { title: string; text: string; yes: string; verb: Verb; data: object }[];
}

export function renderNoticeCard(model: NoticeCardModel): AdaptiveCard {
  return render(template, model);
}

/** The common case: a title and a few lines. */
export function noticeCard(
  title: string,
  lines: string[],
  style: NoticeCardModel['style'] = 'default',
): AdaptiveCard {
  return renderNoticeCard({
    title,
    style,
    lines: lines.map((text) => ({ text })),
    facts: [],
    actions: [],
    confirms: [],
  });
}
