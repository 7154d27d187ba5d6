import { type Activity, CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/render';
import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import type { StoredConversation } from '../../core/model';
import { closestName } from '../../core/names';
import { conversationGone } from '../../ops/conversationGone';
import { personSeen } from '../../ops/personSeen';
import { type Delivery, unreachable } from '../notify';
import type { Turn } from '../turn';

const isShared = (turn: Turn) => {
  const type = turn.context.activity.conversation?.conversationType;
  return !!type && type !== 'personal';
};

type Message = string | { card: AdaptiveCard; text?: string };

/**
 * Answers with something about a person (progress, what waits, roles, their forms). In a 1:1 chat
 * it is the reply; in a group chat or channel it goes to the asker's own 1:1 chat instead, and the
 * shared place only gets a short pointer, so nobody else reads it.
 */
export function reply(turn: Turn, message: Message): Promise<void> {
  return replyAll(turn, [message]);
}

/** Several answers (a card per LIS): each as `reply` sends it, with one pointer in a shared place. */
export async function replyAll(turn: Turn, messages: readonly Message[]): Promise<void> {
  const activities: Partial<Activity>[] = messages.map((m) =>
    typeof m === 'string'
      ? MessageFactory.text(m)
      : MessageFactory.attachment(CardFactory.adaptiveCard(m.card), m.text),
  );
  if (!isShared(turn)) {
    for (const activity of activities) await turn.context.sendActivity(activity);
    return;
  }
  const sendAll = async (to: StoredConversation) => {
    for (const [i, m] of messages.entries()) {
      const card = typeof m === 'string' ? undefined : m.card;
      const d = await turn.deps.notifier.send(to, activities[i]?.text, card);
      if (!d.ok) return { d, first: i === 0 };
    }
    return { d: { ok: true } as Delivery, first: false };
  };
  const stored = turn.person?.conversation;
  const to = stored ?? (await openPrivate(turn));
  let r = to ? await sendAll(to) : undefined;
  // The stored chat is gone (they removed the app, Teams says 403/404): forget it, and open a new
  // one where that is possible, if nothing reached the old.
  if (stored && r?.first && unreachable(r.d)) {
    await conversationGone(turn.deps, turn.caller.aadObjectId, turn.deps.now().toISOString());
    const fresh = await openPrivate(turn);
    if (fresh) r = await sendAll(fresh);
  }
  const sent = !!r?.d.ok;
  const name = md(turn.caller.name || t(turn.lang, 'aPerson'));
  await turn.context.sendActivity(t(turn.lang, sent ? 'answeredPrivately' : 'askPrivately', { name }));
}

/**
 * Someone with no 1:1 chat with the bot who writes in a shared place: from a team's channel the
 * bot may start one with a member of a team it is installed in (Teams promises that for teams
 * only); from a group chat, when the app may install itself for people, installing it opens one
 * (Microsoft Graph). The answer goes there, and the chat is kept for what comes later.
 */
async function openPrivate(turn: Turn): Promise<StoredConversation | undefined> {
  const a = turn.context.activity;
  const aadObjectId = a.from?.aadObjectId;
  if (!aadObjectId) return undefined;
  const inTeam = !!(a.channelData as { team?: { id?: string } } | undefined)?.team?.id;
  let conversation: StoredConversation | undefined;
  if (inTeam) conversation = await turn.deps.notifier.openPersonal(a);
  else if (turn.deps.graph) {
    const opened = await turn.deps.graph.open(aadObjectId);
    if (opened.ok) conversation = opened.conversation;
  }
  if (!conversation) return undefined;
  await personSeen(
    turn.deps,
    { aadObjectId, name: turn.caller.name, conversation },
    turn.deps.now().toISOString(),
  );
  return conversation;
}

/** Replies with a card (and an optional line of text above it), privately where the conversation is shared. */
export async function sendCard(turn: Turn, card: AdaptiveCard, text?: string): Promise<void> {
  await reply(turn, { card, ...(text ? { text } : {}) });
}

/** A line of text where the message came, shared or not: only for what is no one's personal data. */
export async function replyHere(turn: Turn, text: string): Promise<void> {
  await turn.context.sendActivity(MessageFactory.text(text));
}

/** Replies in the conversation where the message came, shared or not (help, an invitation by @mention). */
export async function sendShared(turn: Turn, card: AdaptiveCard, text?: string): Promise<void> {
  await turn.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), text));
}

/** The answer when the LIS asked about cannot be picked: none, several (name one), or no such LIS for you. */
export function whoAnswer(
  turn: Turn,
  r: { kind: 'refused'; reason: string; details: Record<string, string> } | { kind: string },
  name?: string,
): string {
  const { lang } = turn;
  const refused = r.kind === 'refused' && 'reason' in r ? r : undefined;
  const names = md(refused?.details.names ?? '');
  if (refused?.reason === 'no_trainees') return t(lang, 'noTraineesForYou');
  if (refused?.reason === 'pick') return t(lang, 'pickTrainee', { names });
  if (refused?.reason === 'ambiguous') return t(lang, 'whoIsIt', { names });
  const unknown = t(lang, 'unknownPerson', { name: md(name ?? '') });
  // The LIS the asker does hold a role for (their own, so nothing is revealed): a slip is named, else all.
  const known = [
    ...new Set((turn.person?.roles ?? []).filter((x) => x.state === 'active').map((x) => x.traineeName)),
  ];
  if (known.length === 0) return unknown;
  const close = closestName(name ?? '', known);
  if (close) return `${unknown} ${t(lang, 'didYouMean', { name: md(close) })}`;
  const shown = known.slice(0, KNOWN_SHOWN).map(md);
  const more = known.length - shown.length;
  return `${unknown} ${t(lang, more > 0 ? 'yourTraineesMore' : 'yourTrainees', { names: shown.join(', '), more })}`;
}

/** At most this many names in an answer that lists the asker's LIS. */
const KNOWN_SHOWN = 10;
