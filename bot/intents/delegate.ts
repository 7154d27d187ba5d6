import { delegateModel, renderDelegate } from '../../cards/delegate';
import { type NoticeCardModel, renderNoticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { norwayDate, periodInText } from '../../core/dates';
import { formatDate } from '../../core/format';
import { t } from '../../core/i18n';
import { delegationForm, delegationsToMe, ledTrainees } from '../../ops/forms';
import type { Turn } from '../turn';
import { reply, sendCard } from './send';

/**
 * "deleger" / "delegate": a leader lends approval to someone for a period. The delegations still
 * running come first, each with a way to end it now (asking first).
 */
export async function delegateIntent(
  turn: Turn,
  /** A line above the form (why it is offered), and the person the request named. */
  said: { intro?: string; name?: string } = {},
): Promise<void> {
  const { intro, name } = said;
  const { lang } = turn;
  const today = norwayDate(turn.deps.now());
  const led = await ledTrainees(turn.deps, turn, turn.person);
  if (led.length === 0) {
    // A delegate asking is told for whom, and until when, they approve (not to delegate further).
    const mine = await delegationsToMe(turn.deps, { caller: turn.caller, today }, turn.person);
    const lines = mine.map(({ trainee, delegation: d }) =>
      t(lang, 'delegatedToYouLine', {
        leader: md(d.leaderName || t(lang, 'aPerson')),
        trainee: md(trainee),
        to: formatDate(lang, d.to),
      }),
    );
    await reply(
      turn,
      lines.length ? `${lines.join(' ')} ${t(lang, 'delegateNoFurther')}` : t(lang, 'notALeader'),
    );
    return;
  }
  const { running, named } = await delegationForm(turn.deps, { caller: turn.caller, today }, led, name);
  if (running.length > 0) {
    const lines: NoticeCardModel['lines'] = [{ text: t(lang, 'delegationsActive') }];
    const confirms: NoticeCardModel['confirms'] = [];
    for (const { traineeId, trainee, delegation: d } of running) {
      const vars = { name: md(d.delegateName || t(lang, 'aPerson')), trainee: md(trainee) };
      lines.push({
        text: t(lang, 'delegationLine', {
          ...vars,
          from: formatDate(lang, d.from),
          to: formatDate(lang, d.to),
        }),
      });
      confirms.push({
        title: t(lang, 'delegationEndTitle', vars),
        text: t(lang, 'delegationEndConfirm', vars),
        yes: t(lang, 'delegationEndYes'),
        verb: 'delegation.end',
        data: { traineeId, id: d.id },
      });
    }
    await sendCard(
      turn,
      renderNoticeCard({
        title: t(lang, 'delegateTitle'),
        style: 'emphasis',
        lines,
        facts: [],
        actions: [],
        confirms,
      }),
    );
  }
  // "gi Adele fullmakt": Adele chosen in the form when one person of that name holds a role around these LIS.
  const unknown = name && !named ? t(lang, 'delegateNameUnknown', { name: md(name) }) : undefined;
  const text = [intro, unknown].filter(Boolean).join(' ');
  // "jeg er på ferie 1.12–5.12": those days filled in.
  const period = periodInText(turn.context.activity.text ?? '', today);
  await sendCard(turn, renderDelegate(delegateModel(led, lang, today, named, period)), text || undefined);
}
