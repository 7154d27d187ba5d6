import type { GoalState, LearningActivity } from './model';

/** Something sent back to the LIS, with who sent it and why: it waits for the LIS. */
export interface ReturnedItem {
  kind: 'activity' | 'goal';
  docId: string;
  rev: number;
  /** The activity's description, or the goal's id. */
  what: string;
  by: string;
  at: string;
  comment?: string;
  /** A goal whose approval the leader undid, or an activity whose signature (or mark) was undone. */
  undid?: true;
}

/** The returned activities among the open ones, and the returned goals, newest first. Pure. */
export function returnedItems(
  open: readonly LearningActivity[],
  goals: readonly GoalState[],
): ReturnedItem[] {
  const items: ReturnedItem[] = [];
  for (const a of open)
    if (a.status === 'returned' && a.decision)
      items.push({
        kind: 'activity',
        docId: a.id,
        rev: a.rev,
        what: a.description,
        by: a.decision.byName,
        at: a.decision.at,
        ...(a.decision.comment ? { comment: a.decision.comment } : {}),
        ...(a.decision.undid ? { undid: true as const } : {}),
      });
  for (const g of goals)
    if (g.status === 'in_progress' && g.returned)
      items.push({
        kind: 'goal',
        docId: g.id,
        rev: g.rev,
        what: g.goalId,
        by: g.returned.byName,
        at: g.returned.at,
        ...(g.returned.comment ? { comment: g.returned.comment } : {}),
        ...(g.returned.undid ? { undid: true as const } : {}),
      });
  return items.sort((x, y) => y.at.localeCompare(x.at));
}
