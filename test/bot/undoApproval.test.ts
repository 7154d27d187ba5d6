import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const GOAL = 'goal:lis1-clinical-2020:DEL1-064';
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;
const nora = { aadObjectId: '00000000-0000-0000-0000-00000000beef', name: 'Nora Nyberg' };
const REASON = 'Feil læringsmål: det var DEL1-065 jeg skulle godkjenne.';

/** A leader undoes an approval made by mistake, with the reason; over real HTTP. */
describe('undoing an approval', () => {
  let app: TestApp;
  const { say, click, sentTo } = chat(() => app);
  const audits = async () =>
    (await app.store.trainees.auditTrail(T)).filter((e) => e.target === GOAL && e.verb === 'goal.undo');

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, isaiah, nora]) await say('hei', who);
    const g = await app.store.trainees.getGoal(T, GOAL);
    const r = await click('goal.approve', { traineeId: T, id: GOAL, rev: g?.rev }, megan);
    expect(r.statusCode).toBe(200);
  });
  afterEach(() => app.stop());

  it('is offered on the approved goal’s card, asks for the reason, and sends the goal back to the LIS, who is told why', async () => {
    const card = (await say('DEL1-064 for Alex', megan))[0]?.attachments;
    const undo = cardButtons(card).find((b) => b.verb === 'goal.undo');
    const approved = await app.store.trainees.getGoal(T, GOAL);
    expect(undo).toMatchObject({
      title: 'Angre godkjenningen',
      data: { traineeId: T, id: GOAL, rev: approved?.rev, commentInput: 'comment-1' },
    });
    expect(JSON.stringify(card)).toContain('Angre godkjenningen …');

    // Without a reason: refused, nothing written.
    const bare = await click('goal.undo', { traineeId: T, id: GOAL, rev: approved?.rev }, megan);
    expect(cardTexts(bare.value).join(' ')).toContain('Skriv hvorfor du angrer godkjenningen.');
    expect((await app.store.trainees.getGoal(T, GOAL))?.status).toBe('approved');
    expect(await audits()).toHaveLength(0);

    const done = await click(
      'goal.undo',
      { traineeId: T, id: GOAL, rev: approved?.rev, 'comment-1': REASON, commentInput: 'comment-1' },
      megan,
    );
    // The card it was done from shows it sent back, with the reason.
    expect(cardTexts(done.value)).toEqual(
      expect.arrayContaining([
        'Sendt tilbake til Alex Wilber',
        'Godkjenningen ble angret av Megan Bowen 26.11.2026 kl. 10:00.',
        `Megan Bowen: «${REASON}»`,
      ]),
    );
    const after = await app.store.trainees.getGoal(T, GOAL);
    expect(after).toMatchObject({
      status: 'in_progress',
      returned: { by: megan.aadObjectId, comment: REASON, undid: true },
    });
    expect(after?.approval).toBeUndefined();
    // The basis stays: the LIS can ask again at once.
    expect(after?.basis?.length).toBeGreaterThan(0);
    expect(await audits()).toEqual([
      expect.objectContaining({
        actor: megan.aadObjectId,
        comment: REASON,
        after: { status: 'in_progress', rev: after?.rev },
      }),
    ]);
    const summary = (await app.store.trainees.snapshot(T))?.goals.find((g) => g.id === GOAL);
    expect(summary).toMatchObject({ status: 'in_progress' });
    expect(summary?.approvedAt).toBeUndefined();

    // Alex is told, with the reason.
    const told = sentTo(alex).at(-1);
    expect(told?.text).toBe('Godkjenningen av læringsmålet ditt er angret');
    expect(cardTexts(told?.attachments).join(' ')).toContain(REASON);
    // His status lists it among what was sent back, and offers to ask again.
    const status = (await say('hva gjenstår?', alex))[0];
    expect(cardTexts(status?.attachments).join(' ')).toMatch(
      /Godkjenningen av DEL1-064 ble angret av Megan Bowen 26\.11\.2026\./,
    );
    expect(
      cardButtons(status?.attachments).some((b) => b.verb === 'goal.request' && b.data.id === GOAL),
    ).toBe(true);
    // The same press again writes nothing.
    await click(
      'goal.undo',
      { traineeId: T, id: GOAL, rev: approved?.rev, 'comment-1': REASON, commentInput: 'comment-1' },
      megan,
    );
    expect(await audits()).toHaveLength(1);
    // The card now shows the goal sent back, with no undo.
    const redrawn = (await say('DEL1-064 for Alex', megan))[0]?.attachments;
    expect(cardTexts(redrawn).join(' ')).toContain('Godkjenningen ble angret av Megan Bowen');
    expect(cardButtons(redrawn).some((b) => b.verb === 'goal.undo')).toBe(false);
  });

  it('is for the leader only: the LIS, the advisor, a supervisor and a stranger are refused, and nothing changes', async () => {
    const g = await app.store.trainees.getGoal(T, GOAL);
    for (const who of [alex, adele, isaiah]) {
      const card = (await say('DEL1-064 for Alex', who))[0]?.attachments;
      expect(cardButtons(card).some((b) => b.verb === 'goal.undo')).toBe(false);
    }
    for (const who of [alex, adele, isaiah, nora]) {
      const r = await click(
        'goal.undo',
        { traineeId: T, id: GOAL, rev: g?.rev, 'comment-1': 'Ikke min.', commentInput: 'comment-1' },
        who,
      );
      expect(r.statusCode).toBe(200);
      const text = cardTexts(r.value).join(' ');
      if (who === nora) expect(text).not.toMatch(/Alex|DEL1-064/);
    }
    expect((await app.store.trainees.getGoal(T, GOAL))?.status).toBe('approved');
    expect(await audits()).toHaveLength(0);
  });

  it('leaves an approval given in the hospital to the hospital', async () => {
    const hospital = (await app.store.trainees.snapshot(T))?.goals.find(
      (g) => g.goalId === 'DEL1-001' && g.status === 'approved',
    );
    expect(hospital).toBeDefined();
    const card = (await say('DEL1-001 for Alex', megan))[0]?.attachments;
    expect(cardButtons(card).some((b) => b.verb === 'goal.undo')).toBe(false);
    const r = await click(
      'goal.undo',
      { traineeId: T, id: hospital?.id, rev: hospital?.rev, 'comment-1': 'Feil.', commentInput: 'comment-1' },
      megan,
    );
    expect(cardTexts(r.value).join(' ')).toContain(
      'Dette læringsmålet ble godkjent i sykehuset (spesialisthelsetjenesten). Bare der kan godkjenningen angres',
    );
    expect((await app.store.trainees.getGoal(T, hospital?.id ?? ''))?.status).toBe('approved');
  });

  it('lets the leader take back an earlier approval she recorded by mistake, whatever its arena; not one recorded by others', async () => {
    const snap = await app.store.trainees.snapshot(T);
    const known = new Set(snap?.goals.filter((g) => g.status === 'approved').map((g) => g.goalId));
    // A hospital goal of Alex's plans with no approval yet (a common goal: his clinical ones all have one).
    const [catalogId, goal] =
      (snap?.profile.catalogIds ?? [])
        .flatMap((c) => (app.deps.catalogs.get(c)?.goals ?? []).map((g) => [c, g] as const))
        .find(([, g]) => g.arena === 'hospital' && !known.has(g.id)) ?? [];
    const id = `goal:${catalogId}:${goal?.id}`;
    const rev = (await app.store.trainees.getGoal(T, id))?.rev ?? 0;
    const recorded = await click(
      'goal.recordPrior',
      {
        traineeId: T,
        id,
        rev,
        arena: 'hospital',
        place: 'Sørlandet sykehus Arendal',
        approver: 'Kari Overlege',
        date: '2026-06-15',
      },
      megan,
    );
    expect(recorded.statusCode).toBe(200);
    const stored = await app.store.trainees.getGoal(T, id);
    expect(stored).toMatchObject({
      status: 'approved',
      approval: { by: megan.aadObjectId, arena: 'hospital' },
    });
    // Her record (a hospital approval, in a municipality): the card offers to take it back, with the reason.
    const card = (await say(`${goal?.id} for Alex`, megan))[0]?.attachments;
    expect(cardButtons(card).some((b) => b.verb === 'goal.undo')).toBe(true);
    const r = await click(
      'goal.undo',
      { traineeId: T, id, rev: stored?.rev, 'comment-1': 'Feil mål registrert.', commentInput: 'comment-1' },
      megan,
    );
    expect(r.statusCode).toBe(200);
    expect(await app.store.trainees.getGoal(T, id)).toMatchObject({
      status: 'in_progress',
      returned: { by: megan.aadObjectId, comment: 'Feil mål registrert.', undid: true },
    });
    expect((await app.store.trainees.auditOf(T, id)).map((e) => e.verb)).toEqual([
      'goal.recordPrior',
      'goal.undo',
    ]);
    // The demo's hospital approvals were recorded by the hospital, not by Megan: still the hospital's.
    const theirs = (await say('DEL1-001 for Alex', megan))[0]?.attachments;
    expect(cardButtons(theirs).some((b) => b.verb === 'goal.undo')).toBe(false);
  });

  it('tells each who asks how a decision made by mistake is put right', async () => {
    expect(String((await say('angre godkjenningen', megan))[0]?.text)).toMatch(
      /^En godkjenning gitt ved en feil angrer du fra læringsmålets kort: trykk «Angre godkjenningen …»/,
    );
    expect(String((await say('jeg godkjente feil', alex))[0]?.text)).toMatch(/^Bare lederen din/);
    expect(String((await say('jeg signerte feil', isaiah))[0]?.text)).toMatch(
      /^En signering gitt ved en feil angrer du fra aktivitetens kort/,
    );
    expect(String((await say('angre godkjenningen', nora))[0]?.text)).toMatch(/^Bare lederen til en LIS/);
    // A bare "angre": answered by what the asker could have done.
    const lis = String((await say('angre', alex))[0]?.text);
    expect(lis).toMatch(/^Sendt noe ved en feil\? En forespørsel som venter, trekker du tilbake/);
    expect(String((await say('jeg trykket feil', megan))[0]?.text)).toMatch(
      /^En godkjenning gitt ved en feil/,
    );
    const supervisor = String((await say('angre det', isaiah))[0]?.text);
    expect(supervisor).toMatch(/^En signering gitt ved en feil/);
    expect(supervisor).not.toMatch(/godkjenning gitt/);
    expect(String((await say('angre', nora))[0]?.text)).toMatch(/^Du har ingen rolle i appen ennå/);
  });
});
