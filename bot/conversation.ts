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

/**
 * A file or a picture in the message: Teams sends a file as `…file.download.info` and a pasted
 * picture as `image/*`; a message written with formatting also carries a `text/html` copy of its
 * text, which is not one.
 */
export function carriesFile(a: Partial<Activity>): boolean {
  return (a.attachments ?? []).some(
    (x) =>
      typeof x?.contentType === 'string' &&
      (x.contentType.startsWith('image/') ||
        x.contentType === 'application/vnd.microsoft.teams.file.download.info'),
  );
}

/**
 * The text to understand, as Teams sends it in a channel or group chat: the bot's own @mention
 * removed (by the activity's mention entities), another person's mention kept as their name.
 * HTML entities (`&nbsp;`) are decoded by the matcher.
 */
export function intentText(a: Partial<Activity>): string {
  let text = a.text ?? '';
  for (const e of a.entities ?? []) {
    if (e.type !== 'mention' || typeof e.text !== 'string') continue;
    const mentioned = e.mentioned as { id?: string; name?: string } | undefined;
    text = text.replace(
      e.text,
      mentioned?.id && mentioned.id === a.recipient?.id ? ' ' : (mentioned?.name ?? ' '),
    );
  }
  return text;
}
