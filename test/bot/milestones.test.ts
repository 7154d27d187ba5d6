import { addDays } from '../../core/dates';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { remindMilestones } from '../../ops/milestoneReminders';
import { updateProfile } from '../../ops/profiles';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, TEST_TODAY, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;

describe('milestones: shown with where they stand, marked held by the leader or advisor, reminded a week before, on the day, then weekly', () => {
  let app: TestApp;
  const today = TEST_TODAY.toISOString().slice(0, 10);
  const { say, click } = chat(() => app);

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, isaiah]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('the leader sees each milestone and marks the one due soon held, with a note; the LIS is told; one audit event', async () => {
    const card = (await say('hva gjenstår for Alex?', megan))[0]?.attachments;
    const texts = cardTexts(card);
    expect(texts).toContain('Milepæler');
    expect(texts.some((x) => x.startsWith('Oppstartsmøte') && x.includes('gjennomført'))).toBe(true);
    expect(texts.some((x) => x.startsWith('Halvveisevaluering') && x.endsWith('snart.'))).toBe(true);
    const mark = cardButtons(card).find((b) => b.verb === 'milestone.done');
    expect(mark?.data).toMatchObject({ traineeId: T, kind: 'halfway' });
    expect(JSON.stringify(card)).toContain('Marker Halvveisevaluering som gjennomført …');
    // The LIS sees them too, without the form.
    const own = (await say('hva gjenstår?', alex))[0]?.attachments;
    expect(cardButtons(own).filter((b) => b.verb === 'milestone.done')).toEqual([]);

    app.connector.clear();
    const input = String(mark?.data.commentInput);
    const r = await click(
      'milestone.done',
      { ...mark?.data, [input]: 'Gjennomgått plan for resten av perioden.' },
      megan,
    );
    expect(r.statusCode).toBe(200);
    const after = cardTexts(r.value);
    expect(
      after.some(
        (x) => x.startsWith('Halvveisevaluering') && x.includes('gjennomført, markert av Megan Bowen'),
      ),
    ).toBe(true);
    expect(after.some((x) => x.includes('«Gjennomgått plan for resten av perioden.»'))).toBe(true);
    expect(
      app.connector
        .sent()
        .some((s) => s.text === 'Megan Bowen har markert Halvveisevaluering som gjennomført.'),
    ).toBe(true);
    const m = (await app.store.trainees.getProfile(T))?.milestones.find((x) => x.kind === 'halfway');
    expect(m).toMatchObject({
      done: true,
      doneBy: megan.aadObjectId,
      note: 'Gjennomgått plan for resten av perioden.',
    });
    expect((await app.store.trainees.auditOf(T, 'milestone:halfway')).map((e) => e.verb)).toEqual([
      'milestone.done',
    ]);
    // Again: refused plainly, nothing changes.
    const again = await click('milestone.done', { traineeId: T, kind: 'halfway' }, adele);
    expect(cardTexts(again.value)[0]).toMatch(/allerede markert som gjennomført\. Ingenting er endret\./);
    // …on the status card the button was on, drawn again: the advisor keeps her place.
    expect(cardTexts(again.value).some((x) => x.includes('Alex Wilber'))).toBe(true);
  });

  it('a supervisor or the LIS cannot mark one (told why); a stranger learns nothing; nothing changes', async () => {
    const before = (await app.store.trainees.getProfile(T))?.etag;
    for (const who of [isaiah, alex]) {
      const r = await click('milestone.done', { traineeId: T, kind: 'halfway' }, who);
      expect(cardTexts(r.value).join(' ')).toMatch(/Ingenting er endret/);
    }
    const stranger = await click(
      'milestone.done',
      { traineeId: T, kind: 'halfway' },
      { aadObjectId: 'x-1', name: 'X' },
    );
    expect(JSON.stringify(stranger)).not.toMatch(/Alex|Halvveis/);
    expect((await app.store.trainees.getProfile(T))?.etag).toBe(before);
  });

  it('an overdue milestone is flagged, not dropped; the sweep reminds the LIS, leader and advisor, then weekly, never a supervisor', async () => {
    await updateProfile(app.deps, T, (p) => ({
      ...p,
      milestones: p.milestones.map((m) => (m.kind === 'halfway' ? { ...m, date: addDays(today, -3) } : m)),
    }));
    const texts = cardTexts((await say('hva gjenstår?', alex))[0]?.attachments);
    expect(texts.some((x) => x.startsWith('⚠ Halvveisevaluering') && x.includes('forsinket'))).toBe(true);

    app.connector.clear();
    // At night and at the weekend the sweep waits (03:00 Thursday and noon on Saturday, Norwegian time).
    expect(await remindMilestones(app.deps, new Date('2026-11-26T02:00:00Z'))).toBe(0);
    expect(await remindMilestones(app.deps, new Date('2026-11-28T11:00:00Z'))).toBe(0);
    await app.outbox.idle();
    expect(app.connector.sent()).toEqual([]);
    expect(await remindMilestones(app.deps, TEST_TODAY)).toBe(1);
    await app.outbox.idle();
    const to = app.connector
      .sent()
      .filter((s) => String(s.text).startsWith('Påminnelse'))
      .map((s) => (s.conversation as { id: string }).id)
      .sort();
    expect(to).toEqual([alex, megan, adele].map((p) => `a:personal-${p.aadObjectId}`).sort());
    expect(
      app.connector
        .sent()
        .find((s) => (s.conversation as { id: string }).id === `a:personal-${megan.aadObjectId}`)?.text,
    ).toMatch(/^Påminnelse: Halvveisevaluering for Alex Wilber nærmer seg eller er forsinket\./);
    // Later the same day, and from a second instance at once: nothing more.
    app.connector.clear();
    const later = new Date(TEST_TODAY.getTime() + 3 * 3_600_000);
    expect(await Promise.all([remindMilestones(app.deps, later), remindMilestones(app.deps, later)])).toEqual(
      [0, 0],
    );
    await app.outbox.idle();
    expect(app.connector.sent()).toEqual([]);
    // Overdue: not the next day (a daily nag teaches people to mute the bot), but a week later.
    const day = 24 * 3_600_000;
    expect(await remindMilestones(app.deps, new Date(TEST_TODAY.getTime() + day))).toBe(0);
    expect(await remindMilestones(app.deps, new Date(TEST_TODAY.getTime() + 7 * day))).toBe(1);
    expect((await app.store.trainees.auditOf(T, 'milestone:halfway')).map((e) => e.verb)).toEqual([
      'milestone.remind',
      'milestone.remind',
    ]);
  });

  it('two milestones due at once are named together, and the text speaks of them in the plural', async () => {
    await updateProfile(app.deps, T, (p) => ({
      ...p,
      milestones: [
        { kind: 'halfway', date: addDays(today, -2), done: false },
        { kind: 'final', date: addDays(today, 3), done: false },
      ],
    }));
    app.connector.clear();
    expect(await remindMilestones(app.deps, TEST_TODAY)).toBe(1);
    await app.outbox.idle();
    const textTo = (who: { aadObjectId: string }) =>
      app.connector
        .sent()
        .find((s) => (s.conversation as { id: string }).id === `a:personal-${who.aadObjectId}`)?.text;
    expect(textTo(megan)).toBe(
      'Påminnelse: Halvveisevaluering og Sluttevaluering for Alex Wilber nærmer seg eller er forsinket. Marker dem som gjennomført når de er holdt («hva gjenstår for Alex Wilber?»).',
    );
    expect(textTo(alex)).toMatch(/^Påminnelse: Halvveisevaluering og Sluttevaluering nærmer seg/);
  });

  it('a leader of two LIS with milestones due gets one reminder naming both, not one per LIS', async () => {
    const L = DEMO_TRAINEES.lynne;
    for (const id of [T, L])
      await updateProfile(app.deps, id, (p) => ({
        ...p,
        milestones: [{ kind: 'halfway', date: addDays(today, -2), done: false }],
      }));
    app.connector.clear();
    expect(await remindMilestones(app.deps, TEST_TODAY)).toBe(2);
    await app.outbox.idle();
    const toMegan = app.connector
      .sent()
      .filter((s) => (s.conversation as { id: string }).id === `a:personal-${megan.aadObjectId}`)
      .map((s) => String(s.text));
    expect(toMegan).toEqual([
      'Påminnelse: milepæler for Alex Wilber, Lynne Robbins nærmer seg eller er forsinket. Skriv «hva gjenstår for …» med navnet for å se og markere dem.',
    ]);
    // One each: Alex about his own, Megan and Adele (advisor of both) once (Lynne has not opened a chat
    // with the bot in this test, so hers waits); each LIS's reminder is in their audit trail.
    expect(
      app.connector
        .sent()
        .filter((s) => String(s.text).startsWith('Påminnelse'))
        .map((s) => (s.conversation as { id: string }).id)
        .sort(),
    ).toEqual([alex, megan, adele].map((p) => `a:personal-${p.aadObjectId}`).sort());
    for (const id of [T, L])
      expect((await app.store.trainees.auditOf(id, 'milestone:halfway')).map((e) => e.verb)).toEqual([
        'milestone.remind',
      ]);
  });
});
