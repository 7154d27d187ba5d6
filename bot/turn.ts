import type { TurnContext } from 'botbuilder';
import type { CatalogSet } from '../core/catalog';
import type { Lang } from '../core/i18n';
import type { Person, Stored } from '../core/model';
import type { Store } from '../store';
import type { Logger } from './log';
import type { Notifier } from './notify';

/** What every intent and card action gets: the services, and who is speaking in which language. */
export interface BotDeps {
  store: Store;
  catalogs: CatalogSet;
  log: Logger;
  /** The time, injectable so that tests and the demo agree on "today". */
  now: () => Date;
  /** Deep link to the personal progress tab in Teams, when the Teams app id is configured. */
  tabUrl?: string;
  /** When set (a single-tenant registration), activities from other tenants are refused. */
  allowedTenants?: readonly string[];
  /** Benchmark only (see BENCH_MODE): the echo baseline and the metrics route exist. */
  benchMode?: boolean;
}

export interface Turn {
  context: TurnContext;
  deps: BotDeps;
  lang: Lang;
  /** The sender's stored person, when they have an Entra id. */
  person?: Stored<Person>;
  notifier: Notifier;
}
