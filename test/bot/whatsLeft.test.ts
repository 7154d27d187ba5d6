import { CatalogSet, DEMO_CATALOGS } from '../../core/catalog';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { progressOf } from '../../core/progress';
import { cardButtons, cardTexts, invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

const { alex, megan, adele, patti, isaiah } = DEMO_PEOPLE;

describe('"what is left?" over real HTTP', () => {
  let app: TestApp;
  const ask = async (text: string, from: { aadObjectId: string; name: string }, locale = 'nb-NO') => {
    await app.outbox.idle();
    app.connector.clear();
    await app.post(message(text, { serviceUrl: app.connector.url, from, locale }));
    await app.outbox.idle();
    return app.connector.sent()[0] ?? {};
  };

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('answers the LIS with one sentence whose numbers match the data, then a card, in two store requests', async () => {
    await ask('hei', alex);
    const before = app.store.metrics.requests;
    const reply = await ask('hva gjenstår?', alex);
    expect(app.store.metrics.requests - before).toBeLessThanOrEqual(2);
    const snap = await app.store.trainees.snapshot(DEMO_TRAINEES.alex);
    const p = progressOf(
      snap!.profile,
      snap!.goals,
      snap!.open,
      snap!.signed,
      new CatalogSet(DEMO_CATALOGS),
      '2026-11-26',
    );
    expect(reply.text).toBe(
      `Du har ${p.remaining} av 120 læringsmål igjen: 2 læringsmål venter på godkjenning, og 2 aktiviteter venter på signering. 13 uker igjen av tjenesten – 2 læringsmål må godkjennes av en annen arbeidsgiver (se kortet).`,
    );
    const texts = cardTexts(reply.attachments);
    // Numbers in bokmål have a decimal comma: no "3.8" anywhere (dates such as 26.11.2026 are not numbers).
    expect([reply.text, ...texts].filter((x) => /(?<![\d.])\d+\.\d+(?![\d.])/.test(String(x)))).toEqual([]);
    expect(texts.some((x) => /\d,\d/.test(x))).toBe(true);
    expect(texts).toContain('Status for Alex Wilber');
    expect(texts).toContain('Venter på andre');
    expect(texts.some((x) => x.startsWith('Halvveisevaluering'))).toBe(true);
    expect(
      texts.some((x) =>
        /^\*\*I faresonen\*\*\. 2 læringsmål kan ikke godkjennes av arbeidsgiveren du har nå/.test(x),
      ),
    ).toBe(true);
    expect(texts).toContain(
      '2 læringsmål skal godkjennes i sykehuset (spesialisthelsetjenesten): ta kontakt med Sørlandet sykehus Kristiansand (demo), der du hadde den delen av tjenesten.',
    );
    expect(texts.some((x) => /^7 dager fravær \(3,8 % av tjenestetiden\), grensen er 10 %/.test(x))).toBe(
      true,
    );
    // Service time is part of what is left: the municipal part not served yet; the hospital part (done) not.
    expect(texts).toContain('Kommunedelen: 92 av 184 dager i heltid hittil, 184 når perioden er slutt');
    expect(texts.some((x) => x.startsWith('Sykehusdelen'))).toBe(false);
  });

  it('offers every reminder and every request the LIS may send, each set of buttons under what it is about', async () => {
    await ask('hei', alex);
    const card = (await ask('hva gjenstår?', alex)).attachments;
    const verbs = cardButtons(card).map((b) => b.verb);
    // Two goals wait for the leader and two activities for supervisors: a reminder for each (there
    // were five buttons in all before, and the activities' reminders were left out).
    expect(verbs.filter((v) => v === 'goal.remind')).toHaveLength(2);
    expect(verbs.filter((v) => v === 'activity.remind')).toHaveLength(2);
    expect(verbs.filter((v) => v === 'goal.request' || v === 'goal.requestAll')).toHaveLength(3);
    const sets = JSON.stringify(card).match(/"type":"ActionSet"/g) ?? [];
    expect(sets.length).toBeGreaterThanOrEqual(2);
  });

  it('a LIS asking what waits for them, with nothing waiting, is shown where their progress is; in nynorsk too', async () => {
    await ask('hei', alex);
    const inbox = cardTexts((await ask('kva ventar på meg?', alex)).attachments);
    expect(inbox).toContain(
      'Ingenting venter på deg nå. Hvor langt du har kommet, hva som venter på andre, og hva du kan be om godkjenning for, ser du med «hva gjenstår?».',
    );
    // Someone with no LIS of their own is not sent there.
    await ask('hei', patti);
    const toPatti = cardTexts((await ask('hva venter på meg?', patti)).attachments).join(' ');
    expect(toPatti).not.toContain('«hva gjenstår?»');
    expect((await ask('kva står att?', alex)).text).toMatch(/^Du har \d+ av 120 læringsmål igjen/);
  });

  it('answers in English for an English client', async () => {
    const reply = await ask("what's left?", alex, 'en-US');
    expect(reply.text).toMatch(
      /^You have \d+ of 120 learning goals left: 2 learning goals waiting for approval and 2 activities waiting for sign-off\. 13 weeks of service left – 2 learning goals must be approved by another employer \(see the card\)\.$/,
    );
  });

  it('answers a leader about a named LIS, and asks back when the leader has several and names none', async () => {
    const named = await ask('hva gjenstår for Alex?', megan);
    expect(named.text).toMatch(/^Alex Wilber har \d+ av 120 læringsmål igjen/);
    // The card speaks of Alex, not to the leader as if she were the LIS.
    const texts = cardTexts(named.attachments);
    expect(texts.filter((x) => /\bdu\b/i.test(x))).toEqual([]);
    expect(texts).toContain(
      '2 læringsmål skal godkjennes i sykehuset (spesialisthelsetjenesten), hos Sørlandet sykehus Kristiansand (demo), der Alex Wilber hadde den delen av tjenesten.',
    );
    expect(
      texts.some((x) => /2 læringsmål kan ikke godkjennes av arbeidsgiveren Alex Wilber har nå/.test(x)),
    ).toBe(true);
    const lynne = await ask('status for lynne', megan);
    expect(lynne.text).toMatch(
      /^Lynne Robbins har 32 av 37 læringsmål igjen: 1 læringsmål venter på godkjenning\. 4 år igjen av tjenesten/,
    );
    // What waits for Megan herself says so.
    expect(cardTexts(lynne.attachments)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ALM-006: godkjenning fra deg, sendt /)]),
    );
    // A LIS3 in general practice: two years there and six months in an institution are left to serve.
    const lynneCard = cardTexts(lynne.attachments);
    expect(
      lynneCard.some((x) => /^Åpen, uselektert allmennpraksis: \d+ av minst 730 dager i heltid/.test(x)),
    ).toBe(true);
    expect(lynneCard).toContain('Institusjon (sykehus, sykehjem o.l.): 0 av minst 182 dager i heltid');
    // Under one title, not «Tjenestetid» twice.
    expect(lynneCard.filter((x) => x === 'Tjenestetid')).toHaveLength(1);
    const which = await ask('hva gjenstår?', megan);
    expect(which.text).toBe('Hvem vil du se? Du har rolle for: Alex Wilber, Lynne Robbins.');
    // With it, the list of her LIS, each one click from their card.
    const list = cardTexts(which.attachments);
    expect(list).toContain('Dine LIS (2)');
    expect(list).toContain('Alex Wilber (LIS1)');
    // Those at risk first, each with what waits and how much of it on her, as the tab counts it (both
    // are at risk in the demo: by name then).
    expect(list).toContain('98 av 120 godkjent · I faresonen · 4 venter (2 på deg)');
    expect(list).toContain('5 av 37 godkjent · I faresonen · 1 venter (1 på deg)');
    // The advisor's: the advice she has not given yet (Alex's other request she has recommended).
    expect(cardTexts((await ask('mine LIS', adele)).attachments)).toEqual(
      expect.arrayContaining([
        '98 av 120 godkjent · I faresonen · 4 venter (1 på deg)',
        '5 av 37 godkjent · I faresonen · 1 venter (1 på deg)',
      ]),
    );
    const open = cardButtons(which.attachments).find((b) => b.title === 'Status: Lynne Robbins');
    app.connector.clear();
    const res = await app.post(
      invoke('progress.show', open?.data ?? {}, { from: megan, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(((await res.json()) as { value: unknown }).value)).toContain('Status for Lynne Robbins');
    // Asked for the list itself, she gets it without the question "Hvem vil du se?".
    const overview = await ask('oversikt', megan);
    expect(overview.text).toBeUndefined();
    expect(cardTexts(overview.attachments)).toEqual(list);
    // A LIS with no role for others asking for "mine LIS" gets their own status.
    expect((await ask('mine LIS', alex)).text).toMatch(/^Du har \d+ av 120 læringsmål igjen/);
  });

  it('answers a question about one part of the training: an arena, general practice, the common goals', async () => {
    expect((await ask('hva gjenstår på sykehus?', alex)).text).toBe(
      'I sykehuset (spesialisthelsetjenesten) gjenstår 2 av 47 læringsmål.',
    );
    expect((await ask('hva mangler jeg i kommunen?', alex)).text).toMatch(
      /^I kommunen gjenstår 20 av 57 læringsmål; 2 venter på godkjenning\.$/,
    );
    expect((await ask('hva mangler jeg i allmennmedisin?', alex)).text).toBe(
      'Du følger ingen læringsmålplan for allmennmedisin.',
    );
    expect((await ask('hva mangler jeg i allmennmedisin?', DEMO_PEOPLE.lynne)).text).toMatch(
      /^I allmennmedisin gjenstår 7 av 12 læringsmål; 1 venter på godkjenning\.$/,
    );
    expect((await ask('hva gjenstår i psykiatri for Alex?', megan)).text).toMatch(
      /^I psykiatrien gjenstår 0 av 16/,
    );
    // A theme of the plans, counted from the store's goals: Alex's FKM goals in Kvalitet og pasientsikkerhet
    // are FKM-014 (approved), FKM-015 (waiting) and FKM-016 (left, a hospital goal).
    expect((await ask('hva gjenstår i kvalitet og pasientsikkerhet?', alex)).text).toBe(
      'I temaet Kvalitet og pasientsikkerhet gjenstår 2 av 3 læringsmål; 1 venter på godkjenning.',
    );
    expect((await ask('hva gjenstår i legevakt?', DEMO_PEOPLE.lynne)).text).toMatch(
      /^I temaet Legevakt gjenstår \d+ av 2 læringsmål/,
    );
    expect((await ask('hva gjenstår i palliasjon?', DEMO_PEOPLE.lynne)).text).toBe(
      'Ingen av læringsmålplanene du følger har temaet Palliasjon.',
    );
  });

  it('does not send a hospital goal to the municipal leader: the LIS is told where it is approved, nothing is stored', async () => {
    const before = (await app.store.trainees.snapshot(DEMO_TRAINEES.alex))?.profile.etag;
    const reply = await ask('be om godkjenning FKM-016', alex);
    expect(cardTexts(reply.attachments)).toContain(
      'Dette læringsmålet skal godkjennes i sykehuset (spesialisthelsetjenesten), ikke av Demo kommune, helse og omsorg.',
    );
    expect(JSON.stringify(reply)).not.toMatch(/goal\.request/);
    // Pressed anyway (a forged invoke): refused by the operation, with the same words.
    const res = await app.post(
      invoke(
        'goal.request',
        { traineeId: DEMO_TRAINEES.alex, id: 'goal:fkm-lis1-2025:FKM-016', rev: 0 },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(JSON.stringify(await res.json())).toMatch(
      /skal godkjennes i sykehuset \(spesialisthelsetjenesten\), ikke av Demo kommune.*Ingenting er endret/,
    );
    expect(
      (await app.store.trainees.getGoal(DEMO_TRAINEES.alex, 'goal:fkm-lis1-2025:FKM-016'))?.status,
    ).not.toBe('pending_approval');
    expect((await app.store.trainees.snapshot(DEMO_TRAINEES.alex))?.profile.etag).toBe(before);
  });

  it('after the service has ended with goals left, tells the LIS whom to talk to, and the leader that it ended short', async () => {
    const end = (await app.store.trainees.getProfile(DEMO_TRAINEES.alex))!.service!.end;
    const was = app.deps.now;
    try {
      app.deps.now = () => new Date(Date.parse(`${end}T09:00:00Z`) + 14 * 86_400_000);
      expect((await ask('hva gjenstår?', alex)).text).toMatch(
        / Tjenesteperioden er over før alle læringsmålene er nådd: snakk med lederen din om hvordan de skal nås\.$/,
      );
      expect((await ask('hva gjenstår for Alex?', megan)).text).toMatch(
        / Tjenesteperioden er over før alle læringsmålene er nådd\.$/,
      );
    } finally {
      app.deps.now = was;
    }
  });

  it('answers someone with a single LIS without a name; an advisor of two is asked which', async () => {
    const reply = await ask('hvor langt har Alex kommet?', adele);
    expect(reply.text).toMatch(/^Alex Wilber har/);
    const own = await ask('hva gjenstår', DEMO_PEOPLE.patti);
    expect(own.text).toMatch(/^Alex Wilber har/);
    expect((await ask('hva gjenstår', adele)).text).toBe(
      'Hvem vil du se? Du har rolle for: Alex Wilber, Lynne Robbins.',
    );
  });

  it('refuses a LIS the asker holds no role for, and reveals nothing about them', async () => {
    // Patti is told whom she does hold a role for: her own, nothing of Lynne.
    const reply = await ask('hva gjenstår for Lynne?', patti);
    expect(reply.text).toBe(
      'Jeg finner ingen LIS som heter «Lynne» blant dem du har en rolle for. Du har en rolle for: Alex Wilber.',
    );
    expect(reply.attachments ?? []).toEqual([]);
    const unknown = await ask('hva gjenstår for Ingen Person', megan);
    expect(unknown.text).toBe(
      'Jeg finner ingen LIS som heter «Ingen Person» blant dem du har en rolle for. Du har en rolle for: Alex Wilber, Lynne Robbins.',
    );
    // A slip of a letter or two is named; a surname alone finds the LIS.
    expect((await ask('status for Aleks', megan)).text).toBe(
      'Jeg finner ingen LIS som heter «Aleks» blant dem du har en rolle for. Mente du Alex Wilber?',
    );
    expect((await ask('hva gjenstår for Robbins?', megan)).text).toMatch(/^Lynne Robbins har/);
    const supervisorOfLynne = await ask('hva gjenstår for Lynne', isaiah);
    expect(supervisorOfLynne.text).toMatch(/^Lynne Robbins har/);
  });

  it('shows a supervisor what waits for her on the LIS’s card, not who else supervises or what they sign', async () => {
    const supervisor = cardTexts((await ask('hva gjenstår for Alex?', patti)).attachments);
    expect(supervisor).toContain(
      'Oppfølging av pasient med hjertesvikt etter utskrivning: signering fra deg, sendt 22.11.2026',
    );
    expect(supervisor.join('\n')).not.toMatch(/Isaiah|Suturering|DEL1-064: godkjenning/);
    // The leader, who follows the whole training, sees every request and whom it waits for.
    const leader = cardTexts((await ask('hva gjenstår for Alex?', megan)).attachments).join('\n');
    expect(leader).toMatch(/Suturering av kuttskade på legevakt: signering fra Isaiah Langer/);
    expect(leader).toMatch(/DEL1-064: godkjenning fra deg/);
  });

  it('tells a LIS who supervises another LIS what waits for her there, one click from it', async () => {
    const { lynne } = DEMO_PEOPLE;
    const click = async (
      verb: string,
      data: Record<string, unknown>,
      from: { aadObjectId: string; name: string },
    ) => {
      await app.outbox.idle();
      app.connector.clear();
      const res = await app.post(invoke(verb, data, { from, serviceUrl: app.connector.url }));
      await app.outbox.idle();
      return ((await res.json()) as { value: unknown }).value;
    };
    // Nothing waits for her elsewhere: her own status, and not a word about others.
    const before = await ask('hva gjenstår?', lynne);
    expect(before.text).not.toMatch(/andre LIS/);
    expect(cardTexts(before.attachments)).not.toContain('Venter på deg hos andre LIS');
    // Lynne, a LIS3, becomes Alex's supervisor, and he asks her to sign an activity.
    await click('role.invite', { traineeId: DEMO_TRAINEES.alex, supervisors: lynne.aadObjectId }, alex);
    const accept = cardButtons(
      app.connector
        .sent()
        .find((s) => (s.conversation as { id: string }).id === `a:personal-${lynne.aadObjectId}`)
        ?.attachments,
    ).find((b) => b.verb === 'role.accept');
    await click('role.accept', accept?.data as Record<string, unknown>, lynne);
    await click(
      'activity.record',
      {
        traineeId: DEMO_TRAINEES.alex,
        activityKind: 'supervised_procedure',
        date: '2026-11-25',
        description: 'Blodprøvetaking på legevakt',
        goals: 'lis1-clinical-2020|DEL1-075',
        supervisor: lynne.aadObjectId,
      },
      alex,
    );
    const reply = await ask('hva gjenstår?', lynne);
    expect(reply.text).toMatch(/^Du har \d+ av \d+ læringsmål igjen: .* Hos andre LIS venter 1 på deg\.$/);
    const texts = cardTexts(reply.attachments);
    expect(texts).toContain('Status for Lynne Robbins');
    expect(texts).toContain('Venter på deg hos andre LIS');
    expect(texts).toContain('Alex Wilber: 1 venter på deg');
    // The button opens what waits for her, where she signs it.
    const open = cardButtons(reply.attachments).find((b) => b.title === 'Åpne det som venter på deg');
    expect(open?.verb).toBe('inbox.page');
    const inbox = await click(String(open?.verb), open?.data as Record<string, unknown>, lynne);
    expect(
      cardButtons(inbox).some((b) => b.verb === 'activity.sign' && b.data.traineeId === DEMO_TRAINEES.alex),
    ).toBe(true);
    // Alex, whose status it is not, is told nothing of it.
    expect(cardTexts((await ask('hva gjenstår?', alex)).attachments)).not.toContain(
      'Venter på deg hos andre LIS',
    );
  });
});

describe('the progress card is a list: a click on it answers with it again', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    for (const who of [alex, megan])
      await app.post(message('hei', { serviceUrl: app.connector.url, from: who }));
    await app.outbox.idle();
  });
  afterAll(() => app.stop());

  const card = async () => {
    app.connector.clear();
    await app.post(message('hva gjenstår?', { serviceUrl: app.connector.url, from: alex }));
    await app.outbox.idle();
    return app.connector.sent()[0]?.attachments;
  };
  const click = async (button: { verb: string; data: Record<string, unknown> } | undefined) => {
    app.connector.clear();
    const res = await app.post(
      invoke(button?.verb ?? '', button?.data ?? {}, {
        from: alex,
        serviceUrl: app.connector.url,
        replyToId: 'progress-message-1',
      }),
    );
    await app.outbox.idle();
    return ((await res.json()) as { value: unknown }).value;
  };

  it('asking for approval and reminding from it: the overview again, with what was done on top', async () => {
    const buttons = cardButtons(await card());
    const ask = buttons.find((b) => b.verb === 'goal.request');
    const goalId = String(ask?.data.id).split(':')[2];
    const asked = await click(ask);
    expect(cardTexts(asked)[0]).toBe(`Sendt til godkjenning: ${goalId}.`);
    expect(cardTexts(asked)).toContain('Status for Alex Wilber');
    // It waits now: no longer offered, and the leader has the card.
    expect(cardButtons(asked).some((b) => b.verb === 'goal.request' && b.data.id === ask?.data.id)).toBe(
      false,
    );
    expect(
      app.connector.sent().some((m) => cardTexts(m.attachments).some((x) => x.includes(goalId ?? ''))),
    ).toBe(true);
    const remind = cardButtons(asked).find((b) => b.verb === 'goal.remind');
    const reminded = await click(remind);
    expect(cardTexts(reminded)[0]).toBe('Påminnelse sendt til Megan Bowen.');
    expect(cardTexts(reminded)).toContain('Status for Alex Wilber');
    // Reminded today: no second button that could only be refused until tomorrow.
    expect(cardButtons(reminded).some((b) => b.verb === 'goal.remind' && b.data.id === remind?.data.id)).toBe(
      false,
    );
    // The pressed card is not drawn over with a goal's card afterwards.
    expect(
      app.connector.calls.filter((c) => c.method === 'PUT' && c.path.includes('progress-message-1')),
    ).toEqual([]);
  });
});
