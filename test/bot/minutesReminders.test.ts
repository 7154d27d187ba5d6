import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { remindMinutes } from '../../ops/minutesReminders';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const L = DEMO_TRAINEES.lynne;
const { alex, megan, adele, lynne } = DEMO_PEOPLE;
/** Alex's next session in the demo is 3 December 2026 (a week after the test's today), with Adele. */
const NEXT = `session:demo-${T}-2`;
/** 10:00 in Norway on a day of December 2026. */
const morning = (day: number) => new Date(`2026-12-${String(day).padStart(2, '0')}T09:00:00Z`);

describe('the advisor is reminded of minutes not finalised after a session was held', () => {
  let app: TestApp;
  const { say, click, textsTo } = chat(() => app);

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, lynne]) await say('hei', who);
    app.connector.clear();
  });
  afterEach(() => app.stop());

  const sweep = async (at: Date) => {
    const n = await remindMinutes(app.deps, at);
    await app.outbox.idle();
    return n;
  };

  it('the day after, then a week later, only to the advisor, once across instances; finalised, no more', async () => {
    // Before and on its day, at night, at the weekend: nothing.
    expect(await sweep(morning(2))).toBe(0);
    expect(await sweep(morning(3))).toBe(0);
    expect(await sweep(new Date('2026-12-04T02:00:00Z'))).toBe(0);
    expect(await sweep(morning(5))).toBe(0);
    expect(app.connector.sent()).toEqual([]);
    // Friday: Adele is reminded; two instances sweeping at once send it once.
    expect(
      await Promise.all([remindMinutes(app.deps, morning(4)), remindMinutes(app.deps, morning(4))]),
    ).toEqual(expect.arrayContaining([1, 0]));
    await app.outbox.idle();
    expect(textsTo(adele)).toEqual([
      'Påminnelse: referatet fra veiledningssamtalen med Alex Wilber 03.12.2026 er ikke ferdigstilt. Skriv «veiledning med Alex Wilber» for å skrive og ferdigstille det, eller avlys samtalen om den ikke ble holdt.',
    ]);
    expect(app.connector.sent()).toHaveLength(1);
    const trail = await app.store.trainees.auditOf(T, NEXT);
    expect(trail.map((e) => [e.verb, e.actor])).toEqual([['session.remind', 'system']]);
    // A reminder is no change to the session: a card with its revision still works.
    expect((await app.store.trainees.getSession(T, NEXT))?.rev).toBe(1);

    // Not every day: a week later.
    app.connector.clear();
    expect(await sweep(morning(7))).toBe(0);
    expect(await sweep(morning(11))).toBe(1);
    expect(textsTo(adele)).toHaveLength(1);

    // The typed sentence finds the session, and the minutes are written and finalised from its card.
    app.deps.now = () => morning(11);
    const card = (await say('veiledning med Alex Wilber', adele))[0]?.attachments;
    const finalise = cardButtons(card).find(
      (b) => b.verb === 'session.minutes' && b.data.id === NEXT && b.data.finalise,
    );
    expect(finalise).toBeDefined();
    const done = await click(
      'session.minutes',
      { ...finalise?.data, [String(finalise?.data.commentInput)]: 'Gikk gjennom kommunemålene.' },
      adele,
    );
    expect(done.statusCode).toBe(200);
    expect((await app.store.trainees.getSession(T, NEXT))?.finalisedAt).toBeDefined();
    app.connector.clear();
    expect(await sweep(morning(18))).toBe(0);
    expect(app.connector.sent()).toEqual([]);
  });

  it('four weeks of reminders at most; one text to an advisor of two LIS, naming both', async () => {
    // Lynne schedules a session with Adele on 2 December; neither has minutes when the week ends.
    const scheduled = await click(
      'session.schedule',
      { traineeId: L, date: '2026-12-02', form: 'individual', hours: '1', topics: 'Praksisbesøk' },
      lynne,
    );
    expect(scheduled.statusCode).toBe(200);
    app.connector.clear();
    expect(await sweep(morning(4))).toBe(2);
    expect(textsTo(adele)).toEqual([
      'Påminnelse: 2 veiledningssamtaler med Alex Wilber, Lynne Robbins mangler ferdigstilt referat. Skriv «veiledning» for å skrive og ferdigstille dem.',
    ]);
    expect(textsTo(alex)).toEqual([]);
    expect(textsTo(lynne)).toEqual([]);
    expect(textsTo(megan)).toEqual([]);
    // Weekly (Christmas Day waits for the next working day) through the fourth week after the day,
    // then left labelled on the card, unreminded.
    const sent: number[] = [];
    for (const day of [11, 18, 25, 29, 31]) sent.push(await sweep(morning(day)));
    expect(sent).toEqual([2, 2, 0, 2, 0]);
    expect(await sweep(new Date('2027-01-08T09:00:00Z'))).toBe(0);
  });

  it('minutes saved while the reminder is written are saved, not answered as a lost race', async () => {
    app.deps.now = () => morning(4);
    const card = (await say('veiledning med Alex Wilber', adele))[0]?.attachments;
    const draft = cardButtons(card).find(
      (b) => b.verb === 'session.minutes' && b.data.id === NEXT && !b.data.finalise,
    );
    expect(draft).toBeDefined();
    // The sweep writes its reminder on the session between the click's read and its write.
    const store = app.store.trainees;
    const read = store.getSession.bind(store);
    let swept = 0;
    store.getSession = async (traineeId, id) => {
      const doc = await read(traineeId, id);
      if (id === NEXT && swept === 0) swept = await remindMinutes(app.deps, morning(4));
      return doc;
    };
    const saved = await click(
      'session.minutes',
      { ...draft?.data, [String(draft?.data.commentInput)]: 'Gikk gjennom kommunemålene.' },
      adele,
    );
    store.getSession = read;
    expect(swept).toBe(1);
    expect(cardTexts(saved.value).join(' ')).not.toMatch(/utdatert/);
    const now = await app.store.trainees.getSession(T, NEXT);
    expect(now?.minutes?.text).toBe('Gikk gjennom kommunemålene.');
    expect(now?.remindedAt).toBeDefined();
    expect((await app.store.trainees.auditOf(T, NEXT)).map((e) => e.verb).sort()).toEqual([
      'session.minutes',
      'session.remind',
    ]);
  });
});
