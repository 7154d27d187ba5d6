import { CardFactory, MessageFactory } from 'botbuilder';
import { type HelpAudience, helpCardModel, renderHelpCard } from '../../cards/help';
import { type HelpRole, t } from '../../core/i18n';
import type { Person } from '../../core/model';
import type { Turn } from '../turn';

/** "hjelp" / "help", and the answer to anything not understood. */
export async function help(turn: Turn, opts: { notUnderstood?: boolean } = {}): Promise<void> {
  const text = opts.notUnderstood ? t(turn.lang, 'helpNotUnderstood') : t(turn.lang, 'helpIntro');
  const audience = helpAudience(turn);
  // A LIS's examples name a goal of their own plans (one read, for help only).
  const traineeId = audience?.lis ? turn.person?.traineeId : undefined;
  const profile = traineeId ? await turn.deps.store.trainees.getProfile(traineeId) : undefined;
  const card = renderHelpCard(
    helpCardModel(
      turn.lang,
      audience && profile
        ? { ...audience, exampleGoal: turn.deps.catalogs.exampleId(profile.catalogIds) }
        : audience,
    ),
  );
  await turn.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), text));
}

/**
 * Whom the help card is cut to: the asker, in their own chat. In a group chat or channel it is one
 * message for everyone there (the welcome when the app is added, too), so it is the card for all,
 * and it says nothing of the roles the asker holds.
 */
export function helpAudience(turn: Pick<Turn, 'context' | 'person'>): HelpAudience | undefined {
  const type = turn.context.activity.conversation?.conversationType ?? 'personal';
  return turn.person && type === 'personal' ? audienceOf(turn.person) : undefined;
}

/** What the person document says of the asker: a LIS or not, and the active roles held. */
function audienceOf(person: Person): HelpAudience {
  const roles = person.roles.filter((r) => r.state === 'active').map((r): HelpRole => r.role);
  return { lis: !!person.traineeId, roles };
}
