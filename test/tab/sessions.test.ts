import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { AdvisorySession } from '../../core/model';
import { tabSuite } from '../helpers/tab';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;
/** The demo's session in a week (the LIS prepares it) and the one held, finalised. */
const NEXT = `session:demo-${T}-2`;
const HELD = `session:demo-${T}-1`;

/**
 * Advisory sessions in the tab, as in the chat's sessions card: the LIS or the advisor schedules one,
 * the LIS prepares it, the advisor writes the minutes once it was held and finalises them. Over real
 * HTTP with signed tokens, against the real store.
 */
describe('advisory sessions in the tab', () => {
  const tab = tabSuite([alex, adele]);
  const detail = (who: { aadObjectId: string }) => tab.detail(who, T);
  const post = (who: { aadObjectId: string }, route: string, body: unknown) =>
    tab.post(who, `trainees/${T}/${route}`, body);
  const session = (id: string) => tab.app.store.trainees.getSession(T, id);
  const sessions = () => tab.app.store.trainees.documents<AdvisorySession>(T, 'session');
  const trail = async () => (await tab.app.store.trainees.auditTrail(T)).length;
  const { sentTo } = tab;
  /** A session scheduled through the page's route, its notice delivered and cleared: its id. */
  const scheduled = async (who: { aadObjectId: string }, body: Record<string, unknown>) => {
    const made = await post(who, 'sessions', body);
    await tab.app.outbox.idle();
    tab.app.connector.clear();
    return String(made.body.id);
  };

  it('offers each what they may write: the LIS a preparation, the advisor minutes of a held session, the leader nothing', async () => {
    const lis = await detail(alex);
    expect(lis.canSchedule).toBe(true);
    expect(lis.sessions.map((s) => [s.id, s.write ?? null])).toEqual([
      [NEXT, 'preparation'],
      [HELD, null],
    ]);
    // The session in a week has not been held: no minutes to write yet.
    expect((await detail(adele)).sessions.map((s) => s.write ?? null)).toEqual([null, null]);
    const leader = await detail(megan);
    expect(leader.canSchedule).toBe(false);
    expect(leader.sessions.map((s) => Object.keys(s).sort())).toEqual([
      ['date', 'form', 'held', 'hours'],
      ['date', 'form', 'held', 'hours'],
    ]);
    expect((await detail(isaiah)).sessions).toEqual([]);
  });

  it("counts the held sessions as the chat's card does, for the LIS and the advisor only", async () => {
    expect((await detail(alex)).sessionCounts).toEqual({ individual: 1, individualHours: 1, groupHours: 0 });
    // A LIS3 in general practice: group hours against the 120 required.
    const lynne = await tab.detail(adele, DEMO_TRAINEES.lynne);
    expect(lynne.sessionCounts).toEqual({
      individual: 4,
      individualHours: 4,
      groupHours: 24,
      groupRequired: 120,
    });
    // The leader sees dates only, and no counts; a supervisor nothing.
    expect((await detail(megan)).sessionCounts).toBeUndefined();
    expect((await detail(isaiah)).sessionCounts).toBeUndefined();
  });

  it('the LIS prepares a session; only the LIS, on the revision shown', async () => {
    const s = (await session(NEXT))!;
    const before = await trail();
    expect((await post(adele, 'sessions/prepare', { id: NEXT, rev: s.rev, text: 'Nei' })).status).toBe(403);
    expect((await post(megan, 'sessions/prepare', { id: NEXT, rev: s.rev, text: 'Nei' })).status).toBe(403);
    expect(await trail()).toBe(before);
    const done = await post(alex, 'sessions/prepare', {
      id: NEXT,
      rev: s.rev,
      text: 'Legevakt og sykehjem.',
    });
    expect(done).toEqual({ status: 200, body: { rev: s.rev + 1, finalised: false } });
    expect((await session(NEXT))?.preparation?.text).toBe('Legevakt og sykehjem.');
    // The audit event never carries the text: it is the two's own.
    const event = (await tab.app.store.trainees.auditTrail(T)).at(-1);
    expect(event).toMatchObject({ verb: 'session.prepare', target: NEXT });
    expect(JSON.stringify(event)).not.toContain('Legevakt og sykehjem');
    // The revision the page showed is gone: the answer says so, with the current one.
    const stale = await post(alex, 'sessions/prepare', { id: NEXT, rev: s.rev, text: 'Annet' });
    expect(stale).toEqual({ status: 409, body: { error: 'conflict', current: { rev: s.rev + 1 } } });
  });

  it('schedules a session: the other of the two is told; what the rule refuses says why', async () => {
    const before = (await sessions()).length;
    const bad = await post(alex, 'sessions', {
      date: '2026-11-26',
      sessionForm: 'individual',
      hours: 9,
      topics: 'X',
    });
    expect(bad).toMatchObject({ status: 400, body: { error: 'bad_hours' } });
    expect(bad.body.message).toContain('Varigheten må være fra 0,25 til 8 timer.');
    const none = await post(alex, 'sessions', {
      date: '2026-11-26',
      sessionForm: 'group',
      hours: 2,
      topics: ' ',
    });
    expect(none).toMatchObject({ status: 400, body: { error: 'topics_required' } });
    expect(
      (
        await post(megan, 'sessions', {
          date: '2026-11-26',
          sessionForm: 'individual',
          hours: 1,
          topics: 'X',
        })
      ).status,
    ).toBe(403);
    expect((await sessions()).length).toBe(before);
    const r = await post(alex, 'sessions', {
      date: '2026-11-26',
      sessionForm: 'individual',
      hours: 1.5,
      topics: 'Akutt oppfølging',
    });
    expect(r).toMatchObject({ status: 201, body: { rev: 1, date: '2026-11-26' } });
    expect(await session(String(r.body.id))).toMatchObject({
      form: 'individual',
      hours: 1.5,
      topics: 'Akutt oppfølging',
    });
    await tab.app.outbox.idle();
    expect(JSON.stringify(sentTo(adele))).toContain('har avtalt en veiledningssamtale');
    expect(sentTo(alex)).toHaveLength(0);
  });

  it('the advisor writes the minutes of a held session, a draft and then finalised: read-only, the LIS told', async () => {
    const id = await scheduled(adele, {
      date: '2026-11-26',
      sessionForm: 'group',
      hours: 3,
      topics: 'Veiledningsgruppe',
    });
    expect((await detail(adele)).sessions.find((s) => s.id === id)?.write).toBe('minutes');
    expect((await post(alex, 'sessions/minutes', { id, rev: 1, text: 'Nei' })).status).toBe(403);
    const draft = await post(adele, 'sessions/minutes', { id, rev: 1, text: 'Utkast.' });
    expect(draft).toEqual({ status: 200, body: { rev: 2, finalised: false } });
    // Finalising without minutes is refused, with the reason.
    const empty = await post(adele, 'sessions/finalise', { id, rev: 2 });
    expect(empty).toMatchObject({ status: 409, body: { error: 'minutes_required' } });
    const done = await post(adele, 'sessions/finalise', { id, rev: 2, text: 'Gruppemøte holdt.' });
    expect(done).toEqual({ status: 200, body: { rev: 3, finalised: true } });
    expect(await session(id)).toMatchObject({ minutes: { text: 'Gruppemøte holdt.' } });
    await tab.app.outbox.idle();
    expect(JSON.stringify(sentTo(alex))).toContain('har ferdigstilt referatet');
    const after = await post(adele, 'sessions/minutes', { id, rev: 3, text: 'Endret.' });
    expect(after).toMatchObject({ status: 409, body: { error: 'finalised' } });
    expect((await detail(alex)).sessions.find((s) => s.id === id)).toMatchObject({
      held: true,
      minutes: 'Gruppemøte holdt.',
    });
    expect((await detail(alex)).sessions.find((s) => s.id === id)?.write).toBeUndefined();
  });

  it('the LIS or the advisor moves a session not held yet or calls it off; the leader may not; the page offers it', async () => {
    const id = await scheduled(alex, {
      date: '2026-12-15',
      sessionForm: 'individual',
      hours: 1,
      topics: 'Plan for våren',
    });
    expect((await detail(alex)).sessions.find((s) => s.id === id)?.movable).toBe(true);
    expect((await detail(adele)).sessions.find((s) => s.id === id)?.movable).toBe(true);
    // The held one is not offered; the leader is offered none, and is refused.
    expect((await detail(alex)).sessions.find((s) => s.id === HELD)?.movable).toBeUndefined();
    expect((await detail(megan)).sessions.some((s) => 'movable' in s)).toBe(false);
    const before = await trail();
    expect((await post(megan, 'sessions/move', { id, rev: 1, date: '2026-12-16' })).status).toBe(403);
    expect(await trail()).toBe(before);
    // A day that does not exist is refused with the reason; nothing changes.
    const bad = await post(adele, 'sessions/move', { id, rev: 1, date: '2026-02-30' });
    expect(bad).toMatchObject({ body: { error: 'bad_session_date' } });
    expect((await session(id))?.date).toBe('2026-12-15');
    const moved = await post(adele, 'sessions/move', { id, rev: 1, date: '2026-12-17' });
    expect(moved).toEqual({ status: 200, body: { rev: 2, date: '2026-12-17' } });
    await tab.app.outbox.idle();
    expect(JSON.stringify(sentTo(alex))).toContain(
      'har flyttet veiledningssamtalen deres 15.12.2026 til 17.12.2026',
    );
    const off = await post(alex, 'sessions/cancel', { id, rev: 2 });
    expect(off).toEqual({ status: 200, body: { rev: 3 } });
    expect((await detail(alex)).sessions.some((s) => s.id === id)).toBe(false);
    expect((await detail(megan)).sessions.some((s) => s.date === '2026-12-17')).toBe(false);
    await tab.app.outbox.idle();
    expect(JSON.stringify(sentTo(adele))).toContain('har avlyst veiledningssamtalen deres 17.12.2026');
    // Called off: nothing more is written in it.
    const late = await post(alex, 'sessions/prepare', { id, rev: 3, text: 'Sent' });
    expect(late).toMatchObject({ body: { error: 'session_cancelled' } });
  });
});
