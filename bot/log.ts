import { randomBytes } from 'node:crypto';
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Structured JSON logs. Fields are ids and codes; never names, message text or comments. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'lis-teams' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // An error's message can quote a payload; keep its type, code and stack only.
      serializers: {
        err: (e: Error & { code?: unknown; operation?: unknown }) => ({
          type: e?.name,
          code: e?.code,
          operation: e?.operation,
          stack: e?.stack?.split('\n').slice(1, 8).join('\n'),
        }),
      },
    },
    destination,
  );
}

/** A short id to quote to a user and find in the logs. */
export function correlationId(): string {
  return randomBytes(4).toString('hex');
}

/**
 * Libraries that write to the console (the Bot Framework SDK prints errors and stack traces there)
 * write JSON lines through the logger instead: their text, cut short, and the stack inside the JSON.
 */
export function routeConsole(log: Logger): void {
  const line =
    (level: 'warn' | 'info' | 'debug') =>
    (...args: unknown[]) => {
      const err = args.find((a): a is Error => a instanceof Error);
      const text = args
        .filter((a) => !(a instanceof Error))
        .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
        .join(' ')
        .slice(0, 300);
      log[level]({ source: 'console', ...(err ? { err } : {}), ...(text ? { text } : {}) }, 'library output');
    };
  console.error = line('warn');
  console.warn = line('warn');
  console.log = line('info');
  console.info = line('info');
  console.debug = line('debug');
}
