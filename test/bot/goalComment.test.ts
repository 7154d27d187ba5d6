import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { ADVISOR_COMMENTS_MAX } from '../../core/goals';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const GOAL = 'goal:lis1-clinical-2020:DEL1-070';
const { alex, megan, isaiah, adele } = DEMO_PEOPLE;

describe('the advisor comments on a goal without advice, over real HTTP', () => {
  let app: TestApp;
  const { say, click, textsTo } = chat(() => app);
  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, isaiah, adele]) await say('hei', who);
  });
  afterEach(() => app.stop());
  const goal = async () => (await app.store.trainees.getGoal(T, GOAL))!;
  const comment = async (who: { aadObjectId: string; name: string }, text: string) =>
    click('goal.comment', { traineeId: T, id: GOAL, rev: (await goal()).rev, comment: text }, who);

  it('the advisor’s card offers it; the LIS is told; the leader’s card shows it; a supervisor’s does not', async () => {
    const card = await click('goal.refresh', { traineeId: T, id: GOAL, rev: (await goal()).rev }, adele);
    expect(JSON.stringify(card.value)).toContain('"verb":"goal.comment"');
    const r = await comment(adele, 'Ta gjerne en rusvakt på legevakten før du ber om godkjenning.');
    expect(r.statusCode).toBe(200);
    expect(cardTexts(r.value)).toContain('Veileders kommentarer');
    expect((await goal()).advisorComments?.map((c) => [c.by, c.comment])).toEqual([
      [adele.aadObjectId, 'Ta gjerne en rusvakt på legevakten før du ber om godkjenning.'],
    ]);
    expect((await goal()).status).toBe('in_progress');
    expect(textsTo(alex)).toContain(
      'Adele Vance (veileder) har kommentert læringsmålet DEL1-070. Skriv «be om godkjenning DEL1-070» for å se kortet.',
    );
    expect((await app.store.trainees.auditOf(T, GOAL)).map((e) => e.verb)).toEqual(['goal.comment']);

    const byLeader = await click('goal.refresh', { traineeId: T, id: GOAL, rev: (await goal()).rev }, megan);
    expect(cardTexts(byLeader.value).join(' ')).toMatch(/Adele Vance: «Ta gjerne en rusvakt/);
    expect(cardButtons(byLeader.value).map((b) => b.verb)).not.toContain('goal.comment');
    const bySupervisor = await click(
      'goal.refresh',
      { traineeId: T, id: GOAL, rev: (await goal()).rev },
      isaiah,
    );
    expect(JSON.stringify(bySupervisor.value)).not.toMatch(/rusvakt|Veileders kommentarer/);
  });

  it('the advisor’s recommendation is in the basis for everyone; its words only for those who follow the training', async () => {
    const pending = (await app.store.trainees.snapshot(T))?.goals.find((g) => g.recommendedBy);
    const view = async (who: { aadObjectId: string; name: string }) =>
      cardTexts(
        (await click('goal.refresh', { traineeId: T, id: pending?.id, rev: pending?.rev }, who)).value,
      );
    expect(await view(megan)).toContain(
      '✔ Veileder Adele Vance anbefaler: «Alex håndterer dette selvstendig. Anbefaler godkjenning.»',
    );
    const supervisor = await view(isaiah);
    expect(supervisor).toContain('✔ Veileder Adele Vance anbefaler godkjenning');
    expect(supervisor.join(' ')).not.toMatch(/håndterer dette selvstendig/);
    // Nor the words of a decision: a return's comment reaches Alex and the leader, not a supervisor.
    await click(
      'goal.return',
      { traineeId: T, id: pending?.id, rev: pending?.rev, comment: 'Mer om triage, takk.' },
      megan,
    );
    const returned = (await app.store.trainees.getGoal(T, String(pending?.id)))?.rev;
    const read = async (who: { aadObjectId: string; name: string }) =>
      cardTexts(
        (await click('goal.refresh', { traineeId: T, id: pending?.id, rev: returned }, who)).value,
      ).join(' ');
    expect(await read(alex)).toMatch(/Megan Bowen: «Mer om triage, takk\.»/);
    expect(await read(isaiah)).not.toMatch(/Mer om triage/);
  });

  it('only the advisor, only with words, only before approval, and at most ten: nothing stored otherwise', async () => {
    expect(cardTexts((await comment(isaiah, 'Bra jobba.')).value)[0]).toMatch(/kan du ikke gjøre dette/);
    expect(cardTexts((await comment(megan, 'Bra jobba.')).value)[0]).toMatch(/kan du ikke gjøre dette/);
    expect(cardTexts((await comment(adele, '')).value).join(' ')).toMatch(/Ingenting er endret/);
    expect((await goal()).advisorComments).toBeUndefined();
    for (let i = 0; i < ADVISOR_COMMENTS_MAX; i++) await comment(adele, `Kommentar ${i + 1}`);
    expect((await goal()).advisorComments).toHaveLength(ADVISOR_COMMENTS_MAX);
    expect(cardTexts((await comment(adele, 'En til')).value)[0]).toBe(
      'Læringsmålet har allerede 10 kommentarer fra veileder. Skriv heller i veiledningssamtalen. Ingenting er endret.',
    );
    expect((await goal()).advisorComments).toHaveLength(ADVISOR_COMMENTS_MAX);
  });
});
