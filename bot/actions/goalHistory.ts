import { renderNoticeCard } from '../../cards/notice';
import { escapeMarkdown } from '../../cards/render';
import { formatDateTime } from '../../core/format';
import { t } from '../../core/i18n';
import { verbText } from '../../core/words';
import { goalHistory } from '../../ops/goalHistory';
import { goalCardFor } from './goalShared';
import { itemCard } from './outcome';
import { decisionData, defineAction } from './types';

/**
 * Events one card shows, newest last: each line is at most about 2.3 KB in UTF-16 (a comment is at
 * most `COMMENT_MAX` characters), so the card stays within `CARD_MAX_BYTES`. Older ones are counted.
 */
export const HISTORY_MAX = 15;

/** "Vis historikk": the goal's audit trail, for the LIS and those who decide on it. */
export default defineAction(decisionData, async (ctx, data) => {
  const r = await goalHistory(ctx.deps, ctx.call, data);
  if (r.kind !== 'done') return itemCard(ctx.lang, r, goalCardFor(ctx));
  const { lang } = ctx;
  const { goal: l, recorded } = r.value;
  const events = r.value.events.slice(-HISTORY_MAX);
  const older = r.value.events.length - events.length;
  const lines = events.map((e) => {
    const who = escapeMarkdown(e.who || t(lang, 'someone'));
    const what = verbText(lang, e.verb);
    const behalf = e.onBehalfOf
      ? ` ${t(lang, 'historyOnBehalf', { name: escapeMarkdown(e.onBehalfOf) })}`
      : '';
    const comment = e.comment ? ` ${t(lang, 'quoted', { name: who, text: escapeMarkdown(e.comment) })}` : '';
    return {
      text: `${t(lang, 'historyLine', { when: formatDateTime(lang, e.at), who, what })}${behalf}.${comment}`,
    };
  });
  if (older > 0) lines.unshift({ text: t(lang, 'historyOlder', { count: older, shown: events.length }) });
  if (recorded)
    lines.unshift({
      text: t(lang, 'approvedPrior', {
        place: escapeMarkdown(recorded.place),
        name: escapeMarkdown(recorded.approver),
        when: formatDateTime(lang, recorded.at),
      }),
    });
  const goal = ctx.deps.catalogs.goal(l.doc.catalogId, l.doc.goalId);
  return {
    card: renderNoticeCard({
      title: t(lang, 'historyTitle', {
        goal: `${l.doc.goalId}${goal ? ` ${escapeMarkdown(goal.title)}` : ''}`,
      }),
      style: 'emphasis',
      lines: lines.length > 0 ? lines : [{ text: t(lang, 'historyEmpty') }],
      facts: [],
      actions: [
        {
          title: t(lang, 'backToCard'),
          verb: 'goal.refresh',
          data: { traineeId: l.doc.traineeId, id: l.doc.id, rev: l.doc.rev },
        },
      ],
      confirms: [],
    }),
  };
});
