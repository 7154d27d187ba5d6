import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../../cards/render';
import type { Notice, UndoOffer } from '../../cards/views';
import type { Lang } from '../../core/i18n';
import type { Call } from '../../ops/types';
import type { BotDeps } from '../turn';

/** What a card action gets: the turn, the services, and the call (who, when, the request's key). */
export interface ActionContext {
  context: TurnContext;
  deps: BotDeps;
  lang: Lang;
  call: Call;
  /** `automatic` when Teams refreshes a card by itself. */
  trigger: 'manual' | 'automatic';
  /** The user's channel id (`29:…`), for `refresh.userIds`. */
  userId: string;
}

/**
 * `done`: a short line saying what was done; `note`: what happened instead (refused, out of date).
 * A list view (the inbox) shows either above the list again, and with `done` its `undo`: how the one
 * who did it takes it back at once there.
 */
export type ActionResult =
  | { card: AdaptiveCard; done?: string; undo?: UndoOffer; note?: Notice }
  | { message: string };

/** One card action: it validates its own data and runs. The registry keys them by their verb. */
export interface CardAction {
  handle(ctx: ActionContext, raw: unknown): Promise<ActionResult | { invalid: string }>;
}

/** A card action with its data schema: data that does not fit is refused before anything runs. */
export function defineAction<S extends z.ZodType>(
  data: S,
  run: (ctx: ActionContext, data: z.infer<S>) => Promise<ActionResult>,
): CardAction {
  return {
    async handle(ctx, raw) {
      const parsed = data.safeParse(raw);
      if (!parsed.success) return { invalid: String(parsed.error.issues[0]?.path.join('.') || 'data') };
      return run(ctx, parsed.data);
    },
  };
}

const id = z.string().min(1).max(200);

/** Card data of a decision: ids and a revision, and the comment the person typed. */
export const decisionData = z.object({
  traineeId: id,
  id,
  rev: z.number().int().min(0),
  // Over-long comments are refused with a clear message by the operation, not here.
  comment: z.string().max(200_000).optional(),
});
export type DecisionData = z.infer<typeof decisionData>;
