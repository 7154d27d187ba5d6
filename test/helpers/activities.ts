import { randomUUID } from 'node:crypto';
import { DEMO_PEOPLE } from '../../core/demo';

type Who = { aadObjectId: string; name: string };

/** A Teams message activity as the channel would POST it. */
export function message(
  text: string,
  opts: {
    from?: Who;
    serviceUrl: string;
    locale?: string;
    conversationType?: 'personal' | 'groupChat' | 'channel';
    conversationId?: string;
  },
): Record<string, unknown> {
  const from = opts.from ?? DEMO_PEOPLE.alex;
  return {
    type: 'message',
    id: `act-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: opts.serviceUrl,
    from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name },
    recipient: { id: '28:lis-bot', name: 'LIS' },
    conversation: {
      id: opts.conversationId ?? `a:personal-${from.aadObjectId}`,
      conversationType: opts.conversationType ?? 'personal',
      tenantId: 'tenant-demo',
    },
    channelData: { tenant: { id: 'tenant-demo' } },
    text,
    locale: opts.locale ?? 'nb-NO',
  };
}
