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
