import fc from 'fast-check';
import { closestName } from '../../core/names';

describe('closestName: the name a slip in a question most likely meant', () => {
  const names = ['Alex Wilber', 'Lynne Robbins', 'Adele Vance'];

  it('names the one a letter or two off a whole name or one of its words', () => {
    expect(closestName('Aleks', names)).toBe('Alex Wilber');
    expect(closestName('Lyne', names)).toBe('Lynne Robbins');
    expect(closestName('Robins', names)).toBe('Lynne Robbins');
    expect(closestName('alex wilbur', names)).toBe('Alex Wilber');
  });

  it('names none when none is near, the question is too short, or two are equally near', () => {
    expect(closestName('Kari', names)).toBeUndefined();
    expect(closestName('Al', names)).toBeUndefined();
    expect(closestName('Ale', ['Alex Wilber', 'Alen Berg'])).toBeUndefined();
  });

  it('finds a name asked as it is written, whoever else is in the list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{2,9}$/), { minLength: 1, maxLength: 8 }),
        (list) => {
          for (const n of list) expect(closestName(n, list)).toBe(n);
        },
      ),
    );
  });
});
