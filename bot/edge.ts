import type { IncomingMessage } from 'node:http';

/**
 * The HTTP edge: what a request must be before anything parses it. restify's body parser is not
 * used (it crashes the process on a bad gzip body, and parses before authentication); this reads
 * the body itself, as bytes arrive, and stops at the first limit.
 */
export interface EdgeLimits {
  /** Largest body accepted, in bytes (Teams' activities are far smaller). */
  maxBytes: number;
  /** Deepest nesting of objects and arrays accepted. */
  maxDepth: number;
  /** Bodies read at once from one client address; more are refused with 429. */
  perClient: number;
  /** Bodies read at once in all. */
  total: number;
}

export const DEFAULT_LIMITS: EdgeLimits = { maxBytes: 256 * 1024, maxDepth: 32, perClient: 16, total: 128 };

export type BodyResult =
  | { ok: true; body: unknown }
  | { ok: false; status: 400 | 413 | 415 | 429; error: string; message: string };

/** Only `identity` (or no) content encoding: a compressed body is refused before it is read. */
export function encodingProblem(headers: IncomingMessage['headers']): BodyResult | undefined {
  const enc = headers['content-encoding'];
  if (enc === undefined || enc.trim().toLowerCase() === 'identity' || enc.trim() === '') return undefined;
  return {
    ok: false,
    status: 415,
    error: 'unsupported_encoding',
    message: 'only identity content encoding is accepted',
  };
}

/** `application/json` (with an optional UTF-8 charset) and nothing else. */
export function isJson(headers: IncomingMessage['headers']): boolean {
  const type = headers['content-type'];
  if (!type) return false;
  const [media, ...params] = type.split(';').map((p) => p.trim().toLowerCase());
  if (media !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8');
}

/**
 * Counts nesting depth as bytes arrive (strings and escapes are skipped), so a body that nests
 * too deep is refused before it is all read or parsed.
 */
class DepthScanner {
  depth = 0;
  max = 0;
  private inString = false;
  private escaped = false;

  feed(chunk: Buffer): void {
    for (const c of chunk) {
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) this.inString = false;
        continue;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) {
        this.depth++;
        if (this.depth > this.max) this.max = this.depth;
      } else if (c === 0x7d || c === 0x5d) this.depth--;
    }
  }
}

/** Limits how many bodies are read at once, per client address and in all. */
export class ReadGate {
  private readonly byClient = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: Pick<EdgeLimits, 'perClient' | 'total'>) {}

  enter(client: string): boolean {
    const n = this.byClient.get(client) ?? 0;
    if (n >= this.limits.perClient || this.total >= this.limits.total) return false;
    this.byClient.set(client, n + 1);
    this.total++;
    return true;
  }

  leave(client: string): void {
    const n = (this.byClient.get(client) ?? 1) - 1;
    if (n <= 0) this.byClient.delete(client);
    else this.byClient.set(client, n);
    this.total--;
  }
}

/** Reads and parses a JSON body within the limits. Never throws; a refusal says which limit. */
export function readJson(req: IncomingMessage, limits: EdgeLimits): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) return Promise.resolve(tooLarge(req, limits));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const scanner = new DepthScanner();
    let size = 0;
    let settled = false;
    const finish = (r: BodyResult) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      if (!r.ok) req.resume(); // discard the rest without keeping it
      resolve(r);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) return finish(tooLarge(req, limits));
      scanner.feed(chunk);
      if (scanner.max > limits.maxDepth)
        return finish({
          ok: false,
          status: 400,
          error: 'too_deep',
          message: `the body nests deeper than ${limits.maxDepth} levels`,
        });
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', () =>
      finish({ ok: false, status: 400, error: 'bad_request', message: 'the body could not be read' }),
    );
    req.once('end', () => {
      if (settled) return;
      try {
        const text = Buffer.concat(chunks, size).toString('utf8');
        finish({ ok: true, body: text.trim() === '' ? undefined : JSON.parse(text) });
      } catch {
        finish({ ok: false, status: 400, error: 'bad_json', message: 'the body is not valid JSON' });
      }
    });
  });
}

function tooLarge(req: IncomingMessage, limits: EdgeLimits): BodyResult {
  req.resume();
  return {
    ok: false,
    status: 413,
    error: 'too_large',
    message: `the body is larger than ${limits.maxBytes} bytes`,
  };
}

/** The client's address as the socket has it (behind a proxy, the proxy's; limits are then per proxy). */
export const clientOf = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';
