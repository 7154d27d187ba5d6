import activityReassign from './activityReassign';
import activityRecall from './activityRecall';
import activityRefresh from './activityRefresh';
import activityRemind from './activityRemind';
import activityReturn from './activityReturn';
import activitySign from './activitySign';
import type { CardAction } from './types';

/** Every card verb the bot answers. A verb not listed here gets an error response, never a guess. */
const ALL: CardAction<never>[] = [
  activitySign,
  activityReturn,
  activityRefresh,
  activityRecall,
  activityReassign,
  activityRemind,
] as CardAction<never>[];

export const CARD_ACTIONS: ReadonlyMap<string, CardAction<unknown>> = new Map(
  ALL.map((a) => [a.verb, a as unknown as CardAction<unknown>]),
);
