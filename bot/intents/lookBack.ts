import { escapeMarkdown as md } from '../../cards/render';
import { listMessage, shorten } from '../../core/format';
import { type Lang, t } from '../../core/i18n';

/** A comment as a look back quotes it (the item's history has it whole). */
const COMMENT_SHOWN = 160;

/**
 * A look back over decisions as one chat message ("hva har jeg signert?", "hva har jeg godkjent?",
 * "hva ble godkjent mens jeg var borte?"): the heading, the lines newest first with each one's comment
 * quoted, and beyond `max` how many more.
 */
export function lookBackMessage<L extends { comment?: string }>(
  lang: Lang,
  heading: string,
  lines: readonly L[],
  max: number,
  line: (l: L) => string,
  more: (n: number) => string,
): string {
  return listMessage(
    heading,
    lines,
    max,
    (l) =>
      l.comment
        ? `${line(l)} ${t(lang, 'onBehalfComment', { text: md(shorten(l.comment, COMMENT_SHOWN)) })}`
        : line(l),
    more,
  );
}
