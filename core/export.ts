import type { CatalogSet } from './catalog';
import { norwayDate } from './dates';
import { approvedInEarlierPlans } from './goals';
import type { GoalState, TraineeProfile } from './model';

/**
 * One approved goal as Kompetanseportalen asks for it when the coordinator registers it: the goal,
 * where and when it was approved, by whom (on whose behalf), and the basis (the advisor's
 * recommendation, the signed activities with their supervisors and dates).
 */
export interface ExportRow {
  lis: string;
  plan: string;
  goalId: string;
  text: string;
  arena: string;
  approvedAt: string;
  approver: string;
  onBehalfOf?: string;
  /** Approved earlier elsewhere and recorded here: where, and the approver named there. */
  recordedFrom?: string;
  advisor?: string;
  /** `met`: marked as met by the leader (named as `supervisor`), not signed by a supervisor. */
  activities: { description: string; supervisor: string; date: string; met?: true }[];
}

/**
 * The approved goals of one LIS, in the order of their plans (the profile's order, then the plan's
 * own), from `since` (a date) on. Pure: the caller reads the goal states.
 */
export function exportRows(
  profile: TraineeProfile,
  goals: readonly GoalState[],
  catalogs: CatalogSet,
  since = '',
): ExportRow[] {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const names = new Map(profile.delegations.map((d) => [d.leader, d.leaderName]));
  const rows: ExportRow[] = [];
  // A goal approved in a plan the LIS was moved off (to a newer version) is still an approval to
  // register: after the plans followed, each under its own plan's name.
  const earlier = approvedInEarlierPlans(profile.catalogIds, goals, catalogs).map((e) => e.catalogId);
  for (const catalogId of [...profile.catalogIds, ...earlier]) {
    const catalog = catalogs.get(catalogId);
    if (!catalog) continue;
    for (const goal of catalog.goals) {
      const g = byId.get(`goal:${catalogId}:${goal.id}`);
      const a = g?.status === 'approved' ? g.approval : undefined;
      if (!a || norwayDate(a.at) < since) continue;
      rows.push({
        lis: profile.name,
        plan: catalog.name,
        goalId: goal.id,
        // The plan's own wording when the catalog has it (official lists), else the title.
        text: goal.text ?? goal.title,
        arena: a.arena,
        approvedAt: norwayDate(a.at),
        approver: a.recordedFrom ? a.recordedFrom.approverName : a.byName,
        ...(a.onBehalfOf ? { onBehalfOf: names.get(a.onBehalfOf) ?? '' } : {}),
        ...(a.recordedFrom
          ? {
              recordedFrom: a.recordedFrom.attachment
                ? `${a.recordedFrom.place} (${a.recordedFrom.attachment})`
                : a.recordedFrom.place,
            }
          : {}),
        ...(g?.advisorRecommendation && !g.advisorRecommendation.against
          ? { advisor: `${g.advisorRecommendation.byName} (${norwayDate(g.advisorRecommendation.at)})` }
          : {}),
        activities: (g?.basis ?? []).map((b) => ({
          description: b.description,
          supervisor: b.by,
          date: norwayDate(b.at),
          ...(b.met ? { met: true as const } : {}),
        })),
      });
    }
  }
  return rows;
}
