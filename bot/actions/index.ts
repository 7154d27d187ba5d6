import type { Verb } from '../../core/verbs';
import absenceRecord from './absenceRecord';
import absenceRemove from './absenceRemove';
import activitiesPage from './activitiesPage';
import activityAskMet from './activityAskMet';
import activityComment from './activityComment';
import activityConfirmAll from './activityConfirmAll';
import activityConfirmRecord from './activityConfirmRecord';
import activityDispute from './activityDispute';
import activityMarkMet from './activityMarkMet';
import activityReassign from './activityReassign';
import activityRecall from './activityRecall';
import activityRecord from './activityRecord';
import activityRefresh from './activityRefresh';
import activityRemind from './activityRemind';
import activityResend from './activityResend';
import activityReturn from './activityReturn';
import activitySign from './activitySign';
import activitySupervisorRecord from './activitySupervisorRecord';
import activityUndo from './activityUndo';
import activityWithdraw from './activityWithdraw';
import delegationEnd from './delegationEnd';
import delegationGrant from './delegationGrant';
import goalAdviseAgainst from './goalAdviseAgainst';
import goalApprove from './goalApprove';
import goalApproveAll from './goalApproveAll';
import goalClaimPrior from './goalClaimPrior';
import goalComment from './goalComment';
import goalHistory from './goalHistory';
import goalRecall from './goalRecall';
import goalRecommend from './goalRecommend';
import goalRecordPrior from './goalRecordPrior';
import goalRefresh from './goalRefresh';
import goalRemind from './goalRemind';
import goalRequest from './goalRequest';
import goalRequestAll from './goalRequestAll';
import goalReturn from './goalReturn';
import goalUndo from './goalUndo';
import helpAsk from './helpAsk';
import inboxPage from './inboxPage';
import milestoneDone from './milestoneDone';
import profileRegister from './profileRegister';
import progressShow from './progressShow';
import roleAccept from './roleAccept';
import roleDecline from './roleDecline';
import roleInvite from './roleInvite';
import roleRemove from './roleRemove';
import servicePeriodAdd from './servicePeriodAdd';
import servicePeriodRemove from './servicePeriodRemove';
import sessionCancel from './sessionCancel';
import sessionMinutes from './sessionMinutes';
import sessionMove from './sessionMove';
import sessionPrepare from './sessionPrepare';
import sessionRefresh from './sessionRefresh';
import sessionSchedule from './sessionSchedule';
import type { CardAction } from './types';

/**
 * Every card verb the bot answers, one file each. Typed by the verb list in `core/verbs`: a verb
 * without an action, or an action without a verb, does not compile. Any other verb gets an error.
 */
export const CARD_ACTIONS: Readonly<Record<Verb, CardAction>> = {
  'help.ask': helpAsk,
  'activity.record': activityRecord,
  'absence.remove': absenceRemove,
  'service.addPeriod': servicePeriodAdd,
  'service.removePeriod': servicePeriodRemove,
  'activity.supervisorRecord': activitySupervisorRecord,
  'activity.sign': activitySign,
  'activity.return': activityReturn,
  'activity.refresh': activityRefresh,
  'activity.recall': activityRecall,
  'activity.markMet': activityMarkMet,
  'activity.comment': activityComment,
  'activity.askMet': activityAskMet,
  'activity.reassign': activityReassign,
  'activity.remind': activityRemind,
  'activity.resend': activityResend,
  'activity.withdraw': activityWithdraw,
  'activity.undo': activityUndo,
  'activity.confirmRecord': activityConfirmRecord,
  'activity.confirmAll': activityConfirmAll,
  'activity.dispute': activityDispute,
  'goal.request': goalRequest,
  'goal.approve': goalApprove,
  'goal.return': goalReturn,
  'goal.undo': goalUndo,
  'goal.recommend': goalRecommend,
  'goal.adviseAgainst': goalAdviseAgainst,
  'goal.refresh': goalRefresh,
  'goal.recall': goalRecall,
  'goal.remind': goalRemind,
  'goal.history': goalHistory,
  'goal.approveAll': goalApproveAll,
  'goal.requestAll': goalRequestAll,
  'goal.recordPrior': goalRecordPrior,
  'goal.claimPrior': goalClaimPrior,
  'goal.comment': goalComment,
  'profile.register': profileRegister,
  'role.invite': roleInvite,
  'role.accept': roleAccept,
  'role.decline': roleDecline,
  'role.remove': roleRemove,
  'delegation.grant': delegationGrant,
  'delegation.end': delegationEnd,
  'inbox.page': inboxPage,
  'activities.page': activitiesPage,
  'progress.show': progressShow,
  'milestone.done': milestoneDone,
  'absence.record': absenceRecord,
  'session.schedule': sessionSchedule,
  'session.move': sessionMove,
  'session.cancel': sessionCancel,
  'session.prepare': sessionPrepare,
  'session.minutes': sessionMinutes,
  'session.refresh': sessionRefresh,
};
