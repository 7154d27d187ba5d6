import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { LearningActivity } from '../../core/model';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const { alex, megan, isaiah } = DEMO_PEOPLE;
const GOAL = 'goal:lis1-clinical-2020:DEL1-076';

describe('a supervisor records and signs an activity for the LIS in one message; the LIS confirms or disputes it', () => {
  let app: TestApp;
  const { say, click, sentTo: toward } = chat(() => app);
  const recorded = async () =>
    (await app.store.trainees.activities(T)).filter((a) => a.byLis !== undefined) as LearningActivity[];

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, isaiah]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('counts at once (signed, the goal started, in its basis); Alex gets a card, and disputing withdraws it everywhere', async () => {
    const answer = await say(
      'signer Alex: Sutur av kuttskade på legevakt i dag, DEL1-76',
      isaiah,
      'msg-sign-1',
    );
    expect(answer[0]?.text).toBe(
      'Registrert og signert for Alex Wilber: «Sutur av kuttskade på legevakt» (DEL1-076), datert 26.11.2026. Alex Wilber får et kort for å bekrefte den.',
    );
    const [a] = await recorded();
    expect(a).toMatchObject({
      activityKind: 'supervised_procedure',
      status: 'signed',
      byLis: 'pending',
      supervisor: { aadObjectId: isaiah.aadObjectId },
      goals: [{ catalogId: 'lis1-clinical-2020', goalId: 'DEL1-076' }],
      date: '2026-11-26',
    });
    expect((await app.store.trainees.getGoal(T, GOAL))?.basis?.map((b) => b.activityId)).toEqual([a?.id]);
    expect((await app.store.trainees.snapshot(T))?.signed[GOAL]).toBe(1);
    expect((await app.store.trainees.auditOf(T, a!.id)).map((e) => e.verb)).toEqual([
      'activity.supervisorRecord',
    ]);
    const card = toward(alex)[0];
    expect(card?.text).toMatch(/^Isaiah Langer har registrert og signert en læringsaktivitet for deg/);
    expect(cardButtons(card?.attachments).map((b) => b.verb)).toEqual([
      'activity.confirmRecord',
      'activity.dispute',
    ]);
    expect(JSON.stringify(card?.attachments)).toContain('Stemmer ikke aktiviteten?');
    // Alex reads about himself as "deg", not by his name.
    expect(cardTexts(card?.attachments)).toContain(
      'Registrert og signert av Isaiah Langer på dine vegne – venter på at du bekrefter',
    );

    // The same message again (a retried turn): nothing twice.
    await say('signer Alex: Sutur av kuttskade på legevakt i dag, DEL1-76', isaiah, 'msg-sign-1');
    expect(await recorded()).toHaveLength(1);

    const dispute = cardButtons(card?.attachments).find((b) => b.verb === 'activity.dispute');
    const r = await click('activity.dispute', dispute?.data ?? {}, alex);
    expect(cardTexts(r.value)).toContain('Bestridt av deg og trukket tilbake');
    expect((await recorded())[0]).toMatchObject({ status: 'withdrawn', byLis: 'disputed' });
    expect((await app.store.trainees.getGoal(T, GOAL))?.basis).toEqual([]);
    expect((await app.store.trainees.snapshot(T))?.signed[GOAL] ?? 0).toBe(0);
    expect(toward(isaiah).map((s) => s.text)).toContain(
      'Alex Wilber har bestridt aktiviteten du registrerte: «Sutur av kuttskade på legevakt». Den er trukket tilbake.',
    );
    expect((await app.store.trainees.auditOf(T, a!.id)).map((e) => e.verb)).toEqual([
      'activity.supervisorRecord',
      'activity.dispute',
    ]);
  });

  it('clinical text with the shape of an id (covid-19, ICD-10, uke-12) stays in the description; only goals are taken', async () => {
    const answer = await say(
      'signer Alex: Vaksinering mot covid-19 på legevakt, ICD-10-koding, uke-12, DEL1-075',
      isaiah,
    );
    expect(answer[0]?.text).toMatch(/^Registrert og signert for Alex Wilber/);
    const [a] = await recorded();
    expect(a?.description).toBe('Vaksinering mot covid-19 på legevakt, ICD-10-koding, uke-12');
    expect(a?.goals).toEqual([{ catalogId: 'lis1-clinical-2020', goalId: 'DEL1-075' }]);
  });

  it('takes the kind the sentence names: a simulation is recorded as one, not as a procedure', async () => {
    await say('signer Alex: simulering av hjertestans på legevakten i dag, DEL1-076', isaiah);
    expect((await recorded())[0]).toMatchObject({
      activityKind: 'simulation',
      description: 'simulering av hjertestans på legevakten',
    });
  });

  it('from the goal’s card: a supervisor of the LIS records and signs for that goal; nobody else is offered it', async () => {
    const card = (await say('DEL1-076 for Alex', isaiah))[0]?.attachments;
    const form = cardButtons(card).find((b) => b.verb === 'activity.supervisorRecord');
    expect(form?.data).toEqual({ traineeId: T, goals: 'lis1-clinical-2020|DEL1-076' });
    expect(JSON.stringify(card)).toContain('Registrer og signer en aktivitet for DEL1-076 …');
    const r = await click(
      'activity.supervisorRecord',
      {
        ...form?.data,
        activityKind: 'simulation',
        date: '2026-11-25',
        description: 'Simulert sårbehandling',
      },
      isaiah,
    );
    expect(cardTexts(r.value)).toContain(
      'Registrert og signert av deg på vegne av Alex Wilber – venter på at Alex Wilber bekrefter',
    );
    expect((await recorded())[0]).toMatchObject({
      activityKind: 'simulation',
      status: 'signed',
      goals: [{ catalogId: 'lis1-clinical-2020', goalId: 'DEL1-076' }],
    });
    expect((await app.store.trainees.getGoal(T, GOAL))?.basis).toHaveLength(1);
    // The leader, the advisor and the LIS are not supervising: no such form on their cards.
    for (const who of [megan, DEMO_PEOPLE.adele, alex]) {
      const theirs = (await say(who === alex ? 'DEL1-076' : 'DEL1-076 for Alex', who))[0]?.attachments;
      expect(cardButtons(theirs).map((b) => b.verb)).not.toContain('activity.supervisorRecord');
    }
  });

  it('Alex confirms it: it stays signed and counted', async () => {
    expect((await say('signer Alex: Vurdering av brystsmerter i går, DEL1-077', isaiah))[0]?.text).toContain(
      'datert 25.11.2026',
    );
    const [a] = await recorded();
    expect(a?.date).toBe('2026-11-25');
    const r = await click('activity.confirmRecord', { traineeId: T, id: a?.id, rev: a?.rev }, alex);
    expect(r.statusCode).toBe(200);
    expect((await recorded())[0]).toMatchObject({ status: 'signed', byLis: 'confirmed' });
    // Only Alex answers: the supervisor cannot confirm for him.
    const again = await click('activity.dispute', { traineeId: T, id: a?.id, rev: a!.rev + 1 }, isaiah);
    expect(cardTexts(again.value).join(' ')).toMatch(/Ingenting er endret/);
  });

  it('waits for Alex under «hva venter på meg?» (for him alone) until he confirms it there in one click', async () => {
    await say('signer Alex: Sutur av kuttskade på legevakt i dag, DEL1-76', isaiah);
    const [a] = await recorded();
    const [inbox] = await say('hva venter på meg?', alex);
    const texts = cardTexts(inbox?.attachments);
    expect(texts).toContain('Bekreft: Sutur av kuttskade på legevakt');
    expect(texts.join(' ')).toContain('Registrert og signert for deg av Isaiah Langer 26.11.2026.');
    const confirm = cardButtons(inbox?.attachments).find((b) => b.verb === 'activity.confirmRecord');
    expect(confirm?.data).toEqual({ traineeId: T, id: a?.id, rev: a?.rev, view: 'inbox', page: 0 });
    // It waits for Alex, not for the supervisor who made it, nor for his leader.
    for (const who of [isaiah, megan]) {
      const theirs = (await say('hva venter på meg?', who))[0]?.attachments;
      expect(cardTexts(theirs)).not.toContain('Bekreft: Sutur av kuttskade på legevakt');
      expect(cardButtons(theirs).map((b) => b.verb)).not.toContain('activity.confirmRecord');
    }

    const r = await click('activity.confirmRecord', confirm?.data ?? {}, alex);
    const after = cardTexts(r.value);
    expect(after).toContain('Bekreftet: Sutur av kuttskade på legevakt. Den teller som signert.');
    expect(after).not.toContain('Bekreft: Sutur av kuttskade på legevakt');
    expect((await recorded())[0]).toMatchObject({ status: 'signed', byLis: 'confirmed' });
    expect(cardTexts((await say('hva venter på meg?', alex))[0]?.attachments)).not.toContain(
      'Bekreft: Sutur av kuttskade på legevakt',
    );
  });

  it('several waiting: «Bekreft alle» confirms them after a yes, each a decision of its own', async () => {
    for (const n of [1, 2, 3]) await say(`signer Alex: Sutur nummer ${n} på legevakt i dag, DEL1-76`, isaiah);
    expect(await recorded()).toHaveLength(3);
    // One already confirmed on its own card meanwhile: the button on the older page skips it.
    const inbox = (await say('hva venter på meg?', alex))[0]?.attachments;
    const texts = cardTexts(inbox);
    expect(texts).toContain('Bekreft alle (3)');
    expect(texts.join(' ')).toMatch(
      /Stemmer disse 3 aktivitetene, registrert og signert for deg\? «Sutur nummer/,
    );
    const all = cardButtons(inbox).find((b) => b.verb === 'activity.confirmAll');
    expect(all?.title).toBe('Ja, bekreft 3');
    const first = (await recorded())[0] as LearningActivity;
    await click('activity.confirmRecord', { traineeId: T, id: first.id, rev: first.rev }, alex);
    const r = await click('activity.confirmAll', all?.data ?? {}, alex);
    expect(cardTexts(r.value)[0]).toBe(
      'Bekreftet 2 av 3 aktiviteter. 1 ble ikke bekreftet; venter den fortsatt på deg, står den i listen under.',
    );
    expect((await recorded()).map((a) => a.byLis)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    // Each its own audit event.
    for (const a of await recorded())
      expect((await app.store.trainees.auditOf(T, a.id)).map((e) => e.verb)).toContain(
        'activity.confirmRecord',
      );
    expect(cardButtons(r.value).map((b) => b.verb)).not.toContain('activity.confirmAll');
    // Alone, one record gets no «all» button.
    await say('signer Alex: Sutur nummer 4 på legevakt i dag, DEL1-76', isaiah);
    const one = (await say('hva venter på meg?', alex))[0]?.attachments;
    expect(cardButtons(one).map((b) => b.verb)).not.toContain('activity.confirmAll');
  });

  it('only a supervisor of that LIS; goals must be named and in the LIS’s plans; nothing stored otherwise', async () => {
    expect((await say('signer Alex: Sutur, DEL1-076', megan))[0]?.text).toBe(
      'Du er ikke supervisør for noen LIS som heter «Alex». Ingenting er lagret.',
    );
    expect((await say('signer Alex: Sutur', isaiah))[0]?.text).toMatch(
      /^Skriv hvilke læringsmål aktiviteten gjelder/,
    );
    expect((await say('signer Alex: Sutur, ALM-001', isaiah))[0]?.text).toBe(
      'Fant ikke læringsmålet ALM-001 i læringsmålplanene til LIS-en. Ingenting er lagret.',
    );
    expect((await say('signer Mallory: Sutur, DEL1-076', isaiah))[0]?.text).toMatch(/^Du er ikke supervisør/);
    expect(await recorded()).toEqual([]);
  });

  it('or from a form: "signer Alex" gives the supervisor a form for Alex (no one else to pick as signer), and sending it records and signs', async () => {
    const form = (await say('signer Alex', isaiah))[0];
    const json = JSON.stringify(form?.attachments);
    expect(cardTexts(form?.attachments)).toContain('Registrer og signer for Alex Wilber');
    expect(cardButtons(form?.attachments).map((b) => b.verb)).toEqual(['activity.supervisorRecord']);
    expect(json).not.toContain('"id":"supervisor"');
    expect(json).toContain('lis1-clinical-2020|DEL1-076');
    // An approved goal is not offered.
    expect(json).not.toContain('lis1-clinical-2020|DEL1-039');

    const bad = await click(
      'activity.supervisorRecord',
      {
        traineeId: T,
        activityKind: 'supervised_procedure',
        date: 'i morgen',
        description: 'Sutur',
        goals: 'lis1-clinical-2020|DEL1-076',
      },
      isaiah,
    );
    expect(cardTexts(bad.value)[0]).toBe('Noe i skjemaet mangler eller er feil: Dato. Ingenting er endret.');
    const sent = await click(
      'activity.supervisorRecord',
      {
        traineeId: T,
        activityKind: 'supervised_procedure',
        date: '2026-11-26',
        description: 'Sutur av kuttskade på legevakt',
        goals: 'lis1-clinical-2020|DEL1-076',
      },
      isaiah,
    );
    expect(cardTexts(sent.value)).toContain(
      'Registrert og signert for Alex Wilber: «Sutur av kuttskade på legevakt» (DEL1-076), datert 26.11.2026. Alex Wilber får et kort for å bekrefte den.',
    );
    const [a] = await recorded();
    expect(a).toMatchObject({
      status: 'signed',
      byLis: 'pending',
      supervisor: { aadObjectId: isaiah.aadObjectId },
    });
    expect(cardButtons(toward(alex)[0]?.attachments).map((b) => b.verb)).toEqual([
      'activity.confirmRecord',
      'activity.dispute',
    ]);
  });

  it('the form is only for a supervisor of that LIS: the leader is refused, a goal outside the plans too, nothing stored', async () => {
    expect((await say('signer Alex', megan))[0]?.text).toBe(
      'Du er ikke supervisør for noen LIS som heter «Alex». Ingenting er lagret.',
    );
    const data = {
      traineeId: T,
      activityKind: 'supervised_procedure',
      date: '2026-11-26',
      description: 'Sutur',
      goals: 'lis1-clinical-2020|DEL1-076',
    };
    const byLeader = await click('activity.supervisorRecord', data, megan);
    expect(JSON.stringify(byLeader.value)).not.toMatch(/Sutur|DEL1-076/);
    const outside = await click(
      'activity.supervisorRecord',
      { ...data, goals: 'lis3-allmennmedisin-2019|ALM-001' },
      isaiah,
    );
    expect(cardTexts(outside.value)[0]).toMatch(/^Noe i skjemaet mangler eller er feil: Læringsmål/);
    expect(await recorded()).toEqual([]);
  });
});
