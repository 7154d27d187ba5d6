import { DEMO_PEOPLE, DEMO_TRAINEES, DEMO_UNIT_ID } from '../../core/demo';
import type { OutboxEntry } from '../../core/model';
import { Outbox } from '../../ops/outbox';
import { cardButtons, cardTexts, invoke } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';
import { TestIssuer } from '../helpers/tokens';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;
const FACTS = {
  arena: 'hospital',
  place: 'Sørlandet sykehus Arendal',
  approver: 'Kari Overlege',
  date: '2026-06-15',
  attachment: 'Attest, arkivnr. 2026/42',
};

/**
 * A LIS who starts using the app halfway states the hospital's goals approved in another system
 * all at once, from the tab: one message reaches the leader, who confirms them from the inbox.
 */
describe('goals approved earlier elsewhere, stated together from the tab, over real HTTP', () => {
  let app: TestApp;
  let issuer: TestIssuer;
  const { say, click, sentTo } = chat(() => app);
  const start = (outbox?: { leaseMs: number; sweepMs: number }) =>
    startTestApp({ tab: issuer.tabOptions(), ...(outbox ? { outbox } : {}) });
  const state = async (
    who: { aadObjectId: string; name?: string },
    body: unknown,
    lang = 'nb-NO',
    trainee: string = T,
    route = 'prior',
    key?: string,
  ) => {
    const res = await fetch(`${app.baseUrl}/api/tab/trainees/${trainee}/goals/${route}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await issuer.token(who.aadObjectId)}`,
        'content-type': 'application/json',
        'accept-language': lang,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  /** Alex's goals of one arena with no approval and no request yet, with their revisions. */
  const open = async (arena: string, n: number) => {
    const snap = await app.store.trainees.snapshot(T);
    const known = new Map(snap?.goals.map((g) => [g.id, g]));
    return (snap?.profile.catalogIds ?? [])
      .flatMap((c) => app.deps.catalogs.get(c)?.goals.map((g) => ({ id: `goal:${c}:${g.id}`, g })) ?? [])
      .filter(
        ({ id, g }) =>
          g.arena === arena && ['in_progress', 'not_started', undefined].includes(known.get(id)?.status),
      )
      .slice(0, n)
      .map(({ id }) => ({ id, rev: known.get(id)?.rev ?? 0 }));
  };
  const claimsTo = (who: { aadObjectId: string; name: string }) =>
    sentTo(who).filter((m) => /oppgir at \d+ læringsmål er godkjent tidligere/.test(String(m.text)));

  beforeAll(async () => {
    issuer = await new TestIssuer().start();
  });
  afterAll(() => issuer.stop());
  beforeEach(async () => {
    app = await start();
    await say('hei', megan);
    await say('hei', adele);
    app.connector.clear();
  });
  afterEach(() => app.stop());

  it('sends every goal of the arena for confirmation, each with its audit event, in one message to the leader', async () => {
    const hospital = await open('hospital', 2);
    const [municipal] = await open('municipality', 1);
    const approved = (await app.store.trainees.snapshot(T))?.goals.find((g) => g.status === 'approved');
    expect(hospital).toHaveLength(2);
    const r = await state(alex, {
      ...FACTS,
      goals: [...hospital, municipal, { id: approved?.id, rev: approved?.rev }],
    });
    expect(r.status).toBe(200);
    expect(r.body.claimed).toEqual(hospital.map((g) => g.id));
    expect(r.body.skipped).toEqual([
      { id: municipal?.id, reason: 'prior_wrong_arena' },
      { id: approved?.id, reason: 'already_approved' },
    ]);
    // Who confirms them, so the page can say where they went.
    expect(r.body.leader).toEqual({ name: 'Megan Bowen', reachable: true });
    await app.outbox.idle();
    for (const g of hospital) {
      expect(await app.store.trainees.getGoal(T, g.id)).toMatchObject({
        status: 'pending_approval',
        priorClaim: { place: FACTS.place, approverName: FACTS.approver, date: FACTS.date, arena: 'hospital' },
      });
      expect((await app.store.trainees.auditOf(T, g.id)).map((e) => [e.verb, e.actor])).toEqual([
        ['goal.claimPrior', alex.aadObjectId],
      ]);
    }
    // One message to the leader, naming them all; none to the advisor (no advice is asked for).
    const told = claimsTo(megan);
    expect(told.map((m) => m.text)).toEqual(['Alex Wilber oppgir at 2 læringsmål er godkjent tidligere']);
    expect(sentTo(megan)).toHaveLength(1);
    const lines = cardTexts(told[0]?.attachments);
    expect(lines).toContain(
      'Godkjent i sykehuset (spesialisthelsetjenesten): ved Sørlandet sykehus Arendal av Kari Overlege 15.06.2026. Dokumentasjon: Attest, arkivnr. 2026/42.',
    );
    expect(lines).toContain(hospital.map((g) => g.id.split(':')[2]).join(', '));
    expect(cardButtons(told[0]?.attachments).map((b) => b.verb)).toEqual(['inbox.page']);
    expect(sentTo(adele)).toEqual([]);
    // The goal's history in the tab says what happened in words, as the bot's history card does.
    const history = await fetch(
      `${app.baseUrl}/api/tab/trainees/${T}/history?goal=${encodeURIComponent(hospital[0]?.id ?? '')}`,
      { headers: { authorization: `Bearer ${await issuer.token(alex.aadObjectId)}` } },
    );
    expect(((await history.json()) as { events: { what: string }[] }).events.map((e) => e.what)).toEqual([
      'registrerte en tidligere godkjenning til bekreftelse',
    ]);
    // Nothing is written twice, and nothing is left to deliver.
    expect(await app.store.trainees.documents(T, 'outbox')).toEqual([]);
  });

  it('a LIS3 states common goals approved by an earlier employer whatever arena the plan gives them (LIS2/3 employers approve the whole plan)', async () => {
    const { lynne } = DEMO_PEOPLE;
    const L = DEMO_TRAINEES.lynne;
    // LM-52 has the hospital as arena in the plan, LM-53 the municipality; both were approved in another municipality.
    const goals = ['LM-52', 'LM-53'].map((g) => ({ id: `goal:fkm-lis23-2019:${g}`, rev: 0 }));
    const r = await state(lynne, { ...FACTS, arena: 'municipality', goals }, 'nb-NO', L);
    expect(r.status).toBe(200);
    expect(r.body.claimed).toEqual(goals.map((g) => g.id));
    expect(r.body.skipped).toEqual([]);
    for (const g of goals)
      expect((await app.store.trainees.getGoal(L, g.id))?.priorClaim).toMatchObject({
        arena: 'municipality',
      });
  });

  it('the leader confirms them from the inbox with one click each, or all at once; the advisor is not asked', async () => {
    const hospital = await open('hospital', 2);
    await state(alex, { ...FACTS, goals: hospital });
    await app.outbox.idle();
    const inbox = await say('hva venter på meg?', megan);
    const texts = cardTexts(inbox[0]?.attachments).join('\n');
    for (const g of hospital) expect(texts).toContain(`Godkjenn: ${g.id.split(':')[2]}`);
    expect(texts).toContain('Oppgitt som godkjent tidligere et annet sted: Godkjenn bekrefter det');
    const buttons = cardButtons(inbox[0]?.attachments);
    const ids = new Set(hospital.map((g) => g.id));
    expect(buttons.filter((b) => b.verb === 'goal.approve' && ids.has(String(b.data.id)))).toHaveLength(2);
    const all = buttons.find((b) => b.verb === 'goal.approveAll');
    const items = (all?.data.items ?? []) as { id: string }[];
    expect(items.filter((i) => ids.has(i.id))).toHaveLength(2);
    // The advisor has nothing to advise on here.
    const advisor = cardTexts((await say('hva venter på meg?', adele))[0]?.attachments).join('\n');
    for (const g of hospital) expect(advisor).not.toContain(g.id.split(':')[2]);

    const r = await click('goal.approveAll', all?.data ?? {}, megan);
    expect(r.statusCode).toBe(200);
    for (const g of hospital)
      expect((await app.store.trainees.getGoal(T, g.id))?.approval).toMatchObject({
        by: megan.aadObjectId,
        arena: 'hospital',
        recordedFrom: { place: FACTS.place, approverName: FACTS.approver },
      });
  });

  it('refuses missing facts with the field’s name, and anyone but the LIS: nothing stored, nothing sent', async () => {
    const hospital = await open('hospital', 2);
    const missing = await state(alex, { ...FACTS, place: ' ', goals: hospital });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/Hvor \(arbeidssted\)/);
    const english = await state(alex, { ...FACTS, date: '2099-01-01', goals: hospital }, 'en-GB');
    expect(english.body.message).toMatch(/Date of approval/);
    // Nothing under the regulation was approved before it came into force (1 March 2017): '2016' is a slip.
    const early = await state(alex, { ...FACTS, date: '2016-12-31', goals: hospital });
    expect(early.status).toBe(400);
    expect(early.body.message).toMatch(/Dato for godkjenning/);
    const supervisor = await state(isaiah, { ...FACTS, goals: hospital });
    expect(supervisor.status).toBe(403);
    const stranger = await state(
      { aadObjectId: '99999999-9999-4999-8999-999999999999' },
      { ...FACTS, goals: hospital },
    );
    expect(stranger.status).toBe(404);
    expect(JSON.stringify(stranger.body)).not.toMatch(/Alex|Wilber/);
    const tooMany = await state(alex, { ...FACTS, goals: Array.from({ length: 161 }, () => hospital[0]) });
    expect(tooMany.status).toBe(400);
    for (const g of hospital) {
      expect((await app.store.trainees.getGoal(T, g.id))?.priorClaim).toBeUndefined();
      expect(await app.store.trainees.auditOf(T, g.id)).toEqual([]);
    }
    await app.outbox.idle();
    expect(app.connector.sent()).toEqual([]);
  });

  it('the leader records goals approved earlier at once: each approved with its facts and its own audit event; nobody else may', async () => {
    const record = (who: { aadObjectId: string }, body: unknown, key?: string) =>
      state(who, body, 'nb-NO', T, 'record-prior', key);
    const hospital = await open('hospital', 2);
    const [municipal] = await open('municipality', 1);
    // Only the leader (or a delegate): the LIS, the advisor and a supervisor get 403, a stranger 404.
    for (const who of [alex, adele, isaiah])
      expect((await record(who, { ...FACTS, goals: hospital })).status).toBe(403);
    const stranger = await record(
      { aadObjectId: '99999999-9999-4999-8999-999999999999' },
      { ...FACTS, goals: hospital },
    );
    expect(stranger.status).toBe(404);
    expect(JSON.stringify(stranger.body)).not.toMatch(/Alex|Wilber/);
    const missing = await record(megan, { ...FACTS, approver: '', goals: hospital });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/Godkjent av/);
    for (const g of hospital) expect(await app.store.trainees.auditOf(T, g.id)).toEqual([]);

    // A goal of another arena is not recorded as approved in the hospital (LIS1: each in its own arena).
    const goals = [...hospital, municipal!];
    const r = await record(megan, { ...FACTS, goals }, 'record-prior-1');
    expect(r).toEqual({
      status: 200,
      body: {
        recorded: hospital.map((g) => g.id),
        skipped: [{ id: municipal!.id, reason: 'prior_wrong_arena' }],
      },
    });
    for (const g of hospital) {
      expect(await app.store.trainees.getGoal(T, g.id)).toMatchObject({
        status: 'approved',
        approval: {
          by: megan.aadObjectId,
          arena: 'hospital',
          recordedFrom: { place: FACTS.place, approverName: FACTS.approver },
        },
      });
      expect((await app.store.trainees.auditOf(T, g.id)).map((e) => e.verb)).toEqual(['goal.recordPrior']);
    }
    expect((await app.store.trainees.getGoal(T, municipal!.id))?.status ?? 'not_started').not.toBe(
      'approved',
    );
    // The same request again (a retry): nothing twice.
    const again = await record(megan, { ...FACTS, goals }, 'record-prior-1');
    expect(again.status).toBe(200);
    for (const g of hospital)
      expect((await app.store.trainees.auditOf(T, g.id)).map((e) => e.verb)).toEqual(['goal.recordPrior']);
    // The LIS is not asked to confirm what the leader recorded: no message, no claim waiting.
    await app.outbox.idle();
    expect(claimsTo(megan)).toEqual([]);
    expect((await app.store.trainees.getGoal(T, hospital[0]!.id))?.priorClaim).toBeUndefined();
  });

  it('a LIS with no leader yet is told so: the claims wait for the leader they invite, nothing is sent', async () => {
    const nina = { aadObjectId: '7a1e0c55-1b2c-4d3e-8f90-0123456789ab', name: 'Nina Nilsen' };
    await say('hei', nina);
    await app.post(
      invoke(
        'profile.register',
        {
          phase: 'LIS1_municipality',
          unitId: DEMO_UNIT_ID,
          start: '2026-09-01',
          end: '2027-02-28',
          percent: '100',
        },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    const traineeId = (await app.store.people.get(nina.aadObjectId))?.traineeId ?? '';
    const snap = await app.store.trainees.snapshot(traineeId);
    const goal = snap?.profile.catalogIds
      .flatMap(
        (c) =>
          app.deps.catalogs.get(c)?.goals.map((g) => ({ id: `goal:${c}:${g.id}`, arena: g.arena })) ?? [],
      )
      .find((g) => g.arena === 'municipality');
    app.connector.clear();
    const res = await fetch(`${app.baseUrl}/api/tab/trainees/${traineeId}/goals/prior`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await issuer.token(nina.aadObjectId)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ ...FACTS, arena: 'municipality', goals: [{ id: goal?.id, rev: 0 }] }),
    });
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ claimed: [goal?.id], skipped: [], leader: null });
    await app.outbox.idle();
    expect(app.connector.sent()).toEqual([]);
  });

  it('after a crash before anything was delivered, the leader still gets the one message', async () => {
    await app.stop();
    app = await start({ leaseMs: 400, sweepMs: 60_000 });
    await say('hei', megan);
    app.connector.clear();
    app.outbox.stop(); // killed before it delivers anything
    const hospital = await open('hospital', 2);
    expect((await state(alex, { ...FACTS, goals: hospital })).status).toBe(200);
    const waiting = await app.store.trainees.documents<OutboxEntry>(T, 'outbox');
    expect(waiting).toHaveLength(2);
    expect(claimsTo(megan)).toEqual([]);
    const next = new Outbox({ leaseMs: 5000 }).attach(app.deps, app.deliverer);
    await new Promise((r) => setTimeout(r, 450));
    await next.sweep();
    await next.idle();
    expect(claimsTo(megan).map((m) => m.text)).toEqual([
      'Alex Wilber oppgir at 2 læringsmål er godkjent tidligere',
    ]);
    expect(sentTo(megan)).toHaveLength(1);
    expect(await app.store.trainees.documents(T, 'outbox')).toEqual([]);
  });
});
