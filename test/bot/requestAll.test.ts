import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts, invoke } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;

/**
 * A LIS with several goals ready asks for approval of them all in one click, not one each: each
 * is its own decision with its own audit event, and the leader gets one message naming them all.
 */
describe('«Be om godkjenning for alle klare», over real HTTP', () => {
  let app: TestApp;
  const { say, click, sentTo } = chat(() => app);

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, isaiah]) await say('hei', who);
  });
  afterEach(() => app.stop());

  const statusCard = async () => (await say('hva gjenstår?', alex))[0]?.attachments;
  const allButton = (card: unknown) => cardButtons(card).find((b) => b.verb === 'goal.requestAll');

  it('one click sends every ready goal; each is stored with its audit event; the leader and the advisor get one message each', async () => {
    const card = await statusCard();
    const button = allButton(card);
    const ready = cardButtons(card).filter((b) => b.verb === 'goal.request');
    expect(ready.length).toBeGreaterThan(1);
    expect(button?.title).toBe(`Be om godkjenning for alle ${ready.length} klare`);
    const ids = ((button?.data.items ?? []) as { id: string }[]).map((i) => i.id);
    expect(ids).toEqual(ready.map((b) => b.data.id));

    const id = 'inv-request-all-1';
    const post = () =>
      app.post(
        invoke('goal.requestAll', button?.data ?? {}, { from: alex, serviceUrl: app.connector.url, id }),
      );
    app.connector.clear();
    const res = (await (await post()).json()) as { statusCode: number; value: unknown };
    await app.outbox.idle();
    expect(res.statusCode).toBe(200);
    const goalIds = ids.map((x) => x.split(':')[2]);
    expect(cardTexts(res.value)[0]).toBe(
      `Sendt til godkjenning: ${goalIds.join(', ')} (${ids.length} læringsmål).`,
    );
    // Drawn again: nothing is ready now, so neither button is there.
    expect(allButton(res.value)).toBeUndefined();
    for (const goalId of ids) {
      expect((await app.store.trainees.getGoal(T, goalId))?.status).toBe('pending_approval');
      expect((await app.store.trainees.auditOf(T, goalId)).map((e) => e.verb)).toEqual(['goal.request']);
    }
    for (const who of [megan, adele]) {
      const sent = sentTo(who);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.text).toBe(`Alex Wilber ber om godkjenning av ${ids.length} læringsmål`);
      const texts = cardTexts(sent[0]?.attachments).join('\n');
      for (const g of goalIds) expect(texts).toContain(`**${g}**`);
    }
    expect(sentTo(isaiah)).toHaveLength(0);

    // The same click again (a retried invoke): every goal is stale, nothing is written twice.
    const again = (await (await post()).json()) as { value: unknown };
    await app.outbox.idle();
    expect(cardTexts(again.value)[0]).toMatch(/^Ingenting ble sendt til godkjenning\. \d+ ble ikke sendt/);
    for (const goalId of ids) expect(await app.store.trainees.auditOf(T, goalId)).toHaveLength(1);
  });

  it('the door: only the LIS asks; the leader is told why, a stranger learns nothing; more than one click takes is bad data', async () => {
    const data = allButton(await statusCard())?.data ?? {};
    const byLeader = await click('goal.requestAll', data, megan);
    expect(cardTexts(byLeader.value).join(' ')).toMatch(
      /Som leder for Alex Wilber kan du ikke gjøre dette\. Ingenting er endret\./,
    );
    const byStranger = await click('goal.requestAll', data, { aadObjectId: 'x-1', name: 'X' });
    expect(JSON.stringify(byStranger.value)).not.toMatch(/Alex|DEL1/);
    const items = Array.from({ length: 11 }, (_, i) => ({
      id: `goal:lis1-clinical-2020:DEL1-0${10 + i}`,
      rev: 1,
    }));
    const tooMany = await click('goal.requestAll', { traineeId: T, items }, alex);
    expect(tooMany.statusCode).toBe(400);
    const snap = await app.store.trainees.snapshot(T);
    expect(snap?.goals.filter((g) => g.status === 'pending_approval').length).toBe(2);
  });
});
