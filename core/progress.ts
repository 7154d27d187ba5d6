import { type AbsenceLevel, absenceFigures, serviceShortfall } from './absence';
import { waitsForRemovedSupervisor } from './activities';
import { ARENAS, type Arena, type CatalogSet, missingSpecialtyPlan } from './catalog';
import { daysBetween, norwayDate } from './dates';
import { approvalArena, arenasOf, followsGoal } from './goals';
import { type MilestoneState, milestoneState } from './milestones';
import type { GoalSummary, LearningActivity, Milestone, Role, TraineeProfile } from './model';
import { activeHolders, delegatesToday } from './policy';
import { remindedToday } from './reminders';
import { lapsedOn, rolesShown } from './roles';
import { hospitalYearNotEntered, type ServicePart, servesPsychiatry, serviceParts } from './service';

export interface ArenaProgress {
  arena: Arena;
  total: number;
  approved: number;
  pending: number;
  remaining: number;
}

export interface CatalogProgress {
  catalogId: string;
  name: string;
  demo: boolean;
  total: number;
  approved: number;
  remaining: number;
  arenas: ArenaProgress[];
  /** Remaining goals per theme, most first. */
  themes: { theme: string; remaining: number }[];
}

export interface PendingRequest {
  /** A goal's approval, an activity's signature, or an activity sent to the leader to mark as met. */
  kind: 'approval' | 'signature' | 'met';
  /** A goal id, or the activity's description. */
  what: string;
  docId: string;
  rev: number;
  waitingFor: string;
  /** Their Entra object id: a view for that person says "deg", not their own name. */
  waitingForId?: string;
  since?: string;
  remindedAt?: string;
  /** Reminded today already: the next reminder cannot go before tomorrow. */
  remindedToday: boolean;
  /**
   * Waits for no one who can act: a supervisor the LIS has since removed (send it to another), or a
   * leader the LIS has not got (invite one). Not to be reminded.
   */
  waitingForGone?: true;
}

/** How long an invitation that ran out unanswered is still said on the LIS's status card. */
const LAPSED_SHOWN_DAYS = 28;

export interface Progress {
  total: number;
  approved: number;
  remaining: number;
  pendingApproval: number;
  pendingSignature: number;
  /** Activities the LIS sent to the leader to be marked as met (innfridd). */
  pendingMet: number;
  catalogs: CatalogProgress[];
  /** A LIS2/3 whose specialty has no plan in the app (only FKM counts): that specialty. */
  missingPlan?: string;
  pending: PendingRequest[];
  /** Those the leader has lent her approval to today (a holiday): a request waits for them too. */
  delegates?: { aadObjectId: string; name: string }[];
  /**
   * Invitations to a role that wait for an answer, and those that ran out unanswered in the last
   * weeks (`lapsedOn`: their last day), unless the person was invited again since or holds the role.
   */
  invitations: { name: string; role: Role; since: string; lastDay: string; lapsedOn?: string }[];
  /** Goals in progress with at least one signed activity: ready to ask for approval. */
  ready: { catalogId: string; goalId: string; docId: string; rev: number }[];
  /**
   * Goals left that the current employer cannot approve (a hospital goal in the municipal part), per
   * arena: `served` when the LIS has served that part already (whom to contact, when entered); if
   * not, it is a part still to come (LIS1's municipal half, seen from the hospital year).
   */
  elsewhere: { arena: Arena; count: number; served: boolean; contact?: string }[];
  nextMilestone?: Milestone;
  /** Every milestone, in date order, with where it stands today (an overdue one is flagged, never dropped). */
  milestones: (Milestone & { state: MilestoneState })[];
  service?: {
    start: string;
    end: string;
    daysLeft: number;
    weeksLeft: number;
    ended: boolean;
    /** The period has not begun yet (registered ahead of its start). */
    upcoming?: true;
    /** What the service must still hold (LIS1's parts, a general-practice LIS3's requirements), not met yet. */
    parts: ServicePart[];
  };
  /** Absence against the service period (`core/absence.ts`): the 10 % rule, the warning, the days owed. */
  absence?: { days: number; percent: number; limit?: number; level: AbsenceLevel; owedDays: number };
  /** LIS1: days the registered period is shorter than the part needs at its percentage. */
  serviceShortDays?: number;
  forecast?: {
    /** `ended`: the service period is over with goals still left (a pace says nothing then). */
    status: 'done' | 'on_track' | 'at_risk' | 'unknown' | 'ended';
    perWeek: number;
    weeksLeft: number;
    /** Goals approved since the service started (the pace's basis). */
    approvedInPeriod: number;
    /** LIS2/3 with no advisor: not on track, and the card says why. */
    noAdvisor?: boolean;
    /** Nothing approved in this period, and half of it gone: not on track, and the card says so (a pace of 0 says little). */
    noneYet?: boolean;
    /** Goals left of parts served already that only that employer can approve: not on track until they are. */
    elsewhere?: number;
    projected: number;
    /** What the pace must reach before this period ends: the goals left, less those of a part still to come. */
    remaining: number;
  };
}

/** Themes in the order a reader expects: «Tema 2» before «Tema 10», «Etikk» before «Øvrig». */
const byName = new Intl.Collator('nb', { numeric: true });
/**
 * Where a LIS stands, from the catalogs they follow and the stored states. Pure, so the bot,
 * the tab and the tests compute the same numbers.
 */
export function progressOf(
  profile: TraineeProfile,
  goals: readonly GoalSummary[],
  /** The activities waiting for a signature. */
  open: readonly LearningActivity[],
  /** Signed activities per goal id. */
  signed: Readonly<Record<string, number>>,
  catalogs: CatalogSet,
  today: string,
): Progress {
  const state = new Map(goals.map((g) => [g.id, g]));
  const missingPlan = missingSpecialtyPlan(profile, catalogs);
  const out: Progress = {
    total: 0,
    approved: 0,
    remaining: 0,
    pendingApproval: 0,
    pendingSignature: 0,
    pendingMet: 0,
    catalogs: [],
    pending: [],
    invitations: [],
    ready: [],
    elsewhere: [],
    ...(missingPlan === undefined ? {} : { missingPlan }),
    milestones: [...profile.milestones]
      .sort((x, y) => x.date.localeCompare(y.date))
      .map((m) => ({ ...m, state: milestoneState(m, today) })),
  };
  const leader = activeHolders(profile, 'leader')[0];
  const delegates = delegatesToday(profile, today);
  if (delegates.length > 0) out.delegates = delegates;
  for (const r of rolesShown(profile.roles, today)) {
    if (r.state !== 'invited' || !r.expiresAt) continue;
    const lastDay = norwayDate(new Date(r.expiresAt));
    const gone = lapsedOn(r, today);
    // A lapsed one is said for a few weeks, then it is history (the roles card keeps it).
    if (gone && daysBetween(gone, today) > LAPSED_SHOWN_DAYS) continue;
    out.invitations.push({
      name: r.name,
      role: r.role,
      since: r.since.slice(0, 10),
      lastDay,
      ...(gone ? { lapsedOn: gone } : {}),
    });
  }
  // The arenas the current employer approves in; the rest is approved elsewhere.
  const here = arenasOf(profile);
  const psychiatry = servesPsychiatry(profile);
  for (const catalogId of profile.catalogIds) {
    const catalog = catalogs.get(catalogId);
    if (!catalog) continue;
    const arenas = new Map<Arena, ArenaProgress>();
    const themes = new Map<string, number>();
    let approved = 0;
    let total = 0;
    for (const goal of catalog.goals) {
      const id = `goal:${catalogId}:${goal.id}`;
      const s = state.get(id);
      if (!followsGoal(psychiatry, goal, s?.status)) continue;
      total++;
      const arena = approvalArena(profile, goal);
      const a = arenas.get(arena) ?? {
        arena,
        total: 0,
        approved: 0,
        pending: 0,
        remaining: 0,
      };
      a.total++;
      if (s?.status === 'approved') {
        a.approved++;
        approved++;
      } else {
        a.remaining++;
        themes.set(goal.theme, (themes.get(goal.theme) ?? 0) + 1);
        if (s?.status === 'pending_approval') {
          a.pending++;
          out.pending.push({
            kind: 'approval',
            what: goal.id,
            docId: id,
            rev: s.rev,
            waitingFor: leader?.name ?? '',
            ...(leader ? { waitingForId: leader.aadObjectId } : {}),
            ...(s.requestedAt ? { since: s.requestedAt } : {}),
            ...(s.remindedAt ? { remindedAt: s.remindedAt } : {}),
            remindedToday: remindedToday(s.remindedAt, today),
            ...(leader ? {} : { waitingForGone: true as const }),
          });
        } else if (!here.includes(arena)) {
          const e = out.elsewhere.find((x) => x.arena === arena);
          if (e) e.count++;
          else {
            // Whom to contact: the workplace of the latest period served in that arena, when entered.
            const there = (profile.earlier ?? []).filter((x) => (x.place ?? 'hospital') === arena);
            const contact = [...there].reverse().find((x) => x.workplace)?.workplace;
            out.elsewhere.push({
              arena,
              count: 1,
              // LIS1's hospital year (psychiatry with it) comes before the municipal part: served,
              // whether or not the employer has entered its periods.
              served: there.length > 0 || (profile.part === 'municipality' && arena !== 'municipality'),
              ...(contact ? { contact } : {}),
            });
          }
        } else if ((signed[id] ?? 0) > 0) {
          out.ready.push({ catalogId, goalId: goal.id, docId: id, rev: s?.rev ?? 0 });
        }
      }
      arenas.set(arena, a);
    }
    out.total += total;
    out.approved += approved;
    out.catalogs.push({
      catalogId,
      name: catalog.name,
      demo: catalog.demo,
      total,
      approved,
      remaining: total - approved,
      // Always in one order (hospital, municipality, psychiatry), whatever order the plan lists its goals in.
      arenas: ARENAS.flatMap((x) => arenas.get(x) ?? []),
      themes: [...themes.entries()]
        .map(([theme, remaining]) => ({ theme, remaining }))
        .sort((x, y) => y.remaining - x.remaining || byName.compare(x.theme, y.theme)),
    });
  }
  out.remaining = out.total - out.approved;
  out.pendingApproval = out.pending.length;
  for (const a of open) {
    if (a.status === 'pending_met') {
      out.pendingMet++;
      out.pending.push({
        kind: 'met',
        what: a.description,
        docId: a.id,
        rev: a.rev,
        waitingFor: leader?.name ?? '',
        ...(leader ? { waitingForId: leader.aadObjectId } : {}),
        ...(a.requestedAt ? { since: a.requestedAt } : {}),
        remindedToday: false,
        ...(leader ? {} : { waitingForGone: true as const }),
      });
      continue;
    }
    if (a.status !== 'pending_signature') continue;
    out.pendingSignature++;
    out.pending.push({
      kind: 'signature',
      what: a.description,
      docId: a.id,
      rev: a.rev,
      waitingFor: a.supervisor?.name ?? '',
      ...(a.supervisor ? { waitingForId: a.supervisor.aadObjectId } : {}),
      ...(a.requestedAt ? { since: a.requestedAt } : {}),
      ...(a.remindedAt ? { remindedAt: a.remindedAt } : {}),
      remindedToday: remindedToday(a.remindedAt, today),
      ...(waitsForRemovedSupervisor(profile, a) ? { waitingForGone: true as const } : {}),
    });
  }

  out.nextMilestone = [...profile.milestones]
    .filter((m) => !m.done && m.date >= today)
    .sort((x, y) => x.date.localeCompare(y.date))[0];

  const svc = profile.service;
  if (svc) {
    const daysLeft = Math.max(0, daysBetween(today, svc.end));
    out.service = {
      start: svc.start,
      end: svc.end,
      daysLeft,
      weeksLeft: Math.round(daysLeft / 7),
      ended: today > svc.end,
      ...(today < svc.start ? { upcoming: true as const } : {}),
      // A LIS1 in the municipal part served the hospital year before; if the employer has not entered it,
      // it is not known, not left.
      parts: serviceParts(profile, today).filter(
        (x) => x.days < x.needed && !hospitalYearNotEntered(profile, x),
      ),
    };
    const a = absenceFigures(profile);
    if (a)
      out.absence = {
        days: a.days,
        percent: a.percent,
        ...(a.limit !== undefined ? { limit: a.limit } : {}),
        level: a.level,
        owedDays: a.owedDays,
      };
    const short = serviceShortfall(profile);
    if (short > 0) out.serviceShortDays = short;

    // The pace: goals approved in this service period (not those recorded from earlier) per week so far.
    const approvedInPeriod = goals.filter(
      (g) => g.status === 'approved' && g.approvedAt && !g.prior && g.approvedAt.slice(0, 10) >= svc.start,
    ).length;
    const weeksSoFar = Math.max(1, daysBetween(svc.start, today < svc.end ? today : svc.end) / 7);
    const perWeek = Math.round((approvedInPeriod / weeksSoFar) * 10) / 10;
    const weeksLeft = daysLeft / 7;
    const projected = Math.floor((approvedInPeriod / weeksSoFar) * weeksLeft);
    // A LIS2/3 without an approved advisor is not on track, whatever the pace (individual
    // veiledning runs through the whole specialty).
    const noAdvisor = profile.phase !== 'LIS1' && activeHolders(profile, 'advisor').length === 0;
    // Goals of a part served already that only that employer can approve are not reached by this
    // pace: they need that employer. Those of a part still to come (LIS1's municipal half, seen from
    // the hospital year) are that part's, and not this period's to reach.
    const count = (served: boolean) =>
      out.elsewhere.filter((e) => e.served === served).reduce((n, e) => n + e.count, 0);
    const elsewhere = count(true);
    const remaining = out.remaining - count(false);
    // Nothing approved when half the period is gone is no pace to wait for: the LIS is at risk.
    const noneYet =
      approvedInPeriod === 0 &&
      remaining > 0 &&
      daysBetween(svc.start, today) * 2 >= daysBetween(svc.start, svc.end);
    out.forecast = {
      status:
        out.remaining === 0
          ? 'done'
          : today > svc.end
            ? 'ended'
            : noAdvisor || elsewhere > 0 || noneYet
              ? 'at_risk'
              : approvedInPeriod === 0 || daysBetween(svc.start, today) < 14
                ? 'unknown'
                : projected >= remaining
                  ? 'on_track'
                  : 'at_risk',
      ...(noAdvisor ? { noAdvisor: true } : {}),
      ...(elsewhere > 0 ? { elsewhere } : {}),
      ...(noneYet ? { noneYet: true } : {}),
      perWeek,
      weeksLeft: Math.round(weeksLeft),
      approvedInPeriod,
      projected,
      remaining,
    };
  }
  return out;
}

/**
 * One theme over all the LIS's plans ("hva gjenstår i etikk?"): computed only for that question, not
 * with every progress. `undefined`: no plan the LIS follows has the theme.
 */
export function themeCounts(
  profile: TraineeProfile,
  goals: readonly GoalSummary[],
  catalogs: CatalogSet,
  theme: string,
): { total: number; remaining: number; pending: number } | undefined {
  const state = new Map(goals.map((g) => [g.id, g.status]));
  const psychiatry = servesPsychiatry(profile);
  const out = { total: 0, remaining: 0, pending: 0 };
  for (const catalogId of profile.catalogIds)
    for (const goal of catalogs.get(catalogId)?.goals ?? []) {
      if (goal.theme !== theme) continue;
      const status = state.get(`goal:${catalogId}:${goal.id}`);
      if (!followsGoal(psychiatry, goal, status)) continue;
      out.total++;
      if (status !== 'approved') out.remaining++;
      if (status === 'pending_approval') out.pending++;
    }
  return out.total > 0 ? out : undefined;
}
