import { fiveYearLis3 } from '../../bench/population';
import { CARD_MAX_BYTES, utf16Bytes } from '../../cards/limits';
import { DEMO_CATALOGS } from '../../core/catalog';
import { DEMO_PEOPLE } from '../../core/demo';
import { cardInputs, cardTexts, choiceSet, invoke, message } from '../helpers/activities';
import { startTestApp, TEST_TODAY, type TestApp } from '../helpers/app';
import { checkCard } from '../helpers/cardCheck';

type Who = { aadObjectId: string; name: string };
type Choice = { title: string; value: string };

/** The goal list in a card (the `Input.ChoiceSet` with id `goals`). */
const goalInput = (card: unknown) => choiceSet(card, 'goals');

/**
 * A LIS3 whose plan has 300 goals with titles as long as official ones, none approved yet. Listing
 * them all made the activity form about 107 KB, and Teams refuses a message over 100 KB: the LIS
 * could not record anything from the chat. The form now lists part of them and the rest are
 * found by typing (Teams' dynamic typeahead sends `application/search`), over real HTTP.
 */
describe('a plan too long for one card: the activity form lists part of it, the rest is searched', () => {
  let app: TestApp;
  const big = fiveYearLis3('http://connector.invalid', TEST_TODAY.toISOString().slice(0, 10));
  const lis3 = big.population.trainees[0];
  if (!lis3) throw new Error('population changed');
  const traineeId = lis3.profile.traineeId;
  const lis: Who = { aadObjectId: lis3.profile.aadObjectId, name: lis3.profile.name };
  const supervisorRole = lis3.profile.roles.find((r) => r.role === 'supervisor');
  if (!supervisorRole) throw new Error('population changed');
  const supervisor: Who = { aadObjectId: supervisorRole.aadObjectId, name: supervisorRole.name };
  const dataset = `goals:${traineeId}`;

  beforeAll(async () => {
    app = await startTestApp({ catalogs: [...DEMO_CATALOGS, big.catalog] });
    // The same people, reached through this app's connector; new in the plan: nothing approved, nothing recorded.
    const here = fiveYearLis3(app.connector.url, TEST_TODAY.toISOString().slice(0, 10)).population;
    const profile = here.trainees[0]?.profile;
    if (!profile) throw new Error('population changed');
    await app.store.trainees.createTrainees([{ profile, goals: [], activities: [] }]);
    await app.store.people.bulkCreate(here.people, 'people');
  });
  afterAll(() => app.stop());

  const search = async (who: Who, value: unknown) => {
    const activity = {
      ...invoke('unused', {}, { from: who, serviceUrl: app.connector.url }),
      name: 'application/search',
      value,
    };
    const res = await app.post(activity);
    return {
      status: res.status,
      body: (await res.json()) as { type?: string; value?: { results: Choice[] } },
    };
  };

  let form: unknown;

  it('«ny aktivitet»: the form reaches the LIS, under 40 KB, with part of the list and the search for the rest', async () => {
    app.connector.clear();
    await app.post(message('ny aktivitet', { serviceUrl: app.connector.url, from: lis }));
    await app.outbox.idle();
    expect(app.connector.tooLarge).toBe(0);
    form = app.connector
      .sent()
      .map((s) => (s.attachments as { content: unknown }[] | undefined)?.[0]?.content)[0];
    expect(form).toBeDefined();
    expect(utf16Bytes(JSON.stringify(form))).toBeLessThanOrEqual(CARD_MAX_BYTES);
    expect(checkCard(form as Record<string, unknown>)).toEqual([]);
    const goals = goalInput(form);
    const listed = ((goals?.choices ?? []) as Choice[]).map((c) => c.value);
    expect(listed.length).toBeGreaterThan(30);
    expect(listed.length).toBeLessThan(300);
    expect(goals?.style).toBe('filtered');
    expect(goals?.['choices.data']).toEqual({ type: 'Data.Query', dataset });
    expect(cardTexts(form).join('\n')).toMatch(/skriv ID eller et ord for å finne blant alle 300\)/);
  });

  it('typing an id finds a goal the form does not list; words find goals by their title', async () => {
    const listed = new Set(((goalInput(form)?.choices ?? []) as Choice[]).map((c) => c.value));
    const last = big.catalog.goals.at(-1);
    if (!last || listed.has(`${big.catalog.id}|${last.id}`))
      throw new Error('expected the last goal unlisted');
    const byId = await search(lis, {
      queryText: last.id.toLowerCase(),
      dataset,
      queryOptions: { skip: 0, top: 15 },
    });
    expect(byId.status).toBe(200);
    expect(byId.body.type).toBe('application/vnd.microsoft.search.searchResponse');
    expect(byId.body.value?.results[0]).toEqual({
      title: `${last.id} ${last.title}`,
      value: `${big.catalog.id}|${last.id}`,
    });
    // An id as typed, unpadded: ALM-7 is ALM-007.
    const unpadded = await search(lis, { queryText: 'alm-7', dataset });
    expect(unpadded.body.value?.results.map((r) => r.value)).toEqual([`${big.catalog.id}|ALM-007`]);
    const words = last.title.split(' ').slice(1, 3).join(' ');
    const byWords = await search(lis, { queryText: words, dataset, queryOptions: { skip: 0, top: 15 } });
    const found = byWords.body.value?.results ?? [];
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(15);
    for (const r of found) expect(r.title.toLowerCase()).toContain(words.toLowerCase().split(' ')[0]);
  });

  it('a goal found by search is recorded like any other', async () => {
    const last = big.catalog.goals.at(-1);
    const res = await app.post(
      invoke(
        'activity.record',
        {
          traineeId,
          activityKind: 'course',
          date: '2026-11-20',
          description: 'Kurs i akuttmedisin',
          goals: `${big.catalog.id}|${last?.id}`,
          supervisor: 'none',
        },
        { from: lis, serviceUrl: app.connector.url },
      ),
    );
    expect(((await res.json()) as { statusCode: number }).statusCode).toBe(200);
    const stored = await app.store.trainees.activities(traineeId);
    expect(stored.map((a) => a.goals)).toEqual([[{ catalogId: big.catalog.id, goalId: last?.id }]]);
  });

  it('the door: the LIS and their supervisor search; anyone else finds nothing; a malformed search is a 400', async () => {
    const q = { queryText: 'alm-1', dataset };
    expect((await search(supervisor, q)).body.value?.results.length).toBeGreaterThan(0);
    // Alex is a LIS, and Megan a leader, but not of this LIS: they learn nothing, as for an unknown LIS.
    for (const stranger of [DEMO_PEOPLE.alex, DEMO_PEOPLE.megan]) {
      const r = await search(stranger, q);
      expect(r.status).toBe(200);
      expect(r.body.value?.results).toEqual([]);
    }
    expect(
      (await search(lis, { queryText: 'alm-1', dataset: 'goals:lis-nobody' })).body.value?.results,
    ).toEqual([]);
    expect((await search(lis, { queryText: 'alm-1', dataset: 'people' })).status).toBe(400);
    expect((await search(lis, { queryText: 'alm-1' })).status).toBe(400);
    expect((await search(lis, 'alm-1')).status).toBe(400);
  });

  it('a plan that fits keeps the whole list, with no search (Alex, LIS1: 120 goals)', async () => {
    app.connector.clear();
    await app.post(message('ny aktivitet', { serviceUrl: app.connector.url, from: DEMO_PEOPLE.alex }));
    await app.outbox.idle();
    const card = app.connector.sent()[0]?.attachments as { content: unknown }[];
    const goals = goalInput(card[0]?.content);
    expect(goals?.style).toBe('compact');
    expect(goals?.['choices.data']).toBeUndefined();
    expect(Object.keys(cardInputs(card[0]?.content))).toContain('goals');
  });
});
