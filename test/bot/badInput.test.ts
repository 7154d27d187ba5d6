import fc from 'fast-check';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { VERBS } from '../../core/verbs';
import { startTestApp, type TestApp } from '../helpers/app';
import { rawRequest } from '../helpers/http';

/**
 * Generated bad input, not a list of a few: activity shapes, card-action data, tab API input and
 * headers. Every answer must be 2xx or 4xx, the server must stay healthy, and a refused request
 * must leave the store exactly as it was. `FUZZ_RUNS=20000 npm run fuzz` runs it longer.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 700);
/** npm test runs the same cases every time (a fixed seed); `npm run fuzz` draws new ones (FUZZ_SEED repeats a run). */
const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.FUZZ_RUNS
    ? undefined
    : 20261127;
const options = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };
jest.setTimeout(Math.max(120_000, RUNS * 60));
const people = Object.values(DEMO_PEOPLE);
const trainees = Object.values(DEMO_TRAINEES);

const send = (app: TestApp, method: string, path: string, headers: Record<string, string>, body: string) =>
  rawRequest(`${app.baseUrl}${path}`, method, headers, body);

/** What a refused request must not change: the LIS's documents and the demo team's link. */
async function fingerprint(app: TestApp): Promise<string> {
  const snaps = await Promise.all(trainees.map((t) => app.store.trainees.getProfile(t)));
  return JSON.stringify([snaps.map((s) => s?.etag), await app.store.units.getTeamLink('team-id')]);
}

/** True when the answer refused the request (4xx, a Universal Actions error, or a refusal card). */
function refused(status: number, text: string): boolean {
  if (status >= 400) return true;
  if (!text.startsWith('{')) return false;
  const body = JSON.parse(text) as { statusCode?: number };
  return (
    (typeof body.statusCode === 'number' && body.statusCode >= 400) ||
    /Ingenting er endret|Nothing has changed|Fant ikke det dette kortet|could not find what this card/.test(
      text,
    )
  );
}

const who = fc.oneof(
  fc
    .constantFrom(...people)
    .map((p) => ({ id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId, name: p.name })),
  fc.record({
    id: fc.string({ maxLength: 40 }),
    aadObjectId: fc.option(fc.string({ maxLength: 40 })),
    name: fc.string(),
  }),
  fc.jsonValue(),
);
const id = fc.oneof(fc.constantFrom(...trainees), fc.string({ maxLength: 60 }), fc.jsonValue());

function activityArb(serviceUrl: string) {
  return fc.oneof(
    fc.jsonValue(),
    fc.record(
      {
        type: fc.oneof(
          fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'event'),
          fc.jsonValue(),
        ),
        id: fc.oneof(fc.string({ maxLength: 80 }), fc.jsonValue()),
        channelId: fc.oneof(fc.constant('msteams'), fc.jsonValue()),
        serviceUrl: fc.oneof(
          fc.constant(serviceUrl),
          fc.constant('http://127.0.0.1:1/'),
          fc.webUrl(),
          fc.jsonValue(),
        ),
        from: who,
        recipient: fc.oneof(fc.constant({ id: '28:lis-bot' }), fc.jsonValue()),
        conversation: fc.oneof(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 60 }),
            conversationType: fc.constantFrom('personal', 'groupChat', 'channel'),
            tenantId: fc.constantFrom('tenant-demo', 'tenant-other'),
          }),
          fc.jsonValue(),
        ),
        text: fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom('hva gjenstår?', 'hva venter på meg?', 'kom i gang'),
          fc.jsonValue(),
        ),
        locale: fc.oneof(fc.constantFrom('nb-NO', 'en-US'), fc.jsonValue()),
        name: fc.oneof(
          fc.constant('adaptiveCard/action'),
          fc.constant('application/search'),
          fc.string({ maxLength: 30 }),
        ),
        value: fc.oneof(
          // The activity form's goal search (Teams' dynamic typeahead).
          fc.record(
            {
              queryText: fc.oneof(fc.string({ maxLength: 250 }), fc.jsonValue()),
              dataset: fc.oneof(
                id.map((t) => `goals:${String(t)}`),
                fc.string({ maxLength: 40 }),
                fc.jsonValue(),
              ),
              queryOptions: fc.oneof(
                fc.record({ skip: fc.jsonValue(), top: fc.jsonValue() }, { requiredKeys: [] }),
                fc.jsonValue(),
              ),
            },
            { requiredKeys: [] },
          ),
          fc.record({
            action: fc.record({
              type: fc.oneof(fc.constant('Action.Execute'), fc.string()),
              verb: fc.oneof(fc.constantFrom(...VERBS), fc.string({ maxLength: 40 }), fc.jsonValue()),
              data: fc.oneof(
                fc.record(
                  {
                    traineeId: id,
                    id: fc.oneof(fc.string({ maxLength: 80 }), fc.jsonValue()),
                    rev: fc.jsonValue(),
                    comment: fc.jsonValue(),
                  },
                  { requiredKeys: [] },
                ),
                fc.jsonValue(),
              ),
            }),
            trigger: fc.constantFrom('manual', 'automatic'),
          }),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    ),
  );
}

const headerArb = fc.record({
  'content-type': fc.oneof(
    fc.constant('application/json'),
    fc.constantFrom(
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
      '',
    ),
    fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
  ),
  'content-encoding': fc.constantFrom('identity', 'gzip', 'deflate', 'br', 'x-unknown', ''),
});

describe('generated bad input: every answer is 2xx or 4xx, the server stays healthy, refusals change nothing', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ allowedTenants: ['tenant-demo'], tab: { devIdentity: true } });
  });
  afterAll(() => app.stop());

  const check = async (method: string, path: string, headers: Record<string, string>, body: string) => {
    const before = await fingerprint(app);
    const r = await send(app, method, path, headers, body);
    expect(r.status < 500 && r.status >= 200).toBe(true);
    expect(r.text).not.toMatch(/\bat \w+ \(|node_modules|Error:/);
    if (refused(r.status, r.text)) expect(await fingerprint(app)).toBe(before);
  };

  it('activities and card actions posted to the bot', async () => {
    await fc.assert(
      fc.asyncProperty(activityArb(app.connector.url), async (activity) => {
        await check(
          'POST',
          '/api/messages',
          { 'content-type': 'application/json' },
          JSON.stringify(activity),
        );
      }),
      options,
    );
    await app.outbox.idle();
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });

  it('headers and raw bytes on every route', async () => {
    const routes = [
      '/api/messages',
      '/api/tab/overview',
      `/api/tab/trainees/${DEMO_TRAINEES.alex}/activities`,
      '/healthz',
    ];
    await fc.assert(
      fc.asyncProperty(
        headerArb,
        fc.constantFrom(...routes),
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (headers, path, body) => {
          const method = path === '/healthz' || path === '/api/tab/overview' ? 'GET' : 'POST';
          const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
          await check(method, path, { ...clean, 'content-length': String(Buffer.byteLength(body)) }, body);
        },
      ),
      options,
    );
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });

  it('tab API input, as a demo person and as a stranger', async () => {
    const paths = fc.oneof(
      fc
        .tuple(
          fc.constantFrom(...trainees),
          fc.constantFrom(
            'request',
            'request-all',
            'approve-all',
            'recall',
            'remind',
            'prior',
            'record-prior',
            'approve',
            'return',
            'recommend',
            'advise-against',
            'undo',
            'comment',
          ),
        )
        .map(([t, op]) => `/api/tab/trainees/${t}/goals/${op}`),
      fc.constantFrom(...trainees).map((t) => `/api/tab/trainees/${t}/activities`),
      fc
        .tuple(
          fc.constantFrom(...trainees),
          fc.constantFrom(
            'remind',
            'sign',
            'return',
            'mark-met',
            'recall',
            'withdraw',
            'resend',
            'undo',
            'comment',
            'confirm-record',
            'dispute',
            'supervised',
            'reassign',
            'ask-met',
          ),
        )
        .map(([t, op]) => `/api/tab/trainees/${t}/activities/${op}`),
      fc.constantFrom(...trainees).map((t) => `/api/tab/trainees/${t}/milestones/done`),
      fc.constantFrom('/api/tab/invitations/answer', '/api/tab/delegations', '/api/tab/delegations/end'),
      fc
        .tuple(fc.constantFrom(...trainees), fc.constantFrom('invite', 'remove'))
        .map(([t, op]) => `/api/tab/trainees/${t}/roles/${op}`),
      fc
        .tuple(
          fc.constantFrom(...trainees),
          fc.constantFrom('', '/prepare', '/minutes', '/finalise', '/move', '/cancel'),
        )
        .map(([t, op]) => `/api/tab/trainees/${t}/sessions${op}`),
      fc
        .tuple(fc.constantFrom(...trainees), fc.constantFrom('', '/remove'))
        .map(([t, op]) => `/api/tab/trainees/${t}/absence${op}`),
      fc
        .tuple(fc.constantFrom(...trainees), fc.constantFrom('', '/remove'))
        .map(([t, op]) => `/api/tab/trainees/${t}/periods${op}`),
      fc.string({ maxLength: 30 }).map((s) => `/api/tab/teams/${encodeURIComponent(s)}/link`),
      fc.string({ maxLength: 30 }).map((s) => `/api/tab/trainees/${encodeURIComponent(s)}/activities`),
      fc.constant('/api/tab/registration'),
      fc.constant('/api/tab/units'),
    );
    const caller = fc.oneof(
      fc.constantFrom(...people).map((p) => p.aadObjectId),
      fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /^[\x21-\x7e]+$/.test(s)),
    );
    const body = fc.oneof(
      fc.record(
        {
          id: fc.oneof(
            fc.string(),
            fc.constantFrom(
              'goal:lis1-clinical-2020:DEL1-001',
              'goal:lis1-clinical-2020:DEL1-064',
              'activity:demo-4',
              `session:demo-${DEMO_TRAINEES.alex}-2`,
            ),
          ),
          rev: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.jsonValue()),
          comment: fc.oneof(fc.string({ maxLength: 3000 }), fc.jsonValue()),
          to: fc.oneof(
            fc.constantFrom(...people).map((p) => p.aadObjectId),
            fc.jsonValue(),
          ),
          activityKind: fc.oneof(fc.constantFrom('course', 'other'), fc.jsonValue()),
          date: fc.oneof(fc.constant('2026-11-20'), fc.string()),
          description: fc.oneof(fc.string({ maxLength: 2000 }), fc.jsonValue()),
          goals: fc.oneof(
            fc.array(fc.record({ catalogId: fc.string(), goalId: fc.string() }), { maxLength: 30 }),
            fc.jsonValue(),
          ),
          supervisor: fc.jsonValue(),
          unitId: fc.oneof(fc.constant('unit-demo-kommune'), fc.jsonValue()),
          aadObjectId: fc.oneof(
            fc.constantFrom(...people).map((p) => p.aadObjectId),
            fc.string({ maxLength: 200 }),
            fc.jsonValue(),
          ),
          name: fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue()),
          role: fc.oneof(fc.constantFrom('leader', 'advisor', 'supervisor'), fc.jsonValue()),
          replace: fc.oneof(fc.boolean(), fc.jsonValue()),
          text: fc.oneof(fc.string({ maxLength: 5000 }), fc.jsonValue()),
          sessionForm: fc.oneof(fc.constantFrom('individual', 'group'), fc.jsonValue()),
          hours: fc.oneof(fc.double(), fc.jsonValue()),
          topics: fc.oneof(fc.string({ maxLength: 600 }), fc.jsonValue()),
          from: fc.oneof(fc.constantFrom('2026-11-02', '2026-02-30'), fc.string(), fc.jsonValue()),
          kind: fc.oneof(fc.constantFrom('holiday', 'sick', 'leave', 'other'), fc.jsonValue()),
          place: fc.oneof(fc.constantFrom('hospital', 'municipality', 'psychiatry'), fc.jsonValue()),
          setting: fc.oneof(fc.constantFrom('general_practice', 'institution'), fc.jsonValue()),
          start: fc.oneof(fc.constantFrom('2025-01-06', '2025-13-01'), fc.string(), fc.jsonValue()),
          end: fc.oneof(fc.constant('2025-03-31'), fc.string(), fc.jsonValue()),
          workplace: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue()),
          position: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue()),
          percent: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.jsonValue()),
          traineeId: fc.oneof(fc.constantFrom(...trainees), fc.jsonValue()),
          invitationId: fc.oneof(fc.uuid(), fc.jsonValue()),
          accept: fc.oneof(fc.boolean(), fc.jsonValue()),
          delegate: fc.oneof(
            fc.constantFrom(...people).map((p) => p.aadObjectId),
            fc.jsonValue(),
          ),
          trainee: fc.oneof(fc.constantFrom('all', ...trainees), fc.jsonValue()),
          phase: fc.oneof(
            fc.constantFrom('LIS1_hospital', 'LIS1_municipality', 'LIS2', 'LIS3'),
            fc.jsonValue(),
          ),
          specialty: fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue()),
          partStart: fc.oneof(fc.constantFrom('2025-01-06', '2027-01-01'), fc.string(), fc.jsonValue()),
          psychiatry: fc.oneof(fc.boolean(), fc.jsonValue()),
          institution: fc.oneof(fc.boolean(), fc.jsonValue()),
          catalogs: fc.oneof(fc.array(fc.constantFrom('lis1-clinical-2020', 'x', '')), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(paths, caller, body, async (path, user, b) => {
        await check(
          'POST',
          path,
          { 'content-type': 'application/json', 'x-dev-user': user },
          JSON.stringify(b),
        );
      }),
      options,
    );
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });
});
