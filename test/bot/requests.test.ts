import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const { alex, megan } = DEMO_PEOPLE;

/**
 * «trekk tilbake forespørselen» without naming a goal: the LIS gets the requests that wait, each on
 * its card with «Trekk tilbake», instead of «Det forsto jeg ikke helt».
 */
describe('a LIS finds the requests that wait, to take one back, over real HTTP', () => {
  let app: TestApp;
  const { say, sayInGroup, click } = chat(() => app);

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan]) await say('hei', who);
  });
  afterEach(() => app.stop());

  const waiting = async () =>
    (await app.store.trainees.snapshot(T))!.goals.filter((g) => g.status === 'pending_approval');

  it('each waiting request on its own card with «Trekk tilbake»; pressing it takes that one back', async () => {
    const pending = await waiting();
    expect(pending.length).toBe(2);
    const sent = await say('trekk tilbake forespørselen', alex);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.text).toBe(
      '2 læringsmål venter på godkjenning. Trykk «Trekk tilbake» på kortet til det du vil ta tilbake. ' +
        '2 aktiviteter venter på signering. De trekker du tilbake fra kortene sine under «mine aktiviteter».',
    );
    const recalls = sent.map((s) => cardButtons(s.attachments).find((b) => b.verb === 'goal.recall'));
    // The oldest request first.
    const byAge = [...pending].sort((a, b) => (a.requestedAt ?? '').localeCompare(b.requestedAt ?? ''));
    expect(recalls.map((b) => b?.data.id)).toEqual(byAge.map((g) => g.id));
    const first = recalls[0]!;
    expect((await click(first.verb, first.data, alex)).statusCode).toBe(200);
    expect((await app.store.trainees.getGoal(T, String(first.data.id)))?.status).toBe('in_progress');
    const trail = await app.store.trainees.auditOf(T, String(first.data.id));
    expect(trail.at(-1)).toMatchObject({ verb: 'goal.recall', actor: alex.aadObjectId });

    const again = await say('mine forespørsler', alex);
    expect(again).toHaveLength(1);
    expect(again[0]?.text).toMatch(/^1 læringsmål venter på godkjenning\. Trykk «Trekk tilbake» på kortet\./);
    expect(cardTexts(again[0]?.attachments).join(' ')).toContain(byAge[1]!.goalId);
  });

  it('a LIS moved off a plan (to a newer one): a request waiting there is taken back first, and cards from before change nothing', async () => {
    const fkm = (await waiting()).find((g) => g.catalogId === 'fkm-lis1-2025')!;
    const profile = (await app.store.trainees.getProfile(T))!;
    // Alex registers again with the clinical plan only, as after a move to another FKM plan.
    const register = () =>
      click(
        'profile.register',
        {
          phase: 'LIS1_municipality',
          unitId: profile.employer.unitId,
          start: profile.service?.start,
          end: profile.service?.end,
          position: profile.service?.position,
          percent: String(profile.service?.percent),
          partStart: profile.partStart,
          psychiatry: 'true',
          catalogs: 'lis1-clinical-2020',
        },
        alex,
      );
    // FKM-015 waits for Megan in the plan he would leave: neither could act on it after the move.
    const refused = await register();
    expect(cardTexts(refused.value)).toContain(
      'FKM-015 i «Felles kompetansemål LIS1, 2025 (demo)» venter på godkjenning. Trekk forespørselen tilbake, eller vent på svar fra lederen, før du bytter bort fra planen. Ingenting er endret.',
    );
    expect((await app.store.trainees.getProfile(T))?.etag).toBe(profile.etag);
    // He takes it back, and moves.
    expect((await click('goal.recall', { traineeId: T, id: fkm.id, rev: fkm.rev }, alex)).statusCode).toBe(
      200,
    );
    const recalled = (await app.store.trainees.getGoal(T, fkm.id))!;
    expect(recalled.status).toBe('in_progress');
    expect(JSON.stringify(await register())).toMatch(/Du er registrert som LIS1/);
    const inbox = cardTexts((await say('hva venter på meg?', megan))[0]?.attachments).join('\n');
    expect(inbox).toMatch(/DEL1-064/);
    expect(inbox).not.toMatch(/FKM-015/);
    expect((await say('mine forespørsler', alex))[0]?.text).toMatch(/^1 læringsmål venter på godkjenning/);
    // Cards from before the move, Megan's and Alex's: nothing is decided or asked for in a plan left.
    const card = { traineeId: T, id: fkm.id, rev: recalled.rev };
    for (const [verb, who, data] of [
      ['goal.approve', megan, { ...card, comment: 'Godkjent likevel' }],
      ['goal.return', megan, { ...card, comment: 'Nei' }],
      ['goal.request', alex, card],
    ] as const) {
      const r = await click(verb, data, who);
      expect(cardTexts(r.value)).toContain('Fant ikke det dette kortet viser til. Det kan ha blitt fjernet.');
    }
    expect(await app.store.trainees.getGoal(T, fkm.id)).toMatchObject({
      status: 'in_progress',
      rev: recalled.rev,
    });
  });

  it('more than three: listed by ID with the day each was sent, none left out; none: said so', async () => {
    const card = (await say('hva gjenstår?', alex))[0]?.attachments;
    const all = cardButtons(card).find((b) => b.verb === 'goal.requestAll')!;
    await click(all.verb, all.data, alex);
    const pending = (await waiting()).sort((a, b) =>
      (a.requestedAt ?? '').localeCompare(b.requestedAt ?? ''),
    );
    expect(pending.length).toBe(4);
    const [listed] = await say('hvilke læringsmål venter på godkjenning?', alex);
    expect(listed?.attachments ?? []).toHaveLength(0);
    expect(String(listed?.text)).toMatch(/^4 læringsmål venter på godkjenning: /);
    for (const g of pending) expect(String(listed?.text)).toContain(g.goalId);
    expect(String(listed?.text)).toContain(`DEL1-064 (sendt 24.11.2026)`);
    expect(String(listed?.text)).toContain(`«trekk tilbake ${pending[0]?.goalId}»`);

    for (const g of pending) {
      const [c] = await say(`trekk tilbake ${g.goalId}`, alex);
      const b = cardButtons(c?.attachments).find((x) => x.verb === 'goal.recall')!;
      await click(b.verb, b.data, alex);
    }
    const [none] = await say('cancel my request', alex);
    expect(none?.text).toMatch(/^Ingen av læringsmålene dine venter på godkjenning nå/);
  });

  it('someone who is no LIS gets what waits for them; in a group chat the answer goes to the 1:1 chat', async () => {
    const [leader] = await say('mine forespørsler', megan);
    expect(cardTexts(leader?.attachments)[0]).toBe('Dette venter på deg');

    const sent = await sayInGroup('trekk tilbake forespørselen', alex, '19:group-1');
    const inGroup = sent.filter((s) => (s.conversation as { id: string }).id === '19:group-1');
    expect(inGroup.map((s) => s.attachments ?? [])).toEqual([[]]);
    expect(JSON.stringify(inGroup)).not.toMatch(/DEL1|FKM/);
    const inPrivate = sent.filter(
      (s) => (s.conversation as { id: string }).id === `a:personal-${alex.aadObjectId}`,
    );
    expect(inPrivate).toHaveLength(2);
  });
});
