import { norwayDate } from './dates';
import { fail, ok, type Result } from './result';

/** A person is reminded of one request at most once a day. */
export const REMINDER_INTERVAL_MS = 86_400_000;

/** Sets `remindedAt` on a pending item, unless it was reminded less than a day ago. Not a decision: `rev` stays. */
export function remind<T extends { remindedAt?: string }>(
  item: T,
  pending: boolean,
  now: string,
): Result<T, 'not_pending' | 'reminded_recently'> {
  if (!pending) return fail('not_pending');
  if (item.remindedAt && Date.parse(now) - Date.parse(item.remindedAt) < REMINDER_INTERVAL_MS) {
    return fail('reminded_recently');
  }
  return ok({ ...item, remindedAt: now });
}

/**
 * Reminded on `today` (Norway's date): a card then offers no reminder button, since a click would
 * only be told to wait (one reached yesterday evening is still refused until a day has passed,
 * with the time it may go).
 */
export const remindedToday = (remindedAt: string | undefined, today: string): boolean =>
  !!remindedAt && norwayDate(remindedAt) === today;
