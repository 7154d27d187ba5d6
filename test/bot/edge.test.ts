import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { rawRequest } from '../helpers/http';
import { TEST_TENANT, TestIssuer } from '../helpers/tokens';

const { alex, megan } = DEMO_PEOPLE;

/** A raw request to the test app, with its length given (so a GET can carry a body). */
const raw = (app: TestApp, path: string, headers: Record<string, string>, body: string, method = 'POST') =>
  rawRequest(
    `${app.baseUrl}${path}`,
    method,
    { 'content-length': String(Buffer.byteLength(body)), ...headers },
    body,
  );

const healthy = async (app: TestApp) => (await fetch(`${app.baseUrl}/healthz`)).status;

describe('the edge rejects before it parses, and never goes down', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('refuses a compressed body with 415 on every route, unread, and keeps serving (it used to end the process)', async () => {
    for (const path of ['/api/messages', '/api/tab/trainees/x/activities', '/healthz']) {
      const r = await raw(
        app,
        path,
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        '{}',
        path === '/healthz' ? 'GET' : 'POST',
      );
      expect(r.status).toBe(415);
      expect(await healthy(app)).toBe(200);
    }
  });

  it('refuses what is not JSON (415), too large (413) or too deep (400), and stays healthy under a flood of them', async () => {
    expect((await raw(app, '/api/messages', { 'content-type': 'text/plain' }, '{}')).status).toBe(415);
    expect(
      (await raw(app, '/api/messages', { 'content-type': 'application/json; charset=latin1' }, '{}')).status,
    ).toBe(415);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const big = `"${'a'.repeat(600_000)}"`;
    const flood = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        raw(app, '/api/messages', { 'content-type': 'application/json' }, i % 2 ? deep : big),
      ),
    );
    expect(new Set(flood.map((r) => r.status))).toEqual(new Set([400, 413]));
    expect(flood.every((r) => !/at |Error:/.test(r.text))).toBe(true);
    expect(await healthy(app)).toBe(200);
    const ok = await app.post(message('hjelp', { serviceUrl: app.connector.url }));
    expect(ok.status).toBe(200);
  });

  it('logs each refusal as one JSON line with ids and codes only', async () => {
    const before = app.logs.lines.length;
    await raw(
      app,
      '/api/messages',
      { 'content-type': 'application/json' },
      '{"type": "message", "text": "hemmelig"',
    );
    const refusal = app.logs.lines.slice(before).find((l) => l.msg === 'request refused at the edge');
    expect(refusal).toMatchObject({ level: 'warn', route: '/api/messages', status: 400, error: 'bad_json' });
    expect(JSON.stringify(app.logs.lines)).not.toContain('hemmelig');
  });
});

describe('outbound calls have a deadline', () => {
  let silent: Server;
  let port = 0;
  const sockets: import('node:net').Socket[] = [];
  beforeAll(async () => {
    // A reply address that accepts the connection and never answers.
    silent = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    port = (silent.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  });

  it('a reply address that never answers fails that request alone; the server keeps serving', async () => {
    const app = await startTestApp({ outboundTimeoutMs: 300 });
    try {
      const hung = await app.post(message('hjelp', { serviceUrl: `http://127.0.0.1:${port}/` }));
      expect(hung.status).toBe(200);
      expect(app.logs.lines.some((l) => l.msg === 'turn failed')).toBe(true);
      expect(await healthy(app)).toBe(200);
      const ok = await app.post(message('hjelp', { serviceUrl: app.connector.url }));
      expect(ok.status).toBe(200);
      expect(app.connector.sent()).toHaveLength(1);
    } finally {
      await app.stop();
    }
  });
});

describe('with a bot registration, every authentication failure is 401, before the body is read', () => {
  let issuer: TestIssuer;
  let app: TestApp;
  const APP_ID = '12121212-3434-5656-7878-909090909090';
  beforeAll(async () => {
    issuer = await new TestIssuer().start();
    app = await startTestApp({ bot: { appId: APP_ID, openIdMetadataUrl: issuer.openIdUrl } });
  });
  afterAll(async () => {
    await app.stop();
    await issuer.stop();
  });

  const refresh = async (authorization?: string, body?: string) => {
    const activity = invoke(
      'goal.refresh',
      { traineeId: DEMO_TRAINEES.alex, id: 'goal:lis1-clinical-2020:DEL1-001', rev: 0 },
      { from: megan, serviceUrl: app.connector.url },
    );
    const res = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: body ?? JSON.stringify(activity),
    });
    return { status: res.status, text: await res.text() };
  };

  it('accepts a channel token signed by the published key', async () => {
    const ok = await refresh(`Bearer ${await issuer.botToken(APP_ID, app.connector.url)}`);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
  });

  it.each([
    ['no token', async () => undefined],
    ['garbage', async () => 'Bearer not.a.token'],
    [
      'alg none',
      async () =>
        `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: 'https://api.botframework.com', aud: APP_ID })).toString('base64url')}.`,
    ],
    [
      'an unknown key',
      async () => `Bearer ${await issuer.botToken(APP_ID, app.connector.url, { wrongKey: true })}`,
    ],
    ['another audience', async () => `Bearer ${await issuer.botToken('someone-else', app.connector.url)}`],
    [
      'an expired token',
      async () => `Bearer ${await issuer.botToken(APP_ID, app.connector.url, { expiresIn: '-10 minutes' })}`,
    ],
    ['a tab token', async () => `Bearer ${await issuer.token(alex.aadObjectId, { tid: TEST_TENANT })}`],
    [
      'another reply address than the token names',
      async () => `Bearer ${await issuer.botToken(APP_ID, 'https://elsewhere.example/')}`,
    ],
  ])('%s: 401 with no internal text', async (_name, make) => {
    const r = await refresh(await make());
    expect(r).toEqual({ status: 401, text: '{"error":"unauthorized"}' });
  });

  it('refuses an unauthenticated body before reading it: a huge one gets 401, not 413', async () => {
    const r = await refresh(undefined, `"${'a'.repeat(600_000)}"`);
    expect(r.status).toBe(401);
  });
});

describe('the development identity', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ tab: { devIdentity: true } });
  });
  afterAll(() => app.stop());

  it('is honoured for a request straight from loopback, and refused through a proxy', async () => {
    const as = (headers: Record<string, string>) =>
      fetch(`${app.baseUrl}/api/tab/overview`, { headers: { 'x-dev-user': alex.aadObjectId, ...headers } });
    expect((await as({})).status).toBe(200);
    for (const h of ['x-forwarded-for', 'forwarded', 'x-real-ip', 'via'])
      expect((await as({ [h]: '203.0.113.7' })).status).toBe(401);
    expect(
      (await fetch(`${app.baseUrl}/api/tab/dev/people`, { headers: { 'x-forwarded-for': '203.0.113.7' } }))
        .status,
    ).toBe(404);
  });
});
