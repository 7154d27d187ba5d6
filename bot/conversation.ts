import type { Activity } from 'botbuilder';
import type { StoredConversation } from '../core/model';

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
    ...(a.locale ? { locale: a.locale } : {}),
  };
}
