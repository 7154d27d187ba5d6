import { groupMessage, invoke, message } from './activities';
import type { TestApp } from './app';

type Who = { aadObjectId: string; name: string };

/**
 * A person's side of a conversation with the bot, over real HTTP: say something, press a card
 * button, and see what reached someone's 1:1 chat (each call waits until deliveries are done).
 * `app` is read at each call, so a test that starts a new app per case can share one helper.
 */
export function chat(app: () => TestApp) {
  const say = async (text: string, from: Who, id?: string) => {
    const a = app();
    a.connector.clear();
    await a.post({ ...message(text, { serviceUrl: a.connector.url, from }), ...(id ? { id } : {}) });
    await a.outbox.idle();
    return a.connector.sent();
  };
  /** The same in a group chat, mentioning the bot: everything sent, to the group or to anyone's own chat. */
  const sayInGroup = async (text: string, from: Who, conversationId: string) => {
    const a = app();
    a.connector.clear();
    await a.post(groupMessage(text, { from, serviceUrl: a.connector.url, conversationId }));
    await a.outbox.idle();
    return a.connector.sent();
  };
  const click = async (verb: string, data: Record<string, unknown>, from: Who) => {
    const a = app();
    a.connector.clear();
    const res = await a.post(invoke(verb, data, { from, serviceUrl: a.connector.url }));
    const body = (await res.json()) as { statusCode: number; value: unknown };
    await a.outbox.idle();
    return body;
  };
  const sentTo = (who: Who) =>
    app()
      .connector.sent()
      .filter((s) => (s.conversation as { id: string }).id === `a:personal-${who.aadObjectId}`);
  const textsTo = (who: Who) => sentTo(who).map((s) => String(s.text));
  return { say, sayInGroup, click, sentTo, textsTo };
}
