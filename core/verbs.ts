/**
 * Every card verb (`Action.Execute` verb) the app knows. The bot's action registry is typed by
 * this list, and the card views use it for their buttons, so a misspelt verb does not compile.
 */
export const VERBS = [
  'absence.remove',
  'service.addPeriod',
  'service.removePeriod',
  'activity.supervisorRecord',
  'activity.record',
  'activity.sign',
  'activity.return',
  'activity.refresh',
  'activity.recall',
  'activity.markMet',
  'activity.askMet',
  'activity.reassign',
  'activity.remind',
  'activity.resend',
  'activity.withdraw',
  'activity.confirmRecord',
  'activity.dispute',
  'goal.request',
  'goal.approve',
  'goal.return',
  'goal.recommend',
  'goal.adviseAgainst',
  'goal.refresh',
  'goal.recall',
  'goal.remind',
  'goal.history',
  'goal.approveAll',
  'goal.recordPrior',
  'goal.claimPrior',
  'goal.comment',
  'profile.register',
  'role.invite',
  'role.accept',
  'role.decline',
  'role.remove',
  'delegation.grant',
  'delegation.end',
  'inbox.page',
  'progress.show',
  'milestone.done',
  'absence.record',
  'session.schedule',
  'session.prepare',
  'session.minutes',
] as const;
export type Verb = (typeof VERBS)[number];

const KNOWN: ReadonlySet<string> = new Set(VERBS);
export const isVerb = (s: string): s is Verb => KNOWN.has(s);
