import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { recordActivity, requestSignature, supervisorRef } from '../../core/activities';
import type { CatalogSet } from '../../core/catalog';
import { toIsoDate } from '../../core/dates';
import { DEMO_PEOPLE } from '../../core/demo';
import { requestApproval } from '../../core/goals';
import {
  ACTIVITY_KINDS,
  type AuditEvent,
  type GoalState,
  goalDocId,
  type LearningActivity,
  type Stored,
  type TraineeProfile,
} from '../../core/model';
import { activeHolders, can, standingsOf } from '../../core/policy';
import { progressOf } from '../../core/progress';
import { isConflict, type Store, type TraineeSnapshot } from '../../store';
import type { GoalRow, TraineeDetail, TraineeSummary } from '../shared/api';
import type { AuthResult, Caller } from './auth';

/** The least of a logger the tab needs (the server passes its pino logger). */
export interface TabLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface TabDeps {
  store: Store;
  catalogs: CatalogSet;
  log: TabLog;
  now: () => Date;
  authenticate(headers: Record<string, string | string[] | undefined>): Promise<AuthResult>;
  devIdentity: boolean;
  /** Told after the tab asked for an approval or a signature, so the bot can send the cards. */
  hooks?: {
    goalRequested?(saved: Stored<GoalState>, snap: TraineeSnapshot): void;
    activityRequested?(saved: Stored<LearningActivity>, profile: TraineeProfile): void;
  };
}

const DETAIL_ROLES_FOR_ABSENCE = new Set(['lis', 'leader', 'delegate', 'advisor']);

function summary(snap: TraineeSnapshot, catalogs: CatalogSet, today: string, full: boolean): TraineeSummary {
  const p = progressOf(snap.profile, snap.goals, snap.activities, catalogs, today);
  const base = {
    traineeId: snap.profile.traineeId,
    name: snap.profile.name,
    phase: snap.profile.phase,
    ...(snap.profile.specialty ? { specialty: snap.profile.specialty } : {}),
    approved: p.approved,
    total: p.total,
    canOpen: full,
  };
  if (!full) return base;
  return {
    ...base,
    remaining: p.remaining,
    pendingApproval: p.pendingApproval,
    pendingSignature: p.pendingSignature,
    ...(p.forecast ? { forecast: p.forecast.status } : {}),
  };
}

export function detailOf(
  snap: TraineeSnapshot,
  catalogs: CatalogSet,
  viewer: string,
  today: string,
): TraineeDetail {
  const { profile } = snap;
  const p = progressOf(profile, snap.goals, snap.activities, catalogs, today);
  const state = new Map(snap.goals.map((g) => [g.id, g]));
  const goals: GoalRow[] = profile.catalogIds.flatMap((cid) =>
    (catalogs.get(cid)?.goals ?? []).map((g) => {
      const s = state.get(goalDocId(cid, g.id));
      return {
        docId: goalDocId(cid, g.id),
        catalogId: cid,
        goalId: g.id,
        title: g.title,
        arena: g.arena,
        theme: g.theme,
        crossLevel: g.crossLevel,
        status: s?.status ?? 'not_started',
        rev: s?.rev ?? 0,
        ...(s?.requestedAt ? { requestedAt: s.requestedAt } : {}),
        ...(s?.approval ? { approvedAt: s.approval.at } : {}),
      };
    }),
  );
  // Absence is health-related: the LIS and those who follow the LIS closely, not every supervisor.
  const seesAbsence = standingsOf(viewer, profile, today).some((s) => DETAIL_ROLES_FOR_ABSENCE.has(s.as));
  const { absence, ...rest } = p;
  return {
    traineeId: profile.traineeId,
    name: profile.name,
    phase: profile.phase,
    ...(profile.specialty ? { specialty: profile.specialty } : {}),
    employer: profile.employer.name,
    service: profile.service,
    progress: seesAbsence && absence ? { ...rest, absence } : rest,
    milestones: profile.milestones,
    goals,
    canRequest: can(viewer, 'goal.request', profile, today).ok,
    canRecord: can(viewer, 'activity.record', profile, today).ok,
    supervisors: activeHolders(profile, 'supervisor').map((r) => ({
      aadObjectId: r.aadObjectId,
      name: r.name,
    })),
  };
}

function send(res: Response, status: number, body: unknown): void {
  res.setHeader('cache-control', 'no-store');
  res.send(status, body);
}

/** The tab's JSON API. Every route authenticates first; no data leaves before the token is verified. */
export function registerTabApi(server: Server, deps: TabDeps): void {
  const { store, catalogs, log } = deps;
  const today = () => toIsoDate(deps.now());

  const guarded =
    (handler: (req: Request, res: Response, caller: Caller) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const auth = await deps.authenticate(req.headers);
      if (!auth.ok) {
        log.warn({ route: req.getPath(), reason: auth.reason }, 'tab request not authenticated');
        send(res, 401, { error: 'unauthenticated' });
        return;
      }
      try {
        await handler(req, res, auth.caller);
      } catch (err) {
        const id = randomUUID().slice(0, 8);
        log.error({ err, correlationId: id, route: req.getPath() }, 'tab request failed');
        send(res, 500, { error: 'internal', correlationId: id });
      }
    };

  /** The LIS the caller may see: their own, and those they hold an active role for (the person document). */
  async function visibleTrainees(caller: Caller): Promise<string[]> {
    const person = await store.people.get(caller.aadObjectId);
    const ids = new Set((person?.roles ?? []).filter((r) => r.state === 'active').map((r) => r.traineeId));
    if (person?.traineeId) ids.add(person.traineeId);
    return [...ids];
  }

  async function loadViewable(
    traineeId: string,
    caller: Caller,
  ): Promise<{ snap?: TraineeSnapshot; status?: number }> {
    if (!/^[\w:-]{1,200}$/.test(traineeId)) return { status: 400 };
    const snap = await store.trainees.snapshot(traineeId);
    if (!snap) return { status: 404 };
    if (!can(caller.aadObjectId, 'progress.view', snap.profile, today()).ok) return { status: 403 };
    return { snap };
  }

  // The first view in one call: who I am, the LIS I can see, and the detail to open first.
  server.get(
    '/api/tab/overview',
    guarded(async (req, res, caller) => {
      const query = req.query as Record<string, string | undefined>;
      const teamId = query.team;
      const person = await store.people.get(caller.aadObjectId);
      if (teamId) {
        const unitId = /^[\w:@.-]{1,200}$/.test(teamId) ? await store.units.getTeamLink(teamId) : undefined;
        const unit = unitId ? await store.units.get(unitId) : undefined;
        const snaps = unit
          ? (await Promise.all(unit.traineeIds.map((id) => store.trainees.snapshot(id)))).filter(
              (s) => s !== undefined,
            )
          : [];
        const trainees = snaps.map((s) =>
          summary(s, catalogs, today(), can(caller.aadObjectId, 'progress.view', s.profile, today()).ok),
        );
        send(res, 200, {
          me: { aadObjectId: caller.aadObjectId, name: person?.name ?? caller.name ?? '' },
          unit: unit ? { unitId: unit.unitId, name: unit.name } : null,
          trainees,
          detail: null,
        });
        return;
      }
      const ids = new Set((person?.roles ?? []).filter((r) => r.state === 'active').map((r) => r.traineeId));
      if (person?.traineeId) ids.add(person.traineeId);
      const snaps = (await Promise.all([...ids].map((id) => store.trainees.snapshot(id)))).filter(
        (s) => s !== undefined,
      );
      const viewable = snaps.filter((s) => can(caller.aadObjectId, 'progress.view', s.profile, today()).ok);
      const wanted = query.trainee ? viewable.find((s) => s.profile.traineeId === query.trainee) : undefined;
      if (query.trainee && !wanted) {
        send(res, 403, { error: 'forbidden' });
        return;
      }
      const own = viewable.find((s) => s.profile.aadObjectId === caller.aadObjectId);
      const first = wanted ?? own ?? (viewable.length === 1 ? viewable[0] : undefined);
      send(res, 200, {
        me: { aadObjectId: caller.aadObjectId, name: person?.name ?? caller.name ?? '', isLis: !!own },
        trainees: viewable.map((s) => summary(s, catalogs, today(), true)),
        detail: first ? detailOf(first, catalogs, caller.aadObjectId, today()) : null,
      });
    }),
  );

  server.get(
    '/api/tab/trainees/:traineeId',
    guarded(async (req, res, caller) => {
      const { snap, status } = await loadViewable(String(req.params.traineeId), caller);
      if (!snap) return send(res, status ?? 404, { error: status === 403 ? 'forbidden' : 'not_found' });
      send(res, 200, detailOf(snap, catalogs, caller.aadObjectId, today()));
    }),
  );

  server.get(
    '/api/tab/trainees/:traineeId/history',
    guarded(async (req, res, caller) => {
      const traineeId = String(req.params.traineeId);
      const goal = String((req.query as Record<string, string>).goal ?? '');
      const profile = /^[\w:-]{1,200}$/.test(traineeId)
        ? await store.trainees.getProfile(traineeId)
        : undefined;
      if (!profile) return send(res, 404, { error: 'not_found' });
      if (!can(caller.aadObjectId, 'history.view', profile, today()).ok)
        return send(res, 403, { error: 'forbidden' });
      if (!/^goal:[a-z0-9-]+:[A-Z0-9]+-\d{3}$/.test(goal))
        return send(res, 400, { error: 'bad_request', field: 'goal' });
      const names = new Map<string, string>([
        [profile.aadObjectId, profile.name],
        ...profile.roles.map((r) => [r.aadObjectId, r.name] as [string, string]),
      ]);
      const events = await store.trainees.auditOf(traineeId, goal);
      const g =
        (await store.trainees.getGoal(traineeId, goal.split(':')[1] ?? '', goal.split(':')[2] ?? '')) ??
        undefined;
      send(res, 200, {
        recorded: g?.approval?.recordedFrom
          ? {
              place: g.approval.recordedFrom.place,
              approver: g.approval.recordedFrom.approverName,
              at: g.approval.at,
            }
          : null,
        events: events.map((e) => ({
          at: e.at,
          who: names.get(e.actor) ?? '',
          verb: e.verb,
          onBehalfOf: e.onBehalfOf ? (names.get(e.onBehalfOf) ?? '') : undefined,
          comment: e.comment,
        })),
      });
    }),
  );

  const requestBody = z.object({
    id: z.string().regex(/^goal:[a-z0-9-]+:[A-Z0-9]+-\d{3}$/),
    rev: z.number().int().min(0),
  });
  server.post(
    '/api/tab/trainees/:traineeId/goals/request',
    guarded(async (req, res, caller) => {
      const body = requestBody.safeParse(req.body);
      if (!body.success)
        return send(res, 400, {
          error: 'bad_request',
          field: String(body.error.issues[0]?.path[0] ?? 'body'),
        });
      const { snap, status } = await loadViewable(String(req.params.traineeId), caller);
      if (!snap) return send(res, status ?? 404, { error: status === 403 ? 'forbidden' : 'not_found' });
      if (!can(caller.aadObjectId, 'goal.request', snap.profile, today()).ok)
        return send(res, 403, { error: 'forbidden' });
      const [, catalogId = '', goalId = ''] = body.data.id.split(':');
      if (!snap.profile.catalogIds.includes(catalogId) || !catalogs.goal(catalogId, goalId))
        return send(res, 404, { error: 'not_found' });
      const now = deps.now().toISOString();
      const current = snap.goals.find((g) => g.id === body.data.id);
      const doc: Stored<GoalState> = current ?? {
        kind: 'goal',
        id: body.data.id,
        traineeId: snap.profile.traineeId,
        catalogId,
        goalId,
        status: 'not_started',
        rev: 0,
        updatedAt: now,
        etag: '',
      };
      if (doc.rev !== body.data.rev)
        return send(res, 409, { error: 'conflict', current: { status: doc.status, rev: doc.rev } });
      const next = requestApproval(doc, now);
      if (!next.ok) return send(res, 409, { error: next.error });
      let saved: Stored<GoalState>;
      try {
        saved = await store.trainees.saveGoal({ ...next.value, etag: doc.etag });
      } catch (err) {
        if (isConflict(err)) return send(res, 409, { error: 'conflict' });
        throw err;
      }
      await store.trainees.appendAudit(
        auditOf(
          caller,
          saved.traineeId,
          'goal.request',
          saved.id,
          { status: doc.status },
          { status: saved.status },
          now,
        ),
      );
      log.info(
        {
          verb: 'goal.request',
          via: 'tab',
          traineeId: saved.traineeId,
          target: saved.id,
          actor: caller.aadObjectId,
        },
        'decision',
      );
      deps.hooks?.goalRequested?.(saved, snap);
      send(res, 200, { status: saved.status, rev: saved.rev });
    }),
  );

  const activityBody = z.object({
    activityKind: z.enum(ACTIVITY_KINDS),
    date: z.iso.date(),
    description: z.string().max(5000),
    goals: z.array(z.object({ catalogId: z.string().max(80), goalId: z.string().max(20) })).max(200),
    supervisor: z.string().max(128).optional(),
  });
  server.post(
    '/api/tab/trainees/:traineeId/activities',
    guarded(async (req, res, caller) => {
      const body = activityBody.safeParse(req.body);
      if (!body.success)
        return send(res, 400, {
          error: 'bad_request',
          field: String(body.error.issues[0]?.path[0] ?? 'body'),
        });
      const traineeId = String(req.params.traineeId);
      const profile = /^[\w:-]{1,200}$/.test(traineeId)
        ? await store.trainees.getProfile(traineeId)
        : undefined;
      if (!profile) return send(res, 404, { error: 'not_found' });
      if (!can(caller.aadObjectId, 'activity.record', profile, today()).ok)
        return send(res, 403, { error: 'forbidden' });
      for (const g of body.data.goals) {
        if (!profile.catalogIds.includes(g.catalogId) || !catalogs.goal(g.catalogId, g.goalId))
          return send(res, 400, { error: 'bad_request', field: 'goals' });
      }
      const now = deps.now().toISOString();
      const recorded = recordActivity(body.data, traineeId, randomUUID(), now);
      if (!recorded.ok) return send(res, 400, { error: recorded.error });
      let activity = recorded.value;
      const holder = body.data.supervisor
        ? activeHolders(profile, 'supervisor').find((r) => r.aadObjectId === body.data.supervisor)
        : undefined;
      if (body.data.supervisor && !holder) return send(res, 400, { error: 'no_supervisor' });
      if (holder) {
        const asked = requestSignature(activity, supervisorRef(holder), now);
        if (!asked.ok) return send(res, 400, { error: asked.error });
        activity = asked.value;
      }
      const saved = await store.trainees.saveActivity(activity);
      await store.trainees.appendAudit(
        auditOf(
          caller,
          traineeId,
          holder ? 'activity.request' : 'activity.record',
          saved.id,
          null,
          { status: saved.status },
          now,
        ),
      );
      if (holder) deps.hooks?.activityRequested?.(saved, profile);
      send(res, 201, { id: saved.id, status: saved.status });
    }),
  );

  // The channel tab's configuration: the units the caller is part of, and linking the team to one.
  server.get(
    '/api/tab/units',
    guarded(async (_req, res, caller) => {
      const ids = await visibleTrainees(caller);
      const profiles = (await Promise.all(ids.map((id) => store.trainees.getProfile(id)))).filter(
        (p) => p !== undefined,
      );
      const units = new Map(profiles.map((p) => [p.employer.unitId, p.employer.name]));
      send(res, 200, { units: [...units].map(([unitId, name]) => ({ unitId, name })) });
    }),
  );

  const linkBody = z.object({ unitId: z.string().min(1).max(200) });
  server.post(
    '/api/tab/teams/:teamId/link',
    guarded(async (req, res, caller) => {
      const body = linkBody.safeParse(req.body);
      const teamId = String(req.params.teamId);
      if (!body.success || !/^[\w:@.-]{1,200}$/.test(teamId)) return send(res, 400, { error: 'bad_request' });
      // Only someone with a role for a LIS of that unit may link a team to it.
      const ids = await visibleTrainees(caller);
      const profiles = (await Promise.all(ids.map((id) => store.trainees.getProfile(id)))).filter(
        (p) => p !== undefined,
      );
      if (!profiles.some((p) => p.employer.unitId === body.data.unitId))
        return send(res, 403, { error: 'forbidden' });
      await store.units.setTeamLink(teamId, body.data.unitId);
      log.info(
        { verb: 'team.link', teamId, unitId: body.data.unitId, actor: caller.aadObjectId },
        'team linked',
      );
      send(res, 200, { teamId, unitId: body.data.unitId });
    }),
  );

  // Development only: the demo people the page offers as a development identity.
  server.get('/api/tab/dev/people', async (_req, res) => {
    if (!deps.devIdentity) {
      send(res, 404, { error: 'not_found' });
      return;
    }
    send(res, 200, { people: Object.values(DEMO_PEOPLE) });
  });
}

function auditOf(
  caller: Caller,
  traineeId: string,
  verb: string,
  target: string,
  before: unknown,
  after: unknown,
  at: string,
): AuditEvent {
  return {
    kind: 'audit',
    id: `audit:tab:${randomUUID()}`,
    traineeId,
    actor: caller.aadObjectId,
    verb,
    target,
    before,
    after,
    at,
  };
}
