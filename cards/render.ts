import * as ACData from 'adaptivecards-templating';
import { isIsoDate } from '../core/dates';

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

/** The longest text given back to a field without a `maxLength` of its own (a card stays under Teams' limit). */
const TYPED_MAX = 4000;

/**
 * A card that answers a click that was not done (refused, out of date, lost a race) keeps what the
 * person typed: each field whose id the click carried gets its value back, if the field takes it
 * (a text that fits, a real date, a number, one of the list's own choices; the refusal on top says
 * what is wrong with it). A comment
 * written for a decision, or a form filled in, is not lost because it was refused or someone else
 * acted first.
 */
export function keepTyped(card: AdaptiveCard, typed: Readonly<Record<string, unknown>>): AdaptiveCard {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const o = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = walk(v);
    if (typeof o.id === 'string' && Object.hasOwn(typed, o.id)) {
      const value = fieldValue(o, typed[o.id]);
      if (value !== undefined) out.value = value;
    }
    return out;
  };
  return walk(card) as AdaptiveCard;
}

/** The value a field takes back, or undefined when it would not take it. */
function fieldValue(field: Record<string, unknown>, v: unknown): unknown {
  const text = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  if (text === undefined || !text.trim()) return undefined;
  switch (field.type) {
    case 'Input.Text': {
      const max = typeof field.maxLength === 'number' ? field.maxLength : TYPED_MAX;
      return text.length <= max ? text : undefined;
    }
    case 'Input.Date':
      return isIsoDate(text) ? text : undefined;
    case 'Input.Number': {
      const n = Number(text);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'Input.ChoiceSet': {
      // Only a list's own choices (a person found by typing has no title to show here).
      const choices = Array.isArray(field.choices) ? (field.choices as { value?: unknown }[]) : [];
      return field.isMultiSelect !== true && choices.some((c) => c.value === text) ? text : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The same for a list drawn again (the inbox): its fields are numbered by place, and places move,
 * so the text goes to the field of the same item (the button whose data names it), wherever it is now.
 */
export function keepTypedFor(
  card: AdaptiveCard,
  item: { traineeId: unknown; id: unknown },
  text: unknown,
): AdaptiveCard {
  let field: string | undefined;
  const find = (node: unknown): void => {
    if (field || !node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const data = (o.data ?? {}) as Record<string, unknown>;
    if (
      o.type === 'Action.Execute' &&
      data.id === item.id &&
      data.traineeId === item.traineeId &&
      typeof data.commentInput === 'string'
    )
      field = data.commentInput;
    for (const v of Object.values(o)) find(v);
  };
  find(card);
  return field ? keepTyped(card, { [field]: text }) : card;
}
