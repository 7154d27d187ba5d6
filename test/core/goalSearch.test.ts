import type { Goal } from '../../core/catalog';
import { matchingGoals } from '../../core/goals';

const goal = (id: string, title: string, text?: string): { goal: Goal } => ({
  goal: { id, title, arena: 'municipality', theme: 'T', crossLevel: false, ...(text ? { text } : {}) },
});
const list = [
  goal('DEL1-007', 'Vurdere brystsmerter'),
  goal('DEL1-070', 'Vurdere rusforgiftning'),
  goal(
    'DEL1-071',
    'Følge opp pasient på sykehjem',
    'Kunne følge opp skrøpelige eldre i sykehjem, med legemiddelgjennomgang.',
  ),
  goal('LM-75', 'Kjenne pasient- og brukerrettighetsloven'),
];
const ids = (q: string) => matchingGoals(list, q).map((x) => x.goal.id);

describe('finding a goal by what a person types (the activity form’s search)', () => {
  it.each([
    ['del1-7', ['DEL1-007']], // an id as typed, unpadded
    ['DEL1-07', ['DEL1-007', 'DEL1-070', 'DEL1-071']], // the id typed first, then those it starts
    ['lm-075', ['LM-75']], // padded where the plan is not
    ['vurdere', ['DEL1-007', 'DEL1-070']], // a word of the title
    ['vurdere rus', ['DEL1-070']], // every word must occur
    ['legemiddelgjennomgang', ['DEL1-071']], // the plan's own wording counts
    ['  FØLGE   opp ', ['DEL1-071']], // case and spaces do not matter
    ['sykehjem', ['DEL1-071']],
    ['kantina', []],
  ])('%j → %j', (q, expected) => expect(ids(q)).toEqual(expected));

  it('an empty search lists them all, in plan order', () => {
    expect(ids('')).toEqual(list.map((x) => x.goal.id));
  });
});
