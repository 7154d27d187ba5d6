import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { OTHER_TENANT, TEST_CLIENT_ID, TEST_TENANT, TestIssuer } from '../helpers/tokens';

const T = DEMO_TRAINEES.alex;
const { alex, megan, isaiah } = DEMO_PEOPLE;
const STRANGER = 'aad-stranger';

/** Every route of the tab API as each kind of caller, over real HTTP with signed test tokens. */
describe('the tab API checks who is asking on every route', () => {
  let app: TestApp;
  let issuer: TestIssuer;
  const call = async (method: 'GET' | 'POST', path: string, token: string | undefined, body?: unknown) => {
    const res = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const state = async () => ({
    etag: (await app.store.trainees.getProfile(T))?.etag,
    audit: (await app.store.trainees.auditTrail(T)).length,
  });

  beforeAll(async () => {
    issuer = await new TestIssuer().start();
  });
  beforeEach(async () => {
    app = await startTestApp({
      tab: { clientId: TEST_CLIENT_ID, tenants: [TEST_TENANT], jwksUrl: issuer.jwksUrl, devIdentity: false },
    });
  });
  afterEach(() => app.stop());
  afterAll(() => issuer.stop());

  const inProgress = async () =>
    (await app.store.trainees.snapshot(T))!.goals.filter((g) => g.status === 'in_progress');
  const pendingGoal = async () =>
    (await app.store.trainees.snapshot(T))!.goals.find((g) => g.status === 'pending_approval')!;

  it.each([
    ['GET', (id: string) => `/api/tab/trainees/${id}`],
    ['GET', (id: string) => `/api/tab/overview?trainee=${id}`],
    ['GET', (id: string) => `/api/tab/trainees/${id}/history?goal=goal:lis1-clinical-2020:DEL1-001`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/request`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/request-all`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/approve-all`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/prior`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/record-prior`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/recall`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/remind`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/approve`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/return`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/recommend`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/advise-against`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/undo`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/undo`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/goals/comment`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/comment`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/confirm-record`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/dispute`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/supervised`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/reassign`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/ask-met`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/remind`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/sign`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/return`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/mark-met`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/recall`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/withdraw`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities/resend`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/milestones/done`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/roles/invite`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/roles/remove`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/sessions`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/absence`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/absence/remove`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/periods`],
    ['POST', (_id: string): string => '/api/tab/invitations/answer'],
    ['POST', (id: string) => `/api/tab/trainees/${id}/periods/remove`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/sessions/prepare`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/sessions/minutes`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/sessions/finalise`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/sessions/move`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/sessions/cancel`],
    ['POST', (id: string) => `/api/tab/trainees/${id}/activities`],
  ] as const)(
    '%s %s: 401 without a valid token of our tenant; the same 404 for a stranger as for no such LIS',
    async (method, path) => {
      const body =
        method === 'POST'
          ? /goals\/(record-)?prior$/.test(path('x'))
            ? {
                arena: 'hospital',
                place: 'Sørlandet sykehus',
                approver: 'Kari Overlege',
                date: '2026-06-15',
                goals: [{ id: 'goal:lis1-clinical-2020:DEL1-001', rev: 0 }],
              }
            : /goals\/[a-z-]+$/.test(path('x')) && !path('x').endsWith('-all')
              ? { id: 'goal:lis1-clinical-2020:DEL1-064', rev: 1, comment: 'Ok' }
              : /activities\/[a-z-]+$/.test(path('x')) && !path('x').endsWith('/supervised')
                ? { id: 'activity:demo-4', rev: 2, comment: 'Ok', to: DEMO_PEOPLE.patti.aadObjectId }
                : path('x').endsWith('milestones/done')
                  ? { kind: 'halfway', note: 'Ok' }
                  : path('x').endsWith('/invitations/answer')
                    ? { traineeId: T, invitationId: 'demo-invitation', accept: true }
                    : /\/periods(\/remove)?$/.test(path('x'))
                      ? { place: 'hospital', start: '2025-01-06', end: '2025-03-31', percent: 100 }
                      : /\/absence(\/remove)?$/.test(path('x'))
                        ? { from: '2026-11-02', to: '2026-11-03', kind: 'holiday' }
                        : path('x').endsWith('/sessions')
                          ? { date: '2026-11-26', sessionForm: 'individual', hours: 1, topics: 'Ok' }
                          : /sessions\/[a-z]+$/.test(path('x'))
                            ? { id: `session:demo-${T}-2`, rev: 1, text: 'Ok', date: '2026-12-08' }
                            : /roles\/[a-z]+$/.test(path('x'))
                              ? {
                                  aadObjectId: DEMO_PEOPLE.isaiah.aadObjectId,
                                  role: 'supervisor',
                                  name: 'Isaiah',
                                }
                              : path('x').endsWith('-all')
                                ? { goals: [{ id: 'goal:lis1-clinical-2020:DEL1-001', rev: 0 }] }
                                : {
                                    activityKind: 'course',
                                    date: '2026-11-20',
                                    description: 'Kurs',
                                    goals: [],
                                  }
          : undefined;
      const before = await state();
      expect((await call(method, path(T), undefined, body)).status).toBe(401);
      const foreign = await issuer.token(alex.aadObjectId, { tid: OTHER_TENANT });
      expect((await call(method, path(T), foreign, body)).status).toBe(401);
      const strangerToken = await issuer.token(STRANGER);
      const theirs = await call(method, path(T), strangerToken, body);
      const nobody = await call(method, path('lis-nobody'), strangerToken, body);
      expect(theirs).toEqual({ status: 404, body: { error: 'not_found' } });
      expect(nobody).toEqual(theirs);
      expect(await state()).toEqual(before);
    },
  );

  it('refuses the wrong role with 403 and changes nothing; the rightful person succeeds', async () => {
    const [g] = await inProgress();
    const supervisor = await issuer.token(isaiah.aadObjectId);
    const before = await state();
    expect(
      (await call('POST', `/api/tab/trainees/${T}/goals/request`, supervisor, { id: g!.id, rev: g!.rev }))
        .status,
    ).toBe(403);
    expect(
      (
        await call('POST', `/api/tab/trainees/${T}/activities`, supervisor, {
          activityKind: 'course',
          date: '2026-11-20',
          description: 'Kurs',
          goals: [{ catalogId: g!.catalogId, goalId: g!.goalId }],
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('GET', `/api/tab/trainees/${T}/history?goal=${encodeURIComponent(g!.id)}`, supervisor))
        .status,
    ).toBe(403);
    expect(
      (
        await call('POST', `/api/tab/trainees/${T}/goals/request-all`, supervisor, {
          goals: [{ id: g!.id, rev: g!.rev }],
        })
      ).status,
    ).toBe(403);
    // Nor remind the supervisor on the LIS's behalf.
    expect(
      (
        await call(
          'POST',
          `/api/tab/trainees/${T}/activities/remind`,
          await issuer.token(megan.aadObjectId),
          {
            id: 'activity:demo-4',
            rev: 2,
          },
        )
      ).status,
    ).toBe(403);
    // The leader may not take back the LIS's request (only the LIS may): refused, nothing written.
    const waiting = await pendingGoal();
    expect(
      (
        await call('POST', `/api/tab/trainees/${T}/goals/recall`, await issuer.token(megan.aadObjectId), {
          id: waiting.id,
          rev: waiting.rev,
        })
      ).status,
    ).toBe(403);
    expect(await state()).toEqual(before);
    const lis = await issuer.token(alex.aadObjectId);
    const ok = await call('POST', `/api/tab/trainees/${T}/goals/request`, lis, { id: g!.id, rev: g!.rev });
    expect(ok).toEqual({ status: 200, body: { status: 'pending_approval', rev: g!.rev + 1 } });
    const history = await call(
      'GET',
      `/api/tab/trainees/${T}/history?goal=${encodeURIComponent(g!.id)}`,
      lis,
    );
    expect((history.body.events as { verb: string }[]).map((e) => e.verb)).toEqual(['goal.request']);
  });

  it('creates a workplace for whoever signs in as herself, owned by her; a name outside the limits is refused whole', async () => {
    const unit = { name: 'Nordby kommune, helse og omsorg', kind: 'municipality' };
    const before = (await app.store.units.list()).length;
    expect((await call('POST', '/api/tab/units', undefined, unit)).status).toBe(401);
    const foreign = await issuer.token(STRANGER, { tid: OTHER_TENANT });
    expect((await call('POST', '/api/tab/units', foreign, unit)).status).toBe(401);
    expect((await app.store.units.list()).length).toBe(before);
    const leif = await issuer.token('00000000-0000-0000-0000-0000000000b1');
    const made = await call('POST', '/api/tab/units', leif, unit);
    expect(made).toEqual({
      status: 201,
      body: {
        unitId: expect.stringMatching(/^unit-nordby-kommune-helse-og-omsorg-/),
        name: unit.name,
        created: true,
      },
    });
    // The same again (a second click) is the same workplace; hers to link her team to, no one else's.
    expect(await call('POST', '/api/tab/units', leif, { ...unit, name: ` ${unit.name} ` })).toEqual({
      status: 200,
      body: { ...made.body, created: false },
    });
    expect((await call('GET', '/api/tab/units', leif)).body.units).toEqual([
      { unitId: made.body.unitId, name: unit.name },
    ]);
    // Created once, recorded once: who and what, in the audit trail beside the workplace.
    expect(await app.store.units.auditOf(String(made.body.unitId))).toEqual([
      expect.objectContaining({
        verb: 'unit.create',
        actor: '00000000-0000-0000-0000-0000000000b1',
        before: null,
        after: unit,
      }),
    ]);
    expect((await call('GET', '/api/tab/units', await issuer.token(STRANGER))).body.units).toEqual([]);
    const long = await call('POST', '/api/tab/units', leif, { ...unit, name: 'x'.repeat(121) });
    expect(long).toMatchObject({
      status: 400,
      body: {
        error: 'unit_name_length',
        message: 'Navnet på arbeidsstedet må ha fra 2 til 120 tegn. Ingenting er endret.',
      },
    });
    expect((await call('POST', '/api/tab/units', leif, { ...unit, kind: 'castle' })).status).toBe(400);
    // Someone else's of the same name would stand twice, alike, in every LIS's list: refused.
    const other = await issuer.token('00000000-0000-0000-0000-0000000000b3');
    const twin = await call('POST', '/api/tab/units', other, {
      ...unit,
      name: 'nordby KOMMUNE, helse og omsorg',
    });
    expect(twin).toMatchObject({ status: 409, body: { error: 'unit_name_taken', name: unit.name } });
    expect(String(twin.body.message)).toMatch(
      /^Det finnes allerede et arbeidssted som heter «Nordby kommune, helse og omsorg»/,
    );
    expect((await app.store.units.list()).length).toBe(before + 1);
  });

  it('links a team only for someone with a role for a LIS of that unit; the same answer for an unknown unit', async () => {
    const strangerToken = await issuer.token(STRANGER);
    const theirs = await call('POST', '/api/tab/teams/team-x/link', strangerToken, {
      unitId: 'unit-demo-kommune',
    });
    const nobody = await call('POST', '/api/tab/teams/team-x/link', strangerToken, { unitId: 'unit-nope' });
    expect(theirs).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(nobody).toEqual(theirs);
    expect(await app.store.units.getTeamLink('team-x')).toBeUndefined();
  });

  it('the bot and the tab give the same outcome for the same operation, also under an unrelated concurrent write', async () => {
    // The leader has spoken to the bot, so she can be reached with the approval cards.
    await app.post(message('hei', { from: megan, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    app.connector.clear();
    const [viaBot, viaTab] = await inProgress();
    const other = await pendingGoal();
    // Exactly one unrelated write (another activity of the same LIS, waiting for a signature) lands
    // between each request's read and its write: the real repository, with the write injected then.
    const trainees = app.store.trainees;
    const commit = trainees.commit.bind(trainees);
    let injected = 0;
    trainees.commit = async (c) => {
      if (injected < 2 && c.change.kind === 'goal') {
        injected++;
        const a = (await trainees.getActivity(T, 'activity:demo-4'))!;
        const { etag: _e, ...rest } = a;
        await commit({
          change: {
            kind: 'activity',
            activity: { ...rest, id: `activity:unrelated-${injected}`, status: 'pending_signature' },
          },
          audit: {
            kind: 'audit',
            id: `audit:unrelated-${injected}`,
            traineeId: T,
            actor: alex.aadObjectId,
            verb: 'activity.request',
            target: `activity:unrelated-${injected}`,
            before: null,
            after: null,
            at: '2026-11-26T09:00:00Z',
          },
          effects: [],
        });
      }
      return commit(c);
    };
    const bot = await app.post(
      invoke(
        'goal.request',
        { traineeId: T, id: viaBot!.id, rev: viaBot!.rev },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    const tab = await call(
      'POST',
      `/api/tab/trainees/${T}/goals/request`,
      await issuer.token(alex.aadObjectId),
      {
        id: viaTab!.id,
        rev: viaTab!.rev,
      },
    );
    trainees.commit = commit;
    expect(injected).toBe(2);
    await app.outbox.idle();
    expect(bot.status).toBe(200);
    expect(tab.status).toBe(200);
    const goals = (await app.store.trainees.snapshot(T))!.goals;
    expect(goals.find((g) => g.id === viaBot!.id)?.status).toBe('pending_approval');
    expect(goals.find((g) => g.id === viaTab!.id)?.status).toBe('pending_approval');
    expect(goals.find((g) => g.id === other.id)?.status).toBe('pending_approval');
    const trail = await app.store.trainees.auditTrail(T);
    expect(
      trail.filter((e) => e.verb === 'goal.request' && [viaBot!.id, viaTab!.id].includes(e.target)),
    ).toHaveLength(2);
    // The leader gets the approval card for both, whichever door the LIS used.
    const toLeader = app.connector
      .sent()
      .filter(
        (s) =>
          s.text === 'Alex Wilber ber deg godkjenne et læringsmål.' &&
          JSON.stringify(s).includes(megan.aadObjectId),
      );
    expect(toLeader).toHaveLength(2);
  });
});
