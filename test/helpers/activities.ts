import { randomUUID } from 'node:crypto';
import { DEMO_PEOPLE } from '../../core/demo';

type Who = { aadObjectId: string; name: string };

interface Where {
  from?: Who;
  serviceUrl: string;
  locale?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  conversationId?: string;
  /** The tenant Teams names on the activity (`tenant-demo` unless given). */
  tenantId?: string;
}

/** What every activity from Teams carries: who, where, which tenant, which locale. */
function fromTeams(opts: Where): Record<string, unknown> {
  const from = opts.from ?? DEMO_PEOPLE.alex;
  return {
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: opts.serviceUrl,
    from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name },
    recipient: { id: '28:lis-bot', name: 'LIS' },
    conversation: {
      id: opts.conversationId ?? `a:personal-${from.aadObjectId}`,
      conversationType: opts.conversationType ?? 'personal',
      tenantId: opts.tenantId ?? 'tenant-demo',
    },
    channelData: { tenant: { id: opts.tenantId ?? 'tenant-demo' } },
    locale: opts.locale ?? 'nb-NO',
  };
}

/** A Teams message activity as the channel would POST it. */
export function message(text: string, opts: Where): Record<string, unknown> {
  return { ...fromTeams(opts), type: 'message', id: `act-${randomUUID()}`, text };
}

/** A message in a group chat that @mentions the bot (the bot hears nothing else there), as Teams posts it. */
export function groupMessage(
  text: string,
  opts: Omit<Where, 'conversationType' | 'conversationId'> & { conversationId: string },
): Record<string, unknown> {
  return {
    ...message(`<at>LIS</at> ${text}`, { ...opts, conversationType: 'groupChat' }),
    entities: [{ type: 'mention', text: '<at>LIS</at>', mentioned: { id: '28:lis-bot', name: 'LIS' } }],
  };
}

/** A Teams `adaptiveCard/action` invoke, as sent when someone presses an `Action.Execute` button. */
export function invoke(
  verb: string,
  data: Record<string, unknown>,
  opts: Where & { replyToId?: string; trigger?: 'manual' | 'automatic'; id?: string },
): Record<string, unknown> {
  return {
    ...fromTeams(opts),
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: opts.id ?? `inv-${randomUUID()}`,
    replyToId: opts.replyToId ?? 'card-message-1',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: opts.trigger ?? 'manual' },
  };
}

/** The invoke answer's card, and every text in it, for assertions. */
export function cardTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      for (const k of ['text', 'title', 'value', 'label'])
        if (typeof o[k] === 'string') out.push(o[k] as string);
      for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
    }
  };
  walk(card);
  return out;
}

/** The inputs of a card (however deep, in columns or shown cards), by id, with the value each starts with. */
export function cardInputs(card: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (typeof o.id === 'string' && String(o.type).startsWith('Input.')) out[o.id] = o.value;
      for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
    }
  };
  walk(card);
  return out;
}

/** The list (`Input.ChoiceSet`) with this id in a card, however deep: its choices, style and search. */
export function choiceSet(card: unknown, id: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Input.ChoiceSet' && o.id === id) found = o;
      for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
    }
  };
  walk(card);
  return found;
}

/** The `Action.Execute` buttons of a card: verb and data. */
export function cardButtons(card: unknown): { title: string; verb: string; data: Record<string, unknown> }[] {
  const out: { title: string; verb: string; data: Record<string, unknown> }[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.type === 'Action.Execute' && typeof o.verb === 'string')
        out.push({ title: String(o.title), verb: o.verb, data: o.data as Record<string, unknown> });
      for (const [k, v] of Object.entries(o)) if (k !== 'refresh' && typeof v === 'object') walk(v);
    }
  };
  walk(card);
  return out;
}
