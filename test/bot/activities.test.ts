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

  it('shows at most the 15 newest, and says so only when there are more', async () => {
    const shown = async () => {
      const card = (await say('mine aktiviteter', alex))[0]?.attachments;
      return {
        opens: cardButtons(card).filter((b) => b.verb === 'activity.refresh').length,
        more: cardTexts(card).includes('Bare de 15 nyeste er vist.'),
      };
    };
    // Five in the demo: ten more make fifteen, all shown; one more, and the card says so.
    const record = (i: number) =>
      click(
        'activity.record',
        {
          traineeId: T,
          activityKind: 'course',
          date: `2026-10-${String(i + 1).padStart(2, '0')}`,
          description: `Kurs nummer ${i + 1}`,
          goals: 'lis1-clinical-2020|DEL1-082',
          supervisor: 'none',
        },
        alex,
      );
    for (let i = 0; i < 10; i++) await record(i);
    expect(await shown()).toEqual({ opens: 15, more: false });
    await record(10);
    expect((await app.store.trainees.documents(T, 'activity')).length).toBe(16);
    expect(await shown()).toEqual({ opens: 15, more: true });
  });
});
