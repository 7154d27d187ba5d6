import { absenceFormModel, renderAbsenceForm } from '../cards/absence';
import type { AdaptiveCard } from '../cards/render';
import type { Notice } from '../cards/views';
import type { Lang } from '../core/i18n';
import type { Person } from '../core/model';
import { activeFor } from '../core/policy';
import { absenceOverview } from '../ops/absenceOverview';
import type { Call } from '../ops/types';
import type { BotDeps } from './turn';

/**
 * The absence form for a leader (or delegate), with each of their LIS's absence so far; undefined
 * for someone who records absence for no LIS. Drawn again, with why, when a save is refused (its
 * fields then get back what was filled in: `keepTyped`).
 */
export async function absenceFormCard(
  deps: BotDeps,
  call: Pick<Call, 'caller' | 'today'>,
  person: Person | undefined,
  lang: Lang,
  notice?: Notice,
): Promise<AdaptiveCard | undefined> {
  const leads = activeFor(person, ['leader', 'delegate']);
  if (leads.length === 0) return undefined;
  const lines = await absenceOverview(deps, call, leads);
  if (lines.length === 0) return undefined;
  return renderAbsenceForm(absenceFormModel(lines, lang, {}, notice));
}
