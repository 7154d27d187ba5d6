import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardInputs, cardTexts, groupMessage, invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

const { alex, megan, adele, isaiah } = DEMO_PEOPLE;
const stranger = { aadObjectId: '00000000-0000-0000-0000-00000000dead', name: 'Nora Stranger' };

/** The value an input of a sent card starts with. */
const inputValue = (attachments: unknown, id: string): unknown => cardInputs(attachments)[id];

function actionTitles(attachments: unknown): string[] {
  const card = (attachments as { content: { actions?: { title: string }[] } }[])[0]?.content;
  return (card?.actions ?? []).map((a) => a.title);
}

/** What people type in their own words, answered over real HTTP with what they asked for. */
describe('asked plainly', () => {
  let app: TestApp;
  const ask = async (text: string, from: { aadObjectId: string; name: string }, locale = 'nb-NO') => {
    app.connector.clear();
    await app.post(message(text, { serviceUrl: app.connector.url, from, locale }));
    await app.outbox.idle();
    const sent = app.connector.sent()[0] ?? {};
    return { text: String(sent.text ?? ''), card: sent.attachments, texts: cardTexts(sent.attachments) };
  };

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('answers a leader who types only a LIS name with that LIS’s status', async () => {
    for (const text of ['Alex', 'vis Alex Wilber']) {
      const r = await ask(text, megan);
      expect(r.text).toMatch(/^Alex Wilber har \d+ av 120 læringsmål igjen/);
      expect(r.texts).toContain('Status for Alex Wilber');
    }
  });

  it('answers the question after a greeting, not the greeting («Hei! Hva gjenstår?»)', async () => {
    expect((await ask('Hei! Hva gjenstår?', alex)).text).toMatch(/^Du har \d+ av 120 læringsmål igjen/);
    expect((await ask('Hei bot, hva gjenstår for Alex?', megan)).text).toMatch(
      /^Alex Wilber har \d+ av 120 læringsmål igjen/,
    );
    expect((await ask('hei', alex)).texts).toContain('Dette kan jeg hjelpe deg med');
  });

  it("answers thanks and a goodbye in kind, in the asker's language, not with the help card", async () => {
    expect(await ask('takk!', alex)).toMatchObject({ text: 'Bare hyggelig!', card: undefined });
    expect(await ask('ha det bra', alex)).toMatchObject({ text: 'Ha det bra!', card: undefined });
    expect(await ask('bye', megan, 'en-US')).toMatchObject({ text: 'Goodbye!', card: undefined });
  });

  it('gives the help card for a name the asker follows nobody by, and tells a stranger nothing', async () => {
    const other = await ask('Nora', isaiah);
    expect(other.text).toBe('Det forsto jeg ikke helt. Her er det jeg kan:');
    const none = await ask('Alex', stranger);
    expect(none.text).toBe('Det forsto jeg ikke helt. Her er det jeg kan:');
    expect(none.texts.join(' ')).not.toContain('Wilber');
  });

  it('cuts the help card to the roles the asker holds', async () => {
    const lis = await ask('hjelp', alex);
    expect(lis.texts).toContain('Som LIS');
    expect(lis.texts).toContain('be om godkjenning DEL1-042');
    // A LIS3's example goal is one of her own plan's.
    const lynne = await ask('hjelp', DEMO_PEOPLE.lynne);
    expect(lynne.texts).toContain('be om godkjenning ALM-012');
    expect(lynne.texts.join(' ')).not.toContain('DEL1-042');
    expect(lis.texts).not.toContain('deleger');
    expect(lis.texts.some((x) => x.startsWith('Som leder'))).toBe(false);

    const leader = await ask('hjelp', megan);
    expect(leader.texts).toContain('Som leder');
    expect(leader.texts).toContain('deleger');
    expect(leader.texts).not.toContain('Som LIS');
    expect(leader.texts).not.toContain('signer «navn»');
    // Its buttons are what a leader asks first (each answered as if typed).
    expect(actionTitles(leader.card)).toEqual(['hva venter på meg?', 'mine LIS', 'mine roller']);
    expect(actionTitles(lis.card)).toEqual(['hva gjenstår?', 'ny aktivitet', 'mine aktiviteter']);

    const supervisor = await ask('hjelp', isaiah);
    expect(supervisor.texts).toContain('Som supervisør');
    expect(supervisor.texts).toContain('signer «navn»');
    expect(supervisor.texts).not.toContain('deleger');
    expect(supervisor.texts).not.toContain('fravær');

    const advisor = await ask('help', adele, 'en-US');
    expect(advisor.texts).toContain('As an advisor');
    expect(advisor.texts).toContain('history of DEL1-012 for «name»');
    expect(advisor.texts).not.toContain('delegate');

    // In a group chat the card is one message for everyone: the card for all, saying nothing of Megan's roles.
    app.connector.clear();
    await app.post(
      groupMessage('hjelp', {
        serviceUrl: app.connector.url,
        from: megan,
        conversationId: '19:help-cut@thread.v2',
      }),
    );
    const inGroup = cardTexts(app.connector.sent()[0]?.attachments);
    expect(inGroup).toEqual(expect.arrayContaining(['Som LIS', 'Som leder, veileder eller supervisør']));
    expect(
      inGroup.some((x) => x.startsWith('Som leder,') && x !== 'Som leder, veileder eller supervisør'),
    ).toBe(false);

    // Someone the app knows nothing of sees it all.
    const newcomer = await ask('hjelp', stranger);
    expect(newcomer.texts).toEqual(
      expect.arrayContaining(['Som LIS', 'Som leder, veileder eller supervisør']),
    );
  });

  it('answers an example pressed on the help card as if typed, in a group chat too (where a posted example went unheard)', async () => {
    const help = await ask('hjelp', megan);
    const example = cardButtons(help.card).find((b) => b.title === 'hva venter på meg?');
    expect(example?.verb).toBe('help.ask');
    app.connector.clear();
    const res = await app.post(
      invoke('help.ask', example?.data ?? {}, { from: megan, serviceUrl: app.connector.url }),
    );
    await app.outbox.idle();
    // The help card stays; the answer comes as a new message.
    expect(cardTexts(((await res.json()) as { value: unknown }).value)).toContain('Som leder');
    expect(cardTexts(app.connector.sent()[0]?.attachments)).toContain('Dette venter på deg');
    // In a group chat: the answer goes to Alex's own chat (he has one), the group reads a pointer.
    await ask('hei', alex);
    app.connector.clear();
    const group = '19:help-group@thread.v2';
    const inGroup = await app.post(
      invoke(
        'help.ask',
        { text: 'hva gjenstår?' },
        { from: alex, serviceUrl: app.connector.url, conversationType: 'groupChat', conversationId: group },
      ),
    );
    await app.outbox.idle();
    // The card stays everyone's there: all of it, not cut to Alex.
    const groupCard = cardTexts(((await inGroup.json()) as { value: unknown }).value);
    expect(groupCard).toEqual(expect.arrayContaining(['Som LIS', 'Som leder, veileder eller supervisør']));
    const sent = app.connector.sent();
    const to = (s: Record<string, unknown>) => (s.conversation as { id: string }).id;
    expect(sent.filter((s) => to(s) === group).map((s) => s.text)).toEqual([
      'Jeg har svart Alex Wilber i en privat chat.',
    ]);
    expect(String(sent.find((s) => to(s) === `a:personal-${alex.aadObjectId}`)?.text)).toMatch(
      /^Du har \d+ av/,
    );
  });

  it('answers a goal named in a longer sentence with its card, saying that nothing of the rest was kept', async () => {
    const r = await ask('godkjenn DEL1-064 for Alex, bra jobbet', megan);
    expect(r.text).toBe(
      'Her er kortet for DEL1-064. Det du vil gjøre, gjør du med knappene på kortet (en kommentar skriver du der); ingenting av det du skrev, er lagret.',
    );
    expect(r.texts).toContain('Alex Wilber ber om godkjenning');
    const goal = await app.store.trainees.getGoal(DEMO_TRAINEES.alex, 'goal:lis1-clinical-2020:DEL1-064');
    expect(goal?.status).toBe('pending_approval');
    // A question about a goal is only a question.
    const q = await ask('hvem skal godkjenne DEL1-068?', alex);
    expect(q.text).toBe('');
    expect(q.texts.some((x) => x.includes('DEL1-068'))).toBe(true);
  });

  it('the supervisor an activity waits for reads "fra deg" on its card', async () => {
    const open = (await ask('hva venter på meg?', isaiah)).card;
    const texts = cardTexts(open);
    expect(texts.join(' ')).toContain('Suturering av kuttskade på legevakt');
    app.connector.clear();
    const res = await app.post(
      invoke(
        'activity.refresh',
        { traineeId: DEMO_TRAINEES.alex, id: 'activity:demo-4', rev: 1 },
        {
          from: isaiah,
          serviceUrl: app.connector.url,
        },
      ),
    );
    const card = ((await res.json()) as { value: unknown }).value;
    expect(cardTexts(card)).toContain('Venter på signering fra deg');
    expect(cardTexts(card)).not.toContain('Venter på signering fra Isaiah Langer');
  });

  it('tells a LIS asking for the confirmation of service whom to ask, by name', async () => {
    const r = await ask('kan du vise tjenesteattesten min?', alex);
    expect(r.text).toBe(
      'Bekreftelse på gjennomført tjeneste lages av lederen din, Megan Bowen, for arbeidsgiveren: be Megan Bowen om den. Periodene dine, med fravær, ser du under «tjenesteperioder».',
    );
  });

  it('tells a supervisor who wants to give up the role that the LIS removes it, with the roles they hold', async () => {
    const r = await ask('jeg vil ikke være supervisør for Alex lenger', DEMO_PEOPLE.patti);
    expect(r.texts).toEqual([
      'Roller',
      'Du har disse rollene:',
      '• supervisør for Alex Wilber (aktiv)',
      'Skal du ikke lenger ha en rolle, be LIS-en fjerne deg under «roller»: det er LIS-en som bestemmer hvem som har roller rundt seg.',
    ]);
  });

  it('opens the activity form on a course, sent to the leader to mark as met', async () => {
    const r = await ask('jeg har vært på kurs i legevaktsmedisin', alex);
    expect(r.texts).toContain('Ny læringsaktivitet');
    expect(inputValue(r.card, 'activityKind')).toBe('course');
    expect(inputValue(r.card, 'supervisor')).toBe('leader');
    expect(inputValue(r.card, 'date')).toBe('2026-11-26');
    const plain = await ask('ny aktivitet', alex);
    expect(inputValue(plain.card, 'activityKind')).toBe('supervised_procedure');
    // Said in the past tense, with the day: the form starts at that day.
    const yesterday = await ask('jeg var på kurs i går om KOLS', alex);
    expect(inputValue(yesterday.card, 'activityKind')).toBe('course');
    expect(inputValue(yesterday.card, 'date')).toBe('2026-11-25');
    expect(inputValue(plain.card, 'supervisor')).toBe(isaiah.aadObjectId);
    // With a date written out: that day; a day still ahead is not taken (today stays).
    const dated = await ask('jeg var på kurs 20.11 om KOLS', alex);
    expect(inputValue(dated.card, 'date')).toBe('2026-11-20');
    expect(inputValue((await ask('ny aktivitet 23. november', alex)).card, 'date')).toBe('2026-11-23');
    expect(inputValue((await ask('ny aktivitet 3.12', alex)).card, 'date')).toBe('2026-11-26');
  });

  it('knows every kind of learning activity DOMAIN names: internal teaching goes to the leader, a simulation to a supervisor', async () => {
    const teaching = await ask('jeg har vært på internundervisning om KOLS', alex);
    expect(inputValue(teaching.card, 'activityKind')).toBe('internal_teaching');
    expect(inputValue(teaching.card, 'supervisor')).toBe('leader');
    const simulation = await ask('jeg har vært på simulering av hjertestans', alex);
    expect(inputValue(simulation.card, 'activityKind')).toBe('simulation');
    expect(inputValue(simulation.card, 'supervisor')).toBe(isaiah.aadObjectId);
    const choices = JSON.stringify(teaching.card);
    for (const kind of [
      'Internundervisning',
      'Individuell veiledning',
      'Simulering',
      'Hospitering',
      'Selvstudium',
    ])
      expect(choices).toContain(`"title":"${kind}"`);
  });

  it('reads «hva er klart for godkjenning?» and «hva er sendt tilbake?» by who asks', async () => {
    // A LIS: the status card, with «Be om godkjenning» and what was sent back.
    const lis = await ask('hva er klart for godkjenning?', alex);
    expect(lis.texts).toContain('Status for Alex Wilber');
    expect((await ask('hvilke aktiviteter er sendt tilbake?', alex)).texts).toContain(
      'Status for Alex Wilber',
    );
    // A leader: what waits for her decision, not «Hvem vil du se?».
    const leader = await ask('hva er klart for godkjenning?', megan);
    expect(leader.texts).toContain('Dette venter på deg');
    expect(leader.text).not.toMatch(/Hvem vil du se/);
    // A leader: the goals she approved or sent back.
    expect((await ask('hva er sendt tilbake?', megan)).text).toMatch(
      /^Læringsmål du har godkjent eller sendt tilbake \(\d+\)/,
    );
    // A supervisor: what they signed and sent back.
    expect((await ask('hvilke aktiviteter er sendt tilbake?', isaiah)).text).toMatch(
      /^Aktiviteter du har signert, sendt tilbake eller markert som innfridd \(\d+\)/,
    );
  });
});
