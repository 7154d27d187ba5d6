import { addDays } from '../../core/dates';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { TraineeProfile } from '../../core/model';
import { updateProfile } from '../../ops/profiles';
import { cardButtons, cardInputs, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const { alex, megan, isaiah, adele } = DEMO_PEOPLE;

describe('service periods with place, LIS1 as its two parts, and corrections, over real HTTP', () => {
  let app: TestApp;
  const { say, click, textsTo } = chat(() => app);
  /** A LIS saves the registration card again: as it stands, with the fields given changed. */
  const registersAgain = (
    who: { aadObjectId: string; name: string },
    p: TraineeProfile,
    change: Record<string, unknown>,
  ) =>
    click(
      'profile.register',
      {
        unitId: p.employer.unitId,
        start: p.service?.start,
        end: p.service?.end,
        position: p.service?.position,
        percent: '100',
        partStart: p.partStart,
        ...change,
      },
      who,
    );
  const alexRegisters = (p: TraineeProfile, change: Record<string, unknown>) =>
    registersAgain(alex, p, { phase: 'LIS1_municipality', psychiatry: 'true', ...change });
  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, isaiah]) await say('hei', who);
  });
  afterEach(() => app.stop());

  const profile = async () => (await app.store.trainees.getProfile(T))!;
  const audit = async (target: string) => (await app.store.trainees.auditOf(T, target)).map((e) => e.verb);

  it('the leader sees every period with its place, the two parts against 12 and 6 months, and absence per period', async () => {
    const card = (await say('tjenesteperioder for Alex', megan))[0];
    const texts = cardTexts(card?.attachments);
    expect(texts).toContain('Tjeneste for Alex Wilber');
    expect(texts).toContain('Sykehusdelen (med psykiatri): 365 av 365 dager i heltid');
    // The municipal period runs on: what is served up to today (26.11.2026), and what it will be.
    expect(texts).toContain('Kommunedelen: 92 av 184 dager i heltid hittil, 184 når perioden er slutt');
    expect(texts).toContain('Psykiatri · Sørlandet sykehus, klinikk for psykisk helse (demo)');
    expect(texts).toContain('Kommune (nå)');
    // Once the registered period has ended it is no longer "nå".
    const end = (await profile()).service!.end;
    app.deps.now = () => new Date(`${addDays(end, 14)}T09:00:00Z`);
    const after = cardTexts((await say('tjenesteperioder for Alex', megan))[0]?.attachments);
    expect(after).toContain('Kommune');
    expect(after.join(' ')).not.toMatch(/\(nå\)/);
    // The current period's absence, with a decimal comma.
    expect(texts.some((x) => /fravær 7 dager \(3,8 %\)$/.test(x))).toBe(true);
    const verbs = cardButtons(card?.attachments).map((b) => b.verb);
    expect(verbs).toEqual(
      expect.arrayContaining(['service.addPeriod', 'service.removePeriod', 'absence.remove']),
    );
  });

  it('a LIS3 in general practice: two years in general practice and six months in an institution, counted; the leader marks a municipal period as an institution', async () => {
    const L = DEMO_TRAINEES.lynne;
    const lynneCard = async () => (await say('tjenesteperioder for Lynne', megan))[0]?.attachments;
    const before = cardTexts(await lynneCard());
    const gp = before.find((x) => x.startsWith('Åpen, uselektert allmennpraksis:'));
    expect(gp).toMatch(
      /^Åpen, uselektert allmennpraksis: \d+ av minst 730 dager i heltid hittil, \d+ når perioden er slutt$/,
    );
    expect(before).toContain('Institusjon (sykehus, sykehjem o.l.): 0 av minst 182 dager i heltid');
    // The form asks it for Lynne, not for Alex (LIS1 has its parts instead).
    expect(JSON.stringify(await lynneCard())).toContain('"id":"setting"');
    expect(JSON.stringify((await say('tjenesteperioder for Alex', megan))[0]?.attachments)).not.toContain(
      '"id":"setting"',
    );
    const lynneStart = (await app.store.trainees.getProfile(L))?.service?.start ?? '';
    const period = {
      traineeId: L,
      place: 'municipality',
      setting: 'institution',
      workplace: 'Demo sykehjem',
      start: '2024-01-01',
      end: '2024-06-30',
      position: 'Sykehjemslege',
      percent: '100',
    };
    expect(lynneStart > period.end).toBe(true);
    const added = await click('service.addPeriod', period, megan);
    const after = cardTexts(added.value);
    expect(after).toContain('Institusjon (sykehus, sykehjem o.l.): 182 av minst 182 dager i heltid');
    expect(after).toContain('Kommune · Institusjon (sykehjem o.l.) · Demo sykehjem');
    expect((await app.store.trainees.getProfile(L))?.earlier?.[0]?.setting).toBe('institution');
    // The period now, marked at registration as in an institution: it counts there, not as general practice.
    const lynne = DEMO_PEOPLE.lynne;
    await say('hei', lynne);
    const p = (await app.store.trainees.getProfile(L))!;
    const re = await registersAgain(lynne, p, {
      phase: 'LIS3',
      specialty: 'allmennmedisin',
      institution: 'true',
    });
    expect(re.statusCode).toBe(200);
    expect((await app.store.trainees.getProfile(L))?.service?.setting).toBe('institution');
    const moved = cardTexts(await lynneCard());
    expect(moved.find((x) => x.startsWith('Åpen, uselektert allmennpraksis:'))).toBe(
      'Åpen, uselektert allmennpraksis: 0 av minst 730 dager i heltid',
    );
    expect(moved.find((x) => x.startsWith('Institusjon'))).toMatch(
      /^Institusjon \(sykehus, sykehjem o\.l\.\): \d{3} av minst 182 dager i heltid hittil/,
    );
    // A setting nobody offered is refused; nothing is stored.
    const bad = await click(
      'service.addPeriod',
      { ...period, start: '2023-01-01', end: '2023-02-01', setting: 'x' },
      megan,
    );
    expect(cardTexts(bad.value).join(' ')).toMatch(/allmennpraksis eller institusjon/);
    expect((await app.store.trainees.getProfile(L))?.earlier).toHaveLength(1);
  });

  it('a LIS1 in the municipal half whose hospital year nobody entered: not entered, not «0 av 365»', async () => {
    await updateProfile(app.deps, T, (p) => ({ ...p, earlier: [] }));
    for (const who of [megan, alex]) {
      const texts = cardTexts((await say('tjenesteperioder for Alex', who))[0]?.attachments);
      expect(texts).toContain(
        'Sykehusdelen: ikke registrert her. Lederen kan legge den inn som en tidligere periode.',
      );
      expect(texts.join(' ')).not.toMatch(/Sykehusdelen.*0 av 365/);
      expect(texts).toContain('Kommunedelen: 92 av 184 dager i heltid hittil, 184 når perioden er slutt');
    }
  });

  it('the LIS registering again keeps the periods the employer entered (it used to drop them)', async () => {
    const p = await profile();
    const earlier = p.earlier ?? [];
    expect(earlier.length).toBeGreaterThan(0);
    const re = await alexRegisters(p, { position: 'LIS1 i kommunen' });
    expect(re.statusCode).toBe(200);
    expect((await profile()).service?.position).toBe('LIS1 i kommunen');
    expect((await profile()).earlier).toEqual(earlier);
    // No plans chosen in the form: she keeps those she follows (moved over to the 2025 FKM plan),
    // not those in force the day she started LIS1.
    expect((await profile()).catalogIds).toEqual(p.catalogIds);
    expect(cardTexts((await say('tjenesteperioder', alex))[0]?.attachments)).toContain(
      'Sykehusdelen (med psykiatri): 365 av 365 dager i heltid',
    );
  });

  it('a new percentage from January is a new period of the same part: the start-up meeting stays held', async () => {
    // «jeg jobber 80 %» finds the service card, which says how (the leader's card does not).
    const hint =
      'Ny stillingsprosent, stilling eller nytt arbeidssted fra en dato? Skriv «endre registrering» og la tjenesten starte den dagen: perioden før blir stående som en tidligere periode.';
    expect(cardTexts((await say('jeg jobber 80 % fra januar', alex))[0]?.attachments)).toContain(hint);
    expect(cardTexts((await say('tjenesteperioder for Alex', megan))[0]?.attachments)).not.toContain(hint);
    const p = await profile();
    const before = p.milestones;
    expect(before.find((m) => m.kind === 'intro')?.done).toBe(true);
    const re = await alexRegisters(p, { edit: true, start: '2027-01-01', percent: '80' });
    expect(re.statusCode).toBe(200);
    // Megan confirms his service: she is told what it is now.
    expect(textsTo(megan)).toEqual([
      'Alex Wilber har endret tjenesten sin i appen: nå 01.01.2027–26.02.2027, 80 %, LIS1, fastlegekontor og legevakt. Tjenesteperiodene ser du med «tjenesteperioder for Alex Wilber».',
    ]);
    const after = await profile();
    expect(after.milestones).toEqual(before);
    expect(after.service).toMatchObject({ start: '2027-01-01', percent: 80 });
    expect(after.earlier?.at(-1)).toMatchObject({ start: p.service?.start, end: '2026-12-31', percent: 100 });
    const texts = cardTexts((await say('hva gjenstår?', alex))[0]?.attachments);
    expect(texts.some((x) => x.startsWith('Oppstartsmøte') && x.includes('gjennomført'))).toBe(true);
  });

  it('a supervisor sees the periods but no absence and no corrections; the LIS sees their own without corrections', async () => {
    const bySupervisor = JSON.stringify((await say('tjenesteperioder for Alex', isaiah))[0]?.attachments);
    expect(bySupervisor).toContain('Sykehusdelen (med psykiatri)');
    expect(bySupervisor).not.toMatch(/fravær|ferie|sykdom|service\.|absence\./i);
    const own = JSON.stringify((await say('tjenesteperioder', alex))[0]?.attachments);
    expect(own).toMatch(/fravær 7 dager/);
    expect(own).not.toMatch(/"verb":"(service|absence)\./);
  });

  it('the leader adds an earlier period (overlap and one after the current refused), and removes it again; each with its audit event', async () => {
    const start = (await profile()).service!.start;
    const before = (await profile()).earlier?.length ?? 0;
    const period = (from: string, to: string) => ({
      traineeId: T,
      place: 'hospital',
      workplace: 'Sykehuset Telemark',
      start: from,
      end: to,
      position: 'Vikar',
      percent: '80',
    });
    const overlap = await click(
      'service.addPeriod',
      period((await profile()).earlier![0]!.start, '2026-01-01'),
      megan,
    );
    expect(cardTexts(overlap.value)[0]).toMatch(/overlapper en periode|må slutte før den nåværende/);
    const after = await click('service.addPeriod', period(start, start), megan);
    expect(cardTexts(after.value)[0]).toBe(
      'En tidligere periode må slutte før den nåværende tjenesten starter. Ingenting er endret.',
    );
    // The form on the card drawn again holds what was filled in: one date to correct, not seven fields.
    expect(cardInputs(after.value)).toMatchObject({
      place: 'hospital',
      workplace: 'Sykehuset Telemark',
      start,
      end: start,
      position: 'Vikar',
      percent: 80,
    });
    expect((await profile()).earlier).toHaveLength(before);

    // A name too long for the field is refused, never cut.
    const long = await click(
      'service.addPeriod',
      { ...period('2024-01-01', '2024-06-30'), workplace: 'x'.repeat(121) },
      megan,
    );
    expect(cardTexts(long.value)[0]).toBe(
      'Noe i skjemaet mangler eller er feil: Arbeidssted (navn). Ingenting er endret.',
    );
    const ok = await click('service.addPeriod', period('2024-01-01', '2024-06-30'), megan);
    expect(cardTexts(ok.value)[0]).toBe('Perioden er lagret.');
    expect(cardTexts(ok.value)).toContain('Sykehus · Sykehuset Telemark');
    expect((await profile()).earlier?.find((p) => p.start === '2024-01-01')).toMatchObject({
      place: 'hospital',
      percent: 80,
    });
    // The hospital part now counts 80 % of the six months too, and its twelve months run from
    // 1 January 2024, a leap year: 366 days.
    expect(cardTexts(ok.value).find((x) => x.startsWith('Sykehusdelen'))).toBe(
      'Sykehusdelen (med psykiatri): 511 av 366 dager i heltid',
    );
    expect(await audit('service')).toEqual(['service.addPeriod']);

    const removed = await click('service.removePeriod', { traineeId: T, start: '2024-01-01' }, megan);
    expect(cardTexts(removed.value)[0]).toBe('Perioden er fjernet.');
    expect((await profile()).earlier).toHaveLength(before);
    expect(await audit('service')).toEqual(['service.addPeriod', 'service.removePeriod']);
  });

  it('only the leader or a delegate: the advisor and the LIS are told why, a stranger learns nothing; nothing changes', async () => {
    const data = { traineeId: T, place: 'hospital', start: '2024-01-01', end: '2024-06-30', percent: '100' };
    const etag = (await profile()).etag;
    expect(cardTexts((await click('service.addPeriod', data, adele)).value)[0]).toBe(
      'Tjenesteperioder registreres av lederen (eller stedfortreder) for LIS-en. Ingenting er endret.',
    );
    expect(cardTexts((await click('service.addPeriod', data, alex)).value)[0]).toMatch(
      /registreres av lederen/,
    );
    const stranger = await click('service.addPeriod', data, { aadObjectId: 'aad-stranger', name: 'Mallory' });
    expect(JSON.stringify(stranger.value)).not.toMatch(/Alex|Sykehus/);
    expect((await profile()).etag).toBe(etag);
  });

  it('says where the confirmation of service and the export are made, to each as their role allows', async () => {
    const first = async (text: string, who: { aadObjectId: string; name: string }) =>
      String((await say(text, who))[0]?.text);
    expect(await first('tjenesteattest', megan)).toMatch(
      /^Bekreftelse på gjennomført tjeneste lager du i fanen/,
    );
    // The LIS is told whom to ask, by name; anyone else that it is the leader's.
    expect(await first('tjenesteattest', alex)).toBe(
      'Bekreftelse på gjennomført tjeneste lages av lederen din, Megan Bowen, for arbeidsgiveren: be Megan Bowen om den. Periodene dine, med fravær, ser du under «tjenesteperioder».',
    );
    expect(await first('tjenesteattest', isaiah)).toBe(
      'Bekreftelse på tjeneste lages av lederen (arbeidsgiver) eller stedfortreder.',
    );
    expect(await first('eksporter til kompetanseportalen', megan)).toMatch(/for alle dine LIS siden en dato/);
    // The LIS exports their own goals: not told about "all your LIS".
    expect(await first('eksporter til kompetanseportalen', alex)).toMatch(
      /^Eksporten til Kompetanseportalen lager du i fanen «LIS», under «Til Kompetanseportalen»: de godkjente læringsmålene dine/,
    );
    expect(await first('eksporter til kompetanseportalen', isaiah)).toBe(
      'Eksporten til Kompetanseportalen lages av LIS-en selv, eller av lederen for sine LIS.',
    );
  });

  it('the leader corrects an absence entered by mistake: asked first, the LIS is told the new figure, audit event', async () => {
    const entry = (await profile()).absence[0]!;
    const r = await click('absence.remove', { traineeId: T, from: entry.from }, megan);
    expect(cardTexts(r.value)[0]).toBe('Fraværet er fjernet, og Alex Wilber har fått vite det.');
    expect((await profile()).absence.some((a) => a.from === entry.from)).toBe(false);
    expect(
      textsTo(alex).some((x) => /har fjernet fraværet .* \(en rettelse\)\. Du har nå 2 dager fravær/.test(x)),
    ).toBe(true);
    expect(await audit('absence')).toEqual(['absence.remove']);
    // The same click again: nothing to remove, said plainly.
    const again = await click('absence.remove', { traineeId: T, from: entry.from }, megan);
    expect(cardTexts(again.value)[0]).toBe('Fant ikke det fraværet. Ingenting er endret.');
  });
});
