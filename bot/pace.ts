/**
 * Teams' limits per bot per conversation ("thread"): at most `max` operations (sends and updates
 * alike) in any `ms` window; more are refused with 429 ("Optimize your bot with rate limiting in
 * Teams", https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). Microsoft
 * asks bots to keep under them rather than lean on retries. The hourly limit (1,800) is left to the
 * outbox's retries: one conversation does not reach it.
 */
export const THREAD_LIMITS: readonly { ms: number; max: number }[] = [
  { ms: 1_000, max: 7 },
  { ms: 2_000, max: 8 },
  { ms: 30_000, max: 60 },
];

/** Added to each window: the request reaches Teams a moment after it leaves, and clocks differ. */
const MARGIN_MS = 100;
const KEEP_MS = Math.max(...THREAD_LIMITS.map((l) => l.ms)) + MARGIN_MS;

/**
 * Spaces the requests to each conversation so they stay within `THREAD_LIMITS`: a burst (a page of
 * approvals redrawing ten cards in one chat) goes out at Teams' pace instead of half of it bouncing.
 * Per process: several instances each keep their own pace, and a 429 is still retried. A long wait
 * holds the outbox entry meanwhile (`Notifier`), so no other instance takes it and sends it too.
 */
export class Pacer {
  /** The moments reserved per conversation, ascending, the last `KEEP_MS` only. */
  private readonly reserved = new Map<string, number[]>();

  constructor(
    private readonly limits: readonly { ms: number; max: number }[] = THREAD_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reserves the earliest moment a request to `key` may go; answers how long to wait for it (ms). */
  reserve(key: string): number {
    const now = this.now();
    const times = (this.reserved.get(key) ?? []).filter((t) => t > now - KEEP_MS);
    let at = Math.max(now, times.at(-1) ?? now);
    // The max-th latest request must have left the window: each rule holds for every later moment too.
    for (const { ms, max } of this.limits)
      if (times.length >= max) at = Math.max(at, (times[times.length - max] as number) + ms + MARGIN_MS);
    times.push(at);
    this.reserved.set(key, times);
    if (this.reserved.size > 1_000) this.forget(now);
    return at - now;
  }

  /** Drops conversations with nothing in the last window (memory stays bounded). */
  private forget(now: number): void {
    for (const [key, times] of this.reserved)
      if ((times.at(-1) ?? 0) <= now - KEEP_MS) this.reserved.delete(key);
  }
}
