/** Comments on decisions: kept as written (escaped only when shown), limited in length. */
export const COMMENT_MAX = 1000;

export type CommentCheck = { ok: true; comment?: string } | { ok: false; error: 'comment_too_long' };

/** Trims; an empty comment is no comment. */
export function checkComment(raw: unknown): CommentCheck {
  const text = typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n').trim() : '';
  if (text.length > COMMENT_MAX) return { ok: false, error: 'comment_too_long' };
  return text ? { ok: true, comment: text } : { ok: true };
}
