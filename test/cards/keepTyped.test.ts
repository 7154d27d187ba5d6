import { type AdaptiveCard, keepTyped, keepTypedFor } from '../../cards/render';

const card = (): AdaptiveCard => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'Input.Text', id: 'comment', maxLength: 20 },
    { type: 'Input.Date', id: 'date' },
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
const values = (c: AdaptiveCard) => JSON.stringify(c).match(/"value":"[^"]*"/g) ?? [];

describe('a card answering a click that was not done keeps what was typed', () => {
  it('gives each text field its own text back, if it fits the field; nothing else changes', () => {
    const kept = keepTyped(card(), {
      comment: 'Kort nok',
      date: '2026-12-01',
      'comment-2': 'Annet',
      traineeId: 't',
    });
    expect(values(kept)).toEqual(['"value":"Kort nok"', '"value":"Annet"']);
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
