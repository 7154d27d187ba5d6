import type { Person, Stored } from '../core/model';
import { parseGoalDocId } from '../core/refs';
import { lookBack } from './lookBack';
import { matchesName } from './progressView';
import type { Call, OpsDeps } from './types';

/** One decision a delegate made on the caller's behalf. */
export interface OnBehalfLine {
  at: string;
  /** The delegate, by name. */
  who: string;
  /** The audit verb (`goal.approve`, `activity.markMet` …). */
  verb: string;
  trainee: string;
  /** A goal's ID, or what an activity was. */
  what: string;
  comment?: string;
}

export interface OnBehalf {
  /** The caller leads a LIS: someone may act for them at all. */
  leads: boolean;
  /** Newest first. */
  lines: OnBehalfLine[];
}

/**
 * "hva har Patti godkjent for meg?", "hva ble godkjent mens jeg var borte?": what delegates decided on
 * the caller's behalf for the LIS the caller leads, newest first; `name` keeps one delegate's. A
 * query in each LIS's own partition, on request only. The caller's own LIS only: nothing of anyone else's.
 */
export async function onBehalfOf(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name?: string },
  person?: Stored<Person>,
): Promise<OnBehalf> {
  const me = call.caller.aadObjectId;
  const r = await lookBack(deps, call, { ...(person ? { person } : {}), as: ['leader'] }, async (profile) => {
    const delegates = new Map(profile.delegations.map((d) => [d.delegate, d.delegateName]));
    const events = await deps.store.trainees.auditOnBehalfOf(profile.traineeId, me);
    const lines = await Promise.all(
      events.map(async (e): Promise<OnBehalfLine> => {
        const goal = parseGoalDocId(e.target);
        const what = goal
          ? goal.goalId
          : ((await deps.store.trainees.getActivity(profile.traineeId, e.target))?.description ?? '');
        return {
          at: e.at,
          who: delegates.get(e.actor) ?? '',
          verb: e.verb,
          trainee: profile.name,
          what,
          ...(e.comment ? { comment: e.comment } : {}),
        };
      }),
    );
    // A name here is the delegate's ("hva har Patti godkjent for meg?").
    return input.name ? lines.filter((l) => matchesName(l.who, input.name ?? '')) : lines;
  });
  return { leads: r.follows, lines: r.lines };
}
