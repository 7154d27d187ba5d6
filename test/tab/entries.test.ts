import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { tabSuite } from '../helpers/tab';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;

/**
 * The leader's entries in the tab, as the chat's «fravær» and «tjenesteperioder» have them: the leader
 * (or a delegate) enters absence (dates and a kind; the LIS is told) and earlier service periods, and
 * removes one entered by mistake. Over real HTTP with signed tokens.
 */
describe('absence and service periods in the tab', () => {
  const tab = tabSuite([alex]);
  const detail = (who: { aadObjectId: string }) => tab.detail(who, T);
  const post = (who: { aadObjectId: string }, route: string, body: unknown) =>
    tab.post(who, `trainees/${T}/${route}`, body);
  const state = () => tab.state(T);
  const { sentTo } = tab;

  it('lists each absence to those who may see absence, and never to a supervisor; only the leader may enter it', async () => {
    const leader = await detail(megan);
    expect(leader.canRecordAbsence).toBe(true);
    expect(leader.canEditService).toBe(true);
    expect(leader.absences?.map((a) => a.kind)).toEqual(['holiday', 'sick']);
    for (const who of [alex, adele]) {
      const d = await detail(who);
      expect(d.canRecordAbsence).toBe(false);
      expect(d.canEditService).toBe(false);
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
    expect((await tab.app.store.trainees.auditTrail(T)).at(-1)).toMatchObject({
      verb: 'absence.record',
      actor: megan.aadObjectId,
      after: { from: '2026-11-23', to: '2026-11-24', kind: 'holiday', days: 9 },
    });
    await tab.app.outbox.idle();
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

  it('the leader adds an earlier service period and removes it again; the rule’s refusals say why; no one else may', async () => {
    const period = {
      place: 'hospital',
      workplace: 'Vikariat',
      start: '2025-01-06',
      end: '2025-03-31',
      percent: 50,
    };
    const before = await state();
    for (const who of [alex, adele, isaiah]) {
      expect((await post(who, 'periods', period)).status).toBe(403);
      expect((await post(who, 'periods/remove', { start: period.start })).status).toBe(403);
    }
    expect((await post(megan, 'periods', { ...period, place: 'hjemme' })).status).toBe(400);
    const after = await post(megan, 'periods', { ...period, start: '2026-12-01', end: '2026-12-31' });
    expect(after).toMatchObject({ status: 400, body: { error: 'period_after_current' } });
    expect(await state()).toEqual(before);
    const r = await post(megan, 'periods', period);
    expect(r).toEqual({ status: 201, body: { start: '2025-01-06', end: '2025-03-31', place: 'hospital' } });
    expect((await detail(megan)).periods.find((p) => p.start === '2025-01-06')).toMatchObject({
      workplace: 'Vikariat',
      percent: 50,
      current: false,
    });
    expect((await tab.app.store.trainees.auditTrail(T)).at(-1)).toMatchObject({
      verb: 'service.addPeriod',
    });
    const overlap = await post(megan, 'periods', { ...period, start: '2025-03-01', end: '2025-04-30' });
    expect(overlap).toMatchObject({ status: 400, body: { error: 'period_overlap' } });
    expect(await post(megan, 'periods/remove', { start: period.start })).toEqual({ status: 200, body: {} });
    expect((await detail(megan)).periods.some((p) => p.start === '2025-01-06')).toBe(false);
    const again = await post(megan, 'periods/remove', { start: period.start });
    expect(again).toMatchObject({ status: 409, body: { error: 'no_such_period' } });
  });

  it('the leader removes an absence entered by mistake, once; the LIS is told', async () => {
    const [first, second] = (await detail(megan)).absences ?? [];
    if (!first || !second) throw new Error('the demo has two absences');
    const r = await post(megan, 'absence/remove', { from: first.from });
    expect(r).toEqual({ status: 200, body: { days: 2 } });
    expect((await detail(megan)).absences).toEqual([second]);
    await tab.app.outbox.idle();
    expect(JSON.stringify(sentTo(alex))).toContain('har fjernet fraværet');
    const before = await state();
    const again = await post(megan, 'absence/remove', { from: first.from });
    expect(again).toMatchObject({ status: 409, body: { error: 'no_such_absence' } });
    expect(await state()).toEqual(before);
  });
});
