import { inboxModel, renderInboxCard } from '../cards/inbox';
import type { Notice } from '../cards/views';
import type { Lang } from '../core/i18n';
import { inboxOf, type TraineeData } from '../core/inbox';
import type { Person, Stored } from '../core/model';
import type { BotDeps } from './turn';

/**
 * What waits for a person: their own document first (the LIS they hold roles for), then one
 * single-partition read per LIS. No cross-partition query.
 */
export async function inboxCard(
  deps: BotDeps,
  me: string,
  lang: Lang,
  today: string,
  person?: Stored<Person>,
  notice?: Notice,
) {
  const p = person ?? (await deps.store.people.get(me));
  const traineeIds = [
    ...new Set(
      (p?.roles ?? []).filter((r) => r.state === 'active' || r.state === 'invited').map((r) => r.traineeId),
    ),
  ];
  const snaps = await Promise.all(traineeIds.map((id) => deps.store.trainees.snapshot(id)));
  const data: TraineeData[] = snaps.filter((s) => s !== undefined);
  const groups = inboxOf({ aadObjectId: me }, data, today);
  return renderInboxCard(inboxModel(groups, deps.catalogs, lang, notice));
}
