import { noticeCard } from '../../cards/notice';
import type { AdaptiveCard } from '../../cards/render';
import type { Notice, UndoOffer } from '../../cards/views';
import { type Lang, t } from '../../core/i18n';
import type { Outcome } from '../../ops/types';
import { refusalText } from '../texts';
import type { ActionResult } from './types';

/** A refusal that reveals nothing about the LIS: for an unknown item and for people with no role alike. */
export function notFoundCard(lang: Lang): AdaptiveCard {
  return noticeCard(
    t(lang, 'refusedTitle'),
    [t(lang, 'err_not_found'), t(lang, 'nothingChanged')],
    'attention',
  );
}

/** A refusal without a card to show it on (no view of the item for this caller). */
export function refusalCard(lang: Lang, reason: string, details: Record<string, string> = {}): AdaptiveCard {
  return noticeCard(t(lang, 'refusedTitle'), [refusalText(lang, reason, details)], 'attention');
}

/** An item as a card's data names it: its LIS, its id and the revision now stored. */
export const refOf = (doc: { traineeId: string; id: string; rev: number }) => ({
  traineeId: doc.traineeId,
  id: doc.id,
  rev: doc.rev,
});

/**
 * Turns an operation's outcome on one item into the card the caller sees: the item as it now
 * stands, with a line on top that says what happened (refused and why, out of date, lost a race).
 */
export function itemCard<V>(
  lang: Lang,
  outcome: Outcome<V, V>,
  draw: (view: V, notice?: Notice) => AdaptiveCard,
  onDone?: (view: V) => { notice?: Notice; done?: string; undo?: UndoOffer },
): ActionResult {
  switch (outcome.kind) {
    case 'done': {
      const extra = onDone?.(outcome.value) ?? {};
      return {
        card: draw(outcome.value, extra.notice),
        ...(extra.done ? { done: extra.done } : {}),
        ...(extra.undo ? { undo: extra.undo } : {}),
      };
    }
    case 'not_found':
      return {
        card: notFoundCard(lang),
        note: { text: `${t(lang, 'err_not_found')} ${t(lang, 'nothingChanged')}`, style: 'attention' },
      };
    case 'stale': {
      const note: Notice = { text: t(lang, 'staleCard'), style: 'accent' };
      return { card: draw(outcome.view, note), note };
    }
    case 'lost_race': {
      const note: Notice = { text: t(lang, 'lostRace'), style: 'warning' };
      return { card: draw(outcome.view, note), note };
    }
    case 'refused':
    case 'invalid': {
      const text =
        outcome.kind === 'refused'
          ? refusalText(lang, outcome.reason, outcome.details)
          : refusalText(lang, 'bad_input', { field: outcome.field });
      const note: Notice = { text, style: 'attention' };
      return outcome.view
        ? { card: draw(outcome.view, note), note }
        : { card: noticeCard(t(lang, 'refusedTitle'), [text], 'attention'), note };
    }
  }
}
