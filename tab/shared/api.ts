/**
 * The tab API's answers, as the browser reads them. The server builds its answers against these
 * types too, so the two sides cannot drift apart. No imports: the browser bundle takes it as is.
 */
export interface TraineeSummary {
  traineeId: string;
  name: string;
  phase: string;
  specialty?: string;
  approved: number;
  total: number;
  canOpen: boolean;
  remaining?: number;
  pendingApproval?: number;
  pendingSignature?: number;
  pendingMet?: number;
  /** Of what waits, how much waits for the one looking (their signature, approval or mark). */
  forYou?: number;
  forecast?: string;
}
export interface ActivityRow {
  id: string;
  rev: number;
  /** Waits for a signature, and its supervisor has not been reminded today. */
  remindable?: boolean;
  date: string;
  kind: string;
  description: string;
  goals: string[];
  /** The activity's status (`signed`, `pending_signature`, …). */
  status: string;
  /** Who it waits for, or who decided (signed, returned, marked as met), and when. */
  who?: string;
  at?: string;
  /** The viewer's own signature (or the leader's mark): it may be undone, with a reason. */
  undoable?: boolean;
  /** The advisor's comment: for those who follow the LIS's training (not a supervisor). */
  advisorComment?: AdvisorComment;
  /** The supervisor it was sent to (their Entra id), where it was sent to one. */
  supervisorId?: string;
  /** Recorded (or sent back by the leader): it may go to the leader to be marked as met. */
  askableMet?: boolean;
  /** Recorded and signed by a supervisor on the LIS's behalf: the LIS's answer (pending until given). */
  byLis?: 'pending' | 'confirmed' | 'disputed';
}
/** A comment of the advisor's, as the chat's cards quote it. */
export interface AdvisorComment {
  name: string;
  at: string;
  comment: string;
}
export interface GoalRow {
  docId: string;
  catalogId: string;
  goalId: string;
  title: string;
  arena: string;
  theme: string;
  status: string;
  rev: number;
  /** Sent back by the leader (still in progress). */
  returned?: boolean;
  /** Waits for approval, and the leader has not been reminded today. */
  remindable?: boolean;
}
/**
 * A goal's history (the tab's «Historikk»): each event in words, an approval recorded from elsewhere,
 * and `undoable`: the viewer may undo its approval there, with a reason (as on the goal's card).
 */
export interface GoalHistoryView {
  undoable: boolean;
  /**
   * The viewer's advice on the pending request, when she is the advisor and has given it (else null):
   * the history offers changing it, as the goal's card in the chat does. Not given yet, it waits
   * under «Venter på deg».
   */
  advice: 'for' | 'against' | null;
  recorded: { place: string; approver: string; at: string } | null;
  events: { at: string; who: string; verb: string; what: string; onBehalfOf?: string; comment?: string }[];
}
/**
 * Something of this LIS that waits for the viewer's own decision, as the chat's «hva venter på meg?»
 * lists it: a goal to approve (the leader or a delegate) or advise on (the advisor), an activity to
 * sign (its supervisor) or to mark as met (the leader or a delegate).
 */
export interface ForYouRow {
  /** `confirmRecord`: the LIS confirms (or disputes) an activity a supervisor recorded and signed for them. */
  kind: 'approve' | 'recommend' | 'sign' | 'markMet' | 'confirmRecord';
  /** The goal's or the activity's document id, and the revision the page showed. */
  id: string;
  rev: number;
  /** A goal: its ID and title. An activity: its description. */
  title: string;
  /** When the LIS sent it. */
  requestedAt?: string;
  /** An activity: its date, kind and the IDs of its goals. */
  date?: string;
  activityKind?: string;
  goals?: string[];
  /** An approval: the basis as the approval card shows it, and what is missing from it. */
  basis?: {
    signed: { what: string; by: string; at: string; met?: boolean; comment?: string }[];
    advisor?: { name: string; comment?: string };
    against?: { name: string; comment?: string };
    /** The advisor's comments on the goal (the chat's goal card shows them too). */
    comments?: AdvisorComment[];
    missing: ('advisor' | 'supervisor')[];
  };
  /** Nothing missing: one click approves (else the approval needs a comment). */
  complete?: boolean;
  /** An approval made earlier elsewhere, for the leader to confirm: where, by whom, on what day. */
  claim?: { place: string; approver: string; date: string; attachment?: string };
  /** A delegate decides on behalf of this leader. */
  onBehalfOf?: string;
  /** A record to confirm: the supervisor who recorded and signed it. */
  recordedBy?: string;
}
/** Sent back to the LIS, with the comment: only in the LIS's own view. */
export interface ReturnedRow {
  kind: 'activity' | 'goal';
  what: string;
  by: string;
  at: string;
  comment?: string;
  /** A goal whose approval the leader undid, or an activity whose signature was undone. */
  undid?: true;
}
export interface TraineeDetail {
  traineeId: string;
  name: string;
  phase: string;
  specialty?: string;
  employer: string;
  service: { start: string; end: string; position: string; percent: number } | null;
  /** Every service period with its place; absence per period only for those who may see absence. */
  periods: {
    start: string;
    end: string;
    place: string;
    workplace?: string;
    /** LIS3 in general practice: a municipal period in an institution. */
    setting?: string;
    percent: number;
    /** The registered period (not removable here); `ongoing`: served today. */
    current: boolean;
    ongoing: boolean;
    absenceDays?: number;
    absencePercent?: number;
  }[];
  /**
   * LIS1's two parts, or a general-practice LIS3's two requirements: full-time days served up to
   * today (`days`), and when every period has ended (`planned`), against what each needs;
   * `notEntered`: a LIS1's hospital year, served before the municipal half but not entered here.
   */
  parts: {
    part: string;
    days: number;
    planned: number;
    needed: number;
    psychiatry?: boolean;
    notEntered?: boolean;
  }[];
  milestones: {
    kind: string;
    date: string;
    done: boolean;
    doneByName?: string;
    note?: string;
    /** The viewer (the leader, a delegate or the advisor) may mark it held now: it is due or overdue. */
    markable?: boolean;
  }[];
  progress: {
    total: number;
    approved: number;
    remaining: number;
    pendingApproval: number;
    pendingSignature: number;
    pendingMet: number;
    catalogs: {
      catalogId: string;
      name: string;
      total: number;
      approved: number;
      arenas: { arena: string; total: number; approved: number; pending: number; remaining: number }[];
      themes: { theme: string; remaining: number }[];
    }[];
    /** `also`: while the leader has lent her approval, who else may approve a request (in words). */
    pending: { kind: string; what: string; waitingFor: string; waitingForId?: string; also?: string }[];
    absence?: { days: number; percent: number; limit?: number; level: string };
    forecast?: { status: string; perWeek: number; projected: number };
    /** Why the forecast says what it says (no advisor, goals only another employer approves, the pace), in the page's language. */
    forecastReasons: string[];
    /** Goals left that another arena's employer approves, and whom to contact: as the status card says it. */
    elsewhereLines: string[];
    /** LIS1: the registered period is shorter than the part needs at its percentage (part time lengthens it), in words. */
    serviceShortLine?: string;
    /** Goals with a signed activity that this employer approves: the ones to ask for. */
    ready: { docId: string; goalId: string; rev: number }[];
    /** Goals approved in a plan the LIS was moved off (a newer version): in the export, not counted here. */
    earlier: { name: string; approved: string[] }[];
  };
  goals: GoalRow[];
  canRequest: boolean;
  canRecall: boolean;
  /** The LIS: may remind whoever an activity waits for. */
  canRemind: boolean;
  canRecord: boolean;
  /** The LIS: may take an activity back while it waits, send a returned one again, or withdraw it. */
  canManageActivities: boolean;
  /** The leader or a delegate may draw the confirmation of service (a draft PDF and a printable page). */
  canConfirm: boolean;
  /** The LIS, the leader or a delegate may export the approved goals for Kompetanseportalen. */
  canExport: boolean;
  /** May read a goal's history: no button for those who would be refused (a supervisor). */
  canHistory: boolean;
  /** The advisor: may comment on a goal not approved yet, and on an activity (the LIS is told). */
  canCommentGoals: boolean;
  canCommentActivities: boolean;
  /** An active supervisor of the LIS: may record an activity for them, signed at once (the LIS confirms or disputes it). */
  canRecordForLis: boolean;
  /** The leader or a delegate: may record goals approved earlier elsewhere (they count as approved at once). */
  canRecordPrior: boolean;
  /**
   * Advisory sessions: in full for the LIS and the advisor, dates only for the leader. `write`: what
   * the viewer may write in it now (the LIS's preparation, the advisor's minutes once it was held).
   */
  sessions: {
    id?: string;
    rev?: number;
    write?: 'preparation' | 'minutes';
    /** Not held yet, and the viewer may move it or call it off. */
    movable?: boolean;
    date: string;
    form: string;
    hours: number;
    held: boolean;
    topics?: string;
    preparation?: string;
    minutes?: string;
  }[];
  /** The held sessions counted (group hours against the 120 a LIS3 in general practice needs): for the LIS and the advisor. */
  sessionCounts?: { individual: number; individualHours: number; groupHours: number; groupRequired?: number };
  supervisors: { aadObjectId: string; name: string }[];
  /** The LIS's leader, who may mark an activity as met (a course no supervisor signs). */
  leader?: string;
  /** Who approves for the LIS today (the leader, then her active delegates): a reminder reaches them all. */
  approvers: string[];
  /** Who holds which role around the LIS: for the LIS, the leader, a delegate and the advisor. */
  /**
   * `state` 'lapsed': an invitation that ran out unanswered on `lapsedOn`; `replaces`: it was to replace
   * the leader or advisor who still holds the role.
   */
  roles: {
    aadObjectId: string;
    name: string;
    role: string;
    state: string;
    lapsedOn?: string;
    replaces?: boolean;
  }[];
  /** The LIS: may invite people to roles, end a role and withdraw an invitation. */
  canInvite: boolean;
  /** The LIS or the advisor: may schedule an advisory session. */
  canSchedule: boolean;
  /** Each absence entered (dates and a kind), for those who may see absence (not a supervisor). */
  absences?: { from: string; to: string; kind: string }[];
  /** The leader or a delegate: enters absence, and removes one entered by mistake. */
  canRecordAbsence: boolean;
  /** The leader or a delegate: enters an earlier service period, and removes one entered by mistake. */
  canEditService: boolean;
  /** The newest learning activities, for the same people; `activitiesNext` when older ones exist. */
  activities: ActivityRow[];
  activitiesNext?: ActivitiesCursor;
  returned: ReturnedRow[];
  /** A supervisor: the activities of this LIS they signed or sent back, newest first, and how many in all. */
  decidedByYou: ActivityRow[];
  decidedByYouCount: number;
  /** What waits for the viewer's own decision, oldest first. */
  forYou: ForYouRow[];
}
/** Where the next page of activities starts (`GET /api/tab/trainees/:id/activities?date=&skip=`). */
export interface ActivitiesCursor {
  date: string;
  skip: string[];
}
/** A page of older activities. */
export interface ActivitiesPage {
  activities: ActivityRow[];
  next?: ActivitiesCursor;
}
/** The confirmation of service as the printable page shows it (the same text as the PDF). */
export interface ConfirmationText {
  title: string;
  draft: string;
  facts: { label: string; value: string }[];
  goalsHeading: string;
  goals: string[];
  signature: string;
}
export interface Overview {
  /** `leads`: the viewer leads another LIS (or approves for one), so the export and the plan check are offered. */
  me: { aadObjectId: string; name: string; isLis?: boolean; leads?: boolean };
  unit?: { unitId: string; name: string } | null;
  trainees: TraineeSummary[];
  /** The LIS whose approval the viewer (their leader) may lend someone (the personal tab only). */
  delegable: { traineeId: string; trainee: string }[];
  /** Approval the viewer (a leader) lends someone, not yet over, per LIS (the personal tab only). */
  delegations: {
    traineeId: string;
    trainee: string;
    id: string;
    delegateName: string;
    from: string;
    to: string;
  }[];
  /** Invitations waiting for the viewer's answer (the personal tab only). */
  invitations: { traineeId: string; invitationId: string; trainee: string; role: string }[];
  detail: TraineeDetail | null;
}

/** The registration's fields, as the chat's form names them (`values` holds each as typed). */
export type RegistrationField =
  | 'phase'
  | 'specialty'
  | 'unitId'
  | 'start'
  | 'end'
  | 'position'
  | 'percent'
  | 'partStart'
  | 'psychiatry'
  | 'institution'
  | 'catalogs';

/**
 * The registration form (a LIS registers, or edits their registration): its texts, as the chat's
 * form has them (a label per field, `employer` for the unit's), the choices, and the values to
 * start from (their registration, or what fits).
 */
export interface RegistrationForm {
  registered: boolean;
  texts: Record<
    | Exclude<RegistrationField, 'unitId'>
    | 'title'
    | 'intro'
    | 'specialtyPlaceholder'
    | 'employer'
    | 'noUnits'
    | 'submit',
    string
  >;
  phases: { value: string; title: string }[];
  units: { value: string; title: string }[];
  catalogs: { value: string; title: string }[];
  values: Record<RegistrationField, string>;
}
