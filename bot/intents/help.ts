import { CardFactory, MessageFactory } from 'botbuilder';
import { type HelpAudience, helpCardModel, renderHelpCard } from '../../cards/help';
import { type HelpRole, t } from '../../core/i18n';
import type { Person } from '../../core/model';
import type { Turn } from '../turn';

/** "hjelp" / "help", and the answer to anything not understood. */
export async function help(turn: Turn, opts: { notUnderstood?: boolean } = {}): Promise<void> {
  const text = opts.notUnderstood ? t(turn.lang, 'helpNotUnderstood') : t(turn.lang, 'helpIntro');
  const card = renderHelpCard(helpCardModel(turn.lang, turn.person && audienceOf(turn.person)));
  await turn.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), text));
}

/** What the person document says of the asker: a LIS or not, and the active roles held. */
export function audienceOf(person: Person): HelpAudience {
  const roles = person.roles.filter((r) => r.state === 'active').map((r): HelpRole => r.role);
  return { lis: !!person.traineeId, roles };
}
