import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts, groupMessage, invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

const T = DEMO_TRAINEES.alex;
const { alex, isaiah } = DEMO_PEOPLE;
const CATALOG_ID = 'b1c5353a-7aca-41b3-830f-27d5218fe0e5';

/** A small local stand-in for the three Microsoft Graph calls that install the app for a person. */
class GraphStandIn {
  readonly calls: { method: string; path: string; auth?: string; body: unknown }[] = [];
  /** What installing answers (201 installed, 409 already there, 403 the tenant does not allow it). */
  installStatus = 201;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const path = decodeURIComponent(req.url ?? '');
      this.calls.push({
        method: req.method ?? '',
        path,
        auth: req.headers.authorization,
        body: raw && JSON.parse(raw),
      });
      res.setHeader('content-type', 'application/json');
      const user = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps(\/[^/?]+\/chat)?/.exec(path);
      if (!user) {
        res.statusCode = 404;
        res.end('{"error":{"code":"NotFound"}}');
      } else if (req.method === 'POST') {
        res.statusCode = this.installStatus;
        res.end(this.installStatus < 300 ? '' : '{"error":{"code":"Forbidden","message":"Missing role"}}');
      } else if (user[2]) {
        res.end(JSON.stringify({ id: `19:${user[1]}_bot@unq.gbl.spaces` }));
      } else {
        res.end(JSON.stringify({ value: [{ id: `inst-${user[1]}`, teamsApp: { id: CATALOG_ID } }] }));
      }
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }
}

describe('reaching someone who never opened the app: the bot installs it for them (Microsoft Graph)', () => {
  let app: TestApp;
  let graph: GraphStandIn;

  beforeEach(async () => {
    graph = await new GraphStandIn().start();
    app = await startTestApp({ graph: { url: graph.url, catalogAppId: CATALOG_ID } });
    // Alex has a chat with the bot; Isaiah (the supervisor) has never opened the app.
    await app.post(message('hei', { serviceUrl: app.connector.url, from: alex }));
    await app.outbox.idle();
    app.connector.clear();
  });
  afterEach(async () => {
    await app.stop();
    await graph.stop();
  });

  const record = () =>
    app.post(
      invoke(
        'activity.record',
        {
          traineeId: T,
          activityKind: 'course',
          date: '2026-11-20',
          description: 'Akuttkurs',
          goals: 'lis1-clinical-2020|DEL1-070',
          supervisor: isaiah.aadObjectId,
        },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );

  it('installs the app for the supervisor, sends the card to the chat that opened, and remembers it', async () => {
    expect((await app.store.people.get(isaiah.aadObjectId))?.conversation).toBeUndefined();
    const res = await record();
    const body = (await res.json()) as { value: unknown };
    expect(cardTexts(body.value)).toContain('Lagret og sendt til Isaiah Langer for signering.');
    await app.outbox.idle();

    const install = graph.calls.find((c) => c.method === 'POST');
    expect(install?.path).toBe(`/v1.0/users/${isaiah.aadObjectId}/teamwork/installedApps`);
    // The Graph client attaches the app's token only over https: the plain-http stand-in never sees it.
    expect(install?.auth).toBeUndefined();
    expect(install?.body).toEqual({
      'teamsApp@odata.bind': `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${CATALOG_ID}`,
    });
    const chatId = `19:${isaiah.aadObjectId}_bot@unq.gbl.spaces`;
    const toIsaiah = app.connector.sent().find((s) => (s.conversation as { id: string }).id === chatId);
    expect(cardButtons(toIsaiah?.attachments).some((b) => b.verb === 'activity.sign')).toBe(true);
    const stored = await app.store.people.get(isaiah.aadObjectId);
    expect(stored?.conversation?.conversationId).toBe(chatId);
    expect(stored?.name).toBe('Isaiah Langer');

    // The next request goes straight to the chat: no second install.
    const before = graph.calls.length;
    await record();
    await app.outbox.idle();
    expect(graph.calls.length).toBe(before);
    expect(app.connector.sent().filter((s) => (s.conversation as { id: string }).id === chatId)).toHaveLength(
      2,
    );
  });

  it('someone with no chat who asks in a group chat: installing the app opens one, and the answer goes there', async () => {
    const group = '19:group-graph@thread.v2';
    await app.post(
      groupMessage('hva venter på meg?', {
        serviceUrl: app.connector.url,
        from: isaiah,
        conversationId: group,
      }),
    );
    await app.outbox.idle();
    expect(graph.calls.find((c) => c.method === 'POST')?.path).toBe(
      `/v1.0/users/${isaiah.aadObjectId}/teamwork/installedApps`,
    );
    const chatId = `19:${isaiah.aadObjectId}_bot@unq.gbl.spaces`;
    const sent = app.connector.sent();
    const private_ = sent.filter((s) => (s.conversation as { id: string }).id === chatId);
    expect(cardTexts(private_[0]?.attachments)).toContain('Dette venter på deg');
    // The group reads a pointer only, nothing of what waits.
    const inGroup = sent.filter((s) => (s.conversation as { id: string }).id === group);
    expect(inGroup.map((s) => s.text)).toEqual(['Jeg har svart Isaiah Langer i en privat chat.']);
    expect(inGroup.every((s) => !s.attachments)).toBe(true);
    expect((await app.store.people.get(isaiah.aadObjectId))?.conversation?.conversationId).toBe(chatId);
  });

  it('an app already installed (409) is fine: the chat is found all the same', async () => {
    graph.installStatus = 409;
    await record();
    await app.outbox.idle();
    const chatId = `19:${isaiah.aadObjectId}_bot@unq.gbl.spaces`;
    expect(app.connector.sent().some((s) => (s.conversation as { id: string }).id === chatId)).toBe(true);
  });

  it('tells the LIS at once, with what to do, when the tenant does not allow the install; nothing is half-stored', async () => {
    graph.installStatus = 403;
    await record();
    await app.outbox.idle();
    const toAlex = app.connector
      .sent()
      .filter((s) => (s.conversation as { id: string }).id === `a:personal-${alex.aadObjectId}`)
      .map((s) => String(s.text ?? ''));
    expect(toAlex.join('\n')).toMatch(/Jeg kan ikke nå Isaiah Langer i Teams: organisasjonen tillater ikke/);
    expect((await app.store.people.get(isaiah.aadObjectId))?.conversation).toBeUndefined();
    // The request itself is saved and waits for Isaiah.
    const snap = await app.store.trainees.snapshot(T);
    expect(
      snap?.open.some(
        (a) => a.description === 'Akuttkurs' && a.supervisor?.aadObjectId === isaiah.aadObjectId,
      ),
    ).toBe(true);
  });
});
