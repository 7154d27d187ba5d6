/**
 * Checks a filled Adaptive Card the way Teams will meet it: it parses with the `adaptivecards`
 * library without warnings, declares version 1.5 or lower, uses only what Teams supports,
 * carries no property the schema does not know, and stays under 40 KB.
 */
// The package's main entry fails in Node; its browser bundle works.
const AC = require('adaptivecards/dist/adaptivecards.min.js');

/** Elements and actions Teams renders (Adaptive Cards ≤ 1.5 in Teams). */
const TEAMS_ELEMENTS = new Set([
  'TextBlock',
  'RichTextBlock',
  'TextRun',
  'Image',
  'ImageSet',
  'Media',
  'Container',
  'ColumnSet',
  'Column',
  'FactSet',
  'ActionSet',
  'Table',
  'TableRow',
  'TableCell',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);
const TEAMS_ACTIONS = new Set([
  'Action.Execute',
  'Action.Submit',
  'Action.OpenUrl',
  'Action.ShowCard',
  'Action.ToggleVisibility',
]);

/** Keys a type may carry besides its schema properties: its collections, and Teams' own. */
const EXTRA: Record<string, string[]> = {
  AdaptiveCard: ['body', 'actions', 'msteams', 'fallback'],
  Container: ['items'],
  Column: ['items'],
  ColumnSet: ['columns'],
  FactSet: ['facts'],
  ImageSet: ['images'],
  ActionSet: ['actions'],
  'Input.ChoiceSet': ['choices', 'choices.data'],
  RichTextBlock: ['inlines'],
  Table: ['columns', 'rows'],
  TableRow: ['cells'],
  TableCell: ['items'],
  'Action.ShowCard': ['card'],
  'Action.ToggleVisibility': ['targetElements'],
};
const UNTYPED: Record<string, string[]> = {
  facts: ['title', 'value'],
  choices: ['title', 'value'],
  refresh: ['action', 'userIds'],
};

const names = (o: { getSchema(): { getCount(): number; getItemAt(i: number): { name: string } } }) => {
  const s = o.getSchema();
  return Array.from({ length: s.getCount() }, (_, i) => s.getItemAt(i).name);
};

function knownKeys(type: string): string[] | undefined {
  if (type === 'AdaptiveCard') return [...names(new AC.AdaptiveCard()), ...(EXTRA.AdaptiveCard ?? [])];
  const v = AC.Versions.v1_5;
  const inst = TEAMS_ACTIONS.has(type)
    ? AC.GlobalRegistry.actions.createInstance(type, v)
    : AC.GlobalRegistry.elements.createInstance(type, v);
  if (!inst && type === 'Column') return [...names(new AC.Column()), ...(EXTRA.Column ?? []), 'fallback'];
  if (!inst && type === 'TableCell') return [...names(new AC.TableCell()), ...(EXTRA.TableCell ?? [])];
  if (!inst && type === 'TableRow') return [...names(new AC.TableRow()), ...(EXTRA.TableRow ?? [])];
  if (!inst) return undefined;
  return [...names(inst), ...(EXTRA[type] ?? []), 'fallback'];
}

export function checkCard(card: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const size = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (size >= 40 * 1024) problems.push(`card is ${size} bytes, over 40 KB`);
  const version = String(card.version ?? '');
  if (!/^1\.[0-5]$/.test(version)) problems.push(`version must be 1.5 or lower, is "${version}"`);
  if (JSON.stringify(card).includes('$' + '{')) problems.push(`an unfilled $\{…} is left after templating`);

  const walk = (node: unknown, path: string, parentKey: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => {
        walk(n, `${path}[${i}]`, parentKey);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (parentKey === 'data' || parentKey === 'msteams') return;
    // Teams' people picker: `"choices.data": { "type": "Data.Query", "dataset": "graph.microsoft.com/users" }`.
    if (parentKey === 'choices.data') {
      if (obj.type !== 'Data.Query' || typeof obj.dataset !== 'string')
        problems.push(`${path}: expected a Data.Query with a dataset`);
      for (const k of Object.keys(obj))
        if (!['type', 'dataset', 'count', 'skip', 'value'].includes(k))
          problems.push(`${path}: unknown property "${k}"`);
      return;
    }
    const type = typeof obj.type === 'string' ? obj.type : undefined;
    let allowed: string[] | undefined;
    if (type) {
      if (type !== 'AdaptiveCard' && !TEAMS_ELEMENTS.has(type) && !TEAMS_ACTIONS.has(type)) {
        problems.push(`${path}: "${type}" is not supported in Teams`);
        return;
      }
      allowed = knownKeys(type);
    } else allowed = UNTYPED[parentKey];
    if (allowed) {
      for (const k of Object.keys(obj))
        if (!allowed.includes(k))
          problems.push(`${path}: unknown property "${k}"${type ? ` on ${type}` : ''}`);
    }
    for (const [k, v] of Object.entries(obj)) walk(v, `${path}.${k}`, k);
  };
  walk(card, '$', '');

  const parsed = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  parsed.parse(card, ctx);
  for (let i = 0; i < ctx.eventCount; i++) problems.push(`parse: ${ctx.getEventAt(i).message}`);
  // A people picker has no static choices; the library does not know Teams fills them.
  let pickers = (JSON.stringify(card).match(/"choices\.data"/g) ?? []).length;
  for (const e of parsed.validateProperties().validationEvents) {
    if (pickers > 0 && /Input\.ChoiceSet must have at least one choice/.test(e.message)) {
      pickers--;
      continue;
    }
    problems.push(`validation: ${e.message}`);
  }
  return problems;
}
