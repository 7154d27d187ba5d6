import { DEMO_PEOPLE } from '../../core/demo';
import { cardButtons, cardInputs, cardTexts, invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

const { alex, megan, isaiah } = DEMO_PEOPLE;
const BOT = { id: '28:lis-bot', name: 'LIS' };

/** A channel message as Teams sends it: the bot's mention as HTML, `&nbsp;`, mention entities, the team. */
function channelMessage(
  text: string,
  from: { aadObjectId: string; name: string },
  serviceUrl: string,
  mentions: object[] = [],
) {
  return {
    ...message(text, {
      from,
      serviceUrl,
      conversationType: 'channel',
      conversationId: '19:general@thread.tacv2;messageid=1',
    }),
    channelData: {
      tenant: { id: 'tenant-demo' },
      team: { id: '19:team@thread.tacv2' },
      channel: { id: '19:general@thread.tacv2' },
    },
    entities: [{ type: 'mention', text: '<at>LIS</at>', mentioned: BOT }, ...mentions],
  };
}

describe('Teams text, lifecycle and shared places', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
    // Megan and Alex have their 1:1 chats with the bot.
    for (const who of [megan, alex])
      await app.post(message('hei', { from: who, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    app.connector.clear();
  });
  afterEach(() => app.stop());

  it('"<at>LIS</at>&nbsp;hva venter på meg?" in a channel: understood; the inbox goes to the 1:1 chat, the channel gets a pointer', async () => {
    await app.post(channelMessage('<at>LIS</at>&nbsp;hva venter på meg?', megan, app.connector.url));
    await app.outbox.idle();
    const toChannel = app.connector.calls.filter((c) => c.path.includes('19:general@thread.tacv2'));
    const toMegan = app.connector.calls.filter((c) => c.path.includes(`a:personal-${megan.aadObjectId}`));
    expect(toChannel.map((c) => c.body.text)).toEqual(['Jeg har svart Megan Bowen i en privat chat.']);
    expect(JSON.stringify(toChannel)).not.toMatch(/Alex|DEL1-|Godkjenn/);
    expect(cardTexts(toMegan[0]?.body.attachments)).toContain('Alex Wilber (LIS1)');
  });

  it('"hva gjenstår for @Alex" in a group chat: the mention is read as the name; the answer is private', async () => {
    const alexMention = {
      type: 'mention',
      text: '<at>Alex Wilber</at>',
      mentioned: { id: `29:${alex.aadObjectId}`, name: 'Alex Wilber' },
    };
    await app.post(
      channelMessage('<at>LIS</at>&nbsp;hva gjenstår for <at>Alex Wilber</at>?', megan, app.connector.url, [
        alexMention,
      ]),
    );
    await app.outbox.idle();
    const shared = app.connector.calls.filter((c) => c.path.includes('19:general'));
    expect(shared.map((c) => c.body.text)).toEqual(['Jeg har svart Megan Bowen i en privat chat.']);
    const toMegan = app.connector.calls.find((c) => c.path.includes(`a:personal-${megan.aadObjectId}`));
    expect(String(toMegan?.body.text)).toMatch(/^Alex Wilber har \d+ av \d+ læringsmål igjen/);
  });

  it('an answer of a card per LIS goes privately, card by card, with one pointer in the shared place', async () => {
    await app.post(channelMessage('<at>LIS</at>&nbsp;veiledningssamtaler', megan, app.connector.url));
    await app.outbox.idle();
    const shared = app.connector.calls.filter((c) => c.path.includes('19:general'));
    expect(shared.map((c) => c.body.text)).toEqual(['Jeg har svart Megan Bowen i en privat chat.']);
    const toMegan = app.connector.calls.filter((c) => c.path.includes(`a:personal-${megan.aadObjectId}`));
    expect(toMegan.map((c) => cardTexts(c.body.attachments)[0])).toEqual([
      'Veiledningssamtaler – Alex Wilber',
      'Veiledningssamtaler – Lynne Robbins',
    ]);
  });

  it('someone with no 1:1 chat who writes in a team channel: the bot opens one, answers there and keeps it', async () => {
    await app.post(channelMessage('<at>LIS</at>&nbsp;hva venter på meg?', isaiah, app.connector.url));
    await app.outbox.idle();
    // Teams is asked for a 1:1 conversation with him alone, in his tenant.
    const created = app.connector.calls.filter(
      (c) => c.method === 'POST' && /\/v3\/conversations\/?$/.test(c.path),
    );
    expect(created.map((c) => c.body)).toEqual([
      expect.objectContaining({
        isGroup: false,
        members: [expect.objectContaining({ id: `29:${isaiah.aadObjectId}` })],
        tenantId: 'tenant-demo',
      }),
    ]);
    const shared = app.connector.calls.filter((c) => c.path.includes('19:general'));
    expect(shared.map((c) => c.body.text)).toEqual(['Jeg har svart Isaiah Langer i en privat chat.']);
    // Kept: what comes later (a request to sign) reaches him there.
    const kept = (await app.store.people.get(isaiah.aadObjectId))?.conversation;
    expect(kept).toMatchObject({ userId: `29:${isaiah.aadObjectId}`, tenantId: 'tenant-demo' });
    const toIsaiah = app.connector.calls.filter((c) => c.path.includes(`${kept?.conversationId}/activities`));
    expect(cardTexts(toIsaiah[0]?.body.attachments)).toContain('Dette venter på deg');
  });

  it('a 1:1 chat Teams no longer takes (the app removed, 403) is forgotten, and from a team a new one gets the answer', async () => {
    app.connector.refuse.set(`a:personal-${megan.aadObjectId}`, 403);
    await app.post(channelMessage('<at>LIS</at>&nbsp;hva venter på meg?', megan, app.connector.url));
    await app.outbox.idle();
    const kept = (await app.store.people.get(megan.aadObjectId))?.conversation;
    expect(kept?.conversationId).toBeDefined();
    expect(kept?.conversationId).not.toBe(`a:personal-${megan.aadObjectId}`);
    const fresh = app.connector.calls.filter((c) => c.path.includes(`${kept?.conversationId}/activities`));
    expect(cardTexts(fresh[0]?.body.attachments)).toContain('Alex Wilber (LIS1)');
    const shared = app.connector.calls.filter((c) => c.path.includes('19:general'));
    expect(shared.map((c) => c.body.text)).toEqual(['Jeg har svart Megan Bowen i en privat chat.']);
  });

  it('someone with no 1:1 chat who writes in a group chat is told to ask privately; nothing personal is posted', async () => {
    await app.post({
      ...channelMessage('<at>LIS</at>&nbsp;hva gjenstår?', isaiah, app.connector.url),
      channelData: { tenant: { id: 'tenant-demo' } },
      conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: 'tenant-demo' },
    });
    await app.outbox.idle();
    expect(app.connector.sent().map((s) => s.text)).toEqual([
      'Dette er personlig, så jeg svarer bare i en privat chat. Åpne appen «LIS» og spør meg der.',
    ]);
    expect(app.connector.calls.filter((c) => /\/v3\/conversations\/?$/.test(c.path))).toEqual([]);
  });

  it('welcomes on a first install only, not on an upgrade', async () => {
    const install = (action: string) => ({
      ...message('', { from: alex, serviceUrl: app.connector.url }),
      type: 'installationUpdate',
      action,
      text: undefined,
    });
    await app.post(install('add-upgrade'));
    await app.outbox.idle();
    expect(app.connector.sent()).toHaveLength(0);
    await app.post(install('add'));
    await app.outbox.idle();
    expect(app.connector.sent().map((s) => s.text)).toEqual([
      expect.stringMatching(/^Jeg holder orden på læringsmål/),
    ]);
  });

  it('a refused or outdated click in the inbox redraws the inbox with the reason, not a single item', async () => {
    const inbox = async () => {
      app.connector.clear();
      await app.post(message('hva venter på meg?', { from: megan, serviceUrl: app.connector.url }));
      await app.outbox.idle();
      return app.connector.sent()[0]?.attachments;
    };
    const approve = cardButtons(await inbox()).find((b) => b.verb === 'goal.approve');
    expect(approve).toBeDefined();
    // The card is out of date: someone changed the goal since it was drawn.
    const stale = { ...approve!.data, rev: Number(approve!.data.rev) + 5 };
    const res = await app.post(invoke('goal.approve', stale, { from: megan, serviceUrl: app.connector.url }));
    const body = (await res.json()) as { value: unknown };
    const texts = cardTexts(body.value);
    expect(texts[0]).toBe('Kortet var utdatert. Slik står det nå:');
    expect(texts).toContain('Dette venter på deg');
    expect(texts).toContain('Lynne Robbins (LIS3)');

    // A comment written in the list is kept in the field of the same item, wherever it is drawn now.
    const back = cardButtons(await inbox()).filter((b) => b.verb === 'goal.return');
    const last = back.at(-1)!;
    const field = String(last.data.commentInput);
    const written = {
      ...last.data,
      rev: Number(last.data.rev) + 5,
      [field]: 'Mangler en aktivitet fra legevakt.',
    };
    const again = await app.post(
      invoke('goal.return', written, { from: megan, serviceUrl: app.connector.url }),
    );
    const redrawn = ((await again.json()) as { value: unknown }).value;
    expect(cardTexts(redrawn)[0]).toBe('Kortet var utdatert. Slik står det nå:');
    const fieldNow = cardButtons(redrawn).find((b) => b.verb === 'goal.return' && b.data.id === last.data.id)
      ?.data.commentInput;
    const inputs = cardInputs(redrawn);
    expect(inputs[String(fieldNow)]).toBe('Mangler en aktivitet fra legevakt.');
    // …and in no other item's field.
    expect(Object.values(inputs).filter((v) => v === 'Mangler en aktivitet fra legevakt.')).toHaveLength(1);
  });
});

describe('reach: a person who blocked or removed the bot', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, isaiah, megan])
      await app.post(message('hei', { from: who, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    app.connector.clear();
  });
  afterEach(() => app.stop());

  it('a send Teams refuses (403) forgets the conversation, and the LIS is told it did not arrive, not that it was sent', async () => {
    app.connector.refuse.set(`a:personal-${isaiah.aadObjectId}`, 403);
    const form = {
      traineeId: 'lis-demo-alex',
      activityKind: 'supervised_procedure',
      date: '2026-11-25',
      description: 'Reponering av skulderluksasjon',
      goals: 'lis1-clinical-2020|DEL1-050',
      supervisor: isaiah.aadObjectId,
    };
    await app.post(invoke('activity.record', form, { from: alex, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    expect((await app.store.people.get(isaiah.aadObjectId))?.conversation).toBeUndefined();
    const profile = await app.store.trainees.getProfile('lis-demo-alex');
    expect(profile?.roles.find((r) => r.aadObjectId === isaiah.aadObjectId)?.conversation).toBeUndefined();
    const toAlex = app.connector
      .sent()
      .filter((s) => String(s.text).startsWith('Jeg fikk ikke levert forespørselen til Isaiah Langer'));
    expect(toAlex).toHaveLength(1);
    // The next request says at once that Isaiah cannot be reached.
    const again = await app.post(
      invoke(
        'activity.record',
        { ...form, description: 'Ny prosedyre' },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(((await again.json()) as { value: unknown }).value).join(' ')).toMatch(
      /Jeg kan ikke nå Isaiah Langer/,
    );
  });

  it('removing the app forgets the 1:1 conversation', async () => {
    expect((await app.store.people.get(megan.aadObjectId))?.conversation).toBeDefined();
    await app.post({
      ...message('', { from: megan, serviceUrl: app.connector.url }),
      type: 'installationUpdate',
      action: 'remove',
      text: undefined,
    });
    await app.outbox.idle();
    expect((await app.store.people.get(megan.aadObjectId))?.conversation).toBeUndefined();
  });
});

describe('the day is the day in Norway', () => {
  // 00:30 on 28 November in Norway; the UTC date is still the 27th.
  const justAfterMidnight = new Date('2026-11-27T23:30:00Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ now: () => justAfterMidnight });
  });
  afterAll(() => app.stop());

  it("a LIS recording tonight's shift just after midnight may date it today; the form offers today", async () => {
    const form = await app.post(message('ny aktivitet', { from: alex, serviceUrl: app.connector.url }));
    expect(form.status).toBe(200);
    await app.outbox.idle();
    const card = JSON.stringify(app.connector.sent().at(-1)?.attachments);
    expect(card).toContain('"value":"2026-11-28"');
    const res = await app.post(
      invoke(
        'activity.record',
        {
          traineeId: 'lis-demo-alex',
          activityKind: 'clinical_practice',
          date: '2026-11-28',
          description: 'Nattevakt på legevakten',
          goals: 'lis1-clinical-2020|DEL1-064',
        },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(((await res.json()) as { value: unknown }).value).join(' ')).not.toMatch(
      /Ingenting er endret/,
    );
    const stored = (await app.store.trainees.activities('lis-demo-alex')).find(
      (a) => a.description === 'Nattevakt på legevakten',
    );
    expect(stored?.date).toBe('2026-11-28');
  });
});
