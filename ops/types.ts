import type { CatalogSet } from '../core/catalog';
import type { CardMessage, OutboxEntry, Stored } from '../core/model';

export type { Effect } from '../core/effects';

import type { Store } from '../store';
import type { Known } from './outbox';

/**
 * What every operation gets: the services, never a transport. The bot and the tab build an
 * `OpsDeps` once and call the same operations with it.
 */
export interface OpsDeps {
  store: Store;
  catalogs: CatalogSet;
  log: OpsLog;
  /** The time, injectable so that tests and the demo agree on "today". */
  now: () => Date;
  /** Delivers what an operation caused (notices, cards to others, card redraws) after it is stored. */
  dispatcher: Dispatcher;
  /** Who is a member of a Teams team (asked of Teams; the bot implements it). */
  roster: TeamRoster;
  /**
   * The app may install itself for a person it cannot reach yet (Microsoft Graph): then nobody is
   * told "cannot reach" up front; the delivery says later whether it arrived.
   */
  canInstallForPeople?: boolean;
}

/** Team membership, as Teams knows it. `unknown`: the team could not be asked (then nothing is shown). */
export interface TeamRoster {
  isMember(teamId: string, aadObjectId: string): Promise<boolean | 'unknown'>;
}

/** The least of a logger the operations need (the server passes its pino logger). */
export interface OpsLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Who asks: an Entra object id proven by the transport (Bot Framework token or SSO token), never card data. */
export interface Caller {
  aadObjectId: string;
  /** The name Teams gives for the caller now (shown on decisions). */
  name: string;
}

/** One call of an operation: who, when, and the key that makes a retried request harmless. */
export interface Call {
  caller: Caller;
  /** The request's own id (the Teams invoke or activity id, or the tab's request id). */
  key: string;
  now: string;
  today: string;
  /** The card message the request came from, so it can follow later changes. */
  origin?: CardMessage;
}

/**
 * What an operation ends in. Never a card and never an HTTP status: the bot turns it into a
 * card, the tab into JSON. `view` is what the caller may see of the item now.
 * A caller with no standing for the LIS gets `not_found`, exactly as for an unknown id.
 */
export type Outcome<T, V = never> =
  | { kind: 'done'; value: T }
  | { kind: 'refused'; reason: string; details: Record<string, string>; view?: V }
  | { kind: 'stale'; view: V }
  | { kind: 'lost_race'; view: V }
  | { kind: 'not_found' }
  | { kind: 'invalid'; field: string; details?: Record<string, string>; view?: V };

export const notFound = { kind: 'not_found' } as const;

export function done<T>(value: T): { kind: 'done'; value: T } {
  return { kind: 'done', value };
}

export function refused<V>(
  reason: string,
  details: Record<string, string> = {},
  view?: V,
): { kind: 'refused'; reason: string; details: Record<string, string>; view?: V } {
  return { kind: 'refused', reason, details, ...(view ? { view } : {}) };
}

export function invalid<V>(
  field: string,
  details: Record<string, string> = {},
  view?: V,
): { kind: 'invalid'; field: string; details: Record<string, string>; view?: V } {
  return { kind: 'invalid', field, details, ...(view ? { view } : {}) };
}

/**
 * Delivers what a change caused. The entries are already stored with the change (the outbox), so
 * this only starts them sooner; a sweep delivers whatever a crash left behind.
 */
export interface Dispatcher {
  /** The lease new outbox entries are written with, so the instance that wrote them delivers them first. */
  lease(): { owner: string; until: string };
  /**
   * Starts delivering entries just stored, each with what its writer holds of its item. Entries
   * dispatched together are looked at together: a message that another's names too (`with`: "approve
   * all", earlier approvals stated together; see `inOneRun`) is not sent on its own.
   */
  dispatch(entries: readonly { entry: Stored<OutboxEntry>; known?: Known }[]): void;
}
