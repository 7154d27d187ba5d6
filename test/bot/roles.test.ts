import { CARD_MAX_BYTES, utf16Bytes } from '../../cards/limits';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { can } from '../../core/policy';
import { tellLapsedInvitations } from '../../ops/invitationLapses';
import { Outbox } from '../../ops/outbox';
import { overview } from '../../ops/overview';
import { createUnit } from '../../ops/unitCreate';
import { cardButtons, cardInputs, cardTexts, choiceSet, invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

type InvokeBody = { statusCode: number; type: string; value: unknown };
const nina = { aadObjectId: 'aad-nina', name: 'Nina Nilsen' };
const kari = { aadObjectId: 'aad-kari', name: 'Kari Nordmann' };
const ola = { aadObjectId: 'aad-ola', name: 'Ola Hansen' };
const mallory = { aadObjectId: 'aad-mallory', name: 'Mallory' };
const leif = { aadObjectId: 'aad-leif', name: 'Leif Leder' };

describe('onboarding and roles over real HTTP', () => {
  it('a workplace is created by a leader and chosen from a list; a typed name creates nothing', async () => {
    const units = await app.store.units.list();
    expect(units.find((u) => u.unitId === unitId)).toMatchObject({
      name: 'Testby kommune',
      owners: [leif.aadObjectId],
    });
    const form = await say('kom i gang', nina);
    const choices = JSON.stringify(form[0]?.attachments);
    expect(choices).toContain(unitId);
    expect(choices).toContain('Testby kommune (Kommune)');
    // A name typed into the form's data instead of a choice: refused, nothing created.
    const typed = await post(
      invoke(
        'profile.register',
        {
          phase: 'LIS2',
          unitId: 'Mitt eget sykehus',
          start: '2026-09-01',
          end: '2027-02-28',
          percent: '100',
        },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(typed.body.value).join(' ')).toMatch(
      /Noe i skjemaet mangler eller er feil: Arbeidsgiver/,
    );
    expect((await app.store.units.list()).map((u) => u.name).sort()).toEqual(
      ['Demo kommune, helse og omsorg', 'Testby kommune'].sort(),
    );
    expect(await app.store.people.get(nina.aadObjectId)).toMatchObject({ roles: [] });
  });

  let app: TestApp;
  const post = async (activity: Record<string, unknown>) => {
    const res = await app.post(activity);
    return { status: res.status, body: (await res.json()) as InvokeBody };
  };
  /** Alex presses a button on one of his items (its id and revision). */
  const alexPresses = (verb: string, item: { id?: string; rev?: number } | undefined) =>
    post(
      invoke(
        verb,
        { traineeId: DEMO_TRAINEES.alex, id: item?.id, rev: item?.rev },
        { from: DEMO_PEOPLE.alex, serviceUrl: app.connector.url },
      ),
    );
  /** Alex removes someone from his roles, as from the roles card ("Ja, fjern"). */
  const alexRemoves = async (who: { aadObjectId: string }) => {
    const roles = await say('roller', DEMO_PEOPLE.alex);
    const remove = cardButtons(roles[0]?.attachments).find(
      (b) => b.verb === 'role.remove' && b.data.id === who.aadObjectId,
    );
    const answer = await post(
      invoke('role.remove', remove?.data ?? {}, { from: DEMO_PEOPLE.alex, serviceUrl: app.connector.url }),
    );
    // What the removal causes (the notice to the person removed) is delivered before the next step.
    await app.outbox.idle();
    return answer;
  };
  const say = async (
    text: string,
    from: { aadObjectId: string; name: string },
    extra: Record<string, unknown> = {},
  ) => {
    app.connector.clear();
    await app.post({ ...message(text, { serviceUrl: app.connector.url, from }), ...extra });
    await app.outbox.idle();
    return app.connector.sent();
  };
  let unitId = '';
  const register = () =>
    post(
      invoke(
        'profile.register',
        {
          phase: 'LIS1_municipality',
          unitId,
          start: '2026-09-01',
          end: '2027-02-28',
          position: 'LIS1',
          percent: '100',
          catalogs: '',
        },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );

  beforeEach(async () => {
    app = await startTestApp();
    // A leader creates the workplace; Nina will choose it from the list.
    await say('opprett arbeidssted Testby kommune', leif);
    unitId = (await app.store.units.list()).find((u) => u.name === 'Testby kommune')?.unitId ?? '';
  });
  afterEach(() => app.stop());

  it('a LIS1 part and an employer that do not go together are refused, and the form starts from what fits', async () => {
    // Every workplace here is a municipality: the form starts at the municipal part.
    const form = await say('kom i gang', nina);
    expect(JSON.stringify(form[0]?.attachments)).toMatch(/"id":"phase"[^}]*"value":"LIS1_municipality"/);
    const wrong = await post(
      invoke(
        'profile.register',
        { phase: 'LIS1_hospital', unitId, start: '2026-09-01', end: '2027-02-28', percent: '100' },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(wrong.body.value)).toContain(
      'Sykehusdelen av LIS1 har du på et sykehus (i et helseforetak), men Testby kommune er en kommune. Velg «LIS1 – kommunedelen», eller sykehuset du er ansatt ved. Ingenting er endret.',
    );
    expect((await app.store.people.get(nina.aadObjectId))?.traineeId).toBeUndefined();
    expect((await register()).body.statusCode).toBe(200);
    expect((await app.store.people.get(nina.aadObjectId))?.traineeId).toBeDefined();
  });

  /** The registration form's list of workplaces. */
  const unitList = (card: unknown): Record<string, unknown> => choiceSet(card, 'unitId') ?? {};

  it('with workplaces across the country, the form searches them as the LIS types instead of listing them all', async () => {
    // 400 workplaces listed made the form about 100 KB: past what Teams takes in one message.
    const call = { caller: leif, now: '2026-11-26T10:00:00.000Z' };
    for (let i = 1; i <= 400; i++)
      await createUnit(app.deps, call, {
        name: `Kommune nummer ${i}, helse og omsorg`,
        kind: 'municipality',
      });
    const form = await say('kom i gang', nina);
    expect(app.connector.tooLarge).toBe(0);
    const card = (form[0]?.attachments as { content: unknown }[] | undefined)?.[0]?.content;
    expect(utf16Bytes(JSON.stringify(card))).toBeLessThanOrEqual(CARD_MAX_BYTES);
    const list = unitList(form[0]?.attachments);
    expect(list).toMatchObject({
      style: 'filtered',
      'choices.data': { type: 'Data.Query', dataset: 'units' },
    });
    expect(list.choices).toEqual([]);
    // Typing finds them (Teams' dynamic typeahead), the name's beginning first; a workplace found is registered with.
    const search = async (value: unknown) => {
      const res = await app.post({
        ...invoke('unused', {}, { from: nina, serviceUrl: app.connector.url }),
        name: 'application/search',
        value,
      });
      return {
        status: res.status,
        body: (await res.json()) as { value?: { results: { title: string; value: string }[] } },
      };
    };
    const found = await search({ queryText: 'testby', dataset: 'units', queryOptions: { skip: 0, top: 15 } });
    expect(found.body.value?.results).toEqual([{ title: 'Testby kommune (Kommune)', value: unitId }]);
    const many = await search({ queryText: 'nummer 12', dataset: 'units' });
    expect(many.body.value?.results.map((r) => r.title).slice(0, 2)).toEqual([
      'Kommune nummer 12, helse og omsorg (Kommune)',
      'Kommune nummer 120, helse og omsorg (Kommune)',
    ]);
    // Then the rest with the words anywhere (112, 212 …), 14 in all.
    expect(many.body.value?.results.length).toBe(14);
    expect((await search({ queryText: 'x', dataset: 'castles' })).status).toBe(400);
    expect((await register()).body.statusCode).toBe(200);
    // Editing it later, the form keeps the one chosen among the choices, so its name shows.
    const again = await say('endre registrering', nina);
    const kept = unitList(again[0]?.attachments);
    expect(kept.choices).toEqual([{ title: 'Testby kommune (Kommune)', value: unitId }]);
    expect(kept.value).toBe(unitId);
  });

  it('a LIS2/3 names a specialty; its plan and rules are found however it is typed, and one with no plan is told so', async () => {
    const registerAs = (phase: string, specialty?: string) =>
      post(
        invoke(
          'profile.register',
          {
            phase,
            ...(specialty === undefined ? {} : { specialty }),
            unitId,
            start: '2026-09-01',
            end: '2027-08-31',
            percent: '100',
          },
          { from: nina, serviceUrl: app.connector.url },
        ),
      );
    // Without one, nothing is stored: the plan is chosen by it.
    for (const none of [undefined, '   ', 'x'.repeat(61)]) {
      const refused = await registerAs('LIS2', none);
      expect(cardTexts(refused.body.value).join(' ')).toMatch(
        /Skriv spesialiteten din \(for LIS2 og LIS3\), for eksempel allmennmedisin, med høyst 60 tegn\..*Ingenting er endret\./,
      );
      expect((await app.store.people.get(nina.aadObjectId))?.traineeId).toBeUndefined();
    }
    // Typed with a capital and spaces, as people do: general practice's own plan, service parts and group hours.
    const gp = await registerAs('LIS3', '  Allmennmedisin ');
    expect(cardTexts(gp.body.value).join(' ')).toMatch(/Læringsmål: LIS3 allmennmedisin, ALM/);
    expect(cardTexts(gp.body.value).join(' ')).not.toMatch(/ingen læringsmålplan/);
    const traineeId = (await app.store.people.get(nina.aadObjectId))?.traineeId as string;
    expect(await app.store.trainees.getProfile(traineeId)).toMatchObject({
      specialty: 'allmennmedisin',
      catalogIds: expect.arrayContaining(['lis3-allmennmedisin-2019']),
    });
    expect(JSON.stringify((await say('tjenesteperioder', nina))[0]?.attachments)).toMatch(
      /Åpen, uselektert allmennpraksis: \d+ av minst 730 dager/,
    );
    // A specialty with no plan in the app: registered with the common goals, and told that only they count.
    const other = await registerAs('LIS2', 'Hjertesykdommer');
    expect(cardTexts(other.body.value).join(' ')).toMatch(
      /Appen har ingen læringsmålplan for hjertesykdommer ennå, bare de felles kompetansemålene \(FKM\)\./,
    );
    expect((await app.store.trainees.getProfile(traineeId))?.catalogIds).toEqual(['fkm-lis23-2026']);
  });

  it('a workplace whose name has æ, ø or å can be chosen (its id keeps the letters: it was refused as a bad employer)', async () => {
    await say('opprett arbeidssted sykehus Sørlandet sykehus, medisinsk avdeling', leif);
    const unit = (await app.store.units.list()).find(
      (u) => u.name === 'Sørlandet sykehus, medisinsk avdeling',
    );
    expect(unit?.unitId).toMatch(/ø/);
    const r = await post(
      invoke(
        'profile.register',
        {
          phase: 'LIS1_hospital',
          unitId: unit?.unitId,
          start: '2026-09-01',
          end: '2027-08-31',
          percent: '100',
        },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(r.body.value).join(' ')).toMatch(
      /Du er registrert som LIS1 – sykehusdelen hos Sørlandet sykehus, medisinsk avdeling\./,
    );
    expect((await app.store.units.get(unit?.unitId ?? ''))?.traineeIds).toHaveLength(1);
  });

  it('a LIS who moves to another workplace leaves the old one’s roster, and its channel no longer lists them', async () => {
    await say('opprett arbeidssted sykehus Nordby sykehus, medisinsk avdeling', leif);
    const hospital = (await app.store.units.list()).find((u) => u.name.startsWith('Nordby sykehus'));
    const atHospital = await post(
      invoke(
        'profile.register',
        {
          phase: 'LIS1_hospital',
          unitId: hospital?.unitId,
          start: '2025-09-01',
          end: '2026-08-31',
          percent: '100',
        },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(atHospital.body.value).join(' ')).toMatch(/registrert som LIS1 – sykehusdelen/);
    const traineeId = (await app.store.people.get(nina.aadObjectId))?.traineeId ?? '';
    expect((await app.store.units.get(hospital?.unitId ?? ''))?.traineeIds).toEqual([traineeId]);
    // The municipal part: she moves to Testby.
    expect(cardTexts((await register()).body.value).join(' ')).toMatch(/registrert som LIS1 – kommunedelen/);
    expect((await app.store.units.get(hospital?.unitId ?? ''))?.traineeIds).toEqual([]);
    expect((await app.store.units.get(unitId))?.traineeIds).toEqual([traineeId]);
    // A roster written before this rule still names her: the hospital team's channel lists her no more.
    const old = await app.store.units.get(hospital?.unitId ?? '');
    if (old) await app.store.units.replaceUnit({ ...old, traineeIds: [traineeId] });
    await app.store.units.setTeamLink('team-hospital', hospital?.unitId ?? '');
    app.connector.members.set(leif.aadObjectId, {
      id: '29:leif',
      name: leif.name,
      aadObjectId: leif.aadObjectId,
    });
    // The bot installed in both teams: it learns where to ask Teams about their members.
    for (const team of ['team-hospital', 'team-testby'])
      await app.post({
        ...message('hjelp', { serviceUrl: app.connector.url, from: leif, conversationType: 'channel' }),
        channelData: { tenant: { id: 'tenant-demo' }, team: { id: team } },
      });
    const call = { caller: leif, today: '2026-11-26' };
    const channel = await overview(app.deps, call, { team: 'team-hospital' });
    expect(channel.kind === 'done' && channel.value.trainees).toEqual([]);
    await app.store.units.setTeamLink('team-testby', unitId);
    const now = await overview(app.deps, call, { team: 'team-testby' });
    expect(now.kind === 'done' && now.value.trainees.map((t) => t.view.profile.traineeId)).toEqual([
      traineeId,
    ]);
  });

  it('refuses a workplace name over the limit, or one someone else has, saying so, and creates nothing', async () => {
    const before = (await app.store.units.list()).length;
    const r = await say(`opprett arbeidssted ${'Lang '.repeat(30)}kommune`, leif);
    expect(r[0]?.text).toBe('Navnet på arbeidsstedet må ha fra 2 til 120 tegn. Ingenting er endret.');
    // Leif's own name again is his; from someone else it would stand twice in the list, and is refused.
    expect((await say('opprett arbeidssted Testby kommune', leif))[0]?.text).toBe(
      'Du har allerede arbeidsstedet «Testby kommune».',
    );
    expect((await say('opprett arbeidssted testby Kommune', ola))[0]?.text).toMatch(
      /^Det finnes allerede et arbeidssted som heter «Testby kommune», opprettet av en annen\..* Ingenting er endret\.$/,
    );
    expect((await app.store.units.list()).length).toBe(before);
  });

  it('understands a message Teams sends as HTML (written with formatting or pasted), and takes the name as written', async () => {
    await say('<p>opprett arbeidssted <strong>Helse &amp; omsorg</strong> Testby</p>', leif);
    expect((await app.store.units.list()).map((u) => u.name)).toContain('Helse & omsorg Testby');
    const left = await say('<div><p>hva gjenstår?</p></div>', nina);
    expect(left[0]?.text).not.toMatch(/^Det forsto jeg ikke/);
    expect(left[0]?.text).toBe((await say('hva gjenstår?', nina))[0]?.text);
  });

  it('pins the plans by the day the LIS started LIS1, not the municipal period, and counts psychiatry goals only with service there', async () => {
    await say('hei', nina);
    const form = await say('kom i gang', nina);
    // Every plan is offered with its part, its date of force and its size, the older versions too.
    expect(JSON.stringify(form[0]?.attachments)).toContain(
      'Felles kompetansemål LIS1, før 2025 (demo) – LIS1, i kraft fra 01.03.2019, 50 mål',
    );
    const registerWith = (extra: Record<string, string>) =>
      post(
        invoke(
          'profile.register',
          {
            phase: 'LIS1_municipality',
            unitId,
            start: '2026-09-01',
            end: '2027-02-28',
            percent: '100',
            ...extra,
          },
          { from: nina, serviceUrl: app.connector.url },
        ),
      );
    const late = await registerWith({ partStart: '2026-10-01' });
    expect(cardTexts(late.body.value)).toContain(
      'Datoen du startet LIS1 eller spesialiseringen kan ikke være etter at tjenesten starter. Ingenting er endret.',
    );
    expect((await app.store.people.get(nina.aadObjectId))?.traineeId).toBeUndefined();

    const reg = await registerWith({ partStart: '2025-08-01', psychiatry: 'false' });
    expect(cardTexts(reg.body.value).join(' ')).toMatch(/Du er registrert som LIS1 – kommunedelen/);
    const traineeId = (await app.store.people.get(nina.aadObjectId))?.traineeId as string;
    const profile = await app.store.trainees.getProfile(traineeId);
    // Started LIS1 before 1 September 2025: the FKM plan from before the revision.
    expect(profile?.catalogIds.sort()).toEqual(['fkm-lis1-2019', 'lis1-clinical-2020']);
    expect(profile).toMatchObject({ partStart: '2025-08-01', psychiatry: false });
    // 101 clinical goals less the 16 in psychiatry, and the 50 FKM goals of that plan.
    const left = await say('hva gjenstår?', nina);
    expect(left[0]?.text).toMatch(/^Du har 135 av 135 læringsmål igjen/);

    // That plan numbers its first nine goals with one digit (LM-1): each can be chosen and asked for.
    const recorded = await post(
      invoke(
        'activity.record',
        {
          traineeId,
          activityKind: 'course',
          date: '2026-09-15',
          description: 'Kurs i kommunikasjon',
          goals: 'fkm-lis1-2019|LM-1,fkm-lis1-2019|LM-10',
        },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(recorded.body.value).join(' ')).not.toMatch(/Ingenting er endret/);
    const [activity] = await app.store.trainees.activities(traineeId);
    expect(activity?.goals.map((g) => g.goalId)).toEqual(['LM-1', 'LM-10']);
    const ask = await say('be om godkjenning av lm-1', nina);
    expect(JSON.stringify(ask[0]?.attachments)).toContain('LM-1');
    expect(cardButtons(ask[0]?.attachments).map((b) => b.verb)).toContain('goal.request');
  });

  it('register → invite → accept as the invitee: the role is active and the policy allows the invitee’s actions', async () => {
    await say('hei', nina);
    await say('hei', kari);
    const reg = await register();
    expect(cardTexts(reg.body.value).join(' ')).toMatch(
      /Du er registrert som LIS1 – kommunedelen hos Testby kommune\./,
    );
    const me = await app.store.people.get(nina.aadObjectId);
    expect(me?.traineeId).toMatch(/^lis-/);
    const traineeId = me?.traineeId as string;
    const profile = await app.store.trainees.getProfile(traineeId);
    expect(profile?.catalogIds.sort()).toEqual(['fkm-lis1-2025', 'lis1-clinical-2020']);
    expect(profile?.milestones.map((m) => m.kind)).toEqual(['intro', 'halfway', 'final']);

    app.connector.clear();
    const inv = await post(
      invoke(
        'role.invite',
        { traineeId, advisor: kari.aadObjectId },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(inv.body.value).join(' ')).toMatch(/Kari Nordmann er invitert som veileder/);
    await app.outbox.idle();
    const toKari = app.connector
      .sent()
      .find((s) => (s.conversation as { id: string }).id === `a:personal-${kari.aadObjectId}`);
    const buttons = cardButtons(toKari?.attachments);
    expect(buttons.map((b) => b.verb)).toEqual(['role.accept', 'role.decline']);
    const acceptData = buttons[0]?.data as Record<string, unknown>;
    expect(
      can(kari.aadObjectId, 'goal.recommend', (await app.store.trainees.getProfile(traineeId))!, '2026-11-26')
        .ok,
    ).toBe(false);

    // The same card forwarded to someone with no role: refused, nothing revealed, and nothing changes.
    const before = await app.store.trainees.getProfile(traineeId);
    const forged = await post(
      invoke('role.accept', acceptData, { from: mallory, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(forged.body.value).join(' ')).toMatch(/Fant ikke det dette kortet viser til/);
    expect(cardTexts(forged.body.value).join(' ')).not.toMatch(/Kari|Nina/);
    expect((await app.store.trainees.getProfile(traineeId))?.etag).toBe(before?.etag);

    app.connector.clear();
    const ok = await post(invoke('role.accept', acceptData, { from: kari, serviceUrl: app.connector.url }));
    expect(cardTexts(ok.body.value)).toContain('Du er nå veileder for Nina Nilsen.');
    const after = await app.store.trainees.getProfile(traineeId);
    expect(after?.roles.find((r) => r.aadObjectId === kari.aadObjectId)).toMatchObject({
      role: 'advisor',
      state: 'active',
    });
    expect(can(kari.aadObjectId, 'goal.recommend', after!, '2026-11-26').ok).toBe(true);
    expect((await app.store.people.get(kari.aadObjectId))?.roles).toEqual([
      { traineeId, traineeName: 'Nina Nilsen', role: 'advisor', state: 'active' },
    ]);
    await app.outbox.idle();
    expect(
      app.connector.sent().some((s) => s.text === 'Kari Nordmann har takket ja til å være veileder for deg.'),
    ).toBe(true);

    const twice = await post(
      invoke('role.accept', acceptData, { from: kari, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(twice.body.value).join(' ')).toMatch(/allerede besvart: det er takket ja/);
    const audit = await app.store.trainees.auditOf(traineeId, `role:${acceptData.id}`);
    expect(audit.map((e) => e.verb)).toEqual(['role.invite', 'role.accept']);
  });

  it('an invitation that ran out unanswered says so on the roles card, and is no longer listed as current', async () => {
    await say('hei', nina);
    await say('hei', kari);
    await register();
    const traineeId = (await app.store.people.get(nina.aadObjectId))?.traineeId as string;
    const inviteKari = async () => {
      await post(
        invoke(
          'role.invite',
          { traineeId, supervisors: kari.aadObjectId },
          { from: nina, serviceUrl: app.connector.url },
        ),
      );
      await app.outbox.idle();
    };
    await inviteKari();
    expect(cardTexts((await say('roller', nina))[0]?.attachments)).toContain(
      '• Kari Nordmann: supervisør (invitert)',
    );
    // Her status card lists it among what waits for others.
    const status = async () => cardTexts((await say('hva gjenstår?', nina))[0]?.attachments);
    expect(await status()).toContain(
      'Invitasjon som supervisør: svar fra Kari Nordmann, sendt 26.11.2026 (gjelder til og med 10.12.2026)',
    );
    // 14 days on, unanswered.
    app.deps.now = () => new Date('2026-12-15T09:00:00Z');
    expect(await status()).toContain(
      'Invitasjonen til Kari Nordmann som supervisør gikk ut 10.12.2026 uten svar: skriv «roller» for å invitere på nytt med ett klikk.',
    );
    const texts = cardTexts((await say('roller', nina))[0]?.attachments);
    expect(texts).toContain('• Kari Nordmann: supervisør (invitasjonen gikk ut 10.12.2026 uten svar)');
    expect(texts).toContain(
      'En invitasjon som gikk ut uten svar, gir ingen rolle. Inviter på nytt med knappen under, eller skriv «inviter».',
    );
    expect(cardTexts((await say('inviter', nina))[0]?.attachments).join(' ')).not.toMatch(/Kari Nordmann/);
    // Invited again in one click from the roles card (asked first): the new invitation stands alone,
    // the lapsed one is not shown beside it.
    const inviteAgain = cardButtons((await say('roller', nina))[0]?.attachments).find(
      (b) => b.verb === 'role.invite',
    );
    expect(inviteAgain?.data).toEqual({ traineeId, supervisors: kari.aadObjectId });
    const invited = await post(
      invoke('role.invite', inviteAgain?.data ?? {}, { from: nina, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(invited.body.value)).toContain('Kari Nordmann er invitert som supervisør.');
    await app.outbox.idle();
    const again = cardTexts((await say('roller', nina))[0]?.attachments);
    expect(again.filter((x) => x.startsWith('• Kari Nordmann'))).toEqual([
      '• Kari Nordmann: supervisør (invitert)',
    ]);
    expect(again.join(' ')).not.toMatch(/gikk ut/);
  });

  it('the LIS is told once, in working hours, of invitations that ran out unanswered; several in one text', async () => {
    for (const who of [nina, kari, ola]) await say('hei', who);
    await register();
    const traineeId = (await app.store.people.get(nina.aadObjectId))?.traineeId as string;
    const invite = async (supervisors: string) => {
      await post(
        invoke('role.invite', { traineeId, supervisors }, { from: nina, serviceUrl: app.connector.url }),
      );
      await app.outbox.idle();
    };
    await invite(`${kari.aadObjectId},${ola.aadObjectId}`);
    const toNina = () =>
      app.connector
        .sent()
        .filter((x) => (x.conversation as { id: string }).id === `a:personal-${nina.aadObjectId}`)
        .map((x) => String(x.text));
    const sweep = async (at: string) => {
      const n = await tellLapsedInvitations(app.deps, new Date(at));
      await app.outbox.idle();
      return n;
    };
    app.connector.clear();
    // Their last day, and the night after: nothing yet.
    expect(await sweep('2026-12-10T12:00:00Z')).toBe(0);
    expect(await sweep('2026-12-11T02:00:00Z')).toBe(0);
    expect(toNina()).toEqual([]);
    // The morning after: one text naming both, from one of two instances sweeping at once.
    expect(
      (
        await Promise.all([
          tellLapsedInvitations(app.deps, new Date('2026-12-11T09:00:00Z')),
          tellLapsedInvitations(app.deps, new Date('2026-12-11T09:00:00Z')),
        ])
      ).sort(),
    ).toEqual([0, 1]);
    await app.outbox.idle();
    expect(toNina()).toEqual([
      '2 invitasjoner gikk ut uten svar (Kari Nordmann, Ola Hansen), så de har ingen rolle for deg. Skriv «roller» for å invitere på nytt med ett klikk.',
    ]);
    expect(app.connector.sent()).toHaveLength(1);
    expect(await sweep('2026-12-14T09:00:00Z')).toBe(0);
    expect(
      (await app.store.trainees.auditOf(traineeId, 'invitations')).map((e) => [e.verb, e.actor]),
    ).toEqual([['role.lapsed', 'system']]);
    // Kari invited again, unanswered again: told by name and day.
    app.deps.now = () => new Date('2026-12-14T09:00:00Z');
    await invite(kari.aadObjectId);
    app.connector.clear();
    expect(await sweep('2026-12-29T09:00:00Z')).toBe(1);
    expect(toNina()).toEqual([
      'Invitasjonen til Kari Nordmann som supervisør gikk ut 28.12.2026 uten svar, så Kari Nordmann har ingen rolle for deg. Skriv «roller» for å invitere på nytt med ett klikk.',
    ]);
  });

  it('refuses inviting yourself and a second advisor, and says how to reach someone who never used the app', async () => {
    await say('hei', nina);
    await register();
    const traineeId = (await app.store.people.get(nina.aadObjectId))?.traineeId as string;
    const self = await post(
      invoke(
        'role.invite',
        { traineeId, leader: nina.aadObjectId },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(self.body.value).join(' ')).toMatch(/Du kan ikke invitere deg selv/);
    const first = await post(
      invoke(
        'role.invite',
        { traineeId, advisor: ola.aadObjectId },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(first.body.value).join(' ')).toMatch(/Jeg kan ikke nå/);
    // Ola's invitation waits in Ola's inbox for when Ola first talks to the bot.
    await say('hei', ola);
    const inbox = await say('hva venter på meg?', ola);
    expect(cardButtons(inbox[0]?.attachments).map((b) => b.verb)).toEqual(['role.accept', 'role.decline']);
    const acceptData = cardButtons(inbox[0]?.attachments)[0]?.data as Record<string, unknown>;
    await post(invoke('role.accept', { ...acceptData }, { from: ola, serviceUrl: app.connector.url }));
    const second = await post(
      invoke(
        'role.invite',
        { traineeId, advisor: kari.aadObjectId },
        { from: nina, serviceUrl: app.connector.url },
      ),
    );
    // Nina reads it about herself, with how to change.
    expect(cardTexts(second.body.value).join(' ')).toMatch(
      /\(veileder\): Du har allerede en veileder\. Vil du bytte, kryss av for «Erstatt nåværende leder\/veileder»/,
    );
    const stranger = await post(
      invoke(
        'role.invite',
        { traineeId, advisor: kari.aadObjectId },
        { from: mallory, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(stranger.body.value).join(' ')).toMatch(/Fant ikke det dette kortet viser til/);
    expect(cardTexts(stranger.body.value).join(' ')).not.toMatch(/Nina/);
  });

  it('offers the group chat’s members in the invitation form', async () => {
    await say('hei', nina);
    await register();
    app.connector.members.set('29:ola', { id: '29:ola', name: 'Ola Hansen', aadObjectId: ola.aadObjectId });
    app.connector.members.set('29:nina', {
      id: '29:nina',
      name: 'Nina Nilsen',
      aadObjectId: nina.aadObjectId,
    });
    const sent = await say('inviter', nina, {
      conversation: { id: '19:group', conversationType: 'groupChat', tenantId: 'tenant-demo' },
    });
    const body = JSON.stringify(sent[0]?.attachments);
    expect(body).toContain(`{"title":"Ola Hansen","value":"${ola.aadObjectId}"}`);
    expect(body).not.toContain(`"value":"${nina.aadObjectId}"`);
    expect(body).toContain('graph.microsoft.com/users');
  });

  it('a chat of 100 offers 40 of its members in the invitation form, under 40 KB; the search finds the rest', async () => {
    await say('hei', nina);
    await register();
    for (let i = 0; i < 100; i++) {
      const id = `0a1b2c3d-4e5f-4a7b-8c9d-${String(i).padStart(12, '0')}`;
      app.connector.members.set(`29:m${i}`, {
        id: `29:m${i}`,
        name: `Kristoffer Andreassen-Haugland ${i}`,
        aadObjectId: id,
      });
    }
    const sent = await say('inviter', nina, {
      conversation: { id: '19:group', conversationType: 'groupChat', tenantId: 'tenant-demo' },
    });
    expect(app.connector.tooLarge).toBe(0);
    const card = (sent[0]?.attachments as { content: unknown }[] | undefined)?.[0]?.content;
    expect(utf16Bytes(JSON.stringify(card))).toBeLessThanOrEqual(CARD_MAX_BYTES);
    // Each list: the first 40 of the chat (the demo's people are in it too), and the people search.
    const lists = (card as { body: Record<string, unknown>[] }).body.filter(
      (e) => e.type === 'Input.ChoiceSet',
    );
    expect(lists.map((l) => [l.id, (l.choices as unknown[]).length, l['choices.data']])).toEqual(
      ['leader', 'advisor', 'supervisors'].map((id) => [
        id,
        40,
        { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
      ]),
    );
  });

  it('invites by @mention in a group chat', async () => {
    await say('hei', nina);
    await register();
    app.connector.members.set('29:ola', { id: '29:ola', name: 'Ola Hansen', aadObjectId: ola.aadObjectId });
    const sent = await say('<at>LIS</at> inviter supervisør <at>Ola Hansen</at>', nina, {
      conversation: { id: '19:group', conversationType: 'groupChat', tenantId: 'tenant-demo' },
      entities: [
        { type: 'mention', mentioned: { id: '28:lis-bot', name: 'LIS' }, text: '<at>LIS</at>' },
        { type: 'mention', mentioned: { id: '29:ola', name: 'Ola Hansen' }, text: '<at>Ola Hansen</at>' },
      ],
    });
    expect(cardTexts(sent[0]?.attachments).join(' ')).toMatch(/Ola Hansen er invitert som supervisør/);
    const traineeId = (await app.store.people.get(nina.aadObjectId))?.traineeId as string;
    expect(
      (await app.store.trainees.getProfile(traineeId))?.roles.map((r) => [r.aadObjectId, r.role, r.state]),
    ).toEqual([[ola.aadObjectId, 'supervisor', 'invited']]);
  });

  it('says of a delegate the bot cannot reach yet where the approvals will wait, not «the request»', async () => {
    const { megan, isaiah } = DEMO_PEOPLE;
    const r = await post(
      invoke(
        'delegation.grant',
        { delegate: isaiah.aadObjectId, trainee: DEMO_TRAINEES.lynne, from: '2026-11-26', to: '2026-12-10' },
        { from: megan, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(r.body.value)).toContain(
      'Jeg kan ikke gi Isaiah Langer beskjed i Teams ennå. Når Isaiah Langer åpner appen «LIS», finner Isaiah Langer det som venter på godkjenning under «hva venter på meg?».',
    );
  });

  it("a reminder of a request reaches the leader's delegate too, and says so", async () => {
    const { megan, patti, alex } = DEMO_PEOPLE;
    for (const who of [patti, megan]) await say('hei', who);
    await post(
      invoke(
        'delegation.grant',
        { delegate: patti.aadObjectId, trainee: DEMO_TRAINEES.alex, from: '2026-11-20', to: '2026-12-10' },
        { from: megan, serviceUrl: app.connector.url },
      ),
    );
    await app.outbox.idle();
    const asked = (await app.store.trainees.snapshot(DEMO_TRAINEES.alex))!.goals.find(
      (g) => g.goalId === 'DEL1-064',
    )!;
    // The status card's button names everyone the reminder will reach.
    const status = await say('hva gjenstår?', alex);
    expect(
      cardButtons(status[0]?.attachments)
        .filter((b) => b.verb === 'goal.remind' && b.data.id === asked.id)
        .map((b) => b.title),
    ).toEqual(['Minn Megan Bowen og Patti Fernandez på DEL1-064']);
    app.connector.clear();
    const r = await post(
      invoke(
        'goal.remind',
        { traineeId: DEMO_TRAINEES.alex, id: asked.id, rev: asked.rev },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(r.body.value)).toContain('Påminnelse sendt til Megan Bowen og Patti Fernandez.');
    await app.outbox.idle();
    const reached = app.connector
      .sent()
      .filter((x) => JSON.stringify(x.attachments ?? '').includes('DEL1-064'))
      .map((x) => (x.conversation as { id: string }).id)
      .sort();
    expect(reached).toEqual([`a:personal-${megan.aadObjectId}`, `a:personal-${patti.aadObjectId}`]);
    // While the loan runs, each one's status card says the request waits for the delegate too.
    const line = async (who: { aadObjectId: string; name: string }, text: string) =>
      cardTexts((await say(text, who))[0]?.attachments).find((x) =>
        x.startsWith('DEL1-064: godkjenning fra'),
      );
    expect(await line(alex, 'hva gjenstår?')).toMatch(
      /^DEL1-064: godkjenning fra Megan Bowen, sendt [\d.]+\. .*Patti Fernandez kan også godkjenne, på vegne av Megan Bowen$/,
    );
    expect(await line(megan, 'hva gjenstår for Alex?')).toMatch(
      /Patti Fernandez kan også godkjenne, på vegne av deg$/,
    );
    expect(await line(patti, 'hva gjenstår for Alex?')).toMatch(
      /Du kan også godkjenne, på vegne av Megan Bowen$/,
    );
  });

  it('lets a leader delegate approval for a period; the delegate approves on behalf of the leader', async () => {
    const { megan, patti } = DEMO_PEOPLE;
    await say('hei', patti);
    const r = await post(
      invoke(
        'delegation.grant',
        { delegate: patti.aadObjectId, trainee: DEMO_TRAINEES.alex, from: '2026-11-20', to: '2026-12-10' },
        { from: megan, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(r.body.value).join(' ')).toMatch(
      /Patti Fernandez godkjenner på dine vegne for Alex Wilber/,
    );
    await app.outbox.idle();
    expect(app.connector.sent().at(-1)?.text).toMatch(
      /^Megan Bowen har delegert godkjenning til deg for Alex Wilber fra 20\.11\.2026 til 10\.12\.2026/,
    );
    const inbox = await say('hva venter på meg?', patti);
    const texts = cardTexts(inbox[0]?.attachments).join(' ');
    expect(texts).toMatch(/Du godkjenner på vegne av Megan Bowen/);
    // Asking to delegate, the delegate is told for whom and until when, and that only the leader delegates.
    expect((await say('deleger', patti))[0]?.text).toBe(
      'Du godkjenner på vegne av Megan Bowen for Alex Wilber til og med 10.12.2026. Det du godkjenner, står som godkjent på vegne av lederen. Videre delegering gjør lederen selv.',
    );
    const approve = cardButtons(inbox[0]?.attachments).find((b) => b.verb === 'goal.approve');
    expect(approve).toBeDefined();
    // The goal's own card says on whose behalf she approves.
    const opened = await post(
      invoke('goal.refresh', approve?.data ?? {}, { from: patti, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(opened.body.value)).toContain(
      'Venter på godkjenning fra Megan Bowen – du godkjenner på vegne av Megan Bowen',
    );
    const done = await post(
      invoke('goal.approve', approve?.data ?? {}, { from: patti, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(done.body.value).join(' ')).toMatch(/Godkjent: /);
    const trail = await app.store.trainees.auditOf(DEMO_TRAINEES.alex, String(approve?.data.id));
    expect(trail.at(-1)).toMatchObject({
      verb: 'goal.approve',
      actor: patti.aadObjectId,
      onBehalfOf: megan.aadObjectId,
    });
    // Not a leader: no delegation.
    const notLeader = await post(
      invoke(
        'delegation.grant',
        { delegate: patti.aadObjectId, trainee: 'all', from: '2026-11-20', to: '2026-12-10' },
        { from: DEMO_PEOPLE.isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(notLeader.body.value).join(' ')).toMatch(/ikke leder for noen LIS/);
    // Refused (a loan to Alex himself, a period that ends before it starts): the form comes back as
    // it was filled in, with why on top, so the leader corrects one field and saves.
    const toLis = await post(
      invoke(
        'delegation.grant',
        {
          delegate: DEMO_PEOPLE.alex.aadObjectId,
          trainee: DEMO_TRAINEES.alex,
          from: '2026-12-01',
          to: '2026-12-05',
        },
        { from: megan, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(toLis.body.value)[0]).toMatch(/Ingenting er endret\.$/);
    expect(cardInputs(toLis.body.value)).toEqual({
      delegate: DEMO_PEOPLE.alex.aadObjectId,
      trainee: DEMO_TRAINEES.alex,
      from: '2026-12-01',
      to: '2026-12-05',
    });
    const backwards = await post(
      invoke(
        'delegation.grant',
        { delegate: patti.aadObjectId, trainee: 'all', from: '2026-12-05', to: '2026-12-01' },
        { from: megan, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(backwards.body.value)[0]).toMatch(/Ingenting er endret\.$/);
    expect(cardInputs(backwards.body.value)).toMatchObject({ delegate: patti.aadObjectId, trainee: 'all' });
    expect(cardButtons(backwards.body.value).map((b) => b.verb)).toEqual(['delegation.grant']);
  });

  it('«gi Patti fullmakt» fills the form in with Patti (one person of that name around the LIS); a name nobody has is said', async () => {
    const { megan, patti } = DEMO_PEOPLE;
    const [form] = await say('jeg skal på ferie, kan Patti godkjenne for meg?', megan);
    const inputs = cardInputs(form?.attachments);
    expect(inputs.delegate).toBe(patti.aadObjectId);
    expect(cardTexts(form?.attachments)).toContain('Patti Fernandez');
    // Saved as it stands (the dates are the leader's to set): the delegation is Patti's.
    const r = await post(
      invoke(
        'delegation.grant',
        { ...inputs, trainee: DEMO_TRAINEES.alex, to: '2026-12-10' },
        { from: megan, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(r.body.value).join(' ')).toMatch(
      /Patti Fernandez godkjenner på dine vegne for Alex Wilber/,
    );
    await app.outbox.idle();
    // The delegation running now comes first (with a way to end it), then the form.
    const unknown = (await say('gi Zed fullmakt', megan)).at(-1);
    expect(unknown?.text).toBe(
      'Jeg fant ingen Zed blant dem som har en rolle for LIS-ene dine: søk opp personen i feltet «Deleger til».',
    );
    expect(cardInputs(unknown?.attachments).delegate).toBe('');
    // Days named in the message are filled in; a start already past starts today; one over is left out.
    const period = async (text: string) => {
      const inputs = cardInputs((await say(text, megan)).at(-1)?.attachments);
      return [inputs.from, inputs.to];
    };
    expect(await period('jeg skal på ferie 1.12–5.12')).toEqual(['2026-12-01', '2026-12-05']);
    expect(await period('deleger 20.11–30.11')).toEqual(['2026-11-26', '2026-11-30']);
    expect(await period('deleger 1.11–5.11')).toEqual(['2026-11-26', '']);
  });

  it('refuses a delegation to the LIS (for them alone or for all the leader’s LIS) and one already over; nothing is written', async () => {
    const { megan, alex } = DEMO_PEOPLE;
    await say('hei', alex);
    const grant = (trainee: string, from: string, to: string, delegate: string = alex.aadObjectId) =>
      post(
        invoke(
          'delegation.grant',
          { delegate, trainee, from, to },
          { from: megan, serviceUrl: app.connector.url },
        ),
      );
    for (const trainee of [DEMO_TRAINEES.alex, 'all']) {
      const r = await grant(trainee, '2026-11-26', '2026-12-10');
      expect(cardTexts(r.body.value).join(' ')).toMatch(
        /Ingen godkjenner sine egne læringsmål: velg en annen enn LIS-en\. Ingenting er endret\./,
      );
    }
    const over = await grant(DEMO_TRAINEES.lynne, '2026-11-01', '2026-11-20', DEMO_PEOPLE.patti.aadObjectId);
    expect(cardTexts(over.body.value).join(' ')).toMatch(/Perioden er allerede over/);
    for (const t of [DEMO_TRAINEES.alex, DEMO_TRAINEES.lynne])
      expect((await app.store.trainees.getProfile(t))?.delegations).toEqual([]);
    // Alex still cannot approve his own goal.
    const g = (await app.store.trainees.snapshot(DEMO_TRAINEES.alex))?.goals.find(
      (x) => x.status === 'pending_approval',
    );
    const approve = await post(
      invoke(
        'goal.approve',
        { traineeId: DEMO_TRAINEES.alex, id: g?.id, rev: g?.rev, comment: 'ok' },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(approve.body.value).join(' ')).toMatch(
      /^Som LIS for Alex Wilber kan du ikke gjøre dette/,
    );
  });

  it('a leader ends a delegation early: asked first, the delegate is told and can no longer approve', async () => {
    const { megan, patti, isaiah } = DEMO_PEOPLE;
    const T = DEMO_TRAINEES.alex;
    await say('hei', patti);
    await post(
      invoke(
        'delegation.grant',
        { delegate: patti.aadObjectId, trainee: T, from: '2026-11-20', to: '2026-12-10' },
        { from: megan, serviceUrl: app.connector.url },
      ),
    );
    await app.outbox.idle();
    const cards = await say('deleger', megan);
    expect(cardTexts(cards[0]?.attachments)).toContain(
      '• Patti Fernandez for Alex Wilber, 20.11.2026–10.12.2026',
    );
    expect(JSON.stringify(cards[0]?.attachments)).toContain(
      'Vil du avslutte delegeringen til Patti Fernandez for Alex Wilber nå?',
    );
    const end = cardButtons(cards[0]?.attachments).find((b) => b.verb === 'delegation.end');
    expect(end?.title).toBe('Ja, avslutt nå');
    // Someone else pressing it (a forged invoke): nothing learnt, nothing changed.
    const before = (await app.store.trainees.getProfile(T))?.etag;
    const forged = await post(
      invoke('delegation.end', end?.data ?? {}, { from: isaiah, serviceUrl: app.connector.url }),
    );
    expect(JSON.stringify(forged.body)).not.toMatch(/Patti|Alex/);
    expect((await app.store.trainees.getProfile(T))?.etag).toBe(before);

    app.connector.clear();
    const r = await post(
      invoke('delegation.end', end?.data ?? {}, { from: megan, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(r.body.value)).toContain(
      'Delegeringen til Patti Fernandez for Alex Wilber er avsluttet.',
    );
    await app.outbox.idle();
    expect(app.connector.sent().at(-1)?.text).toMatch(
      /^Megan Bowen har avsluttet delegeringen til deg for Alex Wilber/,
    );
    const profile = await app.store.trainees.getProfile(T);
    expect(profile?.delegations.find((d) => d.delegate === patti.aadObjectId)).toMatchObject({
      revoked: true,
      endedAt: '2026-11-26',
    });
    expect(can(patti.aadObjectId, 'goal.decide', profile!, '2026-11-26').ok).toBe(false);
    const trail = await app.store.trainees.auditOf(T, `delegation:${end?.data.id}`);
    expect(trail.map((e) => e.verb)).toEqual(['delegation.grant', 'delegation.end']);
    // The inbox no longer offers Patti anything to approve; a second click changes nothing.
    expect(cardTexts((await say('hva venter på meg?', patti))[0]?.attachments).join(' ')).not.toMatch(
      /Godkjenn/,
    );
    const again = await post(
      invoke('delegation.end', end?.data ?? {}, { from: megan, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(again.body.value).join(' ')).toMatch(/allerede avsluttet\. Ingenting er endret\./);
    expect(cardTexts((await say('deleger', megan))[0]?.attachments).join(' ')).not.toMatch(/Patti/);
  });

  it('lets the LIS remove a supervisor, who is told and can no longer sign', async () => {
    const { alex, isaiah } = DEMO_PEOPLE;
    await say('hei', isaiah);
    const roles = await say('roller', alex);
    const remove = cardButtons(roles[0]?.attachments).find(
      (b) => b.verb === 'role.remove' && b.data.id === isaiah.aadObjectId,
    );
    // Removing asks first: the card's button only opens the question; "Ja, fjern" is inside it.
    const asks = JSON.stringify(roles[0]?.attachments);
    const card = (roles[0]?.attachments ?? []) as { content: { actions: Record<string, unknown>[] } }[];
    const opener = card[0]?.content.actions.find((a) => a.title === 'Fjern Isaiah Langer som supervisør …');
    expect(opener?.type).toBe('Action.ShowCard');
    expect(asks).toContain('Vil du fjerne Isaiah Langer som supervisør?');
    expect(remove?.title).toBe('Ja, fjern');
    app.connector.clear();
    const r = await post(
      invoke('role.remove', remove?.data ?? {}, { from: alex, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(r.body.value)).toContain('Isaiah Langer er fjernet som supervisør.');
    await app.outbox.idle();
    expect(app.connector.sent().some((s) => s.text === 'Du er ikke lenger supervisør for Alex Wilber.')).toBe(
      true,
    );
    const a = await app.store.trainees.getActivity(DEMO_TRAINEES.alex, 'activity:demo-4');
    const sign = await post(
      invoke(
        'activity.sign',
        { traineeId: DEMO_TRAINEES.alex, id: a?.id, rev: a?.rev },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(sign.body.value).join(' ')).toMatch(/Ingenting er endret/);

    // What waited for Isaiah says he can no longer sign, and offers another supervisor, not a reminder.
    const activityCard = await alexPresses('activity.refresh', a);
    expect(cardTexts(activityCard.body.value)).toContain(
      'Venter på signering fra Isaiah Langer, som ikke lenger er supervisør for deg. Send den til en annen supervisør, eller trekk den tilbake.',
    );
    const verbs = cardButtons(activityCard.body.value).map((b) => b.verb);
    expect(verbs).not.toContain('activity.remind');
    expect(verbs).toContain('activity.reassign');
    const progress = await say('hva gjenstår?', alex);
    expect(cardTexts(progress[0]?.attachments).join(' ')).toMatch(
      /Suturering av kuttskade på legevakt: signering fra Isaiah Langer, sendt .*\. Isaiah Langer er ikke lenger supervisør/,
    );
    expect(
      cardButtons(progress[0]?.attachments).some((b) => b.verb === 'activity.remind' && b.data.id === a?.id),
    ).toBe(false);
    // A reminder asked for anyway is refused, and nothing reaches Isaiah.
    app.connector.clear();
    const remind = await alexPresses('activity.remind', a);
    expect(cardTexts(remind.body.value).join(' ')).toMatch(
      /Isaiah Langer er ikke lenger supervisør for deg\. Send aktiviteten til en annen supervisør, eller trekk den tilbake\. Ingenting er endret\./,
    );
    await app.outbox.idle();
    expect(app.connector.sent().filter((m) => JSON.stringify(m).includes(isaiah.aadObjectId))).toEqual([]);
  });

  it('with the leader removed, nothing claims to go to a leader: no reminder offered, a request says to invite one', async () => {
    const { alex, megan } = DEMO_PEOPLE;
    const T = DEMO_TRAINEES.alex;
    await say('hei', megan);
    await alexRemoves(megan);
    const progress = await say('hva gjenstår?', alex);
    const texts = cardTexts(progress[0]?.attachments);
    expect(texts.join(' ')).toMatch(
      /DEL1-064: godkjenning fra leder, sendt .*\. Du har ingen leder i appen nå: inviter en med «inviter»\./,
    );
    const buttons = cardButtons(progress[0]?.attachments);
    expect(buttons.some((b) => b.verb === 'goal.remind')).toBe(false);
    expect(buttons.some((b) => b.title.includes('Minn  på'))).toBe(false);
    // Adele, his advisor, reads it about Alex, not as if she were the LIS.
    const advisorView = cardTexts((await say('hva gjenstår for Alex?', DEMO_PEOPLE.adele))[0]?.attachments);
    expect(advisorView.join(' ')).toMatch(
      /DEL1-064: godkjenning fra leder, sendt .*\. Alex Wilber har ingen leder i appen nå\./,
    );
    expect(advisorView.join(' ')).not.toMatch(/inviter en/);
    // Asked anyway: refused, with what to do.
    const g = (await app.store.trainees.snapshot(T))?.goals.find((x) => x.status === 'pending_approval');
    const remind = await alexPresses('goal.remind', g);
    expect(cardTexts(remind.body.value).join(' ')).toMatch(
      /Du har ingen leder i appen nå, så ingen å minne på\./,
    );
    // A new request is kept for the leader Alex invites, and says so.
    const ask = buttons.find((b) => b.verb === 'goal.request');
    const asked = await post(
      invoke('goal.request', ask?.data ?? {}, { from: alex, serviceUrl: app.connector.url }),
    );
    expect(cardTexts(asked.body.value).join(' ')).toMatch(
      /Du har ingen leder i appen nå: inviter en med «inviter», så finner lederen forespørselen under «hva venter på meg\?»\./,
    );
  });

  it('a reminder stored before the supervisor was removed is not delivered to them', async () => {
    const { isaiah } = DEMO_PEOPLE;
    const T = DEMO_TRAINEES.alex;
    // Short leases, so a new instance takes over what the stopped one held.
    await app.stop();
    app = await startTestApp({ outbox: { leaseMs: 400, sweepMs: 60_000 } });
    await say('hei', isaiah);
    const a = await app.store.trainees.getActivity(T, 'activity:demo-4');
    // Alex reminds Isaiah; the instance stops before it delivers (as if it died right after the answer).
    app.outbox.stop();
    const reminded = await alexPresses('activity.remind', a);
    expect(cardTexts(reminded.body.value)).toContain('Påminnelse sendt til Isaiah Langer.');
    // Then removes him (the removal's own notice waits in the outbox too).
    await alexRemoves(isaiah);
    app.connector.clear();
    // A new instance delivers what waits: the removal is told; the reminder with Alex's activity is not sent.
    await new Promise((r) => setTimeout(r, 450));
    const next = new Outbox({ leaseMs: 5000 }).attach(app.deps, app.deliverer);
    await next.sweep();
    await next.idle();
    const toIsaiah = app.connector
      .sent()
      .filter((m) => (m.conversation as { id: string }).id === `a:personal-${isaiah.aadObjectId}`);
    expect(toIsaiah.map((m) => m.text)).toEqual(['Du er ikke lenger supervisør for Alex Wilber.']);
    expect(JSON.stringify(toIsaiah)).not.toContain('Suturering');
    next.stop();
  });
});
