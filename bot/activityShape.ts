import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AAD_OBJECT_ID } from '../core/refs';

/**
 * The least an activity must have before the Bot Framework adapter sees it.
 * botbuilder answers 500 to `{}` or to an activity without `conversation`; we answer 400.
 */
const activityShape = z.object({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  // An Entra object id is a GUID; anything else could not be a key in the store either.
  from: z
    .object({ id: z.string().min(1).max(512), aadObjectId: z.string().regex(AAD_OBJECT_ID).optional() })
    .loose(),
  conversation: z.object({ id: z.string().min(1).max(1024) }).loose(),
  recipient: z
    .object({ id: z.string().min(1).max(512) })
    .loose()
    .optional(),
  text: z.string().max(28_000).nullish(),
  locale: z.string().max(32).optional(),
  name: z.string().max(128).optional(),
});

export type ShapeCheck = { ok: true } | { ok: false; problem: string };

export function checkActivityShape(body: unknown): ShapeCheck {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, problem: 'the body must be a JSON object (a Bot Framework activity)' };
  }
  const r = activityShape.safeParse(body);
  if (r.success) return { ok: true };
  const first = r.error.issues[0];
  return { ok: false, problem: `${first?.path.join('.') || 'activity'}: ${first?.message ?? 'invalid'}` };
}

/**
 * What Cosmos DB takes in a document id: no `/`, `\`, `?` or `#`, at most 1,023 bytes
 * (https://learn.microsoft.com/azure/cosmos-db/concepts-limits#per-item-limits). A Teams
 * activity id fits; anything else is hashed, so it still names the same request every time.
 */
const KEY_AS_IS = /^[\w:.@=+-]{1,160}$/;

/**
 * The idempotency key of an operation an activity asks for (audit and outbox ids are made from
 * it): the activity's id when it is safe in a document id, else its hash; `fallback` when it has none.
 */
export function requestKey(activityId: string | undefined, fallback: () => string): string {
  if (!activityId) return fallback();
  if (KEY_AS_IS.test(activityId)) return activityId;
  return `h-${createHash('sha256').update(activityId).digest('base64url').slice(0, 32)}`;
}
