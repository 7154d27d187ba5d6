import { randomUUID } from 'node:crypto';
import type { Effect } from '../core/effects';
import type {
  CardMessage,
  CardRefs,
  GoalState,
  LearningActivity,
  OutboxEntry,
  Stored,
  TraineeProfile,
} from '../core/model';
import { isConflict } from '../store';
import type { CardsToRemember } from '../store/trainees';
import { type Hold, withHold } from './hold';
import type { Dispatcher, OpsDeps } from './types';

/**
 * How one delivery attempt ended: `done` (delivered, or settled for good: the person who asked was
 * told), `retry` (a passing failure: Teams busy, a timeout), `gave_up` (the last attempt failed
 * too; the person who asked has been told the truth).
 */
export type Attempt = 'done' | 'retry' | 'gave_up';

/**
 * What the instance that wrote a change already holds of the item it is about, as committed: its
 * first delivery uses it instead of reading it again (a later attempt, or another instance, reads).
 */
export interface Known {
  doc: Stored<GoalState> | Stored<LearningActivity>;
  profile: Stored<TraineeProfile>;
  /** A goal's waiting activities, read with the profile (its card lists them). */
  open?: readonly LearningActivity[];
}

/** A card about an item that landed in someone's chat (or one to remember): done, to be remembered. */
export interface Landed {
  target: string;
  message: CardMessage;
}

/**
 * Delivers one effect of an entry (`entry.effects[index]`; the bot implements it: it speaks Bot
 * Framework). `last`: no retry follows. A card sent answers where it landed (done): the outbox
 * remembers it in the same write that records the send.
 */
export interface Deliverer {
  deliver(entry: Stored<OutboxEntry>, index: number, last: boolean, known?: Known): Promise<Attempt | Landed>;
}

/** Effects that send something new to someone (not a redraw): after one, progress is kept if more follow. */
const sends = (e: Effect | undefined): boolean =>
  !!e &&
  e.kind !== 'redraw' &&
  e.kind !== 'remember_card' &&
  e.kind !== 'person_index' &&
  e.kind !== 'roster';

/** Effects that leave a card to remember (a card posted to stay in view, not a reminder). */
const remembers = (e: Effect): boolean =>
  e.kind === 'remember_card' || ((e.kind === 'goal_card' || e.kind === 'activity_card') && !e.reminder);

export interface OutboxOptions {
  /** Pauses before the 2nd, 3rd … attempt; their number + 1 is the number of attempts. */
  backoffMs?: readonly number[];
  /** How long a claim keeps other instances away from an entry (longer than one delivery may take). */
  leaseMs?: number;
  /** How often to look for entries a dead instance held (besides at start and when a seen lease runs out). */
  sweepMs?: number;
}

/**
 * The pauses of a delivery Teams turns away for now: quick at first (a 429 clears in seconds), then
 * for hours, so an outage of the Bot Connector or Teams (they have lasted hours) delays notices
 * instead of ending them as "could not be reached" after a quarter of an hour. About 4 h 45 min in all.
 */
export const BACKOFF_MS = [1_000, 5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 10_800_000];

/**
 * Leases and pauses run on the wall clock, not on `deps.now()` (the domain's "today", which tests
 * and the demo fix): they are about this machine's work, not about the training record.
 *
 * The durable outbox: what a change causes is stored with it (see `TraineeRepository.commit`) and
 * delivered here at least once, after the answer and again after a restart. Each entry is claimed
 * with an ETag lease, so several app instances never send the same one at once; one item's
 * entries go in the order they were written; a delivered entry is removed, one given up is kept
 * with the reason (visible to a coordinator) after the asker was told.
 */
export class Outbox implements Dispatcher {
  private deps?: OpsDeps;
  private deliverer?: Deliverer;
  /** One chain per item, so its notices and redraws keep their order. */
  private readonly chains = new Map<string, Promise<void>>();
  private readonly queued = new Set<string>();
  private timer?: NodeJS.Timeout;
  private followUp?: NodeJS.Timeout;
  private readonly owner = randomUUID();
  private readonly backoff: readonly number[];
  private readonly leaseMs: number;
  private readonly sweepMs: number;
  private stopped = false;

  constructor(opts: OutboxOptions = {}) {
    this.backoff = opts.backoffMs ?? BACKOFF_MS;
    this.leaseMs = opts.leaseMs ?? 30_000;
    this.sweepMs = opts.sweepMs ?? 10 * this.leaseMs;
  }

  attach(deps: OpsDeps, deliverer: Deliverer): this {
    this.deps = deps;
    this.deliverer = deliverer;
    return this;
  }

  /**
   * The lease new entries are written with: this instance delivers them right after the answer,
   * with no write to claim them; if it dies, another takes them when the lease has run out.
   */
  lease(beyond = 0): { owner: string; until: string } {
    return { owner: this.owner, until: new Date(Date.now() + beyond + this.leaseMs).toISOString() };
  }

  /** Starts delivering entries just stored with a change (they are durable already). */
  dispatch(entries: readonly { entry: Stored<OutboxEntry>; known?: Known }[]): void {
    const told = toldElsewhere(entries.map((e) => e.entry));
    for (const { entry, known } of entries) this.enqueue(entry, known, told);
  }

  /**
   * At start: takes what a crash left (waits for that look, not for the deliveries); entries another
   * instance still holds are looked at again when their lease runs out; then every `sweepMs`, for
   * entries a dead instance held while this one runs.
   */
  async start(): Promise<void> {
    this.stopped = false;
    await this.sweepLogged();
    this.timer = setInterval(() => void this.sweepLogged(), this.sweepMs);
    this.timer.unref();
  }

  /** A sweep whose failure (the store not answering) is logged; the next one tries again. */
  private sweepLogged(): Promise<unknown> {
    return this.sweep().catch((err: unknown) => this.deps?.log.warn({ err }, 'outbox sweep failed'));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.followUp) clearTimeout(this.followUp);
  }

  /**
   * Enqueues the entries due now, across all LIS, in the order they were written; returns how many.
   * A query of every LIS's partition (indexed on Cosmos DB; a scan of the container on the embedded
   * server), so it runs at start and every `sweepMs`, never per request.
   */
  async sweep(): Promise<number> {
    const deps = this.ops;
    const now = new Date().toISOString();
    const pending = await deps.store.trainees.outboxPending();
    const held = pending.filter((e) => e.lease && e.lease.until > now && e.lease.owner !== this.owner);
    const heldIds = new Set(held.map((e) => e.id));
    const due = pending.filter((e) => e.notBefore <= now && !heldIds.has(e.id));
    const told = toldElsewhere(due);
    for (const e of due) this.enqueue(e, undefined, told);
    // Held by an instance that may be gone (this one's predecessor): look again when the lease runs out.
    const next = held.map((e) => Date.parse(e.lease?.until ?? now)).sort((a, b) => a - b)[0];
    if (next !== undefined && !this.followUp && !this.stopped)
      this.followUp = setTimeout(
        () => {
          this.followUp = undefined;
          void this.sweepLogged();
        },
        Math.max(0, next - Date.now()) + 100,
      ).unref();
    return due.length;
  }

  /** Resolves when nothing is being delivered (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  private get ops(): OpsDeps {
    if (!this.deps) throw new Error('outbox used before it was attached');
    return this.deps;
  }

  private enqueue(entry: Stored<OutboxEntry>, known?: Known, told?: ReadonlySet<string>): void {
    if (this.queued.has(entry.id)) return;
    this.queued.add(entry.id);
    const key = itemKey(entry);
    const next = (this.chains.get(key) ?? Promise.resolve())
      .then(() => this.afterTold(entry))
      .then(() => this.run(entry, known, told))
      .catch((err: unknown) =>
        this.ops.log.warn({ err, outboxId: entry.id, traineeId: entry.traineeId }, 'outbox delivery failed'),
      )
      .finally(() => {
        this.queued.delete(entry.id);
        if (this.chains.get(key) === next) this.chains.delete(key);
      });
    this.chains.set(key, next);
  }

  /**
   * An entry whose message tells of other entries' goals (`with`) waits for their chains (as they
   * are once everything dispatched or swept with it is queued), so it never ends first: a crash in
   * between then leaves it, never them alone, to tell after a restart. Not for long: a busy chat on
   * their side must not hold the LIS's message for hours.
   */
  private afterTold(entry: OutboxEntry): Promise<unknown> {
    const theirs = tellsOf(entry).flatMap((k) => this.chains.get(k) ?? []);
    if (theirs.length === 0) return Promise.resolve();
    return Promise.race([Promise.all(theirs), new Promise((r) => setTimeout(r, TELLER_WAIT_MS).unref())]);
  }

  /**
   * Claims the entry and delivers its effects in order, each until it is done or given up; a
   * passing failure pauses the rest (in this item's chain, so that order holds). Progress is
   * written only when an effect must wait, or after a notice when more effects follow, so a crash
   * repeats at most redraws (harmless) and the one notice in flight. Then the entry is removed,
   * or kept with `failed` if some were given up.
   */
  private async run(first: Stored<OutboxEntry>, known?: Known, told?: ReadonlySet<string>): Promise<void> {
    const deps = this.ops;
    let entry = first;
    let hint = known;
    for (;;) {
      if (this.stopped) return;
      const wait = Date.parse(entry.notBefore) - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait).unref());
      // Written with this instance's lease (a fresh entry): no claim needed. Else claim it.
      const mine = entry.lease?.owner === this.owner && Date.parse(entry.lease.until) > Date.now() + 1000;
      let state: Stored<OutboxEntry>;
      try {
        state = mine
          ? { ...entry, attempts: entry.attempts + 1 }
          : await deps.store.trainees.saveOutbox({
              ...entry,
              attempts: entry.attempts + 1,
              lease: this.lease(),
            });
      } catch (err) {
        // Changed or removed since read: another instance has it, or it was delivered.
        if (isConflict(err)) return;
        throw err;
      }
      // Before each send: the lease must last until the send has ended (a wait for the chat's turn,
      // a slow Teams), or another instance could take the entry meanwhile and send it too. Renewed
      // only then (one write), in turn, as the effects are delivered one after the other.
      const renew = async (ms: number): Promise<boolean> => {
        if (Date.parse(state.lease?.until ?? '') > Date.now() + ms) return true;
        try {
          state = await deps.store.trainees.saveOutbox({ ...state, lease: this.lease(ms) });
          return true;
        } catch (err) {
          if (isConflict(err)) return false;
          throw err;
        }
      };
      let holding = Promise.resolve(true);
      const hold: Hold = (ms) => {
        holding = holding.then(
          () => renew(ms),
          () => renew(ms),
        );
        return holding;
      };
      let waiting = false;
      // The item's card references, read once before anything is sent: the entry's cards are added
      // to them in the write that ends it.
      const refs = state.effects.slice(state.done).some(remembers)
        ? await deps.store.trainees.cardRefs(state.traineeId, state.target)
        : undefined;
      while (state.done < state.effects.length) {
        const index = state.done;
        const last = state.attempts > this.backoff.length;
        // Told in another entry's message (a run of decisions): nothing to send on its own.
        const key = toldKeyOf(state.effects[index]);
        const skipped = !!key && !!told?.has(key);
        const deliverer = this.deliverer;
        const answer = skipped
          ? 'done'
          : await withHold(hold, async () => deliverer?.deliver(state, index, last, hint)).catch(
              (err: unknown) => {
                deps.log.warn(
                  { err, outboxId: state.id, effect: index, attempt: state.attempts },
                  'delivery attempt failed',
                );
                return 'retry' as const;
              },
            );
        const landed = typeof answer === 'object' ? answer : undefined;
        const result = landed ? 'done' : answer;
        if (landed && landed.target !== state.target)
          await deps.store.trainees.addCardMessage(state.traineeId, landed.target, landed.message);
        else if (landed) state = { ...state, landed: [...(state.landed ?? []), landed.message] };
        if (result === 'retry' && !last) {
          waiting = true;
          break;
        }
        if (result !== 'done')
          deps.log.warn(
            { outboxId: state.id, traineeId: state.traineeId, effect: index },
            'delivery given up',
          );
        state = {
          ...state,
          done: index + 1,
          // The next effect's first attempt is this one; the last keeps its count (visible if given up).
          attempts: index + 1 < state.effects.length ? 1 : state.attempts,
          ...(result === 'done' ? {} : { givenUp: [...(state.givenUp ?? []), index] }),
        };
        // Progress kept (with the cards so far) right after a send, when more effects follow.
        if (sends(state.effects[index]) && !skipped && state.done < state.effects.length)
          state = await deps.store.trainees.saveOutbox(state);
      }
      hint = undefined;
      if (!waiting) {
        const cards = cardsOf(state, refs);
        if (state.givenUp?.length) {
          const { lease: _l, landed: _c, ...rest } = state;
          await deps.store.trainees.settleOutbox(
            { ...rest, failed: { at: new Date().toISOString(), reason: 'unreachable' } },
            false,
            cards,
          );
        } else
          await deps.store.trainees.settleOutbox(state, true, cards).catch((err: unknown) => {
            if (!isConflict(err)) throw err;
          });
        return;
      }
      const pause = jittered(this.backoff[state.attempts - 1] ?? 0);
      // The cards sent so far are remembered now, not after the pause: a decision on the item
      // meanwhile (delivered by another instance) redraws them too.
      const { lease: _l, landed: _c, ...rest } = state;
      try {
        entry = await deps.store.trainees.settleOutbox(
          { ...rest, notBefore: new Date(Date.now() + pause).toISOString() },
          false,
          cardsOf(state, refs),
        );
      } catch (err) {
        // Taken by another instance meanwhile (this one's lease ran out): it goes on from there.
        if (isConflict(err)) return;
        throw err;
      }
      deps.log.info(
        {
          outboxId: state.id,
          traineeId: state.traineeId,
          effect: state.done,
          attempt: state.attempts,
          pauseMs: pause,
        },
        'delivery will be retried',
      );
    }
  }
}

/** An entry's item: its LIS and its target. */
const itemKey = (e: Pick<OutboxEntry, 'traineeId' | 'target'>): string => `${e.traineeId}\u0000${e.target}`;

/** A message a run of decisions may tell in one (see `toldElsewhere`): a notice to the LIS, or an approval card. */
type RunMessage = Extract<Effect, { kind: 'outcome_to_lis' | 'goal_card' }>;
const isRunMessage = (x: Effect | undefined): x is RunMessage =>
  x?.kind === 'outcome_to_lis' || (x?.kind === 'goal_card' && !x.reminder);
/** What is told, to whom, about which goal. */
const toldKey = (x: RunMessage, goal: string): string =>
  [x.kind, x.kind === 'goal_card' ? x.to : '', x.traineeId, goal].join('\u0000');

/**
 * The messages another of these entries tells: a run of decisions ("approve all", earlier approvals
 * stated together) stores each decision's message with it, each naming the goals decided before it
 * in the run (`with`), so the last one says it all and the others are not sent on their own,
 * whether first delivered or after a crash.
 */
function toldElsewhere(entries: readonly OutboxEntry[]): ReadonlySet<string> {
  const told = new Set<string>();
  for (const e of entries)
    for (const x of e.effects)
      if (isRunMessage(x)) for (const goal of x.with ?? []) told.add(toldKey(x, goal));
  return told;
}

/** The message an effect sends, as `toldElsewhere` names it (none for effects never told together). */
function toldKeyOf(x: Effect | undefined): string | undefined {
  if (!isRunMessage(x)) return undefined;
  return toldKey(x, x.kind === 'goal_card' ? x.goalId : x.target);
}

/** The items whose messages an entry's own message tells of (its effects' `with`). */
function tellsOf(entry: OutboxEntry): string[] {
  return entry.effects.flatMap((x) =>
    isRunMessage(x) ? (x.with ?? []).map((target) => itemKey({ traineeId: x.traineeId, target })) : [],
  );
}

/** How long a message that tells of others waits for their entries to end. */
const TELLER_WAIT_MS = 10_000;

/**
 * A pause between half and one and a half times the step: "exponential back-off with random
 * jitter", as Microsoft's rate-limit guidance for bots asks, so that entries Teams turned away
 * together (a burst to one chat) do not all come back at the same moment.
 */
export const jittered = (ms: number): number => Math.round(ms * (0.5 + Math.random()));

/** The cards an ended entry leaves to remember, with its item's references as read at its start. */
function cardsOf(state: OutboxEntry, refs: Stored<CardRefs> | undefined): CardsToRemember | undefined {
  if (!state.landed?.length) return undefined;
  return { target: state.target, messages: state.landed, ...(refs ? { refs } : {}) };
}
