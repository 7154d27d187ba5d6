import type { TurnContext } from 'botbuilder';
import type { Lang } from '../core/i18n';
import type { Person, Stored } from '../core/model';
import type { Caller, OpsDeps } from '../ops/types';
import type { Logger } from './log';
import type { Notifier } from './notify';
import type { GraphReach } from './reach';

/** What every intent and card action gets: the operations' services, and the bot's own settings. */
export interface BotDeps extends OpsDeps {
  /** The server's structured logger (the operations see only its `OpsLog` side). */
  log: Logger;
  /** Deep link to the personal progress tab in Teams, when the Teams app id is configured. */
  tabUrl?: string;
  /** When set (a single-tenant registration), activities from other tenants are refused. */
  allowedTenants?: readonly string[];
  /** Sends to people's own chats (an answer moved out of a shared conversation). */
  notifier: Notifier;
  /** Benchmark only (see BENCH_MODE): the echo baseline and the metrics route exist. */
  benchMode?: boolean;
  /** When the app may install itself for people (Microsoft Graph): opens a 1:1 chat from anywhere. */
  graph?: GraphReach;
}

export interface Turn {
  context: TurnContext;
  deps: BotDeps;
  lang: Lang;
  caller: Caller;
  /** The sender's stored person, when they have an Entra id. */
  person?: Stored<Person>;
}
