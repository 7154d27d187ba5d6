import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/render';
import type { Notifier } from '../notify';
import type { Turn } from '../turn';

/** Who pressed the button, from the Teams activity (never from card data). */
export interface Actor {
  aadObjectId: string;
  name: string;
  /** The user's channel id (`29:…`), for `refresh.userIds`. */
  userId: string;
}

export interface ActionContext extends Turn {
  actor: Actor;
  /** The invoke's activity id: the idempotency key of the audit event. */
  invokeId: string;
  /** `automatic` when Teams refreshes a card by itself. */
  trigger: 'manual' | 'automatic';
  notifier: Notifier;
  today: string;
  now: string;
}

/** `done`: a short line saying what was done, for a list view (the inbox) to show after the action. */
export type ActionResult = { card: AdaptiveCard; done?: string } | { message: string };

/** One card action: its verb, the shape of its data, and what it does. One file per verb. */
export interface CardAction<T = unknown> {
  verb: string;
  data: z.ZodType<T>;
  run(ctx: ActionContext, data: T): Promise<ActionResult>;
}

export function defineAction<S extends z.ZodType>(
  verb: string,
  data: S,
  run: (ctx: ActionContext, data: z.infer<S>) => Promise<ActionResult>,
): CardAction<z.infer<S>> {
  return { verb, data: data as z.ZodType<z.infer<S>>, run };
}

const id = z.string().min(1).max(200);

/** Card data of a decision: ids and a revision, and the comment the person typed. */
export const decisionData = z.object({
  traineeId: id,
  id,
  rev: z.number().int().min(0),
  // Over-long comments are refused with a clear message later, not here.
  comment: z.string().max(200_000).optional(),
});
export type DecisionData = z.infer<typeof decisionData>;
