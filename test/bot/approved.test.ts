import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { exportApprovals } from '../../ops/approvalsExport';
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

describe('goals approved in a plan the LIS was moved off', () => {
  let app: TestApp;
  const { say } = chat(() => app);
  beforeAll(async () => {
    app = await startTestApp({ tab: { devIdentity: true } });
  });
  afterAll(() => app.stop());

  it('are named apart in the chat and kept in the export to Kompetanseportalen', async () => {
    // Alex's employer moved her over to the 2025 FKM plan; LM-3 of the plan before was approved first.
    const approved = (await app.store.trainees.snapshot(DEMO_TRAINEES.alex))!.goals.find(
      (g) => g.status === 'approved',
    )!;
    const { etag: _e, ...goal } = (await app.store.trainees.getGoal(DEMO_TRAINEES.alex, approved.id))!;
    await app.store.trainees.commit({
      change: {
        kind: 'goal',
        goal: { ...goal, id: 'goal:fkm-lis1-2019:LM-3', catalogId: 'fkm-lis1-2019', goalId: 'LM-3' },
      },
      effects: [],
    });
    const text = String((await say('hvilke mål er godkjent?', alex))[0]?.text ?? '');
    // Not counted in the plans she follows; named on its own line.
    expect(text.split('\n\n')[0]).toMatch(/^Godkjent for deg: \d+ av 120 læringsmål\.$/);
    expect(text).toContain(
      'Godkjent i en tidligere versjon, **Felles kompetansemål LIS1, før 2025 (demo)**: LM-3. De teller ikke i planen som følges nå, men er med i eksporten til Kompetanseportalen.',
    );
    const rows = await exportApprovals(
      app.deps,
      {
        caller: { aadObjectId: megan.aadObjectId, name: megan.name },
        key: 'export-moved',
        now: '2026-11-26T09:00:00.000Z',
        today: '2026-11-26',
      },
      { traineeId: DEMO_TRAINEES.alex, format: 'xlsx' },
    );
    // The tab's page of the LIS says the same under the plans followed.
    const detail = (await (
      await fetch(`${app.baseUrl}/api/tab/trainees/${DEMO_TRAINEES.alex}`, {
        headers: { 'x-dev-user': megan.aadObjectId },
      })
    ).json()) as { progress: { earlier: unknown } };
    expect(detail.progress.earlier).toEqual([
      { name: 'Felles kompetansemål LIS1, før 2025 (demo)', approved: ['LM-3'] },
    ]);
    expect(rows.kind === 'done' && rows.value.at(-1)).toMatchObject({
      plan: 'Felles kompetansemål LIS1, før 2025 (demo)',
      goalId: 'LM-3',
    });
    // LM-5 and LM-7 too, not LM-4 or LM-6: named one by one, not as a run the plan does not have.
    for (const id of ['LM-5', 'LM-7'])
      await app.store.trainees.commit({
        change: {
          kind: 'goal',
          goal: { ...goal, id: `goal:fkm-lis1-2019:${id}`, catalogId: 'fkm-lis1-2019', goalId: id },
        },
        effects: [],
      });
    expect(String((await say('hvilke mål er godkjent?', alex))[0]?.text)).toContain(
      '**Felles kompetansemål LIS1, før 2025 (demo)**: LM-3, LM-5, LM-7.',
    );
  });
});
