import {
  ActivityTypes,
  type Attachment,
  CardFactory,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';
import type { CardMessage, StoredConversation } from '../core/model';
import type { Logger } from './log';

/** A plain conversation reference for a stored 1:1 conversation or a posted card. */
export function referenceOf(c: StoredConversation | CardMessage, botId = ''): Partial<ConversationReference> {
  const isStored = 'userId' in c;
  return {
    channelId: c.channelId,
    serviceUrl: c.serviceUrl,
    conversation: {
      id: c.conversationId,
      isGroup: false,
      conversationType: 'personal',
      name: '',
      tenantId: c.tenantId,
    },
    bot: { id: isStored ? c.botId : botId, name: '' },
    ...(isStored ? { user: { id: c.userId, name: '' } } : {}),
  };
}

/**
 * Messages that are not the answer to the current request: proactive sends to other people
 * and edits of cards posted earlier. They run after the invoke is answered, so a click gets its
 * card fast; `idle()` waits for them (tests, shutdown).
 */
export class Notifier {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly log: Logger,
  ) {}

  /** Runs `work` after the current request; failures are logged with ids, never thrown to the user. */
  later(what: string, ids: Record<string, unknown>, work: () => Promise<void>): void {
    const p = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch((err: unknown) => this.log.warn({ err, what, ...ids }, 'background work failed'))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** Sends a message (text and/or a card) into a stored conversation; returns where the card went. */
  async send(
    to: StoredConversation,
    text: string | undefined,
    card?: AdaptiveCard,
  ): Promise<CardMessage | undefined> {
    let sent: CardMessage | undefined;
    await this.adapter.continueConversationAsync(this.appId, referenceOf(to), async (ctx) => {
      const attachments: Attachment[] = card ? [CardFactory.adaptiveCard(card)] : [];
      const res = await ctx.sendActivity({ type: ActivityTypes.Message, text, attachments });
      if (res?.id) sent = cardMessageOf(ctx, res.id);
    });
    return sent;
  }

  /** Replaces the card of an earlier message, for everyone in that conversation. */
  async update(message: CardMessage, card: AdaptiveCard): Promise<void> {
    await this.adapter.continueConversationAsync(this.appId, referenceOf(message), async (ctx) => {
      await ctx.updateActivity({
        type: ActivityTypes.Message,
        id: message.activityId,
        attachments: [CardFactory.adaptiveCard(card)],
      });
    });
  }
}

/** Where a message in this turn's conversation went. */
export function cardMessageOf(ctx: TurnContext, activityId: string): CardMessage {
  const a = ctx.activity;
  return {
    conversationId: a.conversation.id,
    serviceUrl: a.serviceUrl,
    activityId,
    channelId: a.channelId,
    ...(a.conversation.tenantId ? { tenantId: a.conversation.tenantId } : {}),
  };
}
