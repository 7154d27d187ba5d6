import type { TurnContext } from 'botbuilder';
import type { CatalogSet } from '../core/catalog';
import type { Lang } from '../core/i18n';
import type { Person, Stored } from '../core/model';
import type { Store } from '../store';
import type { Logger } from './log';

/** What every intent and card action gets: the services, and who is speaking in which language. */
export interface BotDeps {
  store: Store;
  catalogs: CatalogSet;
  log: Logger;
  /** The time, injectable so that tests and the demo agree on "today". */
  now: () => Date;
}

export interface Turn {
  context: TurnContext;
  deps: BotDeps;
  lang: Lang;
  /** The sender's stored person, when they have an Entra id. */
  person?: Stored<Person>;
}
