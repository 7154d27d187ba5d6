/**
 * Recognises what a user typed. A small, table-tested matcher: no external language service.
 * The text is normalised first (case, accents, punctuation, the bot's own @mention).
 */
export type Intent = { kind: 'help' } | { kind: 'unknown' };

/** Lower-case, strip `<at>…</at>` mentions, punctuation and repeated spaces; keep æ, ø, å. */
export function normalise(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HELP = /^(hjelp|help|hjelpe?|hjelp meg|help me|\?|hei|hallo|hello|hi|meny|menu|kommandoer|commands)$/;

export function matchIntent(text: string | undefined | null): Intent {
  const n = normalise(text ?? '');
  if (n === '' || HELP.test(n)) return { kind: 'help' };
  return { kind: 'unknown' };
}
