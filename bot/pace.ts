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
 * The longest a request waits for its turn. A longer wait is refused instead (and the outbox tries
 * again after a pause, as after a 429): a delivery holds its entry's lease while it waits, and one
 * send (this wait and the call's own timeout, 10 s) must end well within the half lease the outbox
 * keeps ahead of each effect, or another instance could take the entry and send it too.
 */
export const PACE_WAIT_MAX_MS = 4_000;

/**
 * Spaces the requests to each conversation so they stay within `THREAD_LIMITS`: a burst (a page of
 * approvals redrawing ten cards in one chat) goes out at Teams' pace instead of half of it bouncing.
 * Per process: several instances each keep their own pace, and a 429 is still retried.
 */
export class Pacer {
  /** The moments reserved per conversation, ascending, the last `KEEP_MS` only. */
  private readonly reserved = new Map<string, number[]>();

  constructor(
    private readonly limits: readonly { ms: number; max: number }[] = THREAD_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Reserves the earliest moment a request to `key` may go; answers how long to wait for it (ms),
   * or undefined, reserving nothing, if that is longer than `maxWaitMs`.
   */
  reserve(key: string, maxWaitMs = Number.POSITIVE_INFINITY): number | undefined {
    const now = this.now();
    const times = (this.reserved.get(key) ?? []).filter((t) => t > now - KEEP_MS);
    let at = Math.max(now, times.at(-1) ?? now);
    // The max-th latest request must have left the window: each rule holds for every later moment too.
    for (const { ms, max } of this.limits)
      if (times.length >= max) at = Math.max(at, (times[times.length - max] as number) + ms + MARGIN_MS);
    if (at - now > maxWaitMs) return undefined;
    times.push(at);
    this.reserved.set(key, times);
    if (this.reserved.size > 1_000) this.forget(now);
    return at - now;
  }

  /** Waits for the next moment a request to `key` may go; false (nothing waited) if it is too far off. */
  async wait(key: string): Promise<boolean> {
    const ms = this.reserve(key, PACE_WAIT_MAX_MS);
    if (ms === undefined) return false;
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
    return true;
  }

  /** Drops conversations with nothing in the last window (memory stays bounded). */
  private forget(now: number): void {
    for (const [key, times] of this.reserved)
      if ((times.at(-1) ?? 0) <= now - KEEP_MS) this.reserved.delete(key);
  }
}
