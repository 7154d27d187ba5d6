import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, megan, adele, isaiah } = DEMO_PEOPLE;
const T = DEMO_TRAINEES.alex;

/** "mine aktiviteter", "aktiviteter for Alex": the newest learning activities, each one click from its card. */
describe('a LIS’s learning activities, listed', () => {
  let app: TestApp;
  const { say, click } = chat(() => app);
  beforeAll(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, isaiah]) await say('hei', who);
  });
  afterAll(() => app.stop());

  it('the LIS sees the newest first, with where each stands, each opening its own card', async () => {
    const before = app.store.metrics.requests;
    const card = (await say('mine aktiviteter', alex))[0]?.attachments;
    // The person, the profile, one query (with TOP) for the activities.
    expect(app.store.metrics.requests - before).toBeLessThanOrEqual(3);
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Læringsaktiviteter – Alex Wilber');
    const stored = (await app.store.trainees.documents<{ id: string; date: string }>(T, 'activity')).sort(
      (a, b) => b.date.localeCompare(a.date),
    );
    const opens = cardButtons(card).filter((b) => b.verb === 'activity.refresh');
    expect(opens.map((b) => b.data.id)).toEqual(stored.map((a) => a.id));
    expect(texts).toContain('Venter på signering fra Isaiah Langer');
    expect(texts.some((x) => /^Signert av .+ \d\d\.\d\d\.\d{4}\.$/.test(x))).toBe(true);
    // One click to the activity's own card.
    const opened = await click('activity.refresh', opens[0]?.data ?? {}, alex);
    expect(cardTexts(opened.value)).toContain('Suturering av kuttskade på legevakt');
  });

  it('the leader and the advisor ask by name; a supervisor is told it is not theirs; a stranger learns nothing', async () => {
    for (const who of [megan, adele]) {
      const texts = cardTexts((await say('aktiviteter for Alex', who))[0]?.attachments);
      expect(texts[0]).toBe('Læringsaktiviteter – Alex Wilber');
    }
    const toIsaiah = await say('aktiviteter for Alex', isaiah);
    expect(toIsaiah[0]?.text).toMatch(
      /^Aktivitetene til Alex Wilber ser Alex Wilber, lederen og veilederen\./,
    );
    expect(toIsaiah[0]?.attachments ?? []).toEqual([]);
    const stranger = await say('aktiviteter for Alex', { aadObjectId: 'aad-stranger', name: 'S' });
    expect(JSON.stringify(stranger)).not.toMatch(/Wilber|Suturering/);
  });

  it('pages back through all of them, 15 at a time, newest first, each exactly once, for whoever may see them', async () => {
    const page = (card: unknown) => ({
      ids: cardButtons(card)
        .filter((b) => b.verb === 'activity.refresh')
        .map((b) => String(b.data.id)),
      older: cardButtons(card).find((b) => b.verb === 'activities.page' && b.data.before),
      newest: cardButtons(card).find((b) => b.verb === 'activities.page' && !b.data.before),
    });
    // Five in the demo: ten more make fifteen, all on one card, with no way to page.
    const record = (i: number) =>
      click(
        'activity.record',
        {
          traineeId: T,
          activityKind: 'course',
          // Several on each day, so that a page ends inside a day.
          date: `2026-10-${String(1 + (i % 7)).padStart(2, '0')}`,
          description: `Kurs nummer ${i + 1}`,
          goals: 'lis1-clinical-2020|DEL1-082',
          supervisor: 'none',
        },
        alex,
      );
    for (let i = 0; i < 10; i++) await record(i);
    const first = page((await say('mine aktiviteter', alex))[0]?.attachments);
    expect(first.ids).toHaveLength(15);
    expect(first.older).toBeUndefined();
    for (let i = 10; i < 31; i++) await record(i);
    const stored = await app.store.trainees.documents<{ id: string; date: string }>(T, 'activity');
    expect(stored).toHaveLength(36);
    const dateOf = new Map(stored.map((a) => [a.id, a.date]));
    // "Vis eldre" to the end: every activity once, the dates never going up.
    let card = (await say('mine aktiviteter', alex))[0]?.attachments;
    const seen: string[] = [];
    for (let n = 0; n < 5; n++) {
      const p = page(card);
      seen.push(...p.ids);
      if (n > 0) expect(p.newest?.title).toBe('Vis de nyeste');
      if (!p.older) break;
      expect(p.older.title).toBe('Vis eldre');
      card = (await click('activities.page', p.older.data, alex)).value;
    }
    expect(seen).toHaveLength(36);
    expect(new Set(seen).size).toBe(36);
    const dates = seen.map((id) => dateOf.get(id) ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    // The leader may page too; a supervisor pressing the same button is told it is not theirs; a stranger learns nothing.
    const older = page((await say('aktiviteter for Alex', megan))[0]?.attachments).older;
    expect(page((await click('activities.page', older?.data ?? {}, megan)).value).ids).toHaveLength(15);
    expect(cardTexts((await click('activities.page', older?.data ?? {}, isaiah)).value).join(' ')).toMatch(
      /^Handlingen ble avvist|Aktivitetene til Alex Wilber ser/,
    );
    const stranger = await click('activities.page', older?.data ?? {}, {
      aadObjectId: 'aad-stranger',
      name: 'S',
    });
    expect(JSON.stringify(stranger)).not.toMatch(/Wilber|Kurs nummer/);
    // A forged cursor is refused before anything runs.
    const forged = await click(
      'activities.page',
      { traineeId: T, before: { date: 'i går', skip: [] } },
      alex,
    );
    expect(forged.statusCode).toBe(400);
  });
});
