import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardInputs, cardTexts, invoke } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const { alex, isaiah, patti, megan } = DEMO_PEOPLE;

/** A returned activity is no dead end: its comment is where the LIS looks, and it can be resent or withdrawn. */
describe('after a supervisor returns an activity, over real HTTP', () => {
  let app: TestApp;
  const { say, click } = chat(() => app);
  const activity = async (id = 'activity:demo-4') => (await app.store.trainees.getActivity(T, id))!;

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, isaiah, patti]) await say('hei', who);
    const a = await activity();
    await click(
      'activity.return',
      { traineeId: T, id: a.id, rev: a.rev, comment: 'Beskriv prosedyren nærmere.' },
      isaiah,
    );
  });
  afterEach(() => app.stop());

  it('the LIS’s card shows the comment and offers "edit and send again" (to any of their supervisors) and "withdraw", asking first', async () => {
    const a = await activity();
    const card = (await click('activity.refresh', { traineeId: T, id: a.id, rev: a.rev }, alex)).value;
    const texts = cardTexts(card);
    // Alex reads "deg"; everyone else reads his name.
    expect(texts).toContain('Sendt tilbake til deg');
    expect(texts).toContain('Isaiah Langer: «Beskriv prosedyren nærmere.»');
    const json = JSON.stringify(card);
    expect(json).toContain('Rett og send på nytt …');
    expect(json).toContain('Vil du trekke tilbake aktiviteten?');
    expect(json).toContain(`"value":"${isaiah.aadObjectId}"`);
    expect(json).toContain(`"value":"${patti.aadObjectId}"`);
    expect(cardButtons(card).map((b) => b.verb)).toEqual(['activity.resend', 'activity.withdraw']);
    // Nobody else gets those: the supervisor's and the leader's views are read-only.
    for (const who of [isaiah, megan]) {
      const other = (await click('activity.refresh', { traineeId: T, id: a.id, rev: a.rev }, who)).value;
      expect(cardButtons(other).map((b) => b.verb)).toEqual([]);
      expect(cardTexts(other)).toContain('Sendt tilbake til Alex Wilber');
    }
  });

  it('edited and sent to another supervisor: Patti gets the new text to sign, Isaiah can no longer act, one audit event', async () => {
    const a = await activity();
    app.connector.clear();
    const r = await click(
      'activity.resend',
      {
        traineeId: T,
        id: a.id,
        rev: a.rev,
        to: patti.aadObjectId,
        description: 'Suturering av 3 cm kuttskade på hånd, lokalbedøvelse',
        date: '2026-11-23',
      },
      alex,
    );
    expect(cardTexts(r.value)).toContain('Venter på signering fra Patti Fernandez');
    const saved = await activity();
    expect(saved).toMatchObject({
      status: 'pending_signature',
      supervisor: { aadObjectId: patti.aadObjectId },
      description: 'Suturering av 3 cm kuttskade på hånd, lokalbedøvelse',
      date: '2026-11-23',
    });
    expect(saved.decision).toBeUndefined();
    const toPatti = app.connector
      .sent()
      .find((s) => (s.conversation as { id: string }).id === `a:personal-${patti.aadObjectId}`);
    expect(cardTexts(toPatti?.attachments)).toContain('Suturering av 3 cm kuttskade på hånd, lokalbedøvelse');
    expect(cardButtons(toPatti?.attachments).map((b) => b.verb)).toContain('activity.sign');
    const byIsaiah = await click('activity.sign', { traineeId: T, id: saved.id, rev: saved.rev }, isaiah);
    expect(cardTexts(byIsaiah.value).join(' ')).toMatch(/Ingenting er endret/);
    const trail = await app.store.trainees.auditOf(T, a.id);
    expect(trail.map((e) => e.verb)).toEqual(['activity.return', 'activity.resend']);
    // The same click again (a retried invoke): the current card, nothing written twice.
    const again = await click(
      'activity.resend',
      { traineeId: T, id: a.id, rev: a.rev, to: patti.aadObjectId },
      alex,
    );
    expect(cardTexts(again.value).join(' ')).toMatch(/Venter på signering fra Patti Fernandez/);
    expect((await app.store.trainees.auditOf(T, a.id)).length).toBe(2);
  });

  it('sent back for the wrong goal: the LIS names the right one (found by typing) and another kind, and sends it again', async () => {
    const a = await activity();
    const card = (await click('activity.refresh', { traineeId: T, id: a.id, rev: a.rev }, alex)).value;
    // The form lists the goals it names, and the rest are searched in Alex's plans as he types.
    const inputs = cardInputs(card);
    expect(inputs.goals).toBe('lis1-clinical-2020|DEL1-067');
    expect(inputs.activityKind).toBe('supervised_procedure');
    expect(JSON.stringify(card)).toContain(`"choices.data":{"type":"Data.Query","dataset":"goals:${T}"}`);
    const search = await app.post({
      ...invoke('unused', {}, { from: alex, serviceUrl: app.connector.url }),
      name: 'application/search',
      value: { queryText: 'del1-65', dataset: `goals:${T}` },
    });
    const found = ((await search.json()) as { value: { results: { value: string }[] } }).value.results;
    expect(found.map((r) => r.value)).toEqual(['lis1-clinical-2020|DEL1-065']);
    const r = await click(
      'activity.resend',
      {
        traineeId: T,
        id: a.id,
        rev: a.rev,
        to: isaiah.aadObjectId,
        activityKind: 'clinical_practice',
        goals: `${found[0]?.value},fkm-lis1-2025|FKM-016`,
      },
      alex,
    );
    expect(cardTexts(r.value)).toContain('Venter på signering fra Isaiah Langer');
    expect(await activity()).toMatchObject({
      status: 'pending_signature',
      activityKind: 'clinical_practice',
      goals: [
        { catalogId: 'lis1-clinical-2020', goalId: 'DEL1-065' },
        { catalogId: 'fkm-lis1-2025', goalId: 'FKM-016' },
      ],
    });
    // The trail says what was put right.
    const event = (await app.store.trainees.auditOf(T, a.id)).at(-1);
    expect(event).toMatchObject({
      verb: 'activity.resend',
      before: { goals: ['lis1-clinical-2020|DEL1-067'], activityKind: 'supervised_procedure' },
      after: {
        goals: ['lis1-clinical-2020|DEL1-065', 'fkm-lis1-2025|FKM-016'],
        activityKind: 'clinical_practice',
      },
    });
    // The waiting list of the LIS's document follows: DEL1-065 now waits for the signature.
    const open = (await app.store.trainees.profileAndOpen(T))?.open.find((x) => x.id === a.id);
    expect(open?.goals.map((g) => g.goalId)).toEqual(['DEL1-065', 'FKM-016']);
  });

  it('refuses goals outside the LIS’s plans, none, or a malformed list; nothing changes', async () => {
    const a = await activity();
    const base = { traineeId: T, id: a.id, rev: a.rev, to: isaiah.aadObjectId };
    const notHis = await click(
      'activity.resend',
      { ...base, goals: 'lis3-allmennmedisin-2019|ALM-001' },
      alex,
    );
    const refused = cardTexts(notHis.value).join(' ');
    expect(refused).toMatch(/Velg læringsmål fra dine egne læringsmålplaner\./);
    expect(refused).toMatch(/Ingenting er endret/);
    const none = await click('activity.resend', { ...base, goals: '' }, alex);
    expect(cardTexts(none.value).join(' ')).toMatch(/Velg minst ett læringsmål/);
    const bad = await click('activity.resend', { ...base, goals: 'DEL1-065' }, alex);
    expect(bad.statusCode).toBe(400);
    const kind = await click('activity.resend', { ...base, activityKind: 'party' }, alex);
    expect(kind.statusCode).toBe(400);
    expect(await activity()).toMatchObject({ status: 'returned', rev: a.rev, goals: a.goals });
  });

  it('refuses a resend to someone who is not the LIS’s supervisor, by anyone but the LIS, or with a description over the limit; nothing changes', async () => {
    const a = await activity();
    const stranger = await click(
      'activity.resend',
      { traineeId: T, id: a.id, rev: a.rev, to: megan.aadObjectId },
      alex,
    );
    expect(cardTexts(stranger.value).join(' ')).toMatch(/Ingenting er endret/);
    const forged = await click(
      'activity.resend',
      { traineeId: T, id: a.id, rev: a.rev, to: isaiah.aadObjectId },
      isaiah,
    );
    expect(cardTexts(forged.value).join(' ')).toMatch(/Ingenting er endret/);
    const long = await click(
      'activity.resend',
      { traineeId: T, id: a.id, rev: a.rev, to: isaiah.aadObjectId, description: 'x'.repeat(1001) },
      alex,
    );
    expect(cardTexts(long.value).join(' ')).toMatch(/Ingenting er endret/);
    expect(await activity()).toMatchObject({ status: 'returned', rev: a.rev });
  });

  it('the comment is where the LIS looks: "hva gjenstår?" and "hva venter på meg?" list what was sent back (activities and goals), with a way to open it', async () => {
    const goal = (await app.store.trainees.snapshot(T))!.goals.find((g) => g.status === 'pending_approval')!;
    await click(
      'goal.return',
      { traineeId: T, id: goal.id, rev: goal.rev, comment: 'Trenger én signert aktivitet til.' },
      megan,
    );
    const left = await say('hva gjenstår?', alex);
    // The answer's first sentence names it too: it is the first thing to act on.
    expect(left[0]?.text).toContain('Sendt tilbake til deg med en kommentar: 1 læringsmål og 1 aktivitet.');
    const texts = cardTexts(left[0]?.attachments);
    expect(texts).toContain('Sendt tilbake til deg');
    expect(texts).toContain(
      'Aktiviteten «Suturering av kuttskade på legevakt» ble sendt tilbake av Isaiah Langer 26.11.2026. Isaiah Langer: «Beskriv prosedyren nærmere.»',
    );
    expect(texts).toContain(
      `Læringsmålet ${goal.goalId} ble sendt tilbake av Megan Bowen 26.11.2026. Megan Bowen: «Trenger én signert aktivitet til.»`,
    );
    const opens = cardButtons(left[0]?.attachments).filter((b) => b.title.startsWith('Åpne: '));
    expect(opens.map((b) => [b.verb, b.data.id])).toEqual(
      expect.arrayContaining([
        ['activity.refresh', 'activity:demo-4'],
        ['goal.refresh', goal.id],
      ]),
    );
    const inbox = cardTexts((await say('hva venter på meg?', alex))[0]?.attachments);
    expect(inbox).toContain('Sendt tilbake til deg: Suturering av kuttskade på legevakt');
    expect(inbox).toContain('Av Isaiah Langer 26.11.2026. Isaiah Langer: «Beskriv prosedyren nærmere.»');
    expect(inbox).toContain(`Sendt tilbake til deg: ${goal.goalId}`);
    // The leader asking about Alex sees progress, not Alex's returned items and their comments.
    const toLeader = (await say('hva gjenstår for Alex?', megan))[0];
    expect(cardTexts(toLeader?.attachments)).not.toContain('Sendt tilbake til deg');
    expect(toLeader?.text).not.toContain('Sendt tilbake');
    // Sent again: it no longer waits for the LIS.
    const a = await activity();
    await click('activity.resend', { traineeId: T, id: a.id, rev: a.rev, to: isaiah.aadObjectId }, alex);
    expect(cardTexts((await say('hva venter på meg?', alex))[0]?.attachments)).not.toContain(
      'Sendt tilbake til deg: Suturering av kuttskade på legevakt',
    );
  });

  it('withdrawn: kept with its history, counted nowhere, and gone from what waits', async () => {
    const a = await activity();
    const r = await click('activity.withdraw', { traineeId: T, id: a.id, rev: a.rev }, alex);
    expect(cardTexts(r.value)).toContain('Trukket tilbake av deg');
    expect(await activity()).toMatchObject({ status: 'withdrawn', rev: a.rev + 1 });
    expect((await app.store.trainees.snapshot(T))?.open.map((x) => x.id)).not.toContain(a.id);
    expect((await app.store.trainees.auditOf(T, a.id)).map((e) => e.verb).at(-1)).toBe('activity.withdraw');
    const resend = await click(
      'activity.resend',
      { traineeId: T, id: a.id, rev: a.rev + 1, to: isaiah.aadObjectId },
      alex,
    );
    expect(cardTexts(resend.value).join(' ')).toMatch(
      /ikke sendt tilbake til deg nå\. Ingenting er endret\./,
    );
  });
});
