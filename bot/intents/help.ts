import { CardFactory, MessageFactory } from 'botbuilder';
import { helpCardModel, renderHelpCard } from '../../cards/help';
import { t } from '../../core/i18n';
import type { Turn } from '../turn';

/** "hjelp" / "help", and the answer to anything not understood. */
export async function help(turn: Turn, opts: { notUnderstood?: boolean } = {}): Promise<void> {
  const text = opts.notUnderstood ? t(turn.lang, 'helpNotUnderstood') : t(turn.lang, 'helpIntro');
  const card = renderHelpCard(helpCardModel(turn.lang));
  await turn.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), text));
}
