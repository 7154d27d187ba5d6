import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { alsoApproves, elsewhereLines, forecastReasons } from '../../cards/progress';
import { registrationModel, unitOption } from '../../cards/registration';
import { askableAsMet, standingOf } from '../../core/activities';
import { norwayDate } from '../../core/dates';
import { DEMO_PEOPLE } from '../../core/demo';
import type { ExportRow } from '../../core/export';
import { approvalArena, approvalUndoable, approvedInEarlierPlans, followsGoal } from '../../core/goals';
import { type Lang, langOf as langOfLocale, t } from '../../core/i18n';
import {
  ABSENCE_KINDS,
  ACTIVITY_KINDS,
  type LearningActivity,
  MILESTONE_KINDS,
  REQUEST_ALL_MAX,
  type Stored,
} from '../../core/model';
import { activeHolders, can, delegatingLeaderName } from '../../core/policy';
import { goalDocId, parseGoalDocId } from '../../core/refs';
import { remindedToday } from '../../core/reminders';
import { OPEN_INVITATIONS_MAX } from '../../core/roles';
import { servesPsychiatry } from '../../core/service';
import { fieldLabel, refusalText, registeredLines, registrationRefusal, verbText } from '../../core/words';
import { confirmationPdf, confirmationText } from '../../documents/confirmation';
import { exportPdf, exportXlsx } from '../../documents/export';
import { decodeText, readCsv, readXlsx } from '../../documents/goalList';
import { absenceRecord } from '../../ops/absenceRecord';
import { absenceRemove } from '../../ops/absenceRemove';
import { activitiesView } from '../../ops/activitiesView';
import { answerRecord } from '../../ops/activityAnswer';
import { askActivityMet } from '../../ops/activityAskMet';
import { commentActivity } from '../../ops/activityComment';
import { decideActivitySignoff } from '../../ops/activityDecide';
import { markActivityMet } from '../../ops/activityMarkMet';
import { reassignActivity } from '../../ops/activityReassign';
import { recallActivity } from '../../ops/activityRecall';
import { recordLearningActivity } from '../../ops/activityRecord';
import { remindActivity } from '../../ops/activityRemind';
import { resendActivity } from '../../ops/activityResend';
import { recordForLis } from '../../ops/activitySupervisorRecord';
import { undoActivityDecision } from '../../ops/activityUndo';
import { withdrawActivity } from '../../ops/activityWithdraw';
import { exportApprovals, exportApprovalsForLeader } from '../../ops/approvalsExport';
import { checkCatalog } from '../../ops/catalogCheck';
import { endDelegation } from '../../ops/delegationEnd';
import { grantDelegation } from '../../ops/delegationGrant';
import { approveAll } from '../../ops/goalApproveAll';
import { claimPriorAll, PRIOR_CLAIMS_MAX } from '../../ops/goalClaimPriorAll';
import { commentGoal } from '../../ops/goalComment';
import { decideGoalApproval } from '../../ops/goalDecide';
import { goalHistory } from '../../ops/goalHistory';
import { recallGoal } from '../../ops/goalRecall';
import { recommendGoal } from '../../ops/goalRecommend';
import { recordPriorAll } from '../../ops/goalRecordPriorAll';
import { remindGoal } from '../../ops/goalRemind';
import { requestGoalApproval } from '../../ops/goalRequest';
import { requestAll } from '../../ops/goalRequestAll';
import { undoGoalApproval } from '../../ops/goalUndo';
import { type ActivityData, type GoalData, permittedProfile } from '../../ops/load';
import { milestoneDone } from '../../ops/milestoneDone';
import { overview, type Summary } from '../../ops/overview';
import { ownProfile, registerTrainee } from '../../ops/profileRegister';
import { answerInvitation } from '../../ops/roleAnswer';
import { inviteToRoles } from '../../ops/roleInvite';
import { removeFromRole } from '../../ops/roleRemove';
import { confirmService } from '../../ops/serviceConfirmation';
import { servicePeriodAdd } from '../../ops/servicePeriodAdd';
import { servicePeriodRemove } from '../../ops/servicePeriodRemove';
import { cancelAdvisorySession } from '../../ops/sessionCancel';
import { writeSessionMinutes } from '../../ops/sessionMinutes';
import { moveAdvisorySession } from '../../ops/sessionMove';
import { prepareAdvisorySession } from '../../ops/sessionPrepare';
import { scheduleAdvisorySession } from '../../ops/sessionSchedule';
import { linkTeam } from '../../ops/teamLink';
import { type TraineeView, viewTrainee } from '../../ops/traineeView';
import type { Call, OpsDeps, Outcome } from '../../ops/types';
import { createUnit } from '../../ops/unitCreate';
import { unitChoices, unitsToLink } from '../../ops/units';
import type {
  ActivitiesPage,
  ActivityRow,
  ForYouRow,
  GoalHistoryView,
  GoalRow,
  RegistrationForm,
  ConfirmationText as SharedConfirmationText,
  TraineeDetail,
  TraineeSummary,
} from '../shared/api';
import { type AuthResult, type Caller, fromLoopback } from './auth';

export interface TabDeps {
  /** The same operations, with the same services, as the bot's. */
  ops: OpsDeps;
  authenticate(
    headers: Record<string, string | string[] | undefined>,
    remoteAddress?: string,
  ): Promise<AuthResult>;
  devIdentity: boolean;
}

function summaryOf(s: Summary): TraineeSummary {
  const { profile, progress: p } = s.view;
  const base = {
    traineeId: profile.traineeId,
    name: profile.name,
    phase: profile.phase,
    ...(profile.specialty ? { specialty: profile.specialty } : {}),
    approved: p.approved,
    total: p.total,
    canOpen: s.full,
  };
  if (!s.full) return base;
  return {
    ...base,
    remaining: p.remaining,
    pendingApproval: p.pendingApproval,
    pendingSignature: p.pendingSignature,
    pendingMet: p.pendingMet,
    forYou: s.forYou,
    ...(p.forecast ? { forecast: p.forecast.status } : {}),
  };
}

/** The detail view's JSON: what `viewTrainee` allows the caller to see, shaped for the page. */
export function detailOf(v: TraineeView, ops: Pick<OpsDeps, 'catalogs' | 'now'>, lang: Lang): TraineeDetail {
  const { profile, snapshot } = v;
  const state = new Map(snapshot.goals.map((g) => [g.id, g]));
  const psychiatry = servesPsychiatry(profile);
  const today = norwayDate(ops.now());
  // Said to the LIS, or of the LIS to someone else (the page escapes the name itself).
  const said = { they: v.viewerIsLis ? ('' as const) : ('They' as const), trainee: profile.name };
  const goals: GoalRow[] = profile.catalogIds.flatMap((cid) =>
    (ops.catalogs.get(cid)?.goals ?? []).flatMap((g) => {
      const s = state.get(goalDocId(cid, g.id));
      if (!followsGoal(psychiatry, g, s?.status)) return [];
      return {
        docId: goalDocId(cid, g.id),
        catalogId: cid,
        goalId: g.id,
        title: g.title,
        arena: approvalArena(profile, g),
        theme: g.theme,
        crossLevel: g.crossLevel,
        status: s?.status ?? 'not_started',
        rev: s?.rev ?? 0,
        ...(s?.requestedAt ? { requestedAt: s.requestedAt } : {}),
        ...(s?.approvedAt ? { approvedAt: s.approvedAt } : {}),
        ...(s?.returnedAt ? { returned: true } : {}),
        // As the chat's status card offers it: a request the leader has not been reminded of today.
        ...(s?.status === 'pending_approval' && !remindedToday(s.remindedAt, today)
          ? { remindable: true }
          : {}),
      };
    }),
  );
  return {
    traineeId: profile.traineeId,
    name: profile.name,
    phase: profile.phase,
    ...(profile.specialty ? { specialty: profile.specialty } : {}),
    employer: profile.employer.name,
    service: profile.service,
    periods: v.periods.periods.map(
      ({
        start,
        end,
        place,
        workplace,
        setting,
        percent,
        current,
        ongoing,
        absenceDays,
        absencePercent,
      }) => ({
        start,
        end,
        place,
        percent,
        current,
        ongoing,
        ...(workplace ? { workplace } : {}),
        ...(setting ? { setting } : {}),
        ...(absenceDays !== undefined ? { absenceDays, absencePercent: absencePercent ?? 0 } : {}),
      }),
    ),
    parts: v.periods.parts,
    progress: {
      ...v.progress,
      // While the leader has lent her approval, each request says who else may approve it, as the card does.
      pending: v.progress.pending.map((q) => {
        const also = q.kind === 'approval' ? alsoApproves(lang, v.progress, q, v.viewer, (s) => s) : '';
        return also ? { ...q, also } : q;
      }),
      // The status card's words for them, so that «I faresonen» says why here too.
      forecastReasons: v.progress.forecast ? forecastReasons(lang, v.progress.forecast, said) : [],
      elsewhereLines: elsewhereLines(lang, v.progress, { ...said, escape: (s) => s }),
      earlier: approvedInEarlierPlans(profile.catalogIds, snapshot.goals, ops.catalogs).map(
        ({ name, approved }) => ({ name, approved }),
      ),
      ...(v.progress.serviceShortDays && profile.service
        ? {
            serviceShortLine: t(lang, 'serviceShort', {
              days: v.progress.serviceShortDays,
              percent: profile.service.percent,
            }),
          }
        : {}),
    },
    milestones: v.progress.milestones.map(({ kind, date, done, doneByName, note, state }) => ({
      kind,
      date,
      done,
      ...(doneByName ? { doneByName } : {}),
      ...(note ? { note } : {}),
      // As the chat's status card offers it: the milestones due or overdue, to whom may mark them.
      ...(v.canMarkMilestones && state !== 'done' && state !== 'later' ? { markable: true } : {}),
    })),
    goals,
    canRequest: v.canRequest,
    canRecall: v.canRecall,
    canRemind: v.canRemind,
    canRecord: v.canRecord,
    canManageActivities: v.canManageActivities,
    canConfirm: v.canConfirm,
    canExport: v.canExport,
    canHistory: v.canHistory,
    canCommentGoals: v.canCommentGoals,
    canCommentActivities: v.canCommentActivities,
    canRecordForLis: v.canRecordForLis,
    canRecordPrior: v.canRecordPrior,
    sessions: v.sessions,
    ...(v.sessionCounts ? { sessionCounts: v.sessionCounts } : {}),
    supervisors: v.supervisors,
    ...(v.leader ? { leader: v.leader } : {}),
    approvers: v.approvers,
    roles: v.roles,
    canInvite: v.canInvite,
    canSchedule: v.canSchedule,
    ...(v.periods.absences
      ? { absences: v.periods.absences.map(({ from, to, reason }) => ({ from, to, kind: reason })) }
      : {}),
    canRecordAbsence: v.canRecordAbsence,
    canEditService: v.periods.mayEdit,
    // The leader (or a delegate) may undo a mark as met, as on the activity's card.
    activities: v.activities.map((a) => ({
      ...activityRow(a, today, v.leader, v.canHistory),
      ...(v.canDecide && a.status === 'met_by_leader' ? { undoable: true } : {}),
    })),
    // What the viewer decided: its standing is that decision, whatever happened to the activity after.
    decidedByYou: v.decidedByYou.map((a) => {
      const { remindable: _r, ...row } = activityRow(a, today, v.leader);
      return {
        ...row,
        // The viewer's own decisions: a signature still standing is theirs to undo, as on its card.
        ...(a.status === 'signed' ? { undoable: true } : {}),
        status: DECIDED_STATUS[a.decision?.outcome ?? 'signed'],
        who: a.decision?.byName ?? '',
        at: a.decision?.at ?? '',
      };
    }),
    decidedByYouCount: v.decidedByYouCount,
    ...(v.activitiesNext ? { activitiesNext: v.activitiesNext } : {}),
    returned: v.returned.map(({ kind, what, by, at, comment, undid }) => ({
      kind,
      what,
      by,
      at,
      ...(comment ? { comment } : {}),
      ...(undid ? { undid } : {}),
    })),
    forYou: v.forYou.map((i) => forYouRow(v, i, ops)),
  };
}

/** One thing waiting for the viewer's decision, with what they need to decide it (an approval's basis). */
function forYouRow(
  v: TraineeView,
  i: TraineeView['forYou'][number],
  ops: Pick<OpsDeps, 'catalogs'>,
): ForYouRow {
  const { profile } = v;
  const behalf = 'onBehalfOf' in i && i.onBehalfOf ? delegatingLeaderName(profile, i.onBehalfOf) : undefined;
  const common = behalf ? { onBehalfOf: behalf } : {};
  if (i.kind === 'sign' || i.kind === 'markMet' || i.kind === 'confirmRecord') {
    const a = i.activity;
    return {
      kind: i.kind,
      id: a.id,
      rev: a.rev,
      title: a.description,
      ...(a.requestedAt ? { requestedAt: a.requestedAt } : {}),
      date: a.date,
      activityKind: a.activityKind,
      goals: a.goals.map((g) => g.goalId),
      ...(i.kind === 'confirmRecord' && a.supervisor ? { recordedBy: a.supervisor.name } : {}),
      ...common,
    };
  }
  const g = i.goal;
  const title = ops.catalogs.goal(g.catalogId, g.goalId)?.title;
  const b = i.basis;
  const advice = (d: { byName: string; comment?: string }) => ({
    name: d.byName,
    ...(d.comment ? { comment: d.comment } : {}),
  });
  return {
    kind: i.kind,
    id: g.id,
    rev: g.rev,
    title: title ? `${g.goalId} ${title}` : g.goalId,
    ...(g.requestedAt ? { requestedAt: g.requestedAt } : {}),
    ...(i.kind === 'approve' ? { complete: i.complete } : {}),
    ...(b
      ? {
          basis: {
            signed: b.signed.map((s) => ({
              what: s.description,
              by: s.by,
              at: s.at,
              ...(s.met ? { met: true } : {}),
              ...(s.comment ? { comment: s.comment } : {}),
            })),
            ...(b.advisor ? { advisor: advice(b.advisor) } : {}),
            ...(b.against ? { against: advice(b.against) } : {}),
            // As on the goal's card: for those who follow the LIS's training.
            ...(v.canHistory && i.comments?.length
              ? {
                  comments: i.comments.map((c) => ({
                    name: c.byName,
                    at: c.at,
                    comment: c.comment ?? '',
                  })),
                }
              : {}),
            missing: b.missing,
          },
        }
      : {}),
    ...(i.claim
      ? {
          claim: {
            place: i.claim.place,
            approver: i.claim.approverName,
            date: i.claim.date,
            ...(i.claim.attachment ? { attachment: i.claim.attachment } : {}),
          },
        }
      : {}),
    ...common,
  };
}

function send(res: Response, status: number, body: unknown): void {
  res.setHeader('cache-control', 'no-store');
  res.send(status, body);
}

/** A decision as the page says where an activity stands after it (its status words). */
const DECIDED_STATUS = { signed: 'signed', returned: 'returned', met: 'met_by_leader' } as const;

/** An activity as the page lists it: where it stands, in the same words as the chat's list. */
function activityRow(
  a: Stored<LearningActivity>,
  today: string,
  leader?: string,
  /** The viewer follows the LIS's training (the chat's cards then quote the advisor's comment). */
  seesAdvisor = false,
): ActivityRow {
  const c = seesAdvisor ? a.advisorComment : undefined;
  return {
    id: a.id,
    rev: a.rev,
    // As the chat's cards offer it: a request waiting for a signature, not reminded today.
    ...(a.status === 'pending_signature' && !remindedToday(a.remindedAt, today) ? { remindable: true } : {}),
    date: a.date,
    kind: a.activityKind,
    description: a.description,
    goals: a.goals.map((g) => g.goalId),
    status: a.status,
    ...standingOf(a, leader),
    ...(c ? { advisorComment: { name: c.byName, at: c.at, comment: c.comment ?? '' } } : {}),
    ...(a.byLis ? { byLis: a.byLis } : {}),
    ...(askableAsMet(a) ? { askableMet: true } : {}),
    ...(a.supervisor ? { supervisorId: a.supervisor.aadObjectId } : {}),
  };
}

/**
 * The HTTP answer to an outcome that did not end in `done`. `not_found` is the same for an unknown
 * id and for someone with no role, so the answer tells a stranger nothing.
 */
function failed(
  req: Request,
  res: Response,
  r: Exclude<Outcome<unknown, { doc?: { status?: string; rev: number } }>, { kind: 'done' }>,
) {
  switch (r.kind) {
    case 'not_found':
      return send(res, 404, { error: 'not_found' });
    case 'invalid':
      return badRequest(req, res, r.field);
    case 'stale':
    case 'lost_race':
      return send(res, 409, {
        error: 'conflict',
        // What the item is now (a session has no status, only its revision).
        ...(r.view.doc
          ? { current: { ...(r.view.doc.status ? { status: r.view.doc.status } : {}), rev: r.view.doc.rev } }
          : {}),
      });
    case 'refused':
      if (r.reason === 'not_allowed') return send(res, 403, { error: 'forbidden' });
      return refused(req, res, 409, r.reason, r.details);
  }
}

/** The language of an answer's words: `?lang=`, else the browser's (Accept-Language), else bokmål. */
function langOf(req: Request): Lang {
  const asked = String((req.query as Record<string, string> | undefined)?.lang ?? '');
  return langOfLocale(asked || req.header('accept-language', ''));
}

/** Input the API does not take: which field, and what the person is shown (the form's own label). */
function badRequest(req: Request, res: Response, field: string, form?: Parameters<typeof fieldLabel>[2]) {
  const lang = langOf(req);
  return send(res, 400, {
    error: 'bad_request',
    field,
    message: refusalText(lang, 'bad_input', { field: fieldLabel(lang, field, form) }),
  });
}

/** An operation's refusal (a date in the future, a goal in another arena …): its reason, and why in words. */
function refused(
  req: Request,
  res: Response,
  status: 400 | 409,
  reason: string,
  details: Record<string, string>,
) {
  return send(res, status, { error: reason, ...details, message: refusalText(langOf(req), reason, details) });
}

const KEY = /^[\w-]{8,100}$/;

/** The tab's JSON API. Every route authenticates first; no data leaves before the token is verified. */
export function registerTabApi(server: Server, deps: TabDeps): void {
  const { ops } = deps;
  const log = ops.log;

  /**
   * A call of an operation from the tab: the caller, and the request's key (the page's `Idempotency-Key`).
   * A token without a `name` claim (and the development identity) gets the name the app knows for
   * the person: a decision records who made it by name.
   */
  const callOf = async (req: Request, caller: Caller): Promise<Call> => {
    const now = ops.now();
    const given = req.header('idempotency-key');
    const name = caller.name || (await ops.store.people.get(caller.aadObjectId))?.name || '';
    return {
      caller: { aadObjectId: caller.aadObjectId, name },
      key: `tab:${given && KEY.test(given) ? given : randomUUID()}`,
      now: now.toISOString(),
      today: norwayDate(now),
    };
  };

  const guarded =
    (handler: (req: Request, res: Response, call: Call) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const auth = await deps.authenticate(req.headers, req.socket.remoteAddress);
      if (!auth.ok) {
        log.warn({ route: req.getPath(), reason: auth.reason }, 'tab request not authenticated');
        send(res, 401, { error: 'unauthenticated' });
        return;
      }
      try {
        await handler(req, res, await callOf(req, auth.caller));
      } catch (err) {
        const id = randomUUID().slice(0, 8);
        log.error({ err, correlationId: id, route: req.getPath() }, 'tab request failed');
        send(res, 500, { error: 'internal', correlationId: id });
      }
    };

  /**
   * A change from the page: who is asking first (`guarded`), then its body checked against the
   * route's schema; what does not fit gets a 400 naming the field, and the handler never runs.
   */
  const changeRoute = <S extends z.ZodType>(
    path: string,
    schema: S,
    handler: (req: Request, res: Response, call: Call, body: z.infer<S>) => Promise<void>,
  ) =>
    server.post(
      path,
      guarded(async (req, res, call) => {
        const body = schema.safeParse(req.body);
        if (!body.success) return badRequest(req, res, String(body.error.issues[0]?.path[0] ?? 'body'));
        return handler(req, res, call, body.data);
      }),
    );

  // The first view in one call: who I am, the LIS I can see, and the detail to open first.
  server.get(
    '/api/tab/overview',
    guarded(async (req, res, call) => {
      const query = req.query as Record<string, string | undefined>;
      const r = await overview(ops, call, {
        ...(query.team !== undefined ? { team: query.team } : {}),
        ...(query.trainee ? { trainee: query.trainee } : {}),
      });
      if (r.kind !== 'done') return failed(req, res, r);
      const o = r.value;
      const me = { aadObjectId: call.caller.aadObjectId, name: o.person?.name ?? call.caller.name };
      if (query.team !== undefined) {
        send(res, 200, {
          me,
          unit: o.unit ?? null,
          trainees: o.trainees.map((x) => summaryOf(x)),
          invitations: [],
          delegable: [],
          delegations: [],
          detail: null,
        });
        return;
      }
      send(res, 200, {
        me: { ...me, isLis: o.isLis, leads: o.leads },
        trainees: o.trainees.map((x) => summaryOf(x)),
        invitations: o.invitations,
        delegable: o.delegable,
        delegations: o.delegations,
        detail: o.detail ? detailOf(o.detail, ops, langOf(req)) : null,
      });
    }),
  );

  server.get(
    '/api/tab/trainees/:traineeId',
    guarded(async (req, res, call) => {
      const r = await viewTrainee(ops, call, { traineeId: String(req.params.traineeId) });
      if (r.kind !== 'done') return failed(req, res, r);
      send(res, 200, detailOf(r.value, ops, langOf(req)));
    }),
  );

  // The confirmation of service (a draft for Helsedirektoratet's form): the printable page's text, and the PDF.
  const confirmation = async (req: Request, res: Response, call: Call) => {
    const r = await confirmService(ops, call, { traineeId: String(req.params.traineeId) });
    if (r.kind !== 'done') {
      failed(req, res, r);
      return undefined;
    }
    // Typed as the page reads it: the document's text and the browser's type cannot drift apart.
    const text: SharedConfirmationText = confirmationText(r.value, langOf(req));
    return text;
  };
  server.get(
    '/api/tab/trainees/:traineeId/confirmation',
    guarded(async (req, res, call) => {
      const text = await confirmation(req, res, call);
      if (text) send(res, 200, text);
    }),
  );
  server.get(
    '/api/tab/trainees/:traineeId/confirmation.pdf',
    guarded(async (req, res, call) => {
      const text = await confirmation(req, res, call);
      if (!text) return;
      const pdf = await confirmationPdf(text);
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', 'attachment; filename="tjenesteattest-utkast.pdf"');
      res.sendRaw(200, pdf);
    }),
  );

  // The record for Kompetanseportalen: every approved goal with its basis, as a spreadsheet or a PDF;
  // each export is an audit event of the LIS concerned.
  const EXPORT_TYPES = {
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    pdf: 'application/pdf',
  } as const;
  const sendExport = async (res: Response, rows: ExportRow[], format: 'xlsx' | 'pdf', lang: Lang) => {
    const body = format === 'xlsx' ? await exportXlsx(rows, lang) : await exportPdf(rows, lang);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-type', EXPORT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="kompetanseportalen.${format}"`);
    res.sendRaw(200, body);
  };
  const sinceOf = (req: Request) => String((req.query as Record<string, string>).since ?? '');
  for (const format of ['xlsx', 'pdf'] as const) {
    server.get(
      `/api/tab/trainees/:traineeId/export.${format}`,
      guarded(async (req, res, call) => {
        const r = await exportApprovals(ops, call, {
          traineeId: String(req.params.traineeId),
          since: sinceOf(req),
          format,
        });
        if (r.kind !== 'done') return failed(req, res, r);
        await sendExport(res, r.value, format, langOf(req));
      }),
    );
    server.get(
      `/api/tab/export.${format}`,
      guarded(async (req, res, call) => {
        const r = await exportApprovalsForLeader(ops, call, { since: sinceOf(req), format });
        if (r.kind !== 'done') return failed(req, res, r);
        await sendExport(res, r.value, format, langOf(req));
      }),
    );
  }

  server.get(
    '/api/tab/trainees/:traineeId/history',
    guarded(async (req, res, call) => {
      const goal = String((req.query as Record<string, string>).goal ?? '');
      if (!parseGoalDocId(goal)) return badRequest(req, res, 'goal');
      const r = await goalHistory(ops, call, { traineeId: String(req.params.traineeId), id: goal });
      if (r.kind !== 'done') return failed(req, res, r);
      const lang = langOf(req);
      // Offered with the history, as on the goal's card: the approval's own arena, or a record the caller made.
      const { doc, profile } = r.value.goal;
      const decide = can(call.caller.aadObjectId, 'goal.decide', profile, call.today);
      const undoable =
        decide.ok &&
        approvalUndoable(doc, profile, {
          by: call.caller.aadObjectId,
          ...(decide.onBehalfOf ? { onBehalfOf: decide.onBehalfOf } : {}),
        });
      const given = doc.advisorRecommendation;
      const advice =
        given &&
        doc.status === 'pending_approval' &&
        !decide.ok &&
        !doc.priorClaim &&
        given.by === call.caller.aadObjectId &&
        can(call.caller.aadObjectId, 'goal.recommend', profile, call.today).ok
          ? given.against
            ? ('against' as const)
            : ('for' as const)
          : null;
      const view: GoalHistoryView = {
        undoable,
        advice,
        recorded: r.value.recorded ?? null,
        // Each event's verb in words too, the same as the bot's history card says.
        events: r.value.events.map((e) => ({ ...e, what: verbText(lang, e.verb) })),
      };
      send(res, 200, view);
    }),
  );

  // "Vis eldre" under the activities: the next page, through the same door as the chat's list.
  const olderQuery = z.object({
    date: z.iso.date(),
    skip: z
      .string()
      .max(8_000)
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(z.string().max(200)).max(100)),
  });
  server.get(
    '/api/tab/trainees/:traineeId/activities',
    guarded(async (req, res, call) => {
      const q = olderQuery.safeParse(req.query);
      if (!q.success) return badRequest(req, res, String(q.error.issues[0]?.path[0] ?? 'query'));
      const r = await activitiesView(ops, call, {
        traineeId: String(req.params.traineeId),
        before: { date: q.data.date, skip: q.data.skip },
      });
      if (r.kind === 'refused') return send(res, 403, { error: 'forbidden' });
      if (r.kind !== 'done') return failed(req, res, r);
      const leader = activeHolders(r.value.profile, 'leader')[0]?.name;
      const page: ActivitiesPage = {
        // Only those who may read the history get this far, as for the first page.
        activities: r.value.activities.map((a) => activityRow(a, call.today, leader, true)),
        ...(r.value.next ? { next: r.value.next } : {}),
      };
      send(res, 200, page);
    }),
  );

  /** A goal as the page names it: its document id and the revision it showed. */
  const goalRef = z.object({
    id: z
      .string()
      .max(200)
      .refine((id) => !!parseGoalDocId(id), 'expected a goal id'),
    rev: z.number().int().min(0),
  });
  const activityRef = z.object({
    id: z.string().max(200).startsWith('activity:'),
    rev: z.number().int().min(0),
  });
  // A comment longer than a decision keeps is refused by the decision itself, with the limit in words.
  const comment = { comment: z.string().max(20_000).optional() };
  const goalDecision = goalRef.extend(comment);
  const activityDecision = activityRef.extend(comment);
  type Ref = {
    traineeId: string;
    id: string;
    rev: number;
    comment?: string;
    to?: string;
    description?: string;
    date?: string;
  };
  type Decision = (
    ops: OpsDeps,
    call: Call,
    input: Ref,
  ) => Promise<Outcome<GoalData | ActivityData, GoalData | ActivityData>>;
  // The same decisions as the chat's buttons, by whoever the policy lets make them: the LIS asks for
  // approval, takes a request back or reminds (once a day); the leader or a delegate approves or sends
  // back; the advisor advises or comments; the supervisor signs or sends back; the leader marks as met.
  const decisions: [string, z.ZodType<Omit<Ref, 'traineeId'>>, Decision][] = [
    ['goals/request', goalRef, requestGoalApproval],
    ['goals/recall', goalRef, recallGoal],
    ['goals/remind', goalRef, remindGoal],
    ['goals/approve', goalDecision, (o, c, i) => decideGoalApproval(o, c, i, 'approved')],
    ['goals/return', goalDecision, (o, c, i) => decideGoalApproval(o, c, i, 'returned')],
    ['goals/recommend', goalDecision, (o, c, i) => recommendGoal(o, c, i, 'for')],
    ['goals/advise-against', goalDecision, (o, c, i) => recommendGoal(o, c, i, 'against')],
    ['goals/undo', goalDecision, undoGoalApproval],
    ['goals/comment', goalDecision, commentGoal],
    ['activities/remind', activityRef, remindActivity],
    ['activities/sign', activityDecision, (o, c, i) => decideActivitySignoff(o, c, i, 'signed')],
    ['activities/return', activityDecision, (o, c, i) => decideActivitySignoff(o, c, i, 'returned')],
    ['activities/mark-met', activityDecision, markActivityMet],
    ['activities/recall', activityRef, recallActivity],
    ['activities/withdraw', activityRef, withdrawActivity],
    ['activities/undo', activityDecision, undoActivityDecision],
    ['activities/comment', activityDecision, commentActivity],
    // The LIS answers a record their supervisor made for them.
    ['activities/confirm-record', activityRef, (o, c, i) => answerRecord(o, c, i, 'confirmed')],
    // One no supervisor signs (a course), sent to the leader to mark as met.
    ['activities/ask-met', activityRef, askActivityMet],
    // A request waiting for one supervisor, moved to another (the first one's card says so).
    [
      'activities/reassign',
      activityRef.extend({ to: z.string().min(1).max(128) }),
      (o, c, i) => reassignActivity(o, c, { ...i, to: i.to ?? '' }),
    ],
    ['activities/dispute', activityRef, (o, c, i) => answerRecord(o, c, i, 'disputed')],
    [
      'activities/resend',
      // Sent again as it was, or put right first (what it was, when): what a supervisor sends one back for.
      activityRef.extend({
        to: z.string().min(1).max(128),
        description: z.string().max(20_000).optional(),
        date: z.string().max(20).optional(),
      }),
      (o, c, i) => resendActivity(o, c, { ...i, to: i.to ?? '' }),
    ],
  ];
  for (const [route, schema, op] of decisions)
    changeRoute(`/api/tab/trainees/:traineeId/${route}`, schema, async (req, res, call, body) => {
      const r = await op(ops, call, { traineeId: String(req.params.traineeId), ...body });
      if (r.kind !== 'done') return failed(req, res, r);
      const doc = r.value.doc;
      send(res, 200, {
        status: doc.status,
        rev: doc.rev,
        ...(doc.remindedAt ? { remindedAt: doc.remindedAt } : {}),
      });
    });

  // A leader lends approval for one LIS or all of hers to someone picked, for a period, or ends a
  // loan early: the chat's operations (the delegate is told).
  const delegationBody = z.object({
    delegate: z.string().max(128),
    name: z.string().trim().max(200).optional(),
    trainee: z.string().max(200).optional(),
    from: z.string().max(20),
    to: z.string().max(20),
  });
  changeRoute('/api/tab/delegations', delegationBody, async (req, res, call, body) => {
    const r = await grantDelegation(ops, call, body);
    if (r.kind === 'invalid') return badRequest(req, res, r.field);
    if (r.kind === 'refused' && r.reason === 'not_a_leader') return send(res, 403, { error: 'forbidden' });
    if (r.kind === 'refused') return refused(req, res, 400, r.reason, r.details);
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, 201, r.value);
  });
  const delegationRef = z.object({ traineeId: z.string().max(200), id: z.string().max(100) });
  changeRoute('/api/tab/delegations/end', delegationRef, async (req, res, call, body) => {
    const r = await endDelegation(ops, call, body);
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, 200, { trainee: r.value.trainee, delegateName: r.value.delegation.delegateName });
  });

  // The invitee answers an invitation (Takk ja / Takk nei), as on the invitation's card.
  const answerBody = z.object({
    traineeId: z.string().max(200),
    invitationId: z.string().max(100),
    accept: z.boolean(),
  });
  changeRoute('/api/tab/invitations/answer', answerBody, async (req, res, call, body) => {
    const r = await answerInvitation(ops, call, body);
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, 200, {
      trainee: r.value.profile.name,
      role: r.value.holder.role,
      state: r.value.holder.state,
    });
  });

  // The LIS invites one person at a time (picked in Teams' people picker), and ends a role or
  // withdraws an invitation: the same operations as the chat's invitation card and roles list.
  const role = z.enum(['leader', 'advisor', 'supervisor']);
  const inviteBody = z.object({
    aadObjectId: z.string().max(128),
    name: z.string().trim().max(200).optional(),
    role,
    replace: z.boolean().optional(),
  });
  changeRoute('/api/tab/trainees/:traineeId/roles/invite', inviteBody, async (req, res, call, body) => {
    const { replace, ...who } = body;
    const r = await inviteToRoles(ops, call, {
      traineeId: String(req.params.traineeId),
      people: [who],
      replace: replace === true,
    });
    if (r.kind === 'invalid') return badRequest(req, res, 'aadObjectId');
    if (r.kind !== 'done') return failed(req, res, r);
    const line = r.value.lines[0];
    if (!line) return badRequest(req, res, 'aadObjectId');
    if (line.result !== 'invited')
      return refused(req, res, 409, line.result, {
        name: line.name,
        trainee: r.value.profile.name,
        max: String(OPEN_INVITATIONS_MAX),
      });
    send(res, 200, {
      name: line.name,
      role: line.role,
      ...(line.unreachable ? { unreachable: true } : {}),
    });
  });
  const removeBody = z.object({ aadObjectId: z.string().max(128), role });
  changeRoute('/api/tab/trainees/:traineeId/roles/remove', removeBody, async (req, res, call, body) => {
    const r = await removeFromRole(ops, call, { traineeId: String(req.params.traineeId), ...body });
    if (r.kind !== 'done') return failed(req, res, r);
    const { name, role, state } = r.value.removed;
    send(res, 200, { name, role, state });
  });

  // Advisory sessions, as the chat's sessions card has them: the LIS or the advisor schedules one,
  // the LIS writes the preparation, the advisor the minutes (a draft, or finalised: then read-only).
  const scheduleBody = z.object({
    date: z.string().max(20),
    sessionForm: z.enum(['individual', 'group']),
    hours: z.number().finite(),
    topics: z.string().max(20_000),
  });
  changeRoute('/api/tab/trainees/:traineeId/sessions', scheduleBody, async (req, res, call, body) => {
    const { sessionForm: form, ...rest } = body;
    const r = await scheduleAdvisorySession(ops, call, {
      traineeId: String(req.params.traineeId),
      form,
      ...rest,
    });
    // What the rule refuses (no topics, a duration out of bounds) is the form's to correct: a 400.
    if (r.kind === 'refused' && r.reason !== 'not_allowed')
      return refused(req, res, 400, r.reason, r.details);
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, 201, { id: r.value.id, rev: r.value.rev, date: r.value.date });
  });
  const sessionText = z.object({
    id: z.string().max(200).startsWith('session:'),
    rev: z.number().int().min(0),
    // An emptied field is not sent by the page: the text is then empty (a preparation taken away).
    text: z.string().max(20_000).default(''),
  });
  const sessionChanges: [
    string,
    (
      call: Call,
      traineeId: string,
      input: z.infer<typeof sessionText>,
    ) => ReturnType<typeof prepareAdvisorySession>,
  ][] = [
    ['sessions/prepare', (call, traineeId, i) => prepareAdvisorySession(ops, call, { traineeId, ...i })],
    [
      'sessions/minutes',
      (call, traineeId, i) => writeSessionMinutes(ops, call, { traineeId, ...i, finalise: false }),
    ],
    [
      'sessions/finalise',
      (call, traineeId, i) => writeSessionMinutes(ops, call, { traineeId, ...i, finalise: true }),
    ],
  ];
  // A session not held yet, moved to another day or called off (the LIS or the advisor; the other is told).
  const sessionMoveBody = z.object({
    id: z.string().max(200).startsWith('session:'),
    rev: z.number().int().min(0),
    date: z.string().max(20),
  });
  changeRoute('/api/tab/trainees/:traineeId/sessions/move', sessionMoveBody, async (req, res, call, body) => {
    const r = await moveAdvisorySession(ops, call, { traineeId: String(req.params.traineeId), ...body });
    if (r.kind === 'refused' && r.reason !== 'not_allowed')
      return refused(req, res, 400, r.reason, r.details);
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, 200, { rev: r.value.doc.rev, date: r.value.doc.date });
  });
  const sessionRef = sessionMoveBody.omit({ date: true });
  changeRoute('/api/tab/trainees/:traineeId/sessions/cancel', sessionRef, async (req, res, call, body) => {
    const r = await cancelAdvisorySession(ops, call, { traineeId: String(req.params.traineeId), ...body });
    if (r.kind === 'refused' && r.reason !== 'not_allowed')
      return refused(req, res, 400, r.reason, r.details);
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, 200, { rev: r.value.doc.rev });
  });
  for (const [route, op] of sessionChanges)
    changeRoute(`/api/tab/trainees/:traineeId/${route}`, sessionText, async (req, res, call, body) => {
      const r = await op(call, String(req.params.traineeId), body);
      if (r.kind !== 'done') return failed(req, res, r);
      send(res, 200, { rev: r.value.doc.rev, finalised: !!r.value.doc.finalisedAt });
    });

  /**
   * The leader's (or a delegate's) entries in the LIS's record, as in the chat: absence (dates and a
   * kind; the LIS is told) and earlier service periods, each added or removed when entered by
   * mistake. What the rule refuses (an overlap, no such entry) is said in words; someone with a role
   * who may not make entries (`refusal`: the LIS, the advisor, a supervisor) gets the 403 every route gives.
   */
  const recordEntry = <S extends z.ZodType<Record<string, unknown>>, V>(
    route: string,
    schema: S,
    refusal: string,
    op: (call: Call, input: z.infer<S> & { traineeId: string }) => Promise<Outcome<V>>,
    answer: (v: V) => { status: 200 | 201; body: object },
  ) =>
    changeRoute(`/api/tab/trainees/:traineeId/${route}`, schema, async (req, res, call, body) => {
      const r = await op(call, { ...body, traineeId: String(req.params.traineeId) });
      if (r.kind === 'refused' && r.reason === refusal) return send(res, 403, { error: 'forbidden' });
      // A new entry refused (an overlap) is the form's to correct, as a new activity's; a removal, a conflict.
      if (r.kind === 'refused')
        return refused(req, res, route.endsWith('/remove') ? 409 : 400, r.reason, r.details);
      if (r.kind !== 'done') return failed(req, res, r);
      const a = answer(r.value);
      send(res, a.status, a.body);
    });
  const day = z.string().max(20);
  recordEntry(
    'absence',
    z.object({ from: day, to: day, kind: z.enum(ABSENCE_KINDS) }),
    'not_allowed_absence',
    (call, input) => absenceRecord(ops, call, input),
    (v) => ({ status: 201, body: { ...v.entry, ...(v.figures ? { days: v.figures.days } : {}) } }),
  );
  recordEntry(
    'absence/remove',
    z.object({ from: day }),
    'not_allowed_absence',
    (call, input) => absenceRemove(ops, call, input),
    (v) => ({ status: 200, body: { days: v.figures?.days ?? 0 } }),
  );
  recordEntry(
    'periods',
    z.object({
      place: z.enum(['hospital', 'municipality', 'psychiatry']),
      setting: z.enum(['general_practice', 'institution']).optional(),
      workplace: z.string().max(1000).optional(),
      start: day,
      end: day,
      position: z.string().max(1000).optional(),
      percent: z.number().int().optional(),
    }),
    'not_allowed_service',
    (call, input) => servicePeriodAdd(ops, call, input),
    (v) => ({ status: 201, body: { start: v.period.start, end: v.period.end, place: v.period.place } }),
  );
  recordEntry(
    'periods/remove',
    z.object({ start: day }),
    'not_allowed_service',
    (call, input) => servicePeriodRemove(ops, call, input),
    () => ({ status: 200, body: {} }),
  );

  // The leader, a delegate or the advisor marks a milestone held, with a short note, as from the status card.
  const milestoneBody = z.object({
    kind: z.enum(MILESTONE_KINDS),
    note: z.string().max(20_000).optional(),
  });
  changeRoute('/api/tab/trainees/:traineeId/milestones/done', milestoneBody, async (req, res, call, body) => {
    const r = await milestoneDone(ops, call, { traineeId: String(req.params.traineeId), ...body });
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, 200, { kind: r.value.milestone.kind, done: true });
  });

  /** Goals named together (up to what one click takes). */
  const goalRefs = z.object({ goals: z.array(goalRef).min(1).max(REQUEST_ALL_MAX) });
  // Every goal ready, asked for in one click (up to what one click takes): the leader gets one message naming them.
  changeRoute('/api/tab/trainees/:traineeId/goals/request-all', goalRefs, async (req, res, call, body) => {
    const r = await requestAll(ops, call, { traineeId: String(req.params.traineeId), items: body.goals });
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, 200, { requested: r.value.requested, count: r.value.count });
  });

  // The leader approves every goal shown with a complete basis in one click, after a second that asks:
  // each a decision of its own (policy, basis and revision checked again), one message to the LIS.
  changeRoute('/api/tab/trainees/:traineeId/goals/approve-all', goalRefs, async (req, res, call, body) => {
    const traineeId = String(req.params.traineeId);
    // Asked once before the run, as asking for all is: a stranger gets the 404 of no such LIS.
    const may = await permittedProfile(ops, call, traineeId, 'goal.decide');
    if (may.kind !== 'permitted') return failed(req, res, may);
    send(
      res,
      200,
      await approveAll(
        ops,
        call,
        body.goals.map((g) => ({ traineeId, ...g })),
      ),
    );
  });

  // The facts of goals approved earlier elsewhere, and which goals.
  const priorClaimsBody = z.object({
    goals: z.array(goalRef).min(1).max(PRIOR_CLAIMS_MAX),
    arena: z.string().max(20),
    place: z.string().max(120),
    approver: z.string().max(120),
    date: z.iso.date(),
    attachment: z.string().max(300).optional(),
  });
  // Goals approved earlier elsewhere, stated together with one set of facts: by the LIS (sent to the
  // leader to confirm), or by the leader or a delegate (recorded as approved at once, as from a goal's card).
  const priorRoute = (route: string, op: typeof claimPriorAll | typeof recordPriorAll) =>
    server.post(
      `/api/tab/trainees/:traineeId/goals/${route}`,
      guarded(async (req, res, call) => {
        const body = priorClaimsBody.safeParse(req.body);
        const field = (f: string | number | symbol | undefined) =>
          badRequest(req, res, String(f ?? 'body'), 'prior');
        if (!body.success) return field(body.error.issues[0]?.path[0]);
        const r = await op(ops, call, { traineeId: String(req.params.traineeId), ...body.data });
        if (r.kind === 'invalid') return field(r.field);
        if (r.kind !== 'done') return failed(req, res, r);
        send(res, 200, r.value);
      }),
    );
  priorRoute('prior', claimPriorAll);
  priorRoute('record-prior', recordPriorAll);

  const activityBody = z.object({
    activityKind: z.enum(ACTIVITY_KINDS),
    date: z.iso.date(),
    description: z.string().max(20_000),
    goals: z.array(z.object({ catalogId: z.string().max(80), goalId: z.string().max(20) })).max(200),
    supervisor: z.string().max(128).optional(),
  });
  changeRoute('/api/tab/trainees/:traineeId/activities', activityBody, async (req, res, call, body) => {
    const r = await recordLearningActivity(ops, call, {
      traineeId: String(req.params.traineeId),
      ...body,
    });
    if (r.kind === 'refused' && r.reason !== 'not_allowed')
      return refused(req, res, 400, r.reason, r.details);
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, 201, { id: r.value.activity.id, status: r.value.activity.status });
  });

  // A supervisor records an activity for the LIS and signs it in one step, as «signer Alex: …» in
  // the chat: it counts at once, and the LIS gets a card to confirm or dispute it.
  const supervisedBody = activityBody.omit({ supervisor: true });
  changeRoute(
    '/api/tab/trainees/:traineeId/activities/supervised',
    supervisedBody,
    async (req, res, call, body) => {
      const r = await recordForLis(ops, call, {
        traineeId: String(req.params.traineeId),
        activityKind: body.activityKind,
        date: body.date,
        description: body.description,
        goals: body.goals.map((g) => `${g.catalogId}|${g.goalId}`).join(','),
      });
      // Only an active supervisor: anyone else with a role for the LIS gets 403, a stranger 404.
      if (r.kind === 'invalid') return badRequest(req, res, r.field);
      if (r.kind === 'refused' && r.reason !== 'not_allowed')
        return refused(req, res, 400, r.reason, r.details);
      if (r.kind !== 'done') return failed(req, res, r);
      send(res, 201, { id: r.value.activity.id, status: r.value.activity.status });
    },
  );

  // A dry run of an official goal list (CSV or XLSX, base64 inside the JSON body): what would change.
  const catalogCheckBody = z.object({
    fileName: z
      .string()
      .max(200)
      .regex(/\.(csv|xlsx)$/i, 'expected a .csv or .xlsx file'),
    content: z.string().max(240_000),
    id: z.string().max(64),
    name: z.string().max(120).optional(),
    part: z.enum(['LIS1', 'LIS2/3']),
    kind: z.enum(['clinical', 'fkm']),
    specialty: z.string().max(60).optional(),
    version: z.string().max(40),
    from: z.iso.date(),
  });
  changeRoute('/api/tab/catalogs/check', catalogCheckBody, async (_req, res, call, b) => {
    const bytes = Buffer.from(b.content, 'base64');
    let table: { header: string[]; rows: string[][] };
    try {
      table = /\.csv$/i.test(b.fileName) ? readCsv(decodeText(bytes)) : await readXlsx(bytes);
    } catch {
      return send(res, 400, { error: 'unreadable_file' });
    }
    const r = await checkCatalog(ops, call, {
      ...table,
      meta: {
        id: b.id,
        name: b.name ?? b.id,
        kind: b.kind,
        part: b.part,
        ...(b.specialty ? { specialty: b.specialty } : {}),
        version: b.version,
        effectiveFrom: b.from,
        effectiveTo: null,
        demo: false,
        source: b.fileName,
      },
    });
    if (r.kind === 'problems') return send(res, 422, { error: 'bad_rows', problems: r.problems });
    if (r.kind !== 'done') return send(res, 404, { error: 'not_found' });
    send(res, 200, r.value);
  });

  // The channel tab's configuration: the units the caller is part of, and linking the team to one.
  server.get(
    '/api/tab/units',
    guarded(async (_req, res, call) => {
      send(res, 200, { units: await unitsToLink(ops, call) });
    }),
  );

  // A leader creates her workplace where she links her team's tab to it, as with «opprett arbeidssted» in the chat.
  const unitBody = z.object({ name: z.string().max(1000), kind: z.enum(['municipality', 'hospital']) });
  changeRoute('/api/tab/units', unitBody, async (req, res, call, body) => {
    const r = await createUnit(ops, call, body);
    if (r.kind === 'invalid') return refused(req, res, 400, 'unit_name_length', r.details ?? {});
    if (r.kind === 'refused') return refused(req, res, 409, r.reason, r.details);
    if (r.kind !== 'done') return failed(req, res, r);
    const { unit, created } = r.value;
    send(res, created ? 201 : 200, { unitId: unit.unitId, name: unit.name, created });
  });

  // A LIS registers (or edits their registration) in the tab, as with «kom i gang» in the chat: the
  // form's texts and choices as the chat's form has them, and the values to start from.
  server.get(
    '/api/tab/registration',
    guarded(async (req, res, call) => {
      const [profile, units] = await Promise.all([
        ownProfile(ops, call.caller.aadObjectId),
        unitChoices(ops),
      ]);
      // The chat's form's model, its names as typed (the page escapes what it shows).
      const m = registrationModel(ops.catalogs, langOf(req), {
        units,
        escape: (x) => x,
        ...(profile ? { profile } : {}),
      });
      const form: RegistrationForm = {
        registered: !!profile,
        texts: {
          title: m.title,
          intro: m.intro,
          phase: m.phaseLabel,
          specialty: m.specialtyLabel,
          specialtyPlaceholder: m.specialtyPlaceholder,
          employer: m.employerLabel,
          noUnits: m.noUnits,
          start: m.startLabel,
          end: m.endLabel,
          position: m.positionLabel,
          percent: m.percentLabel,
          partStart: m.partStartLabel,
          psychiatry: m.psychiatryLabel,
          institution: m.institutionLabel,
          catalogs: m.catalogsLabel,
          submit: m.submit,
        },
        phases: m.phases,
        // Every workplace: the page lists them all (the chat's card searches them when there are many).
        units: units.map((u) => unitOption(langOf(req), u)),
        catalogs: m.catalogs,
        values: m.values,
      };
      send(res, 200, form);
    }),
  );
  const registrationBody = z.object({
    phase: z.string().max(40),
    specialty: z.string().max(200).optional(),
    unitId: z.string().max(200),
    start: z.string().max(20),
    end: z.string().max(20),
    position: z.string().max(500).optional(),
    percent: z.number().optional(),
    partStart: z.string().max(20).optional(),
    psychiatry: z.boolean().optional(),
    institution: z.boolean().optional(),
    catalogs: z.array(z.string().max(120)).max(20).optional(),
  });
  changeRoute('/api/tab/registration', registrationBody, async (req, res, call, body) => {
    const lang = langOf(req);
    const { catalogs, ...rest } = body;
    const r = await registerTrainee(ops, call, {
      ...rest,
      ...(catalogs ? { catalogs: catalogs.join(',') } : {}),
    });
    if (r.kind === 'invalid')
      return send(res, 400, { error: 'bad_request', field: r.field, message: registrationRefusal(lang, r) });
    if (r.kind === 'refused')
      return send(res, 409, { error: r.reason, message: registrationRefusal(lang, r) });
    if (r.kind !== 'done') return failed(req, res, r);
    send(res, r.value.created ? 201 : 200, {
      traineeId: r.value.profile.traineeId,
      message: registeredLines(lang, r.value, ops.catalogs).join(' '),
    });
  });

  const linkBody = z.object({ unitId: z.string().min(1).max(200) });
  server.post(
    '/api/tab/teams/:teamId/link',
    guarded(async (req, res, call) => {
      const body = linkBody.safeParse(req.body);
      if (!body.success) return send(res, 400, { error: 'bad_request' });
      const r = await linkTeam(ops, call, { teamId: String(req.params.teamId), unitId: body.data.unitId });
      if (r.kind === 'invalid') return send(res, 400, { error: 'bad_request' });
      // The same answer for a unit that does not exist, one the caller does not lead, and a team they are not in.
      if (r.kind !== 'done') return send(res, 403, { error: 'forbidden' });
      send(res, 200, r.value);
    }),
  );

  // Development only: the demo people the page offers as a development identity.
  server.get('/api/tab/dev/people', async (req, res) => {
    if (!deps.devIdentity || !fromLoopback(req.headers, req.socket.remoteAddress)) {
      send(res, 404, { error: 'not_found' });
      return;
    }
    send(res, 200, { people: Object.values(DEMO_PEOPLE) });
  });
}
