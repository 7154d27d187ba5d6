import type { CatalogSet } from '../core/catalog';
import type { TextKey } from '../core/i18n';
import type { CardMessage } from '../core/model';
import type { Store } from '../store';

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
 * What a change causes beyond itself, delivered after it is stored: cards and notices to other
 * people, and redraws of cards posted earlier. Each names what to show by id; the dispatcher
 * draws it from the stored state when it delivers, in the recipient's language.
 */
export type Effect =
  /** The sign-off card to the supervisor the activity names (or a reminder of it). */
  | { kind: 'activity_card'; traineeId: string; activityId: string; to: string; reminder?: boolean }
  /** The approval card to a leader, delegate or advisor (or a reminder of it). */
  | { kind: 'goal_card'; traineeId: string; goalId: string; to: string; reminder?: boolean }
  /** Remember a card message about an item, so it follows later changes (the LIS's own card). */
  | { kind: 'remember_card'; traineeId: string; target: string; message: CardMessage }
  /** Redraw every card posted about an item, and the card the change was made from. */
  | { kind: 'redraw'; traineeId: string; target: string; origin?: CardMessage }
  /** Tell the LIS how a request ended (signed, returned, approved). */
  | { kind: 'outcome_to_lis'; traineeId: string; target: string }
  /** The invitation card to an invitee. */
  | { kind: 'invitation'; traineeId: string; invitationId: string; to: string }
  /**
   * A short text to a person: the key of a text in `core/i18n` and its values, as plain facts
   * (`role` is a role's name, `from`/`to` are dates); the dispatcher puts them in the recipient's language.
   */
  | { kind: 'text'; to: string; text: TextKey; vars: Record<string, string> };

/** Delivers effects after the change is stored. Implemented by the bot (it speaks Bot Framework). */
export interface Dispatcher {
  dispatch(effects: readonly Effect[], ids: { traineeId?: string; key: string }): void;
}
