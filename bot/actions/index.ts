import activityReassign from './activityReassign';
import activityRecall from './activityRecall';
import activityRecord from './activityRecord';
import activityRefresh from './activityRefresh';
import activityRemind from './activityRemind';
import activityReturn from './activityReturn';
import activitySign from './activitySign';
import delegationGrant from './delegationGrant';
import goalApprove from './goalApprove';
import goalApproveAll from './goalApproveAll';
import goalHistory from './goalHistory';
import goalRecall from './goalRecall';
import goalRecommend from './goalRecommend';
import goalRecordPrior from './goalRecordPrior';
import goalRefresh from './goalRefresh';
import goalRemind from './goalRemind';
import goalRequest from './goalRequest';
import goalReturn from './goalReturn';
import profileRegister from './profileRegister';
import roleAccept from './roleAccept';
import roleDecline from './roleDecline';
import roleInvite from './roleInvite';
import roleRemove from './roleRemove';
import type { CardAction } from './types';

/** Every card verb the bot answers. A verb not listed here gets an error response, never a guess. */
const ALL: CardAction<never>[] = [
  activityRecord,
  activitySign,
  activityReturn,
  activityRefresh,
  activityRecall,
  activityReassign,
  activityRemind,
  goalRequest,
  goalApprove,
  goalReturn,
  goalRecommend,
  goalRefresh,
  goalRecall,
  goalRemind,
  goalHistory,
  goalApproveAll,
  goalRecordPrior,
  profileRegister,
  roleInvite,
  roleAccept,
  roleDecline,
  roleRemove,
  delegationGrant,
] as CardAction<never>[];

export const CARD_ACTIONS: ReadonlyMap<string, CardAction<unknown>> = new Map(
  ALL.map((a) => [a.verb, a as unknown as CardAction<unknown>]),
);
