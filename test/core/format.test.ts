import fc from 'fast-check';
import { listMessage, rangesOf } from '../../core/format';

describe('IDs said as ranges', () => {
  const plan = Array.from({ length: 12 }, (_, i) => `DEL1-${String(i + 1).padStart(3, '0')}`);

  it('writes runs of three or more as a range, shorter runs one by one, in the plan’s order', () => {
    const picked = new Set([
      'DEL1-001',
      'DEL1-002',
      'DEL1-003',
      'DEL1-005',
      'DEL1-007',
      'DEL1-008',
      'DEL1-012',
    ]);
    expect(rangesOf(plan, picked)).toEqual([
      'DEL1-001–DEL1-003',
      'DEL1-005',
      'DEL1-007',
      'DEL1-008',
      'DEL1-012',
    ]);
    expect(rangesOf(plan, new Set())).toEqual([]);
    expect(rangesOf(plan, new Set(plan))).toEqual(['DEL1-001–DEL1-012']);
  });

  it('names every picked ID and nothing else, whatever is picked', () => {
    fc.assert(
      fc.property(fc.subarray(plan), (sub) => {
        const expanded = rangesOf(plan, new Set(sub)).flatMap((part) => {
          const [from, to] = part.split('–');
          return to ? plan.slice(plan.indexOf(from ?? ''), plan.indexOf(to) + 1) : [part];
        });
        expect(expanded).toEqual(plan.filter((id) => sub.includes(id)));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('a list as one message', () => {
  it('shows the first lines in order and counts every one left out, never more, never fewer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 60 }),
        fc.integer({ min: 1, max: 25 }),
        (items, max) => {
          const parts = listMessage(
            'H',
            items,
            max,
            (i) => `L${i}`,
            (n) => `+${n}`,
          ).split('\n\n');
          const shown = Math.min(items.length, max);
          expect(parts[0]).toBe('H');
          expect(parts.slice(1, 1 + shown)).toEqual(items.slice(0, shown).map((i) => `L${i}`));
          expect(parts.slice(1 + shown)).toEqual(items.length > max ? [`+${items.length - max}`] : []);
        },
      ),
    );
  });
});
