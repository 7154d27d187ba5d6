import { type AdaptiveCard, keepTyped, keepTypedFor } from '../../cards/render';

const card = (): AdaptiveCard => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'Input.Text', id: 'comment', maxLength: 20 },
    { type: 'Input.Date', id: 'date' },
    { type: 'Input.Number', id: 'percent', min: 1, max: 100, value: 100 },
    {
      type: 'Input.ChoiceSet',
      id: 'kind',
      value: 'holiday',
      choices: [
        { title: 'Ferie', value: 'holiday' },
        { title: 'Syk', value: 'sick' },
      ],
    },
    {
      type: 'Container',
      items: [
        { type: 'Input.Text', id: 'comment-1' },
        {
          type: 'ActionSet',
          actions: [{ type: 'Action.Execute', data: { traineeId: 't', id: 'a', commentInput: 'comment-1' } }],
        },
        { type: 'Input.Text', id: 'comment-2' },
        {
          type: 'ActionSet',
          actions: [{ type: 'Action.Execute', data: { traineeId: 't', id: 'b', commentInput: 'comment-2' } }],
        },
      ],
    },
  ],
});
/** The values given to the card's text fields, in order. */
const values = (c: AdaptiveCard): string[] => {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.type === 'Input.Text' && typeof o.value === 'string') out.push(`"value":"${o.value}"`);
    for (const v of Object.values(o)) walk(v);
  };
  walk(c);
  return out;
};

describe('a card answering a click that was not done keeps what was typed', () => {
  const fields = (c: AdaptiveCard) =>
    Object.fromEntries(
      (c.body as { id?: string; value?: unknown }[]).filter((f) => f.id).map((f) => [f.id, f.value]),
    );

  it('gives each field its own value back, if the field takes it; nothing else changes', () => {
    const kept = keepTyped(card(), {
      comment: 'Kort nok',
      date: '2026-12-01',
      percent: '80',
      kind: 'sick',
      'comment-2': 'Annet',
      traineeId: 't',
    });
    expect(fields(kept)).toEqual({ comment: 'Kort nok', date: '2026-12-01', percent: 80, kind: 'sick' });
    expect(values(kept)).toContain('"value":"Annet"');
    // What a field would not take keeps the field as it was drawn: no such day, no number, not a choice.
    expect(fields(keepTyped(card(), { date: '2026-02-30', percent: 'åtti', kind: 'influensa' }))).toEqual({
      comment: undefined,
      date: undefined,
      percent: 100,
      kind: 'holiday',
    });
    // Over the field's own limit (a forged click): not drawn back, the card stays within Teams' limits.
    expect(values(keepTyped(card(), { comment: 'x'.repeat(21) }))).toEqual([]);
    expect(values(keepTyped(card(), { 'comment-1': 'x'.repeat(4001) }))).toEqual([]);
    expect(values(keepTyped(card(), { comment: '   ' }))).toEqual([]);
  });

  it('in a list, gives the text to the field of the same item, wherever it is now', () => {
    expect(values(keepTypedFor(card(), { traineeId: 't', id: 'b' }, 'Til b'))).toEqual(['"value":"Til b"']);
    const json = JSON.stringify(keepTypedFor(card(), { traineeId: 't', id: 'b' }, 'Til b'));
    expect(json.indexOf('Til b')).toBeGreaterThan(json.indexOf('"comment-2"'));
    // An item no longer in the list: nothing filled in anywhere.
    expect(values(keepTypedFor(card(), { traineeId: 't', id: 'c' }, 'Til c'))).toEqual([]);
    expect(values(keepTypedFor(card(), { traineeId: 'u', id: 'a' }, 'Til a'))).toEqual([]);
  });
});
