import { type Activity, TeamsActivityHandler, type TurnContext } from 'botbuilder';
import { langOf } from '../core/i18n';
import { matchIntent } from '../core/intents';
import type { Person, Stored, StoredConversation } from '../core/model';
import { handleIntent } from './intents';
import type { BotDeps, Turn } from './turn';

/** The conversation to use for proactive messages: only a personal (1:1) chat qualifies. */
export function personalConversation(a: Partial<Activity>): StoredConversation | undefined {
  const type = a.conversation?.conversationType;
  if (type && type !== 'personal') return undefined;
  if (!a.serviceUrl || !a.conversation?.id || !a.from?.id || !a.channelId) return undefined;
  return {
    channelId: a.channelId,
    serviceUrl: a.serviceUrl,
    conversationId: a.conversation.id,
    tenantId:
      a.conversation.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id,
    userId: a.from.id,
    botId: a.recipient?.id ?? '',
  };
}

function sameConversation(a: StoredConversation | undefined, b: StoredConversation): boolean {
  return (
    !!a &&
    a.conversationId === b.conversationId &&
    a.serviceUrl === b.serviceUrl &&
    a.userId === b.userId &&
    a.botId === b.botId &&
    a.tenantId === b.tenantId
  );
}

export class LisBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMessage(async (context, next) => {
      const turn = await this.turnOf(context);
      const intent = matchIntent(context.activity.text);
      const a = context.activity;
      this.deps.log.info(
        {
          activityId: a.id,
          conversationId: a.conversation.id,
          aadObjectId: a.from.aadObjectId,
          intent: intent.kind,
        },
        'message',
      );
      await handleIntent(turn, intent);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      const turn = await this.turnOf(context);
      await handleIntent(turn, { kind: 'help' });
      await next();
    });
  }

  /** Loads the sender once per turn and keeps how to reach them current. */
  private async turnOf(context: TurnContext): Promise<Turn> {
    const person = await this.rememberSender(context);
    return { context, deps: this.deps, lang: langOf(context.activity.locale ?? person?.locale), person };
  }

  /** Reads the sender's person document; writes only what changed (name, locale, 1:1 conversation). */
  private async rememberSender(context: TurnContext): Promise<Stored<Person> | undefined> {
    const a = context.activity;
    const aadObjectId = a.from?.aadObjectId;
    if (!aadObjectId) return undefined;
    const { people } = this.deps.store;
    const person = await people.get(aadObjectId);
    const conversation = personalConversation(a) ?? person?.conversation;
    const name = a.from.name ?? person?.name ?? '';
    const locale = a.locale ?? person?.locale;
    const now = this.deps.now().toISOString();
    if (!person) {
      if (!conversation) return undefined;
      return people.remember(aadObjectId, { name, locale, conversation }, now);
    }
    const changed =
      (conversation && !sameConversation(person.conversation, conversation)) ||
      person.name !== name ||
      (locale !== undefined && person.locale !== locale);
    if (!changed || !conversation) return person;
    return people.patchContact(person, { name, locale, conversation }, now);
  }
}
