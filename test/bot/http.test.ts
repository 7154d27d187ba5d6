import { DEMO_PEOPLE } from '../../core/demo';
import { message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

type Attachment = {
  contentType: string;
  content: { body: Element[] };
};
type Element = { text?: string; facts?: { title: string }[]; items?: Element[] };
const facts = (e: Element): string[] => [
  ...(e.facts?.map((f) => f.title) ?? []),
  ...(e.items ?? []).flatMap(facts),
];
const cardOf = (activity: Record<string, unknown>) => (activity.attachments as Attachment[] | undefined)?.[0];
const factTitles = (activity: Record<string, unknown>) => cardOf(activity)?.content.body.flatMap(facts) ?? [];

describe('the bot over real HTTP, with a local Bot Connector recorder', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());
  beforeEach(() => app.connector.clear());

  it('answers "hjelp" with a help card in bokmål, delivered to the serviceUrl', async () => {
    const activity = message('hjelp', { serviceUrl: app.connector.url });
    const res = await app.post(activity);
    expect(res.status).toBe(200);
    const [call] = await app.connector.waitForCalls(1);
    expect(call?.method).toBe('POST');
    expect(call?.path).toBe(
      `/v3/conversations/a:personal-${DEMO_PEOPLE.alex.aadObjectId}/activities/${activity.id}`,
    );
    expect(call?.body.replyToId).toBe(activity.id);
    expect(call?.body.text).toMatch(/læringsmål/);
    const card = cardOf(call?.body ?? {});
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card?.content.body[0]?.text).toBe('Dette kan jeg hjelpe deg med');
  });

  it('answers in English for an en-* locale, and with @mention and punctuation around the word', async () => {
    await app.post(message('<at>LIS</at> Help!', { serviceUrl: app.connector.url, locale: 'en-GB' }));
    const [call] = await app.connector.waitForCalls(1);
    expect(cardOf(call?.body ?? {})?.content.body[0]?.text).toBe('This is what I can help you with');
    expect(factTitles(call?.body ?? {}).length).toBeGreaterThan(0);
  });

  it('never stays silent: unknown text gets the help answer, saying it was not understood', async () => {
    await app.post(message('blå bananer?', { serviceUrl: app.connector.url }));
    const [call] = await app.connector.waitForCalls(1);
    expect(call?.body.text).toMatch(/^Det forsto jeg ikke helt/);
    expect(cardOf(call?.body ?? {})).toBeDefined();
  });

  it('a file or a picture sent alone is answered: not read, and how to record the course', async () => {
    const picture = { contentType: 'image/png', contentUrl: 'https://example.com/kursbevis.png' };
    const file = {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'kursbevis.pdf',
      content: { downloadUrl: 'https://example.com/kursbevis.pdf' },
    };
    // As Teams sends formatted text: a text/html copy, which is not a file.
    const html = { contentType: 'text/html', content: '<p>hjelp</p>' };
    const send = async (text: string, attachments: unknown[]) => {
      app.connector.clear();
      await app.post({ ...message(text, { serviceUrl: app.connector.url }), attachments });
      return (await app.connector.waitForCalls(1))[0]?.body ?? {};
    };
    for (const attachments of [[picture], [file], [html, file]])
      expect((await send('', attachments)).text).toBe(
        'Jeg leser ikke filer eller bilder. Vil du registrere et kurs eller en annen læringsaktivitet, skriv «ny aktivitet».',
      );
    // With a question the question is answered; formatted text alone is text.
    expect(cardOf(await send('hva gjenstår?', [picture]))).toBeDefined();
    expect(cardOf(await send('hjelp', [html]))?.content.body[0]?.text).toBe('Dette kan jeg hjelpe deg med');
  });

  it('stores the sender’s 1:1 conversation for proactive messages, and does not rewrite it when unchanged', async () => {
    const who = DEMO_PEOPLE.patti;
    await app.post(message('hjelp', { serviceUrl: app.connector.url, from: who }));
    await app.connector.waitForCalls(1);
    const stored = await app.store.people.get(who.aadObjectId);
    expect(stored?.conversation).toEqual({
      channelId: 'msteams',
      serviceUrl: app.connector.url,
      conversationId: `a:personal-${who.aadObjectId}`,
      tenantId: 'tenant-demo',
      userId: `29:${who.aadObjectId}`,
      botId: '28:lis-bot',
      locale: 'nb-NO',
    });
    app.connector.clear();
    await app.post(message('hjelp', { serviceUrl: app.connector.url, from: who }));
    await app.connector.waitForCalls(1);
    expect((await app.store.people.get(who.aadObjectId))?.etag).toBe(stored?.etag);
  });

  it('keeps the 1:1 conversation when the person speaks in a group chat', async () => {
    const who = DEMO_PEOPLE.adele;
    await app.post(message('hjelp', { serviceUrl: app.connector.url, from: who }));
    await app.connector.waitForCalls(1);
    await app.post(
      message('hjelp', {
        serviceUrl: app.connector.url,
        from: who,
        conversationType: 'groupChat',
        conversationId: '19:group',
      }),
    );
    await app.connector.waitForCalls(2);
    expect((await app.store.people.get(who.aadObjectId))?.conversation?.conversationId).toBe(
      `a:personal-${who.aadObjectId}`,
    );
  });

  it('refuses malformed requests with 400 (415 for a body that is not JSON) and keeps serving', async () => {
    const bad = [
      await app.post(null, { raw: '{"type": "message", ' }),
      await app.post({}),
      await app.post([]),
      await app.post({ ...message('hjelp', { serviceUrl: app.connector.url }), conversation: undefined }),
      await app.post({ ...message('hjelp', { serviceUrl: 'not a url' }) }),
      await app.post(null, { raw: 'hjelp', contentType: 'text/plain' }),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 415]);
    const body = (await app.post({})).json();
    expect(await body).toEqual({ error: 'bad_request', message: expect.stringContaining('type') });
    expect(app.connector.calls).toHaveLength(0);
    const ok = await app.post(message('hjelp', { serviceUrl: app.connector.url }));
    expect(ok.status).toBe(200);
  });

  it('answers /healthz with 200 when the store answers', async () => {
    const res = await fetch(`${app.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', store: 'embedded' });
  });

  it('logs ids, never the message text or names', async () => {
    await app.post(message('hjelp meg med noe hemmelig', { serviceUrl: app.connector.url }));
    await app.connector.waitForCalls(1);
    const all = JSON.stringify(app.logs.lines);
    expect(all).not.toContain('hemmelig');
    expect(all).not.toContain('Alex Wilber');
    expect(
      app.logs.lines.some((l) => l.msg === 'message' && l.aadObjectId === DEMO_PEOPLE.alex.aadObjectId),
    ).toBe(true);
  });
});

describe('/healthz when the store is gone', () => {
  it('answers 503', async () => {
    const app = await startTestApp({ seed: false });
    await app.store.close();
    const res = await fetch(`${app.baseUrl}/healthz`);
    expect(res.status).toBe(503);
    await app.stop().catch(() => undefined);
  });
});

describe('a single-tenant app', () => {
  it('answers its own tenant and refuses others, changing nothing', async () => {
    const app = await startTestApp({ allowedTenants: ['tenant-demo'] });
    await app.post(message('hjelp', { serviceUrl: app.connector.url }));
    await app.connector.waitForCalls(1);
    app.connector.clear();
    const foreign = {
      ...message('hjelp', { serviceUrl: app.connector.url }),
      conversation: { id: 'a:x', conversationType: 'personal', tenantId: 'tenant-other' },
      channelData: { tenant: { id: 'tenant-other' } },
    };
    expect((await app.post(foreign)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(app.connector.calls).toHaveLength(0);
    expect(app.logs.lines.some((l) => l.msg === 'activity from another tenant refused')).toBe(true);
    await app.stop();
  });
});
