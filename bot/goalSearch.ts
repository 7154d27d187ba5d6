import { type InvokeResponse, StatusCodes, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { GOAL_DATASET, goalOption } from '../cards/activityForm';
import { UNIT_DATASET, unitOption } from '../cards/registration';
import { norwayDate } from '../core/dates';
import { langOf } from '../core/i18n';
import { GOAL_SEARCH_MAX, searchGoals } from '../ops/goalSearch';
import { searchUnits, UNIT_SEARCH_MAX } from '../ops/units';
import { correlationId } from './log';
import type { BotDeps } from './turn';

/** What Teams sends as a person types in a list with `choices.data` (dynamic typeahead). */
const searchValue = z.object({
  queryText: z.string().max(200).optional(),
  dataset: z.string().max(300),
  queryOptions: z
    .object({
      skip: z.number().int().min(0).max(10_000).optional(),
      top: z.number().int().min(1).max(1000).optional(),
    })
    .optional(),
});

const results = (found: { title: string; value: string }[]): InvokeResponse => ({
  status: StatusCodes.OK,
  body: { type: 'application/vnd.microsoft.search.searchResponse', value: { results: found } },
});

/**
 * The `application/search` invoke of a list searched as a person types: the activity form's goal
 * list, the goals of the LIS that the dataset names (`goals:<traineeId>`), matched to what was
 * typed (the operation checks who asks; someone who may not gets no results, the same as a search
 * that finds nothing); or the registration form's workplaces (`units`), when there are too many to list.
 */
export async function searchInvoke(context: TurnContext, deps: BotDeps): Promise<InvokeResponse> {
  const a = context.activity;
  const value = searchValue.safeParse(a.value);
  const dataset = value.success ? value.data.dataset : '';
  if (!value.success || (!dataset.startsWith(GOAL_DATASET) && dataset !== UNIT_DATASET))
    return {
      status: StatusCodes.BAD_REQUEST,
      body: { code: 'BadRequest', message: 'expected a search of the goals or the workplaces' },
    };
  const aadObjectId = a.from?.aadObjectId;
  if (!aadObjectId) return results([]);
  try {
    if (dataset === UNIT_DATASET) {
      const units = await searchUnits(deps, {
        query: value.data.queryText ?? '',
        skip: value.data.queryOptions?.skip ?? 0,
        top: value.data.queryOptions?.top ?? UNIT_SEARCH_MAX,
      });
      return results(units.map((u) => unitOption(langOf(a.locale), u)));
    }
    // A read: who asks and today are all it needs (no request key, nothing is written).
    const found = await searchGoals(
      deps,
      { caller: { aadObjectId, name: a.from.name ?? '' }, today: norwayDate(deps.now()) },
      {
        traineeId: value.data.dataset.slice(GOAL_DATASET.length),
        query: value.data.queryText ?? '',
        skip: value.data.queryOptions?.skip ?? 0,
        top: value.data.queryOptions?.top ?? GOAL_SEARCH_MAX,
      },
    );
    return results(found.kind === 'done' ? found.value.map(goalOption) : []);
  } catch (err) {
    const id = correlationId();
    deps.log.error({ err, correlationId: id, activityId: a.id }, 'goal search failed');
    return {
      status: StatusCodes.INTERNAL_SERVER_ERROR,
      body: { code: 'InternalError', message: `Something went wrong (${id}).` },
    };
  }
}
