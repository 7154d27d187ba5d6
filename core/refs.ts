import type { GoalRef } from './model';

/**
 * The one format of references to a LIS's goals and activities, and its one parser.
 * A goal's document id is `goal:<catalogId>:<goalId>`; a form choice is `<catalogId>|<goalId>`.
 * The patterns follow the catalog schema (a catalog id is a lower-case slug; a goal id an
 * upper-case prefix, a dash and digits).
 */
const CATALOG_ID = '[a-z0-9][a-z0-9-]{2,63}';
/** As the plans write them: DEL1-001, ALM-001, LM-75, and LM-1 (FKM 2019 numbers its first nine with one digit). */
const GOAL_ID = '[A-Z][A-Z0-9]{0,9}-\\d{1,4}';
/** The catalog schema checks ids with these, so every id a catalog holds is one these parsers take. */
export const CATALOG_ID_PATTERN = new RegExp(`^${CATALOG_ID}$`);
export const GOAL_ID_PATTERN = new RegExp(`^${GOAL_ID}$`);
const DOC_ID = new RegExp(`^goal:(${CATALOG_ID}):(${GOAL_ID})$`);
const CHOICE = new RegExp(`^(${CATALOG_ID})\\|(${GOAL_ID})$`);
const ACTIVITY_ID = /^activity:[A-Za-z0-9_-]{1,80}$/;

export const goalDocId = (catalogId: string, goalId: string): string => `goal:${catalogId}:${goalId}`;

/** A goal id as a person typed it ("del1-7"), written as most plans write theirs ("DEL1-007"). */
export function typedGoalId(typed: string): string {
  const dash = typed.lastIndexOf('-');
  return `${typed.slice(0, dash).toUpperCase()}-${typed.slice(dash + 1).padStart(3, '0')}`;
}

/** `goal:<catalogId>:<goalId>` → its parts, or undefined for anything else. */
export function parseGoalDocId(id: string): GoalRef | undefined {
  const m = DOC_ID.exec(id);
  return m ? { catalogId: m[1] as string, goalId: m[2] as string } : undefined;
}

export const goalChoice = (ref: GoalRef): string => `${ref.catalogId}|${ref.goalId}`;

/** `<catalogId>|<goalId>` (a form's choice) → its parts, or undefined. */
export function parseGoalChoice(value: string): GoalRef | undefined {
  const m = CHOICE.exec(value.trim());
  return m ? { catalogId: m[1] as string, goalId: m[2] as string } : undefined;
}

/** A multi-select's value (choices comma-separated) → the goals, or undefined if any is no such choice. */
export function parseGoalChoices(value: string): GoalRef[] | undefined {
  const choices = value
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const goals = choices.map(parseGoalChoice).filter((g): g is GoalRef => !!g);
  return goals.length === choices.length ? goals : undefined;
}

export const isActivityDocId = (id: string): boolean => ACTIVITY_ID.test(id);

/** An Entra object id as the app accepts it from outside: a GUID (or the demo's longer look-alikes). */
export const AAD_OBJECT_ID = /^[0-9A-Za-z][0-9A-Za-z-]{0,127}$/;
