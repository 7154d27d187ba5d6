import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, megan, isaiah } = DEMO_PEOPLE;
const NORA = { aadObjectId: '00000000-0000-0000-0000-00000000beef', name: 'Nora Nyberg' };

/** "hvilke mål er godkjent?": every approved goal named by ID, per plan, over real HTTP. */
describe('which goals are approved', () => {
  let app: TestApp;
  const { say } = chat(() => app);
  const answer = async (text: string, who: { aadObjectId: string; name: string }) =>
    String((await say(text, who))[0]?.text ?? '');

  beforeAll(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, isaiah, NORA]) await say('hei', who);
  });
  afterAll(() => app.stop());

  it('names every approved goal of each plan the LIS follows, and nothing else, in the plan’s order', async () => {
    const text = await answer('hvilke mål er godkjent?', alex);
    const snap = await app.store.trainees.snapshot(DEMO_TRAINEES.alex);
    const approved = snap!.goals.filter((g) => g.status === 'approved').map((g) => g.goalId);
    expect(text.split('\n\n')[0]).toBe(`Godkjent for deg: ${approved.length} av 120 læringsmål.`);
    // Expanding the ranges gives back exactly the approved goals.
    const catalogs = new CatalogSet(DEMO_CATALOGS);
    const named = [...text.matchAll(/\*\*[^*]+\*\* \(\d+ av \d+\): ([^\n]+)/g)].flatMap((m, i) => {
      const plan = (catalogs.get(snap!.profile.catalogIds[i] ?? '')?.goals ?? []).map((g) => g.id);
      return (m[1] ?? '').split(', ').flatMap((part) => {
        const [from, to] = part.split('–');
        return to ? plan.slice(plan.indexOf(from ?? ''), plan.indexOf(to) + 1) : [part];
      });
    });
    expect(named.sort()).toEqual(approved.sort());
  });

  it('answers the leader and a supervisor about a LIS by name; a stranger learns nothing', async () => {
    expect(await answer('vis godkjente for Alex', megan)).toMatch(
      /^Godkjent for Alex Wilber: \d+ av 120 læringsmål\./,
    );
    expect(await answer('vis godkjente for Alex', isaiah)).toMatch(/^Godkjent for Alex Wilber/);
    expect(await answer('vis godkjente for Alex', NORA)).not.toMatch(/Wilber|\d+ av/);
  });
});
