import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cardSamples } from '../../cards';
import { render } from '../../cards/render';
import { checkCard } from '../helpers/cardCheck';

const files = readdirSync(join(__dirname, '..', '..', 'cards')).filter((f) => f.endsWith('.json'));

describe('card templates', () => {
  it('every template in cards/ has sample data to check it with', () => {
    expect(
      cardSamples()
        .map((c) => c.file)
        .sort(),
    ).toEqual(files.sort());
  });

  describe.each(cardSamples().map((c) => [c.file, c] as const))('%s', (_file, entry) => {
    it.each(entry.samples.map((s, i) => [i, s] as const))(
      'passes the Teams card checks with sample %i',
      (_i, sample) => {
        expect(checkCard(render(entry.template, sample))).toEqual([]);
      },
    );
  });
});

describe('the card checker itself', () => {
  const good = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'hei', wrap: true }],
  };

  it('accepts a plain good card', () => {
    expect(checkCard(good)).toEqual([]);
  });

  it('finds a newer version, an unsupported element, an unknown property, a leftover ${ and a huge card', () => {
    expect(checkCard({ ...good, version: '1.6' })).toContain('version must be 1.5 or lower, is "1.6"');
    expect(checkCard({ ...good, body: [{ type: 'Carousel', pages: [] }] }).join()).toMatch(
      /"Carousel" is not supported/,
    );
    expect(checkCard({ ...good, body: [{ type: 'TextBlock', text: 'x', colour: 'red' }] })).toContain(
      '$.body[0]: unknown property "colour" on TextBlock',
    );
    expect(checkCard({ ...good, body: [{ type: 'TextBlock', text: '$' + '{name}' }] })).toContain(
      `an unfilled $\{…} is left after templating`,
    );
    const big = { ...good, body: [{ type: 'TextBlock', text: 'x'.repeat(41_000) }] };
    expect(checkCard(big).join()).toMatch(/over 40 KB/);
    expect(
      checkCard({ ...good, actions: [{ type: 'Action.Execute', title: 'Ok', verb: 'x', bogus: 1 }] }),
    ).toContain('$.actions[0]: unknown property "bogus" on Action.Execute');
  });
});
