import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { OutboxEntry } from '../../core/model';
import { Outbox } from '../../ops/outbox';
import { cardButtons, cardTexts, invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

type InvokeBody = { statusCode: number; type: string; value: unknown };
const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;

describe('goal approval from a card, over real HTTP', () => {
  let app: TestApp;
  const post = async (activity: Record<string, unknown>) => {
    const res = await app.post(activity);
    const body = (await res.json()) as InvokeBody;
    await app.outbox.idle();
    return { status: res.status, body };
  };
  const say = async (text: string, from: { aadObjectId: string; name: string }) => {
    await app.outbox.idle();
    app.connector.clear();
    await app.post(message(text, { serviceUrl: app.connector.url, from }));
    await app.outbox.idle();
    return app.connector.sent();
  };
  const goals = async () => (await app.store.trainees.snapshot(T))!.goals;
  const pendingClinical = async () =>
    (await goals()).find((g) => g.catalogId === 'lis1-clinical-2020' && g.status === 'pending_approval')!;
  const pendingFkm = async () =>
    (await goals()).find((g) => g.catalogId === 'fkm-lis1-2025' && g.status === 'pending_approval')!;
  const click = (
    verb: string,
    data: Record<string, unknown>,
    from: { aadObjectId: string; name: string },
    extra: Record<string, unknown> = {},
  ) => post(invoke(verb, data, { from, serviceUrl: app.connector.url, ...extra }));

  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(() => app.stop());

  it('Megan: "hva venter på meg?" lists the pending goals, Approve works in one click, and asking again no longer lists it', async () => {
    await say('hei', alex);
    const first = await say('hva venter på meg?', megan);
    const texts = cardTexts(first[0]?.attachments);
    expect(texts).toContain('Alex Wilber (LIS1)');
    expect(texts).toContain('Lynne Robbins (LIS3)');
    const g = await pendingClinical();
    expect(texts).toContain(`Godkjenn: ${g.goalId}`);
    const approve = cardButtons(first[0]?.attachments).find(
      (b) => b.verb === 'goal.approve' && b.data.id === g.id,
    );
    expect(approve?.data).toEqual({ traineeId: T, id: g.id, rev: g.rev, view: 'inbox', page: 0 });

    app.connector.clear();
    const r = await click('goal.approve', approve?.data ?? {}, megan);
    expect(cardTexts(r.body.value)).toContain(
      `Godkjent: ${g.goalId}. Godkjent av Megan Bowen 26.11.2026 kl. 10:00.`,
    );
    expect(cardTexts(r.body.value)).not.toContain(`Godkjenn: ${g.goalId}`);
    const stored = await app.store.trainees.getGoal(T, g.id);
    expect(stored).toMatchObject({
      status: 'approved',
      approval: { by: megan.aadObjectId, arena: 'municipality' },
    });
    expect(app.connector.sent().find((s) => s.text === 'Læringsmålet ditt er godkjent')).toBeDefined();
    const again = await say('hva venter på meg?', megan);
    expect(cardTexts(again[0]?.attachments)).not.toContain(`Godkjenn: ${g.goalId}`);
    expect((await app.store.trainees.auditOf(T, g.id)).filter((e) => e.verb === 'goal.approve')).toHaveLength(
      1,
    );
  });

  it('shows the basis on the card and warns plainly when it is incomplete; approving then needs a comment', async () => {
    const g = await pendingFkm();
    const view = await click('goal.refresh', { traineeId: T, id: g.id, rev: g.rev }, megan);
    const texts = cardTexts(view.body.value);
    expect(
      texts.some((x) =>
        /^✔ Kurs i legevaktmedisin \(Statsforvalteren\) – signert av Patti Fernandez/.test(x),
      ),
    ).toBe(true);
    expect(texts).toContain('✘ Ingen anbefaling fra veileder ennå');
    expect(
      texts.some((x) => x.startsWith('Grunnlaget er ufullstendig: ingen anbefaling fra veileder.')),
    ).toBe(true);
    expect(cardButtons(view.body.value).map((b) => b.verb)).toEqual([
      'goal.approve',
      'goal.return',
      'goal.history',
    ]);

    const noComment = await click('goal.approve', { traineeId: T, id: g.id, rev: g.rev }, megan);
    expect(cardTexts(noComment.body.value)[0]).toBe(
      'Grunnlaget er ufullstendig. Skriv en kommentar for å godkjenne likevel. Ingenting er endret.',
    );
    expect((await pendingFkm()).rev).toBe(g.rev);

    // The advisor adds a recommendation from the card; the basis is then complete.
    // The leader's words ("you can approve anyway") are for the leader only.
    expect(texts.some((x) => x.includes('Du kan godkjenne likevel'))).toBe(true);
    for (const who of [alex, adele]) {
      const other = cardTexts(
        (await click('goal.refresh', { traineeId: T, id: g.id, rev: g.rev }, who)).body.value,
      );
      expect(other).toContain('Grunnlaget er ufullstendig: ingen anbefaling fra veileder.');
      expect(other.some((x) => x.includes('likevel'))).toBe(false);
    }
    const advisorView = await click('goal.refresh', { traineeId: T, id: g.id, rev: g.rev }, adele);
    expect(cardButtons(advisorView.body.value).map((b) => b.verb)).toEqual([
      'goal.recommend',
      'goal.adviseAgainst',
      'goal.history',
      'goal.comment',
      // Its activities' cards, to comment on one.
      'activity.refresh',
    ]);
    const rec = await click(
      'goal.recommend',
      { traineeId: T, id: g.id, rev: g.rev, comment: 'Anbefales.' },
      adele,
    );
    expect(cardTexts(rec.body.value)).toContain('✔ Veileder Adele Vance anbefaler: «Anbefales.»');
    const fresh = (await app.store.trainees.getGoal(T, g.id))!;
    const ok = await click('goal.approve', { traineeId: T, id: g.id, rev: fresh.rev }, megan);
    expect(cardTexts(ok.body.value)).toContain('Godkjent');
  });

  it('the advisor recommends from the inbox in one click: the inbox again, with what was done on top', async () => {
    await say('hei', alex);
    const [inbox] = await say('hva venter på meg?', adele);
    const g = await pendingFkm();
    const recommend = cardButtons(inbox?.attachments).find(
      (b) => b.verb === 'goal.recommend' && b.data.id === g.id,
    );
    expect(recommend?.title).toBe('Anbefal godkjenning');
    const r = await click('goal.recommend', recommend?.data ?? {}, adele, { replyToId: 'inbox-message-1' });
    const texts = cardTexts(r.body.value);
    expect(texts[0]).toBe(`Anbefalt godkjent: ${g.goalId}.`);
    expect(texts).toContain('Dette venter på deg');
    expect(texts).not.toContain(`Gi anbefaling: ${g.goalId}`);
    expect((await app.store.trainees.getGoal(T, g.id))?.advisorRecommendation?.by).toBe(adele.aadObjectId);
    // The leader's inbox now offers Approve in one click (the basis is complete with a signed activity).
    const [leader] = await say('hva venter på meg?', megan);
    expect(cardTexts(leader?.attachments)).toContain(`Godkjenn: ${g.goalId}`);
  });

  it('requires a comment to return, then returns the goal to the LIS with the comment as written', async () => {
    const g = await pendingClinical();
    const none = await click('goal.return', { traineeId: T, id: g.id, rev: g.rev }, megan);
    expect(cardTexts(none.body.value)[0]).toBe(
      'Skriv en kommentar for å sende tilbake. Ingenting er endret.',
    );
    await say('hei', alex);
    app.connector.clear();
    const r = await click(
      'goal.return',
      { traineeId: T, id: g.id, rev: g.rev, comment: 'Trenger _mer_ erfaring' },
      megan,
    );
    expect(cardTexts(r.body.value)).toContain('Sendt tilbake til Alex Wilber');
    expect(await app.store.trainees.getGoal(T, g.id)).toMatchObject({
      status: 'in_progress',
      returned: { comment: 'Trenger _mer_ erfaring' },
    });
    const toLis = app.connector.sent().find((s) => s.text === 'Læringsmålet ditt er sendt tilbake');
    expect(cardTexts(toLis?.attachments)).toContain('Megan Bowen: «Trenger \\_mer\\_ erfaring»');
    // Alex's own card of the goal says it was sent back to him as "deg".
    const now = (await app.store.trainees.getGoal(T, g.id))!;
    const own = await click('goal.refresh', { traineeId: T, id: g.id, rev: now.rev }, alex);
    expect(cardTexts(own.body.value)).toContain('Sendt tilbake til deg');
  });

  it('refuses someone who is not the leader, a stranger, a tampered id, and a goal nobody asked to approve', async () => {
    const g = await pendingClinical();
    const sup = await click('goal.approve', { traineeId: T, id: g.id, rev: g.rev }, isaiah);
    expect(cardTexts(sup.body.value)[0]).toBe(
      'Som supervisør for Alex Wilber kan du ikke gjøre dette. Ingenting er endret.',
    );
    const stranger = await click(
      'goal.approve',
      { traineeId: T, id: g.id, rev: g.rev },
      { aadObjectId: 'aad-x', name: 'X' },
    );
    expect(cardTexts(stranger.body.value).join(' ')).toMatch(/Fant ikke det dette kortet viser til/);
    expect(cardTexts(stranger.body.value).join(' ')).not.toMatch(/Alex/);
    expect(cardTexts(stranger.body.value).join(' ')).not.toMatch(new RegExp(g.goalId));
    const tampered = await click(
      'goal.approve',
      { traineeId: T, id: 'goal:lis1-clinical-2020:DEL1-999', rev: 1 },
      megan,
    );
    expect(cardTexts(tampered.body.value).join(' ')).toMatch(/Fant ikke det dette kortet viser til/);
    const inProgress = (await goals()).find((x) => x.status === 'in_progress')!;
    const notAsked = await click(
      'goal.approve',
      { traineeId: T, id: inProgress.id, rev: inProgress.rev },
      megan,
    );
    expect(cardTexts(notAsked.body.value)[0]).toBe('Dette venter ikke lenger på noen. Ingenting er endret.');
    expect(await pendingClinical()).toMatchObject({ rev: g.rev });
  });

  it('refuses approval in the wrong arena: a municipality leader cannot approve a hospital goal', async () => {
    const hospitalGoal = (await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-001'))!;
    const { etag: _e, approval: _a, ...rest } = hospitalGoal;
    await app.store.trainees.commit({
      change: {
        kind: 'goal',
        goal: { ...rest, status: 'pending_approval', rev: hospitalGoal.rev + 1 },
        before: hospitalGoal,
      },
      audit: {
        kind: 'audit',
        id: 'audit:test-setup:hospital-goal',
        traineeId: T,
        actor: 'test',
        verb: 'test.setup',
        target: hospitalGoal.id,
        before: null,
        after: null,
        at: '2026-11-26T09:00:00Z',
      },
      effects: [],
    });
    const r = await click(
      'goal.approve',
      { traineeId: T, id: hospitalGoal.id, rev: hospitalGoal.rev + 1, comment: 'ok' },
      megan,
    );
    expect(cardTexts(r.body.value)[0]).toBe(
      'Dette læringsmålet skal godkjennes i sykehuset (spesialisthelsetjenesten), ikke av Demo kommune, helse og omsorg. Ingenting er endret.',
    );
  });

  it('is idempotent and lets exactly one of two concurrent opposite decisions win', async () => {
    const g = await pendingClinical();
    const [a, b] = await Promise.all([
      click('goal.approve', { traineeId: T, id: g.id, rev: g.rev }, megan),
      click('goal.return', { traineeId: T, id: g.id, rev: g.rev, comment: 'Nei' }, megan),
    ]);
    const stored = (await app.store.trainees.getGoal(T, g.id))!;
    expect(stored.rev).toBe(g.rev + 1);
    const decisions = (await app.store.trainees.auditOf(T, g.id)).filter(
      (e) => e.verb === 'goal.approve' || e.verb === 'goal.return',
    );
    expect(decisions).toHaveLength(1);
    const shown = stored.status === 'approved' ? 'Godkjent' : 'Sendt tilbake til Alex Wilber';
    expect(cardTexts(a.body.value)).toContain(shown);
    expect(cardTexts(b.body.value)).toContain(shown);
    const again = await click('goal.approve', { traineeId: T, id: g.id, rev: g.rev }, megan);
    expect(cardTexts(again.body.value)).toContain(shown);
    expect(
      (await app.store.trainees.auditOf(T, g.id)).filter(
        (e) => e.verb.startsWith('goal.approve') || e.verb === 'goal.return',
      ),
    ).toHaveLength(1);
  });

  it('lets the LIS ask for approval and recall it; the leader gets the card; history shows who did what', async () => {
    await say('hei', megan);
    const inProgress = (await goals()).find((x) => x.status === 'in_progress')!;
    app.connector.clear();
    const ask = await click('goal.request', { traineeId: T, id: inProgress.id, rev: inProgress.rev }, alex);
    expect(cardTexts(ask.body.value)).toContain('Venter på godkjenning fra Megan Bowen');
    const toMegan = app.connector
      .sent()
      .find((s) => (s.conversation as { id: string }).id === `a:personal-${megan.aadObjectId}`);
    expect(cardButtons(toMegan?.attachments).map((b) => b.verb)).toEqual([
      'goal.approve',
      'goal.return',
      'goal.history',
    ]);
    // Megan's own card says it waits for her, not for "Megan Bowen".
    expect(cardTexts(toMegan?.attachments)).toContain('Venter på godkjenning fra deg');
    const asked = (await app.store.trainees.getGoal(T, inProgress.id))!;
    expect(cardButtons(ask.body.value).map((b) => b.verb)).toEqual([
      'goal.remind',
      'goal.recall',
      'goal.history',
    ]);
    // Reminded today: the card offers no second reminder (it could only be refused), still the recall.
    const reminded = await click('goal.remind', { traineeId: T, id: asked.id, rev: asked.rev }, alex);
    expect(cardTexts(reminded.body.value)).toContain('Påminnelse sendt til Megan Bowen.');
    expect(cardButtons(reminded.body.value).map((b) => b.verb)).toEqual(['goal.recall', 'goal.history']);
    const recall = await click('goal.recall', { traineeId: T, id: asked.id, rev: asked.rev }, alex);
    expect(cardTexts(recall.body.value)).toContain('Pågår');
    // Megan's card was updated: no buttons to approve what was recalled.
    const updated = app.connector.calls.filter((c) => c.method === 'PUT').at(-1);
    expect(cardButtons(updated?.body.attachments).map((b) => b.verb)).not.toContain('goal.approve');
    const history = await click('goal.history', { traineeId: T, id: asked.id, rev: asked.rev + 1 }, megan);
    const lines = cardTexts(history.body.value);
    expect(lines.some((x) => /– Alex Wilber ba om godkjenning\.$/.test(x))).toBe(true);
    expect(lines.some((x) => /– Alex Wilber trakk tilbake forespørselen\.$/.test(x))).toBe(true);
    const supHistory = await click('goal.history', { traineeId: T, id: asked.id, rev: 1 }, isaiah);
    expect(cardTexts(supHistory.body.value).join(' ')).toMatch(
      /Som supervisør for Alex Wilber kan du ikke gjøre dette/,
    );
  });

  it('lets the leader record a goal approved earlier elsewhere; it then counts as done', async () => {
    const g = (await goals()).find((x) => x.status === 'in_progress')!;
    const sup = await click(
      'goal.recordPrior',
      {
        traineeId: T,
        id: g.id,
        rev: g.rev,
        arena: 'municipality',
        place: 'Arendal kommune',
        approver: 'Lege X',
        date: '2026-03-01',
      },
      isaiah,
    );
    expect(cardTexts(sup.body.value).join(' ')).toMatch(/Ingenting er endret/);
    const missing = await click(
      'goal.recordPrior',
      { traineeId: T, id: g.id, rev: g.rev, arena: 'municipality', place: 'Arendal kommune' },
      megan,
    );
    expect(cardTexts(missing.body.value)[0]).toBe(
      'Noe i skjemaet mangler eller er feil: Godkjent av, Dato for godkjenning. Ingenting er endret.',
    );
    const view = await click('goal.refresh', { traineeId: T, id: g.id, rev: g.rev }, megan);
    expect(cardTexts(view.body.value)).toContain('Registrer tidligere godkjenning');
    const r = await click(
      'goal.recordPrior',
      {
        traineeId: T,
        id: g.id,
        rev: g.rev,
        arena: 'municipality',
        place: 'Arendal kommune',
        approver: 'Kommuneoverlege Hansen',
        date: '2026-03-01',
      },
      megan,
    );
    expect(cardTexts(r.body.value)).toContain(
      'Godkjent ved Arendal kommune av Kommuneoverlege Hansen 01.03.2026 (registrert i etterkant).',
    );
    expect(await app.store.trainees.getGoal(T, g.id)).toMatchObject({
      status: 'approved',
      approval: {
        arena: 'municipality',
        recordedFrom: { place: 'Arendal kommune', approverName: 'Kommuneoverlege Hansen' },
      },
    });
  });

  it('the advisor can advise against, with a reason: the leader sees it in the basis, and approving then needs a comment', async () => {
    const g = await pendingFkm();
    const waiting = async () => cardTexts((await say('hva venter på meg?', adele))[0]?.attachments);
    expect(await waiting()).toContain(`Gi anbefaling: ${g.goalId}`);
    const noReason = await click('goal.adviseAgainst', { traineeId: T, id: g.id, rev: g.rev }, adele);
    expect(cardTexts(noReason.body.value)).toContain(
      'Skriv hvorfor du fraråder godkjenning. Ingenting er endret.',
    );
    const against = await click(
      'goal.adviseAgainst',
      { traineeId: T, id: g.id, rev: g.rev, comment: 'Har ikke sett nok selvstendig arbeid ennå.' },
      adele,
    );
    expect(against.body.statusCode).toBe(200);
    // Her advice is given: nothing waits for her any more.
    expect(await waiting()).not.toContain(`Gi anbefaling: ${g.goalId}`);
    const now = await pendingFkm();
    const leaderView = cardTexts(
      (await click('goal.refresh', { traineeId: T, id: now.id, rev: now.rev }, megan)).body.value,
    );
    expect(leaderView).toContain(
      '✘ Adele Vance (veileder) fraråder godkjenning: «Har ikke sett nok selvstendig arbeid ennå.»',
    );
    expect(
      leaderView.some((x) => x.startsWith('Grunnlaget er ufullstendig: ingen anbefaling fra veileder.')),
    ).toBe(true);
    const plain = await click('goal.approve', { traineeId: T, id: now.id, rev: now.rev }, megan);
    expect(
      cardTexts(plain.body.value).some((x) => /Skriv en kommentar for å godkjenne likevel/.test(x)),
    ).toBe(true);
    expect((await app.store.trainees.auditOf(T, g.id)).map((e) => e.verb)).toContain('goal.adviseAgainst');
  });

  it('"approve all with a complete basis" approves only goals whose basis is complete, after a confirmation', async () => {
    const inbox = await say('hva venter på meg?', megan);
    const complete = await pendingClinical();
    // Only the clinical goal (advisor + supervisor) has a complete basis: one is not "all", so no bulk button yet.
    expect(cardTexts(inbox[0]?.attachments).some((x) => x.startsWith('Godkjenn alle'))).toBe(false);
    const fkm = await pendingFkm();
    const r = await click(
      'goal.approveAll',
      { items: [complete, fkm].map((g) => ({ traineeId: T, id: g.id, rev: g.rev })), view: 'inbox' },
      megan,
    );
    expect(cardTexts(r.body.value)[0]).toBe(
      'Godkjent 1 av 2 læringsmål. 1 ble ikke godkjent fordi det var endret eller ikke lenger hadde fullstendig grunnlag.',
    );
    expect((await app.store.trainees.getGoal(T, complete.id))?.status).toBe('approved');
    expect((await app.store.trainees.getGoal(T, fkm.id))?.status).toBe('pending_approval');
  });

  it('"godkjenn DEL1-064 for Alex" finds the goal’s card for the leader, where Approve is one click; others see it as they may', async () => {
    const g = await pendingClinical();
    const [answer] = await say(`godkjenn ${g.goalId} for Alex`, megan);
    const approve = cardButtons(answer?.attachments).find((b) => b.verb === 'goal.approve');
    expect(approve?.data).toMatchObject({ traineeId: T, id: g.id, rev: g.rev });
    // Without a name: Megan leads Alex and Lynne, but only Alex's plans have the goal, so it is his.
    // Each LIS's profile is read once to find him (his is not read again for the card).
    const reads = app.store.metrics.requests;
    const [unnamed] = await say(`godkjenn ${g.goalId}`, megan);
    const named = app.store.metrics.requests;
    await say(`godkjenn ${g.goalId} for Alex`, megan);
    // One more profile (Lynne's) than when he is named, not two.
    expect(named - reads - (app.store.metrics.requests - named)).toBe(1);
    expect(cardButtons(unnamed?.attachments).find((b) => b.verb === 'goal.approve')?.data).toEqual(
      approve?.data,
    );
    // A goal both follow (none here) or none has: Megan is asked which LIS she means.
    expect((await say('godkjenn XYZ-999', megan))[0]?.text).toBe(
      'Hvem vil du se? Du har rolle for: Alex Wilber, Lynne Robbins.',
    );
    // Asking does not decide: the goal waits until the button is pressed.
    expect((await app.store.trainees.getGoal(T, g.id))?.status).toBe('pending_approval');
    const r = await click('goal.approve', approve?.data ?? {}, megan);
    expect((await app.store.trainees.getGoal(T, g.id))?.status).toBe('approved');
    expect(cardButtons(r.body.value).some((b) => b.verb === 'goal.approve')).toBe(false);
    // The supervisor sees the goal, without the leader's buttons; a stranger learns nothing of Alex.
    const [sup] = await say(`${g.goalId} for Alex`, isaiah);
    expect(cardTexts(sup?.attachments).some((x) => x.includes(g.goalId))).toBe(true);
    expect(cardButtons(sup?.attachments).some((b) => b.verb === 'goal.approve')).toBe(false);
    const stranger = { aadObjectId: '99999999-9999-4999-8999-999999999999', name: 'Ukjent Person' };
    const [none] = await say(`${g.goalId} for Alex`, stranger);
    expect(none?.attachments ?? []).toEqual([]);
    expect(String(none?.text)).not.toContain('Wilber');
  });

  it('"godkjenn DEL1-064 og FKM-015 for Alex": a card for each goal named, none decided by the asking', async () => {
    const waiting = (await app.store.trainees.snapshot(T))!.goals.filter(
      (g) => g.status === 'pending_approval',
    );
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    const [a, b] = waiting;
    const sent = await say(`godkjenn ${a!.goalId} og ${b!.goalId.toLowerCase()} for Alex`, megan);
    const approves = sent.map(
      (m) => cardButtons(m.attachments).find((x) => x.verb === 'goal.approve')?.data.id,
    );
    expect(approves).toEqual([a!.id, b!.id]);
    for (const g of [a!, b!])
      expect((await app.store.trainees.getGoal(T, g.id))?.status).toBe('pending_approval');
    // Seven named: five cards, and the two beyond are said, not dropped.
    const many = await say('DEL1-080 DEL1-081 DEL1-082 DEL1-083 DEL1-084 DEL1-085 DEL1-086 for Alex', megan);
    expect(many.filter((m) => (m.attachments as unknown[] | undefined)?.length)).toHaveLength(5);
    expect(many.at(-1)?.text).toBe(
      'Her er kortene til de 5 første læringsmålene du nevnte. 2 til fikk ikke kort: skriv dem i en ny melding.',
    );
  });

  it('"be om godkjenning DEL1-064 og DEL1-070": the LIS gets each goal’s card to ask from, none asked by the message', async () => {
    const before = (await app.store.trainees.snapshot(T))!.goals;
    const sent = await say('be om godkjenning DEL1-090 og del1-91', alex);
    expect(sent.map((m) => cardTexts(m.attachments).some((x) => x.includes('DEL1-090')))).toEqual([
      true,
      false,
    ]);
    expect(cardTexts(sent[1]?.attachments).some((x) => x.includes('DEL1-091'))).toBe(true);
    expect((await app.store.trainees.snapshot(T))!.goals).toEqual(before);
    // Six named: five cards, and the one beyond is said, not dropped.
    const many = await say(
      'send DEL1-090 DEL1-091 DEL1-092 DEL1-093 DEL1-094 DEL1-095 til godkjenning',
      alex,
    );
    expect(many.filter((m) => (m.attachments as unknown[] | undefined)?.length)).toHaveLength(5);
    expect(many.at(-1)?.text).toBe(
      'Her er kortene til de 5 første læringsmålene du nevnte. 1 til fikk ikke kort: skriv dem i en ny melding.',
    );
  });

  it('"historikk DEL1-064 for Alex" shows the goal’s history to those who may see it; an id in no plan is named as typed', async () => {
    const g = await pendingClinical();
    await click('goal.approve', { traineeId: T, id: g.id, rev: g.rev }, megan);
    const [history] = await say(`historikk ${g.goalId} for Alex`, megan);
    const lines = cardTexts(history?.attachments);
    expect(lines[0]).toMatch(new RegExp(`^Historikk for ${g.goalId} `));
    expect(lines.some((x) => /– Megan Bowen godkjente\.$/.test(x))).toBe(true);
    // The LIS's own, in English too; a supervisor is refused as on the card, a stranger learns nothing.
    const [own] = await say(`history of ${g.goalId.toLowerCase()}`, alex);
    expect(cardTexts(own?.attachments)[0]).toMatch(/^Historikk for /);
    const [sup] = await say(`historikk ${g.goalId} for Alex`, isaiah);
    expect(cardTexts(sup?.attachments).join(' ')).toMatch(
      /Som supervisør for Alex Wilber kan du ikke gjøre dette/,
    );
    expect(cardTexts(sup?.attachments).join(' ')).not.toMatch(/Megan Bowen godkjente/);
    const stranger = { aadObjectId: '99999999-9999-4999-8999-999999999999', name: 'Ukjent Person' };
    const [none] = await say(`historikk ${g.goalId} for Alex`, stranger);
    expect(none?.attachments ?? []).toEqual([]);
    expect(String(none?.text)).not.toContain('Wilber');
    // A typed id that no plan has: said so, not "what this card refers to".
    const [unknown] = await say('DEL1-999', alex);
    expect(unknown?.text).toBe(
      'Fant ikke læringsmålet DEL1-999 i læringsmålplanene dine. Sjekk ID-en (for eksempel DEL1-042).',
    );
    const [theirs] = await say('DEL1-999 for Alex', megan);
    expect(theirs?.text).toBe(
      'Fant ikke læringsmålet DEL1-999 i læringsmålplanene til Alex Wilber. Sjekk ID-en (for eksempel DEL1-042).',
    );
    // A LIS3's example is from her own plan, not LIS1's.
    const [lynnes] = await say('DEL1-042 for Lynne', megan);
    expect(lynnes?.text).toBe(
      'Fant ikke læringsmålet DEL1-042 i læringsmålplanene til Lynne Robbins. Sjekk ID-en (for eksempel ALM-012).',
    );
  });

  it('a LIS3 in general practice has a common goal the plan places in hospital approved by her municipality, and it is recorded there', async () => {
    const { lynne } = DEMO_PEOPLE;
    const L = DEMO_TRAINEES.lynne;
    await say('hei', lynne);
    const [card] = await say('LM-52', lynne);
    expect(cardTexts(card?.attachments)).toContain('Kommune');
    const ask = cardButtons(card?.attachments).find((b) => b.verb === 'goal.request');
    expect(ask).toBeDefined();
    await click('goal.request', ask?.data ?? {}, lynne);
    const g = (await app.store.trainees.getGoal(L, 'goal:fkm-lis23-2019:LM-52'))!;
    expect(g.status).toBe('pending_approval');
    await click('goal.approve', { traineeId: L, id: g.id, rev: g.rev, comment: 'Vurdert i praksis.' }, megan);
    const done = await app.store.trainees.getGoal(L, g.id);
    expect(done?.status).toBe('approved');
    expect(done?.approval?.arena).toBe('municipality');
  });

  it('a decision in the inbox leaves the inbox as its answer drew it: the item is not drawn over the list afterwards', async () => {
    const g = await pendingClinical();
    const inbox = { replyToId: 'inbox-message-1' };
    const one = await click(
      'goal.approve',
      { traineeId: T, id: g.id, rev: g.rev, view: 'inbox', page: 0 },
      megan,
      inbox,
    );
    expect(cardTexts(one.body.value)[0]).toMatch(/^Godkjent: /);
    expect(cardTexts(one.body.value)).toContain('Dette venter på deg');
    const f = await pendingFkm();
    await click('goal.recommend', { traineeId: T, id: f.id, rev: f.rev, comment: 'Anbefales.' }, adele);
    const next = await pendingFkm();
    await click(
      'goal.approveAll',
      { items: [{ traineeId: T, id: next.id, rev: next.rev }], view: 'inbox' },
      megan,
      inbox,
    );
    expect((await app.store.trainees.getGoal(T, next.id))?.status).toBe('approved');
    // The answers above are all the inbox message gets: no update of it with a goal's card after them.
    expect(
      app.connector.calls.filter((c) => c.method === 'PUT' && c.path.includes('inbox-message-1')),
    ).toEqual([]);
  });

  /** Both of Alex's waiting goals with a complete basis: the advisor recommends the FKM goal too. */
  const bothComplete = async () => {
    const f = await pendingFkm();
    await click('goal.recommend', { traineeId: T, id: f.id, rev: f.rev, comment: 'Anbefales.' }, adele);
    return [await pendingClinical(), await pendingFkm()];
  };
  const noticesToAlex = () =>
    app.connector.sent().filter((m) => /læringsmål(et|ene) (ditt|dine) er godkjent/i.test(String(m.text)));

  it('approving all tells the LIS in one message naming every goal, each with its own audit event', async () => {
    await say('hei', alex);
    const both = await bothComplete();
    app.connector.clear();
    const r = await click(
      'goal.approveAll',
      { items: both.map((g) => ({ traineeId: T, id: g.id, rev: g.rev })), view: 'inbox' },
      megan,
    );
    expect(cardTexts(r.body.value)[0]).toBe('Godkjent 2 av 2 læringsmål.');
    const told = noticesToAlex();
    expect(told.map((m) => m.text)).toEqual(['2 av læringsmålene dine er godkjent']);
    const lines = cardTexts(told[0]?.attachments);
    for (const g of both) {
      expect(lines.some((x) => x.startsWith(`**${g.goalId}**`))).toBe(true);
      expect(
        (await app.store.trainees.auditOf(T, g.id)).filter((e) => e.verb === 'goal.approve'),
      ).toHaveLength(1);
    }
    // One approval alone still tells of its one goal.
    expect(lines.some((x) => x.startsWith('Godkjent av Megan Bowen'))).toBe(true);
  });

  it('"approve all": the message naming every goal waits until the other approvals’ deliveries have ended', async () => {
    await app.stop();
    app = await startTestApp({ outbox: { backoffMs: [300, 300] } });
    await say('hei', alex);
    const both = await bothComplete();
    // The first goal's card sits in a chat that is busy once: its redraw waits and is tried again.
    await app.store.trainees.addCardMessage(T, both[0]?.id ?? '', {
      conversationId: 'a:busy-chat',
      serviceUrl: app.connector.url,
      activityId: 'card-in-busy-chat',
      channelId: 'msteams',
      for: megan.aadObjectId,
    });
    app.connector.busy.set('a:busy-chat', { status: 503, times: 1 });
    app.connector.clear();
    await click(
      'goal.approveAll',
      { items: both.map((g) => ({ traineeId: T, id: g.id, rev: g.rev })), view: 'inbox' },
      megan,
    );
    const order = app.connector.calls.map((c) =>
      c.path.includes('card-in-busy-chat')
        ? 'redraw'
        : /læringsmål(et|ene) (ditt|dine) er godkjent/.test(String(c.body.text))
          ? 'notice'
          : 'other',
    );
    // Refused once, redrawn, and only then the one message: a crash in between can no longer leave
    // the first approval's entry alone, to tell of its goal a second time.
    expect(order.filter((o) => o !== 'other')).toEqual(['redraw', 'redraw', 'notice']);
    expect(await app.store.trainees.documents(T, 'outbox')).toEqual([]);
  });

  it('after a crash before "approve all" delivered anything, the LIS still gets the one message naming both', async () => {
    await app.stop();
    app = await startTestApp({ outbox: { leaseMs: 400, sweepMs: 60_000 } });
    await say('hei', alex);
    const both = await bothComplete();
    await app.outbox.idle();
    app.connector.clear();
    app.outbox.stop(); // killed before it delivers anything
    await click(
      'goal.approveAll',
      { items: both.map((g) => ({ traineeId: T, id: g.id, rev: g.rev })), view: 'inbox' },
      megan,
    );
    const waiting = await app.store.trainees.documents<OutboxEntry>(T, 'outbox');
    const told = waiting.flatMap((e) => e.effects.filter((x) => x.kind === 'outcome_to_lis'));
    expect(told.map((x) => x.target).sort()).toEqual(both.map((g) => g.id).sort());
    // The later notice names the earlier goal too, so it can stand alone.
    expect(told.map((x) => x.with ?? []).sort((a, b) => a.length - b.length)).toEqual([[], [both[0]?.id]]);
    expect(noticesToAlex()).toEqual([]);
    const next = new Outbox({ leaseMs: 5000 }).attach(app.deps, app.deliverer);
    await new Promise((r) => setTimeout(r, 450));
    await next.sweep();
    await next.idle();
    const told2 = noticesToAlex();
    expect(told2.map((m) => m.text)).toEqual(['2 av læringsmålene dine er godkjent']);
    for (const g of both)
      expect(cardTexts(told2[0]?.attachments).some((x) => x.startsWith(`**${g.goalId}**`))).toBe(true);
    // Every entry settled: the earlier one's redraws were delivered, its notice was the later one's.
    expect(await app.store.trainees.documents(T, 'outbox')).toEqual([]);
  });
});
