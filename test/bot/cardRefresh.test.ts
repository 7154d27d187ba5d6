import { DEMO_PEOPLE } from '../../core/demo';
import { cardButtons, cardTexts, invoke } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, megan, isaiah } = DEMO_PEOPLE;

describe('the inbox and status cards are drawn again for their owner when they look at them later', () => {
  let app: TestApp;
  const { say, click } = chat(() => app);
  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, isaiah]) await say('hei', who);
  });
  afterEach(() => app.stop());

  type Refresh = { action: { verb: string; data: Record<string, unknown> }; userIds: string[] };
  /** The refresh a card carries, as Teams reads it. */
  const refreshOf = (attachments: unknown) =>
    (attachments as { content: { refresh: Refresh } }[])[0]?.content.refresh as Refresh;
  /** Teams drawing a card again by itself, for whoever looks at it. */
  const refreshed = async (r: Refresh, from: { aadObjectId: string; name: string }) =>
    (await (
      await app.post(
        invoke(r.action.verb, r.action.data, { from, serviceUrl: app.connector.url, trigger: 'automatic' }),
      )
    ).json()) as { statusCode: number; value: unknown };

  it('refreshes for the owner alone, without what was decided meanwhile; anyone else gets their own', async () => {
    const card = (await say('hva venter på meg?', megan))[0]?.attachments;
    const refresh = refreshOf(card);
    expect(refresh).toMatchObject({
      action: { verb: 'inbox.page', data: { page: 0 } },
      userIds: [`29:${megan.aadObjectId}`],
    });
    const approve = cardButtons(card).find((b) => b.verb === 'goal.approve');
    expect(approve).toBeDefined();
    const item = String(approve?.data.id).split(':').at(-1) ?? '';
    expect(cardTexts(card).some((x) => x.includes(item))).toBe(true);

    // Approved from the goal's own card meanwhile (not from this list)…
    const { view: _v, page: _p, ...data } = approve?.data ?? {};
    expect((await click('goal.approve', data, megan)).statusCode).toBe(200);
    // …so when Teams draws the inbox again for her, that goal is no longer in it.
    const again = await refreshed(refresh, megan);
    expect(again.statusCode).toBe(200);
    expect(cardTexts(again.value).some((x) => x.includes(item))).toBe(false);
    expect((again.value as { refresh: { userIds: string[] } }).refresh.userIds).toEqual([
      `29:${megan.aadObjectId}`,
    ]);
    // Anyone else who triggers it (a forwarded card, the manual menu) sees their own list only.
    const other = await refreshed(refresh, isaiah);
    expect(cardButtons(other.value).filter((b) => b.verb === 'goal.approve')).toEqual([]);
    expect(cardButtons(other.value).some((b) => b.verb === 'activity.sign')).toBe(true);
    expect((other.value as { refresh: { userIds: string[] } }).refresh.userIds).toEqual([
      `29:${isaiah.aadObjectId}`,
    ]);
  });

  it('the status card: its LIS sees the count of today after an approval; a stranger learns nothing', async () => {
    const first = (await say('hva gjenstår?', alex))[0]?.attachments;
    const refresh = refreshOf(first);
    expect(refresh).toMatchObject({
      action: { verb: 'progress.show', data: { traineeId: 'lis-demo-alex' } },
      userIds: [`29:${alex.aadObjectId}`],
    });
    const count = (card: unknown) => cardTexts(card).find((x) => /^\d+ av \d+ godkjent/.test(x));
    const before = count(first);
    const inbox = (await say('hva venter på meg?', megan))[0]?.attachments;
    const approve = cardButtons(inbox).find((b) => b.verb === 'goal.approve');
    const { view: _v, page: _p, ...data } = approve?.data ?? {};
    expect((await click('goal.approve', data, megan)).statusCode).toBe(200);
    const again = await refreshed(refresh, alex);
    expect(count(again.value)).not.toBe(before);
    expect(Number(count(again.value)?.split(' ')[0])).toBe(Number(before?.split(' ')[0]) + 1);
    const stranger = await refreshed(refresh, { aadObjectId: 'stranger-1', name: 'Stranger' });
    expect(cardTexts(stranger.value).join(' ')).not.toMatch(/Alex/);
  });
});
