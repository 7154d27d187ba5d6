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
import { holdFor } from '../ops/hold';
import { OUTBOUND_TIMEOUT_MS } from './adapter';
import type { Logger } from './log';
import { Pacer } from './pace';

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
 * Messages that are not the answer to the current request: proactive sends to other people and
 * edits of cards posted earlier (the outbox's deliveries).
 */
export class Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly log: Logger,
    /** Keeps each conversation within Teams' per-conversation limits. */
    private readonly pacer = new Pacer(),
    /** The longest one call to Teams takes (its timeout). */
    private readonly callMs = OUTBOUND_TIMEOUT_MS,
  ) {}

  /**
   * Waits for the conversation's turn, the delivery held until the call has ended (`ops/hold.ts`);
   * false, having sent nothing, if the delivery is no longer this instance's.
   */
  private async paced(key: string): Promise<boolean> {
    const wait = this.pacer.reserve(key);
    if (!(await holdFor(wait + this.callMs))) return false;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    return true;
  }

  /**
   * Sends a message (text and/or a card) into a stored conversation. Says whether it arrived, and
   * where; a refusal keeps its status (403 blocked, 404 gone), so the caller can act on it.
   */
  async send(to: StoredConversation, text: string | undefined, card?: AdaptiveCard): Promise<Delivery> {
    if (!(await this.paced(`${to.serviceUrl} ${to.conversationId}`))) return NOT_HELD;
    let result: Delivery = { ok: false };
    await this.adapter.continueConversationAsync(this.appId, referenceOf(to), async (ctx) => {
      try {
        const attachments: Attachment[] = card ? [CardFactory.adaptiveCard(card)] : [];
        const res = await ctx.sendActivity({ type: ActivityTypes.Message, text, attachments });
        result = { ok: true, ...(res?.id ? { message: cardMessageOf(ctx, res.id) } : {}) };
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        const code = (err as { code?: string; name?: string }).code ?? (err as Error).name;
        this.log.warn({ err, status, conversationId: to.conversationId }, 'message not delivered');
        result = { ok: false, ...(status ? { status } : {}), ...(code ? { code } : {}) };
      }
    });
    return result;
  }

  /**
   * Opens a 1:1 chat with someone who wrote in a team's channel and has none with the bot yet: Teams
   * lets a bot start one with a member of a team it is installed in (send-proactive-messages). The
   * conversation to keep, or undefined if Teams said no.
   */
  async openPersonal(from: TurnContext['activity']): Promise<StoredConversation | undefined> {
    const tenantId =
      from.conversation?.tenantId ??
      (from.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    if (!from.from?.id || !from.serviceUrl || !tenantId) return undefined;
    let conversationId: string | undefined;
    try {
      await this.adapter.createConversationAsync(
        this.appId,
        from.channelId,
        from.serviceUrl,
        // No audience: the connector then asks for the Bot Framework's own scope. An empty string
        // would be taken as the scope itself, and no token would be issued for it.
        undefined as unknown as string,
        {
          isGroup: false,
          bot: from.recipient,
          members: [{ id: from.from.id, name: '' }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        } as Parameters<CloudAdapter['createConversationAsync']>[4],
        async (ctx) => {
          conversationId = ctx.activity.conversation?.id;
        },
      );
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      this.log.warn({ err, status }, 'could not open a 1:1 chat');
      return undefined;
    }
    if (!conversationId) return undefined;
    return {
      channelId: from.channelId,
      serviceUrl: from.serviceUrl,
      conversationId,
      tenantId,
      userId: from.from.id,
      botId: from.recipient?.id ?? '',
      ...(from.locale ? { locale: from.locale } : {}),
    };
  }

  /** Replaces the card of an earlier message, for everyone in that conversation. Says whether it arrived. */
  async update(message: CardMessage, card: AdaptiveCard): Promise<Delivery> {
    if (!(await this.paced(`${message.serviceUrl} ${message.conversationId}`))) return NOT_HELD;
    let result: Delivery = { ok: false };
    await this.adapter.continueConversationAsync(this.appId, referenceOf(message), async (ctx) => {
      try {
        await ctx.updateActivity({
          type: ActivityTypes.Message,
          id: message.activityId,
          attachments: [CardFactory.adaptiveCard(card)],
        });
        result = { ok: true };
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode;
        this.log.warn({ err, status, conversationId: message.conversationId }, 'card not updated');
        result = { ok: false, ...(status ? { status } : {}) };
      }
    });
    return result;
  }
}

/** How a send ended: where the message went, or why it did not arrive. */
export type Delivery = { ok: true; message?: CardMessage } | { ok: false; status?: number; code?: string };

/** Not sent: another instance has taken the delivery (it sends this itself). Tried again, and found taken. */
const NOT_HELD: Delivery = { ok: false, code: 'NotHeld' };

/** Teams refuses a conversation the person has blocked or removed the app from: 403 (blocked) or 404 (gone). */
export const unreachable = (d: Delivery): boolean => !d.ok && (d.status === 403 || d.status === 404);

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
