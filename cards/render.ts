import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as sent to Teams (schema 1.5). */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  [key: string]: unknown;
}

/** Fills a card template with its typed model. */
const parsed = new WeakMap<object, ACData.Template>();

export function render<T extends object>(template: object, data: T): AdaptiveCard {
  // A parsed template is reused: parsing it again on every card costs more than filling it.
  let tpl = parsed.get(template);
  if (!tpl) {
    tpl = new ACData.Template(template);
    parsed.set(template, tpl);
  }
  return dropEmpty(tpl.expand({ $root: data })) as AdaptiveCard;
}

/** `$when` on a property leaves `null` behind; Teams wants the property gone. */
function dropEmpty(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropEmpty);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) if (v !== null && v !== undefined) out[k] = dropEmpty(v);
    return out;
  }
  return node;
}

/**
 * Escapes text written by people (names, comments) so card markdown shows it as written:
 * `**x**` stays two stars, `[a](b)` is no link. Only what Teams' markdown subset acts on is
 * escaped (emphasis, links, code, lists and headings at a line start), so clients that show
 * backslashes literally show as few as possible.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]~]/g, '\\$&')
    .replace(/^(\s*)([-+#>])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}
