import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEAMS_MESSAGE_MAX_BYTES, utf16Bytes } from '../../cards/limits';

/** One call the bot made to the Bot Connector service. */
export interface RecordedCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

/**
 * A small local stand-in for the Bot Connector service: it records what the bot sends
 * (replies, proactive messages, updates) and answers as the connector would.
 */
export class ConnectorRecorder {
  readonly calls: RecordedCall[] = [];
  private server?: Server;
  private waiters: (() => void)[] = [];
  private counter = 0;
  url = '';
  /** Conversations Teams refuses to send to, with the status it answers (403: the person blocked the bot). */
  readonly refuse = new Map<string, number>();
  /** Conversations where Teams is busy for a while: the next `times` sends or updates answer `status` (503, 429). */
  readonly busy = new Map<string, { status: number; times: number }>();
  /** Conversations where Teams is slow: each send or update waits this many ms before it is answered. */
  readonly slow = new Map<string, number>();
  /** Messages refused as too large (over `TEAMS_MESSAGE_MAX_BYTES` in UTF-16), as Teams answers 413. */
  tooLarge = 0;
  /**
   * When set, sends and updates over Teams' per-conversation limits (7 in a second, 8 in two) are
   * refused with 429, as Teams does; `throttled` counts them.
   */
  threadLimit = false;
  throttled = 0;
  private readonly arrivals = new Map<string, number[]>();
  /** Conversation members the recorder answers with, by user id (`29:…`), for roster look-ups. */
  readonly members = new Map<string, { id: string; name: string; aadObjectId: string }>();

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    this.calls.push({ method: req.method ?? '', path: decodeURIComponent(req.url ?? ''), body });
    res.setHeader('content-type', 'application/json');
    // As Teams: a message over its size limit is refused, whatever it is.
    if ((req.method === 'POST' || req.method === 'PUT') && utf16Bytes(raw) > TEAMS_MESSAGE_MAX_BYTES) {
      this.tooLarge++;
      res.statusCode = 413;
      res.end(JSON.stringify({ error: { code: 'MessageSizeTooBig', message: 'Message size too big.' } }));
      for (const w of this.waiters.splice(0)) w();
      return;
    }
    const member = /\/v3\/conversations\/[^/]+\/members\/([^/?]+)/.exec(req.url ?? '');
    const sendTo = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    const refused = sendTo ? this.refuse.get(decodeURIComponent(sendTo[1] ?? '')) : undefined;
    const busy = sendTo ? this.busy.get(decodeURIComponent(sendTo[1] ?? '')) : undefined;
    const slow = sendTo ? this.slow.get(decodeURIComponent(sendTo[1] ?? '')) : undefined;
    if (slow && (req.method === 'POST' || req.method === 'PUT'))
      await new Promise((r) => setTimeout(r, slow));
    if ((req.method === 'POST' || req.method === 'PUT') && sendTo && this.overLimit(sendTo[1] ?? '')) {
      this.throttled++;
      res.statusCode = 429;
      res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests.' } }));
      for (const w of this.waiters.splice(0)) w();
      return;
    }
    if ((req.method === 'POST' || req.method === 'PUT') && busy && busy.times > 0) {
      busy.times--;
      res.statusCode = busy.status;
      res.end(JSON.stringify({ error: { code: 'ServiceUnavailable', message: 'Try again later.' } }));
      for (const w of this.waiters.splice(0)) w();
      return;
    }
    if (req.method === 'POST' && refused) {
      res.statusCode = refused;
      res.end(
        JSON.stringify({
          error: {
            code: 'ConversationBlockedByUser',
            message: 'User blocked the conversation with the bot.',
          },
        }),
      );
      for (const w of this.waiters.splice(0)) w();
      return;
    }
    if (req.method === 'GET' && /\/pagedmembers/.test(req.url ?? '')) {
      res.end(JSON.stringify({ members: [...this.members.values()] }));
    } else if (req.method === 'GET' && member) {
      const m = this.members.get(decodeURIComponent(member[1] ?? ''));
      res.statusCode = m ? 200 : 404;
      res.end(JSON.stringify(m ?? { error: { code: 'MemberNotFoundInConversation' } }));
    } else if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(req.url ?? '')) {
      res.end(JSON.stringify({ id: `a:created-${++this.counter}`, activityId: `act-${this.counter}` }));
    } else res.end(JSON.stringify({ id: `act-${++this.counter}` }));
    for (const w of this.waiters.splice(0)) w();
  }

  /** Whether one more request to this conversation now goes over Teams' limits (and counts it if not). */
  private overLimit(conversation: string): boolean {
    if (!this.threadLimit) return false;
    const now = Date.now();
    const times = (this.arrivals.get(conversation) ?? []).filter((t) => t > now - 2_000);
    const over = times.filter((t) => t > now - 1_000).length >= 7 || times.length >= 8;
    if (!over) times.push(now);
    this.arrivals.set(conversation, times);
    return over;
  }

  /** Messages sent into conversations (replies and proactive sends). */
  sent(): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === 'POST' && /\/activities/.test(c.path)).map((c) => c.body);
  }

  /** Waits until at least `n` calls have been recorded, or fails after `ms`. */
  async waitForCalls(n: number, ms = 5000): Promise<RecordedCall[]> {
    const deadline = Date.now() + ms;
    while (this.calls.length < n) {
      if (Date.now() > deadline) throw new Error(`expected ${n} connector calls, got ${this.calls.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.calls;
  }

  clear(): void {
    this.calls.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }
}
