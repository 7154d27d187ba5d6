import { DEMO_PEOPLE, DEMO_TRAINEES, DEMO_UNIT_ID } from '../../core/demo';
import { firstTraineeId } from '../../ops/profileRegister';
import type { RegistrationForm } from '../../tab/shared/api';
import { deliverWhatWasLeft, stopBeforeIndexOf, tabSuite } from '../helpers/tab';

const nina = { aadObjectId: '7a1e0c55-1b2c-4d3e-8f90-0123456789ab', name: 'Nina Nilsen' };
const { alex } = DEMO_PEOPLE;
const MUNICIPAL = {
  phase: 'LIS1_municipality',
  unitId: DEMO_UNIT_ID,
  start: '2026-09-01',
  end: '2027-02-28',
  position: 'LIS1',
  percent: 100,
};

/**
 * Registering as a LIS from the tab, as «kom i gang» does in the chat: someone with no LIS to follow
 * gets the form; what is wrong is said in a sentence and nothing is stored; a registration is
 * stored whole with its audit event, and the LIS edits it later from the same form.
 */
describe('registering as a LIS in the tab, over real HTTP', () => {
  const tab = tabSuite([]);
  const as = async (who: { aadObjectId: string; name: string }, lang = 'nb-NO', key?: string) => ({
    authorization: `Bearer ${await tab.issuer.token(who.aadObjectId, { name: who.name })}`,
    'content-type': 'application/json',
    'accept-language': lang,
    ...(key ? { 'idempotency-key': key } : {}),
  });
  const form = async (who: { aadObjectId: string; name: string }, lang = 'nb-NO') => {
    const res = await fetch(`${tab.app.baseUrl}/api/tab/registration`, { headers: await as(who, lang) });
    return { status: res.status, body: (await res.json()) as RegistrationForm };
  };
  const register = async (who: { aadObjectId: string; name: string }, body: unknown, key?: string) => {
    const res = await fetch(`${tab.app.baseUrl}/api/tab/registration`, {
      method: 'POST',
      headers: await as(who, 'nb-NO', key),
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, string> };
  };
  const traineeOf = async (who: { aadObjectId: string }) =>
    (await tab.app.store.people.get(who.aadObjectId))?.traineeId;

  it('gives someone new the form with the chat’s texts and choices, in their language; only with a token', async () => {
    const nb = await form(nina);
    expect(nb.status).toBe(200);
    expect(nb.body.registered).toBe(false);
    expect(nb.body.texts.title).toBe('Registrer deg som LIS');
    expect(nb.body.phases.map((p) => p.value)).toEqual([
      'LIS1_hospital',
      'LIS1_municipality',
      'LIS2',
      'LIS3',
    ]);
    // Its kind in its title, as the chat's form says it.
    expect(nb.body.units).toContainEqual({
      value: DEMO_UNIT_ID,
      title: 'Demo kommune, helse og omsorg (Kommune)',
    });
    // Every workplace there is a municipality: a LIS1 there is in the municipal part, at that one.
    expect(nb.body.values).toMatchObject({
      phase: 'LIS1_municipality',
      unitId: DEMO_UNIT_ID,
      percent: '100',
    });
    expect(nb.body.catalogs.map((c) => c.value)).toContain('lis1-clinical-2020');
    expect((await form(nina, 'en-GB')).body.texts.title).toBe('Register as a LIS');
    const anonymous = await fetch(`${tab.app.baseUrl}/api/tab/registration`);
    expect(anonymous.status).toBe(401);
    const post = await fetch(`${tab.app.baseUrl}/api/tab/registration`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(MUNICIPAL),
    });
    expect(post.status).toBe(401);
    expect(await traineeOf(nina)).toBeUndefined();
  });

  it('says what is wrong in a sentence and stores nothing', async () => {
    const hospital = await register(nina, { ...MUNICIPAL, phase: 'LIS1_hospital' });
    expect(hospital).toEqual({
      status: 400,
      body: {
        error: 'bad_request',
        field: 'unit',
        message:
          'Sykehusdelen av LIS1 har du på et sykehus (i et helseforetak), men Demo kommune, helse og omsorg er en kommune. Velg «LIS1 – kommunedelen», eller sykehuset du er ansatt ved. Ingenting er endret.',
      },
    });
    const backwards = await register(nina, { ...MUNICIPAL, end: '2026-08-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.field).toBe('dates');
    const specialty = await register(nina, { ...MUNICIPAL, phase: 'LIS2', specialty: '' });
    expect(specialty.body.field).toBe('specialty');
    const unit = await register(nina, { ...MUNICIPAL, unitId: 'unit-nowhere' });
    expect(unit.body.message).toMatch(/Arbeidsgiver/);
    // Plans a LIS cannot follow: each refusal names the plan and what to choose.
    const plans = async (catalogs: string[], body: Record<string, unknown> = MUNICIPAL) =>
      (await register(nina, { ...body, catalogs })).body;
    const gp = { ...MUNICIPAL, phase: 'LIS3', specialty: 'allmennmedisin', partStart: '2025-11-26' };
    expect(await plans(['lis3-allmennmedisin-2019', 'fkm-lis23-2019', 'fkm-lis23-2026'], gp)).toEqual({
      error: 'bad_request',
      field: 'catalogs',
      message:
        'Du følger én versjon av hver læringsmålplan: velg enten «Felles kompetansemål LIS2/3, før 2026 (demo)» eller «Felles kompetansemål LIS2/3, 2025 (demo)». Ingenting er endret.',
    });
    expect((await plans(['lis1-clinical-2020', 'fkm-lis1-2019'])).message).toBe(
      '«Felles kompetansemål LIS1, før 2025 (demo)» gjaldt til 31.08.2025, før du startet denne delen av utdanningen (01.09.2026). Du følger planen som gjaldt da du startet, eller en nyere. Ingenting er endret.',
    );
    expect((await plans(['lis1-clinical-2020', 'lis3-allmennmedisin-2019'])).message).toBe(
      '«LIS3 allmennmedisin, ALM (demo, utdrag)» er en læringsmålplan for LIS3 allmennmedisin, ikke for LIS1. Velg planene for LIS1. Ingenting er endret.',
    );
    expect(
      (
        await plans(['lis3-allmennmedisin-2019', 'fkm-lis23-2026'], {
          ...MUNICIPAL,
          phase: 'LIS3',
          specialty: 'samfunnsmedisin',
        })
      ).message,
    ).toBe(
      '«LIS3 allmennmedisin, ALM (demo, utdrag)» er læringsmålplanen i allmennmedisin. Velg planen for din spesialitet, og de felles kompetansemålene. Ingenting er endret.',
    );
    const wrongShape = await register(nina, { ...MUNICIPAL, percent: 'hundre' });
    expect(wrongShape.status).toBe(400);
    expect(await traineeOf(nina)).toBeUndefined();
    // A token without a name, from someone the app has not met: no nameless LIS.
    const nameless = { aadObjectId: '7a1e0c55-1b2c-4d3e-8f90-00000000f00d', name: '' };
    expect(await register(nameless, MUNICIPAL)).toEqual({
      status: 409,
      body: {
        error: 'name_unknown',
        message:
          'Jeg vet ikke navnet ditt ennå. Skriv «hei» til meg i Teams først, så kan du registrere deg. Ingenting er endret.',
      },
    });
    expect(await traineeOf(nameless)).toBeUndefined();
  });

  it('registers the LIS whole, with its audit event; once for a retried request; then edited from the same form', async () => {
    const r = await register(nina, MUNICIPAL, 'register-nina-1');
    expect(r.status).toBe(201);
    expect(r.body.message).toBe(
      'Du er registrert som LIS1 – kommunedelen hos Demo kommune, helse og omsorg. Læringsmål: LIS1 kliniske læringsmål, 2020 (demo), Felles kompetansemål LIS1, 2025 (demo).',
    );
    const traineeId = await traineeOf(nina);
    expect(traineeId).toBe(r.body.traineeId);
    const profile = await tab.app.store.trainees.getProfile(traineeId ?? '');
    expect(profile).toMatchObject({
      name: 'Nina Nilsen',
      aadObjectId: nina.aadObjectId,
      phase: 'LIS1',
      part: 'municipality',
      employer: { unitId: DEMO_UNIT_ID },
      service: { start: '2026-09-01', end: '2027-02-28', percent: 100 },
    });
    // The same request again (no answer came): one LIS, one audit event.
    expect((await register(nina, MUNICIPAL, 'register-nina-1')).status).toBeLessThan(300);
    expect(await traineeOf(nina)).toBe(traineeId);
    expect((await tab.app.store.trainees.auditTrail(traineeId ?? '')).map((e) => e.verb)).toEqual([
      'profile.register',
    ]);
    // Her own page now, and the form starts from her registration.
    expect((await tab.overview(nina)).detail?.traineeId).toBe(traineeId);
    const again = await form(nina);
    expect(again.body).toMatchObject({
      registered: true,
      texts: { title: 'Endre registreringen din' },
      values: { phase: 'LIS1_municipality', start: '2026-09-01', percent: '100' },
    });
    const edit = await register(nina, { ...MUNICIPAL, percent: 80 });
    expect(edit.status).toBe(200);
    expect((await tab.app.store.trainees.getProfile(traineeId ?? ''))?.service?.percent).toBe(80);
    expect((await tab.app.store.trainees.auditTrail(traineeId ?? '')).map((e) => e.verb).sort()).toEqual([
      'profile.edit',
      'profile.register',
    ]);
  });

  it('a registration cut short before the person was linked to it is completed when tried again, not made twice', async () => {
    const first = await register(nina, MUNICIPAL, 'register-nina-crash');
    expect(first.status).toBe(201);
    // As if the app died after writing the LIS, before linking Nina to it: her person names no LIS.
    const person = await tab.app.store.people.get(nina.aadObjectId);
    const { traineeId: _gone, ...unlinked } = person!;
    await tab.app.store.people.replacePerson(unlinked);
    expect(await traineeOf(nina)).toBeUndefined();
    // She tries again (a new click, a new key): the same LIS, linked now; still one.
    const again = await register(nina, { ...MUNICIPAL, percent: 90 }, 'register-nina-again');
    expect(again.status).toBeLessThan(300);
    expect(again.body.traineeId).toBe(first.body.traineeId);
    expect(await traineeOf(nina)).toBe(first.body.traineeId);
    expect(
      (await tab.app.store.trainees.auditTrail(first.body.traineeId ?? '')).map((e) => e.verb).sort(),
    ).toEqual(['profile.edit', 'profile.register']);
    expect((await tab.app.store.trainees.getProfile(first.body.traineeId ?? ''))?.service?.percent).toBe(90);
  });

  it('a registration the app stopped in, after the LIS was stored, is completed by its outbox entry: her link, the workplace’s list', async () => {
    const onList = async (unitId: string, traineeId: string) =>
      (await tab.app.store.units.get(unitId))?.traineeIds.includes(traineeId);
    // The app stops after the LIS and its event are stored, before Nina's person links to it.
    stopBeforeIndexOf(tab.app, nina);
    expect((await register(nina, MUNICIPAL, 'register-nina-stop')).status).toBe(500);
    const traineeId = firstTraineeId(nina.aadObjectId);
    expect((await tab.app.store.trainees.getProfile(traineeId))?.name).toBe('Nina Nilsen');
    expect(await traineeOf(nina)).toBeUndefined();
    expect(await onList(DEMO_UNIT_ID, traineeId)).toBe(false);
    // After the restart: her link and the workplace's list (the channel tab's), with nobody trying again.
    await deliverWhatWasLeft(tab.app, [traineeId]);
    expect(await traineeOf(nina)).toBe(traineeId);
    expect(await onList(DEMO_UNIT_ID, traineeId)).toBe(true);
    expect((await tab.overview(nina)).detail?.traineeId).toBe(traineeId);

    // She moves to another workplace; the app stops before the lists are changed.
    const other = await tab.app.store.units.createUnit({
      id: 'unit-nina-moves-to',
      unitId: 'unit-nina-moves-to',
      name: 'Østby legekontor',
      kind: 'municipality',
      teamIds: [],
      traineeIds: [],
      owners: [],
    });
    tab.app.outbox.stop();
    const units = tab.app.store.units;
    const replaceUnit = units.replaceUnit;
    units.replaceUnit = () => {
      units.replaceUnit = replaceUnit;
      return Promise.reject(new Error('the app stopped here'));
    };
    expect((await register(nina, { ...MUNICIPAL, unitId: other.unitId }, 'register-nina-move')).status).toBe(
      500,
    );
    expect(await onList(DEMO_UNIT_ID, traineeId)).toBe(true);
    expect(await onList(other.unitId, traineeId)).toBe(false);
    await deliverWhatWasLeft(tab.app, [traineeId]);
    expect(await onList(DEMO_UNIT_ID, traineeId)).toBe(false);
    expect(await onList(other.unitId, traineeId)).toBe(true);
    // In step: delivering again writes nothing more.
    const etags = async () =>
      [
        (await tab.app.store.units.get(other.unitId))?.etag,
        (await tab.app.store.units.get(DEMO_UNIT_ID))?.etag,
        (await tab.app.store.people.get(nina.aadObjectId))?.etag,
      ].join();
    const before = await etags();
    await deliverWhatWasLeft(tab.app, [traineeId]);
    expect(await etags()).toBe(before);
  });

  it('a registered LIS edits their own registration; the form never shows anyone else’s', async () => {
    const alexForm = await form(alex);
    expect(alexForm.body.registered).toBe(true);
    const own = await tab.app.store.trainees.getProfile(DEMO_TRAINEES.alex);
    expect(alexForm.body.values.start).toBe(own?.service?.start);
    // Nina (not registered) gets the blank form, not Alex's.
    expect((await form(nina)).body.values.start).toBe('');
  });
});

describe('a LIS moved over to a newer version of a plan', () => {
  const { lynne, megan } = DEMO_PEOPLE;
  const tab = tabSuite([lynne, megan]);
  /** Lynne's registration as the tab's form holds it, and a save of it with `change` made. */
  const lynnesForm = async () => {
    const form = (await (
      await fetch(`${tab.app.baseUrl}/api/tab/registration`, {
        headers: {
          authorization: `Bearer ${await tab.issuer.token(lynne.aadObjectId, { name: lynne.name })}`,
        },
      })
    ).json()) as RegistrationForm;
    const { catalogs, ...values } = form.values;
    const save = (change: Record<string, unknown>) =>
      tab.post(lynne, 'registration', {
        ...values,
        percent: Number(values.percent),
        psychiatry: values.psychiatry === 'true',
        institution: values.institution === 'true',
        catalogs: catalogs.split(','),
        ...change,
      });
    return { catalogs, save };
  };

  it('changes it in her registration, and her leader is told what no longer counts', async () => {
    const T = DEMO_TRAINEES.lynne;
    const { catalogs, save } = await lynnesForm();
    expect(catalogs.split(',').sort()).toEqual(['fkm-lis23-2019', 'lis3-allmennmedisin-2019']);
    // A request for approval waits in the plan she would leave: recalled or answered first.
    const before = await tab.state(T);
    const waiting = await save({
      catalogs: ['fkm-lis23-2026'],
    });
    expect(waiting).toEqual({
      status: 400,
      body: {
        error: 'bad_request',
        field: 'catalogs',
        message:
          'ALM-006 i «LIS3 allmennmedisin, ALM (demo, utdrag)» venter på godkjenning. Trekk forespørselen tilbake, eller vent på svar fra lederen, før du bytter bort fra planen. Ingenting er endret.',
      },
    });
    expect(await tab.state(T)).toEqual(before);
    const moved = await save({
      catalogs: ['lis3-allmennmedisin-2019', 'fkm-lis23-2026'],
    });
    expect(moved.status).toBe(200);
    const profile = await tab.app.store.trainees.getProfile(T);
    expect(profile?.catalogIds).toEqual(['lis3-allmennmedisin-2019', 'fkm-lis23-2026']);
    await tab.app.outbox.idle();
    expect(tab.sentTo(megan).map((m) => m.text)).toEqual([
      `${profile?.name} følger nå Felles kompetansemål LIS2/3, 2025 (demo) i stedet for Felles kompetansemål LIS2/3, før 2026 (demo) (endret i registreringen). Læringsmål godkjent i Felles kompetansemål LIS2/3, før 2026 (demo) teller ikke lenger i appen, men er med i eksporten til Kompetanseportalen.`,
    ]);
    // An edit that leaves the plans as they were says nothing of plans; a new percentage is told, since
    // the leader confirms the service.
    tab.app.connector.clear();
    const same = await save({
      percent: 80,
      catalogs: ['lis3-allmennmedisin-2019', 'fkm-lis23-2026'],
    });
    expect(same.status).toBe(200);
    await tab.app.outbox.idle();
    expect(tab.sentTo(megan).map((m) => m.text)).toEqual([
      expect.stringMatching(new RegExp(`^${profile?.name} har endret tjenesten sin i appen: nå .*, 80 %, `)),
    ]);
    tab.app.connector.clear();
    expect(
      (await save({ percent: 80, catalogs: ['lis3-allmennmedisin-2019', 'fkm-lis23-2026'] })).status,
    ).toBe(200);
    await tab.app.outbox.idle();
    expect(tab.sentTo(megan)).toEqual([]);
  });

  it('moving to another employer keeps her leader until she invites the new one, and both are told', async () => {
    const T = DEMO_TRAINEES.lynne;
    const other = await tab.app.store.units.createUnit({
      id: 'unit-ostby',
      unitId: 'unit-ostby',
      name: 'Østby legekontor',
      kind: 'municipality',
      teamIds: [],
      traineeIds: [],
      owners: [],
    });
    const { save } = await lynnesForm();
    const moved = await save({
      unitId: other.unitId,
    });
    expect(moved.status).toBe(200);
    expect(String(moved.body.message)).toContain(
      'Megan Bowen er fortsatt lederen din her. Godkjenner en annen hos Østby legekontor fra nå av, inviter den nye lederen («inviter leder»): Megan Bowen får beskjed når invitasjonen er takket ja til.',
    );
    await tab.app.outbox.idle();
    const name = (await tab.app.store.trainees.getProfile(T))?.name;
    expect(tab.sentTo(megan).map((m) => m.text)).toEqual([
      `${name} er nå registrert hos Østby legekontor (før: Demo kommune, helse og omsorg). Du er fortsatt leder for ${name} i appen til ${name} inviterer en ny leder.`,
    ]);
  });
});
