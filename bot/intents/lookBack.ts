import { escapeMarkdown as md } from '../../cards/render';
import { shorten } from '../../core/format';
import { type Lang, t } from '../../core/i18n';

/** A comment as a look back quotes it (the item's history has it whole). */
const COMMENT_SHOWN = 160;

/**
 * A look back's line ("hva har jeg signert?", "hva har jeg godkjent?", "hva ble godkjent mens jeg var
 * borte?") with its comment quoted after it, for `listMessage`.
 */
export const quotingComment =
  <L extends { comment?: string }>(lang: Lang, line: (l: L) => string) =>
  (l: L): string =>
    l.comment
      ? `${line(l)} ${t(lang, 'onBehalfComment', { text: md(shorten(l.comment, COMMENT_SHOWN)) })}`
      : line(l);
