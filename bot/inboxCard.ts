import { inboxAsker, inboxModel, renderInboxCard } from '../cards/inbox';
import type { Notice } from '../cards/views';
import type { Lang } from '../core/i18n';
import type { Person, Stored } from '../core/model';
import { inbox } from '../ops/inbox';
import type { Call } from '../ops/types';
import type { BotDeps } from './turn';

/** The inbox card: what waits for the caller across all their roles. */
export async function inboxCard(
  deps: BotDeps,
  call: Pick<Call, 'caller' | 'today'>,
  lang: Lang,
  person?: Stored<Person>,
  notice?: Notice,
  page = 0,
  /** The caller's channel id (`29:…`): Teams refreshes the card for them alone when they look again. */
  userId?: string,
) {
  const { groups, person: read } = await inbox(deps, call, person);
  return renderInboxCard(inboxModel(groups, deps.catalogs, lang, notice, page, inboxAsker(read), userId));
}
