import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as sent to Teams (schema 1.5). */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  [key: string]: unknown;
}

/** Fills a card template with its typed model. */
export function render<T extends object>(template: object, data: T): AdaptiveCard {
  return new ACData.Template(template).expand({ $root: data }) as AdaptiveCard;
}

/**
 * Escapes text written by people (names, comments) so card markdown shows it as written:
 * `**x**` stays two stars, `[a](b)` is no link. Teams' TextBlock markdown is a CommonMark subset.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
    .replace(/^(\s*)(\d+)\\?\./gm, '$1$2\\.')
    .replace(/\r\n?/g, '\n');
}
