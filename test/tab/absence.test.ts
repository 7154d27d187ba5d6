import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { TraineeDetail } from '../../tab/shared/api';
import { message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { TestIssuer } from '../helpers/tokens';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;

/**
 * Absence in the tab, as the chat's «fravær» has it: the leader (or a delegate) enters it, dates and
 * a kind, and removes one entered by mistake; the LIS is told. Over real HTTP with signed tokens.
 */
describe('absence in the tab', () => {
  let app: TestApp;
  let issuer: TestIssuer;
  const detail = async (who: { aadObjectId: string }) => {
    const res = await fetch(`${app.baseUrl}/api/tab/trainees/${T}`, {
      headers: { authorization: `Bearer ${await issuer.token(who.aadObjectId)}` },
    });
    return (await res.json()) as TraineeDetail;
  };
  const post = async (who: { aadObjectId: string }, route: string, body: unknown) => {
    const res = await fetch(`${app.baseUrl}/api/tab/trainees/${T}/${route}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await issuer.token(who.aadObjectId)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const state = async () => ({
    etag: (await app.store.trainees.getProfile(T))?.etag,
    audit: (await app.store.trainees.auditTrail(T)).length,
  });
  const sentTo = (who: { aadObjectId: string }) =>
    app.connector.sent().filter((m) => (m.conversation as { id: string }).id.includes(who.aadObjectId));

  beforeAll(async () => {
    issuer = await new TestIssuer().start();
  });
  beforeEach(async () => {
    app = await startTestApp({ tab: issuer.tabOptions() });
    await app.post(message('hei', { from: alex, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    app.connector.clear();
  });
  afterEach(() => app.stop());
  afterAll(() => issuer.stop());

  it('lists each absence to those who may see absence, and never to a supervisor; only the leader may enter it', async () => {
    const leader = await detail(megan);
    expect(leader.canRecordAbsence).toBe(true);
    expect(leader.absences?.map((a) => a.kind)).toEqual(['holiday', 'sick']);
    for (const who of [alex, adele]) {
      const d = await detail(who);
      expect(d.canRecordAbsence).toBe(false);
      expect(d.absences).toEqual(leader.absences);
    }
    const supervisor = await detail(isaiah);
    expect(supervisor.absences).toBeUndefined();
    expect(JSON.stringify(supervisor)).not.toMatch(/sick|holiday/);
  });

  it('the leader enters an absence: audited, the LIS told the new figure; an overlap is refused with the reason', async () => {
    const r = await post(megan, 'absence', { from: '2026-11-23', to: '2026-11-24', kind: 'holiday' });
    expect(r).toEqual({
      status: 201,
      body: { from: '2026-11-23', to: '2026-11-24', reason: 'holiday', days: 9 },
    });
    expect((await app.store.trainees.auditTrail(T)).at(-1)).toMatchObject({
      verb: 'absence.record',
      actor: megan.aadObjectId,
      after: { from: '2026-11-23', to: '2026-11-24', kind: 'holiday', days: 9 },
    });
    await app.outbox.idle();
    expect(JSON.stringify(sentTo(alex))).toContain('Du har nå 9 dager fravær');
    const before = await state();
    const overlap = await post(megan, 'absence', { from: '2026-11-24', to: '2026-11-25', kind: 'sick' });
    expect(overlap).toMatchObject({ status: 400, body: { error: 'absence_overlap' } });
    expect(overlap.body.message).toContain('Det er allerede registrert fravær i noen av disse dagene.');
    expect(await state()).toEqual(before);
  });

  it('refuses anyone but the leader, and a kind or date it does not know, writing nothing', async () => {
    const before = await state();
    const entry = { from: '2026-11-23', to: '2026-11-24', kind: 'holiday' };
    for (const who of [alex, adele, isaiah]) {
      expect((await post(who, 'absence', entry)).status).toBe(403);
      expect((await post(who, 'absence/remove', { from: '2026-10-09' })).status).toBe(403);
    }
    expect((await post(megan, 'absence', { ...entry, kind: 'diagnose: influensa' })).status).toBe(400);
    expect((await post(megan, 'absence', { ...entry, from: '23.11.2026' })).status).toBe(400);
    expect(await state()).toEqual(before);
  });

  it('the leader removes an absence entered by mistake, once; the LIS is told', async () => {
    const [first, second] = (await detail(megan)).absences ?? [];
    if (!first || !second) throw new Error('the demo has two absences');
    const r = await post(megan, 'absence/remove', { from: first.from });
    expect(r).toEqual({ status: 200, body: { days: 2 } });
    expect((await detail(megan)).absences).toEqual([second]);
    await app.outbox.idle();
    expect(JSON.stringify(sentTo(alex))).toContain('har fjernet fraværet');
    const before = await state();
    const again = await post(megan, 'absence/remove', { from: first.from });
    expect(again).toMatchObject({ status: 409, body: { error: 'no_such_absence' } });
    expect(await state()).toEqual(before);
  });
});
