import { z } from 'zod';
import { helpCardModel, renderHelpCard } from '../../cards/help';
import { langOf } from '../../core/i18n';
import { matchIntent, themesOf } from '../../core/intents';
import { handleIntent } from '../intents';
import { helpAudience } from '../intents/help';
import { defineAction } from './types';

/**
 * An example on the help card ("hva gjenstår?"), pressed: answered as if it were typed. A button,
 * not a message the person posts (imBack): in a group chat or a channel the bot hears only messages
 * that mention it, so a posted example went unanswered, for everyone to read. The help card stays.
 */
export default defineAction(z.object({ text: z.string().min(1).max(200) }), async (ctx, data) => {
  const { deps, context, call } = ctx;
  const person = await deps.store.people.get(call.caller.aadObjectId);
  const lang = langOf(context.activity.locale ?? person?.locale);
  const turn = { context, deps, lang, caller: call.caller, ...(person ? { person } : {}) };
  await handleIntent(turn, matchIntent(data.text, themesOf(deps.catalogs)));
  // The card stays as it was: the asker's own, or in a shared place the card for all.
  return { card: renderHelpCard(helpCardModel(lang, helpAudience(turn))) };
});
