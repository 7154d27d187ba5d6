import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
// A hospital FKM goal Alex did not get approved before she came to the municipality.
const GOAL = 'goal:fkm-lis1-2025:FKM-016';
const { alex, megan, isaiah } = DEMO_PEOPLE;

/** The form's inputs as the card gives them; only `id` and `rev` come from the card's data. */
const prior = (rev: number, over: Record<string, string> = {}) => ({
  traineeId: T,
  id: GOAL,
  rev,
  arena: 'hospital',
  place: 'Sørlandet sykehus Kristiansand',
  approver: 'Kari Overlege',
  date: '2026-06-15',
  attachment: 'https://arkiv.example.no/lis/123',
  ...over,
});

describe('an approval made earlier elsewhere, recorded by the LIS and confirmed by the leader, over real HTTP', () => {
  let app: TestApp;
  const { say, click, sentTo } = chat(() => app);
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(() => app.stop());

  const goal = () => app.store.trainees.getGoal(T, GOAL);

  it('the LIS records it with arena, place, approver, date and evidence; the leader confirms it with Approve', async () => {
    await say('hei', megan);
    // The LIS's card for the goal offers the form, on the goal's own arena, sent for confirmation.
    const card = (await say('be om godkjenning FKM-016', alex))[0];
    const json = JSON.stringify(card?.attachments);
    expect(json).toContain('"verb":"goal.claimPrior"');
    expect(json).toMatch(/"id":"arena","label":"Godkjent i"[^}]*"value":"hospital"/);

    const rev = (await goal())?.rev ?? 0;
    const sent = await click('goal.claimPrior', prior(rev), alex);
    expect(sent.statusCode).toBe(200);
    expect(await goal()).toMatchObject({
      status: 'pending_approval',
      priorClaim: {
        arena: 'hospital',
        place: 'Sørlandet sykehus Kristiansand',
        approverName: 'Kari Overlege',
        date: '2026-06-15',
        attachment: 'https://arkiv.example.no/lis/123',
      },
    });
    // It does not count as done until the leader confirms it.
    expect((await app.store.trainees.snapshot(T))?.goals.find((g) => g.id === GOAL)?.status).toBe(
      'pending_approval',
    );
    const toMegan = sentTo(megan).flatMap((m) => cardTexts(m.attachments));
    expect(toMegan).toContain(
      'Alex Wilber oppgir at målet er godkjent i sykehuset (spesialisthelsetjenesten): ved Sørlandet sykehus Kristiansand av Kari Overlege 15.06.2026. Godkjenn for å bekrefte det. Dokumentasjon: https://arkiv.example.no/lis/123.',
    );

    const pending = await goal();
    const confirmed = await click('goal.approve', { traineeId: T, id: GOAL, rev: pending?.rev ?? 0 }, megan);
    expect(cardTexts(confirmed.value).join(' ')).toMatch(
      /Godkjent ved Sørlandet sykehus Kristiansand av Kari Overlege 15\.06\.2026 \(registrert i etterkant\)\. Dokumentasjon: https:\/\/arkiv\.example\.no\/lis\/123\./,
    );
    const done = await goal();
    expect(done?.status).toBe('approved');
    expect(done?.priorClaim).toBeUndefined();
    expect(done?.approval).toMatchObject({
      by: megan.aadObjectId,
      at: '2026-06-15T12:00:00.000Z',
      arena: 'hospital',
      recordedFrom: { place: 'Sørlandet sykehus Kristiansand', approverName: 'Kari Overlege' },
    });
    expect((await app.store.trainees.auditOf(T, GOAL)).map((e) => [e.verb, e.actor])).toEqual([
      ['goal.claimPrior', alex.aadObjectId],
      ['goal.approve', megan.aadObjectId],
    ]);
  });

  it('refuses an approval from another arena than the goal’s, and evidence that is not a plain reference: nothing stored', async () => {
    const rev = (await goal())?.rev ?? 0;
    const wrong = await click('goal.claimPrior', prior(rev, { arena: 'municipality' }), alex);
    expect(cardTexts(wrong.value)).toContain(
      'Dette læringsmålet godkjennes i sykehuset (spesialisthelsetjenesten): en godkjenning fra et annet sted gjelder ikke for det. Ingenting er endret.',
    );
    const script = await click('goal.claimPrior', prior(rev, { attachment: 'javascript:alert(1)' }), alex);
    expect(cardTexts(script.value).join(' ')).toMatch(/Noe i skjemaet mangler eller er feil: Dokumentasjon/);
    const future = await click('goal.claimPrior', prior(rev, { date: '2099-01-01', place: '' }), alex);
    expect(cardTexts(future.value).join(' ')).toMatch(
      /Noe i skjemaet mangler eller er feil: Hvor \(arbeidssted\), Dato for godkjenning/,
    );
    // The leader's own record is held to the same arena rule.
    const byLeader = await click('goal.recordPrior', prior(rev, { arena: 'psychiatry' }), megan);
    expect(cardTexts(byLeader.value).join(' ')).toMatch(/en godkjenning fra et annet sted gjelder ikke/);
    expect((await goal())?.rev ?? 0).toBe(rev);
    expect(await app.store.trainees.auditOf(T, GOAL)).toEqual([]);
  });

  it('only the LIS records one for confirmation: a supervisor is told why, a stranger learns nothing', async () => {
    const rev = (await goal())?.rev ?? 0;
    const r = await click('goal.claimPrior', prior(rev), isaiah);
    expect(cardTexts(r.value)).toContain(
      'Som supervisør for Alex Wilber kan du ikke gjøre dette. Ingenting er endret.',
    );
    const stranger = await click('goal.claimPrior', prior(rev), {
      aadObjectId: 'aad-stranger',
      name: 'Mallory',
    });
    expect(JSON.stringify(stranger.value)).not.toMatch(/Alex|FKM-016|Sørlandet|sykehus/);
    expect((await goal())?.priorClaim).toBeUndefined();
    expect(await app.store.trainees.auditOf(T, GOAL)).toEqual([]);
  });

  it('a returned claim goes back to the LIS without it, and can be recorded again', async () => {
    await click('goal.claimPrior', prior((await goal())?.rev ?? 0), alex);
    const r = await click(
      'goal.return',
      { traineeId: T, id: GOAL, rev: (await goal())?.rev ?? 0, comment: 'Legg ved attesten fra sykehuset.' },
      megan,
    );
    expect(r.statusCode).toBe(200);
    const back = await goal();
    expect(back?.status).toBe('in_progress');
    expect(back?.priorClaim).toBeUndefined();
    await click(
      'goal.claimPrior',
      prior(back?.rev ?? 0, { attachment: 'Attest 15.06.2026, arkivnr. 2026/42' }),
      alex,
    );
    expect((await goal())?.priorClaim?.attachment).toBe('Attest 15.06.2026, arkivnr. 2026/42');
  });
});
