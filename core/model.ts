import type { Arena, Phase } from './catalog';
import { norwayDate } from './dates';
import type { Effect } from './effects';

/**
 * The documents of the domain. Every document about one LIS carries `traineeId`
 * (its partition); people are keyed by their Entra object id.
 * Names are kept for display on cards; logs carry ids only.
 */

export type Role = 'leader' | 'advisor' | 'supervisor';
export type RoleState = 'invited' | 'active' | 'declined' | 'withdrawn' | 'ended';

/** Someone who holds (or was invited to) a role for one LIS. */
export interface RoleHolder {
  aadObjectId: string;
  name: string;
  role: Role;
  state: RoleState;
  /** When the state last changed (ISO time). */
  since: string;
  /** Set while the role is an invitation: its id, and when it lapses. */
  invitationId?: string;
  expiresAt?: string;
  /** When the LIS was told that this invitation ran out unanswered (once). */
  lapseToldAt?: string;
  /** Accepting this invitation ends the current holder of the role (replacing a leader or advisor). */
  replaces?: string;
  /** Where to reach this person (copied from their person document, so a decision needs no extra read). */
  conversation?: StoredConversation;
}

/** A leader's approval rights lent to someone else for a period. */
export interface Delegation {
  id: string;
  leader: string;
  leaderName: string;
  delegate: string;
  delegateName: string;
  /** Inclusive dates, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Ended before its last day by the leader; kept as history. */
  revoked?: boolean;
  /** When it was ended (YYYY-MM-DD). */
  endedAt?: string;
}

export interface EmployerRef {
  unitId: string;
  name: string;
  kind: 'municipality' | 'hospital';
}

export interface ServicePeriod {
  start: string;
  end: string;
  position: string;
  /** Percentage of full time, 1–100. */
  percent: number;
  /** Where it is served; unset on the current period: the LIS1 part, or the employer's kind. */
  place?: Arena;
  /** The workplace's name, for periods at another employer. */
  workplace?: string;
  /**
   * LIS3 in general practice, a period in the municipality: in open, unselected general practice
   * (unset: so counted), or in an institution (a nursing home, say).
   */
  setting?: 'general_practice' | 'institution';
}

export const ABSENCE_KINDS = ['holiday', 'sick', 'leave', 'other'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

/** Absence as the leader enters it: dates and a kind, never a diagnosis or a free text. */
export interface AbsencePeriod {
  from: string;
  to: string;
  reason: AbsenceKind;
  /** Who entered it, and when (absent on periods from before entry was possible). */
  recordedBy?: string;
  recordedAt?: string;
}

export const MILESTONE_KINDS = ['intro', 'halfway', 'final'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export interface Milestone {
  kind: MilestoneKind;
  date: string;
  done: boolean;
  /** Marked done by the leader (or delegate) or the advisor, with a short note. */
  doneAt?: string;
  doneBy?: string;
  doneByName?: string;
  note?: string;
  /** When the people concerned were last reminded of it (at most once a day). */
  remindedAt?: string;
}

/** Where an earlier approval was made and by whom, kept on the approval once confirmed. */
export interface PriorSource {
  place: string;
  approverName: string;
  /** A reference to the evidence: a document's name, an archive number or an https link. */
  attachment?: string;
}

/** An approval made before, elsewhere: in which arena, where, by whom and on what day. */
export interface PriorApproval extends PriorSource {
  arena: Arena;
  date: string;
}

/** The LIS's own document: who they are, what they follow, who holds which role. */
export interface TraineeProfile {
  kind: 'profile';
  id: 'profile';
  traineeId: string;
  aadObjectId: string;
  name: string;
  phase: Phase;
  /** LIS1 only: which part of the service is running now. */
  part?: 'hospital' | 'municipality';
  /**
   * The day this part of the training began (for LIS1 the LIS1 start, not the municipal period's):
   * it pins the catalog versions. Unset in older records: the service start is used.
   */
  partStart?: string;
  /**
   * LIS1: whether the hospital year has (or had) service in psychiatry. Psychiatry goals count only
   * then. Unset in records made before this was asked: counted, as before.
   */
  psychiatry?: boolean;
  specialty?: string;
  employer: EmployerRef;
  /** The current period (from the registration). */
  service: ServicePeriod | null;
  /** Earlier periods the employer entered (the LIS1 hospital year, psychiatry), earliest first. */
  earlier?: ServicePeriod[];
  catalogIds: string[];
  /** The LIS's own 1:1 conversation with the bot, for notices about their requests. */
  conversation?: StoredConversation;
  roles: RoleHolder[];
  delegations: Delegation[];
  absence: AbsencePeriod[];
  milestones: Milestone[];
  createdAt: string;
}

export type GoalStatus = 'not_started' | 'in_progress' | 'pending_approval' | 'approved';

/** How long a workplace's name may be (the tab's field and the operation hold the same). */
export const UNIT_NAME_MIN = 2;
export const UNIT_NAME_MAX = 120;
/**
 * Up to this many workplaces the registration form lists them all (about 18 KB as a card); beyond,
 * the card's list is searched as the LIS types (about 140 would pass 40 KB, and some 400 Teams'
 * limit for a message), and the tab's list gets a field to narrow it.
 */
export const UNITS_LISTED_MAX = 50;

/** The most goals one click asks approval for (each is a decision of its own, made while the click waits for the answer). */
export const REQUEST_ALL_MAX = 10;

/** Who decided, when, and on what authority. */
export interface Decision {
  by: string;
  byName: string;
  /** The leader a delegate acted for. */
  onBehalfOf?: string;
  at: string;
  comment?: string;
}

/** A signed activity as the basis of a goal's approval, kept on the goal (so showing it needs no query). */
export interface BasisRef {
  activityId: string;
  description: string;
  kind: ActivityKind;
  /** The supervisor's name, as signed (or the leader's, for an activity the leader marked as met). */
  by: string;
  at: string;
  comment?: string;
  /** Marked as met (innfridd) by the leader instead of signed by a supervisor; `by` is then the leader. */
  met?: true;
}

/**
 * What lists and counts need of a goal's state, kept for every goal in the LIS's document: no names
 * and no comments, so the document stays small whatever the LIS's age.
 */
export interface GoalSummary {
  id: string;
  catalogId: string;
  goalId: string;
  status: GoalStatus;
  rev: number;
  requestedAt?: string;
  remindedAt?: string;
  /**
   * The day it was approved (`YYYY-MM-DD`, from the approval's UTC time: the full time is on the
   * goal's state; a summary of every approved goal is read on each hot path, so it stays short);
   * `prior`: recorded from an approval made earlier elsewhere.
   */
  approvedAt?: string;
  prior?: boolean;
  /** The advisor who recommended approval of the pending request. */
  recommendedBy?: string;
  /** When the leader sent it back to the LIS (while it stays in progress): the comment is on the goal's state. */
  returnedAt?: string;
  /** The advisor advised against approving the pending request (their advice is given). */
  advisedAgainst?: boolean;
  /** The pending request is an approval made earlier elsewhere, for the leader to confirm: that approval is its basis. */
  claimed?: boolean;
}

/** The state of one goal for one LIS (`goal:<catalog>:<goal>`, a document of its own). Absent = not started. */
export interface GoalState {
  kind: 'goal';
  /** `goal:<catalogId>:<goalId>` */
  id: string;
  traineeId: string;
  catalogId: string;
  goalId: string;
  status: GoalStatus;
  /** Bumped on every change; cards carry it to detect staleness. */
  rev: number;
  requestedAt?: string;
  approval?: Decision & { arena: Arena; recordedFrom?: PriorSource };
  /** The advisor's comments on the goal, without advice (at most `ADVISOR_COMMENTS_MAX`). */
  advisorComments?: Decision[];
  /** An approval made earlier elsewhere, as the LIS recorded it, waiting for the leader to confirm it. */
  priorClaim?: PriorApproval;
  /**
   * Sent back to the LIS: a request returned with a comment, or (`undid`) an approval the leader
   * undid, with the reason (the approval itself stays in the audit trail).
   */
  returned?: Decision & { undid?: true };
  /** The advisor's advice on the pending request: for approval, or against it (`against`, with a reason). */
  advisorRecommendation?: Decision & { against?: boolean };
  remindedAt?: string;
  /** The signed activities that name this goal, added as they are signed. */
  basis?: BasisRef[];
  updatedAt: string;
}

/** The summary the LIS's document keeps of a goal state. */
export function summaryOf(g: GoalState): GoalSummary {
  return {
    id: g.id,
    catalogId: g.catalogId,
    goalId: g.goalId,
    status: g.status,
    rev: g.rev,
    ...(g.requestedAt ? { requestedAt: g.requestedAt } : {}),
    ...(g.remindedAt ? { remindedAt: g.remindedAt } : {}),
    ...(g.approval ? { approvedAt: norwayDate(g.approval.at) } : {}),
    ...(g.approval?.recordedFrom ? { prior: true } : {}),
    ...(g.status === 'pending_approval' && g.advisorRecommendation && !g.advisorRecommendation.against
      ? { recommendedBy: g.advisorRecommendation.by }
      : {}),
    ...(g.status === 'in_progress' && g.returned ? { returnedAt: g.returned.at } : {}),
    ...(g.status === 'pending_approval' && g.advisorRecommendation?.against ? { advisedAgainst: true } : {}),
    ...(g.status === 'pending_approval' && g.priorClaim ? { claimed: true } : {}),
  };
}

/** The learning activities DOMAIN names ("Things"), and "other". */
export const ACTIVITY_KINDS = [
  'supervised_procedure',
  'clinical_practice',
  'course',
  'internal_teaching',
  'e_learning',
  'group_guidance',
  'individual_guidance',
  'simulation',
  'placement',
  'self_study',
  'other',
] as const;
/** Kinds no supervisor signs (attended or done alone): the leader marks them as met instead. */
export const UNSUPERVISED_KINDS: readonly ActivityKind[] = [
  'course',
  'e_learning',
  'internal_teaching',
  'self_study',
];
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type ActivityStatus =
  | 'registered'
  | 'pending_signature'
  | 'signed'
  | 'returned'
  | 'met_by_leader'
  /** Sent to the leader to mark as met (a course, e-learning: no supervisor to sign it). */
  | 'pending_met'
  /** Taken back by the LIS after it was returned or never sent: kept, counts for nothing. */
  | 'withdrawn';

export interface GoalRef {
  catalogId: string;
  goalId: string;
}

/** A learning activity: a course, a supervised procedure, … tied to goals. */
export interface LearningActivity {
  kind: 'activity';
  /** `activity:<id>` */
  id: string;
  traineeId: string;
  activityKind: ActivityKind;
  date: string;
  description: string;
  goals: GoalRef[];
  status: ActivityStatus;
  rev: number;
  supervisor?: { aadObjectId: string; name: string; userId?: string };
  requestedAt?: string;
  /**
   * The supervisor's sign-off or return, or the leader's mark that it is met (`met`); `undid`: a
   * return that undid a signature or a mark given by mistake.
   */
  decision?: Decision & { outcome: 'signed' | 'returned' | 'met'; undid?: true };
  /** When the LIS last reminded the supervisor (at most once a day). */
  remindedAt?: string;
  /**
   * Recorded and signed by the supervisor on the LIS's behalf: `pending` until the LIS confirms it
   * (`confirmed`) or disputes it (then it is withdrawn: `disputed`).
   */
  byLis?: 'pending' | 'confirmed' | 'disputed';
  /**
   * The advisor's comment on the activity, the latest only (each one is in the audit trail): one,
   * so an open activity, kept in the LIS's document, stays small. Not shown to supervisors.
   */
  advisorComment?: Decision;
  createdAt: string;
}

/** Where a card was posted: enough to update that message later. */
export interface CardMessage {
  conversationId: string;
  serviceUrl: string;
  activityId: string;
  channelId: string;
  tenantId?: string;
  /** The person the card was addressed to, in their 1:1 chat (absent for a shared chat). */
  for?: string;
}

/** One append-only entry of the audit trail. */
export interface AuditEvent {
  kind: 'audit';
  /** `audit:<teams activity id or other idempotency key>` */
  id: string;
  traineeId: string;
  actor: string;
  onBehalfOf?: string;
  verb: string;
  /** The document the event is about, e.g. `goal:lis1-clinical-2020:DEL1-042`. */
  target: string;
  before: unknown;
  after: unknown;
  comment?: string;
  at: string;
}

/**
 * An administrative change, not about one LIS (a workplace created, a team's tab linked to one),
 * in the audit trail beside what it changed: in the workplace's or the team's own partition.
 */
export interface UnitAuditEvent extends Omit<AuditEvent, 'traineeId' | 'onBehalfOf' | 'comment'> {
  /** The partition it is written in: the workplace's id, or `team:<id>` for a team's link. */
  unitId: string;
  verb: 'unit.create' | 'team.link';
}

/**
 * The messages that show an item's card, to redraw when it changes (`cards:<target>`), newest
 * last and capped: a card older than the last few is not worth a redraw.
 */
export interface CardRefs {
  kind: 'cards';
  id: string;
  traineeId: string;
  target: string;
  messages: CardMessage[];
}

/**
 * Something a change causes for others (a card, a notice, a redraw), stored with the change and
 * delivered at least once afterwards. `lease` is held by the instance delivering it.
 */
export interface OutboxEntry {
  kind: 'outbox';
  /** `outbox:<audit key>`: derived from the change, so a retried change never adds another. */
  id: string;
  traineeId: string;
  /** What the change is about (an item id, or `profile`): one item's entries are delivered in order. */
  target: string;
  /** What the change causes, delivered in this order. */
  effects: Effect[];
  /** How many of `effects` are settled (delivered, or given up after the person who asked was told). */
  done: number;
  /** Those given up, by position. */
  givenUp?: number[];
  createdAt: string;
  /** Attempts at the effect now due (`effects[done]`). */
  attempts: number;
  /** Not to be tried again before this time (back-off after a failed attempt). */
  notBefore: string;
  lease?: { owner: string; until: string };
  /** Set when every effect is settled but some were given up: kept, visible to a coordinator. */
  failed?: { at: string; reason: string };
  /** Cards about `target` sent (or to remember) so far: added to its references when the entry ends. */
  landed?: CardMessage[];
}

/**
 * An advisory session (veiledningssamtale), a document of its own (`session:<id>`): scheduled by the
 * LIS or the advisor, prepared by the LIS, its minutes written and finalised by the advisor, then
 * read-only. Private to the LIS and the advisor; the leader sees only that it took place, and when.
 */
export interface AdvisorySession {
  kind: 'session';
  id: string;
  traineeId: string;
  rev: number;
  date: string;
  /** Individual or group veiledning (LIS3 in general practice counts both). */
  form: 'individual' | 'group';
  hours: number;
  topics: string;
  goals: GoalRef[];
  preparation?: { text: string; at: string };
  minutes?: { text: string; by: string; byName: string; at: string };
  finalisedAt?: string;
  /** Called off before it was held (by the LIS or the advisor): left out of every list, kept for the trail. */
  cancelled?: { by: string; byName: string; at: string };
  /** When the advisor was last reminded to write the minutes (not a change: `rev` stays). */
  remindedAt?: string;
  createdBy: string;
  createdAt: string;
}

export type TraineeDoc = TraineeProfile | GoalState | LearningActivity | AuditEvent;

/** Where to reach a person proactively (a plain copy of the Bot Framework conversation reference). */
export interface StoredConversation {
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
  /** The user's channel id (`29:…` in Teams), also used for `refresh.userIds`. */
  userId: string;
  botId: string;
  /** The person's last known client locale, so messages to them need no extra read. */
  locale?: string;
}

/** A role one person holds for one LIS, listed on the person's own document. */
export interface PersonRole {
  traineeId: string;
  traineeName: string;
  /** `delegate` is held through a leader's delegation, while it lasts. */
  role: Role | 'delegate';
  state: RoleState;
}

/** A person, keyed by Entra object id: locale, how to reach them, the LIS they hold roles for. */
export interface Person {
  id: string;
  aadObjectId: string;
  name: string;
  locale?: string;
  conversation?: StoredConversation;
  /** Set when this person is a LIS. */
  traineeId?: string;
  roles: PersonRole[];
  updatedAt: string;
}

/**
 * An employer unit (a municipality's health service or a hospital department) and its teams.
 * Created by a leader (its owner); a LIS chooses it when registering, and only its leaders
 * link a team to it.
 */
export interface Unit {
  id: string;
  unitId: string;
  name: string;
  kind: 'municipality' | 'hospital';
  teamIds: string[];
  traineeIds: string[];
  /** Who created it and may link teams to it (besides the leaders of its LIS). */
  owners: string[];
}

/** A Teams team the bot is installed in: where to ask about its members, and the unit its channel tab shows. */
export interface TeamRef {
  teamId: string;
  serviceUrl?: string;
  tenantId?: string;
  unitId?: string;
  linkedBy?: string;
}

/** A stored document as the store returns it: the domain object and its ETag. */
export type Stored<T> = T & { etag: string };

export { goalDocId } from './refs';
