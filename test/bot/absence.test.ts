import { addDays } from '../../core/dates';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardInputs, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;
type Who = { aadObjectId: string; name: string };

describe('absence, entered by the leader and counted against the 10 % rule, over real HTTP', () => {
  let app: TestApp;
  let start = '';
  const { say, sayInGroup, click, textsTo } = chat(() => app);
  const record = async (from: Who, data: Record<string, unknown>) =>
    cardTexts((await click('absence.record', { traineeId: T, ...data }, from)).value).join(' ');

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, isaiah]) await say('hei', who);
    start = (await app.store.trainees.getProfile(T))!.service!.start;
  });
  afterEach(() => app.stop());

  it('the leader records it from a form (dates and a kind, no diagnosis); the LIS is told the figure with a decimal comma; one audit event', async () => {
    const form = (await say('registrer fravær', megan))[0]?.attachments;
    const json = JSON.stringify(form);
    expect(json).toContain(`"value":"${T}"`);
    expect(json).toContain('aldri diagnose');
    expect(cardButtons(form).map((b) => b.verb)).toEqual(['absence.record']);
    // Where each LIS stands before anything is added.
    const texts = cardTexts(form);
    expect(texts).toContain('Fravær så langt');
    expect(texts[texts.indexOf('Alex Wilber') + 1]).toBe(
      '7 dager fravær (3,8 % av tjenestetiden), grensen er 10 %',
    );
    const answer = await record(megan, { from: addDays(start, 100), to: addDays(start, 101), kind: 'sick' });
    expect(answer).toContain('Registrert: sykefravær');
    expect(answer).toMatch(/Nå 9 dager fravær \(4,9 % av tjenestetiden\)/);
    expect(textsTo(alex)).toEqual([
      expect.stringMatching(
        /^Megan Bowen har registrert sykefravær .* Du har nå 9 dager fravær \(4,9 % av tjenestetiden\)\.$/,
      ),
    ]);
    const p = await app.store.trainees.getProfile(T);
    expect(p?.absence.find((a) => a.from === addDays(start, 100))).toMatchObject({
      reason: 'sick',
      recordedBy: megan.aadObjectId,
    });
    expect((await app.store.trainees.auditOf(T, 'absence')).map((e) => e.verb)).toEqual(['absence.record']);
    // Alex asks: the figure, in his own words, and who to tell if it is wrong (he cannot record it).
    expect((await say('hvor mye fravær har jeg?', alex))[0]?.text).toBe(
      'Ditt fravær: 9 dager fravær (4,9 % av tjenestetiden), grensen er 10 %. Det er lederen din, Megan Bowen, som fører fraværet: si fra til Megan Bowen om noe mangler eller er feil.',
    );
    // Megan asks about Alex in her words: the form, with his figure now.
    const asked = cardTexts((await say('hvor mye fravær har Alex?', megan))[0]?.attachments);
    expect(asked[asked.indexOf('Alex Wilber') + 1]).toBe(
      '9 dager fravær (4,9 % av tjenestetiden), grensen er 10 %',
    );
  });

  it('"Lynne er syk i dag" fills the form in: Lynne, sick, today (or the day before, "i går"); "fravær" alone leaves it to the leader', async () => {
    const said = cardInputs((await say('Lynne er syk i dag', megan))[0]?.attachments);
    expect(said).toMatchObject({
      traineeId: DEMO_TRAINEES.lynne,
      kind: 'sick',
      from: '2026-11-26',
      to: '2026-11-26',
    });
    // "i går": the day before.
    const yesterday = cardInputs((await say('Lynne var syk i går', megan))[0]?.attachments);
    expect(yesterday).toMatchObject({ traineeId: DEMO_TRAINEES.lynne, from: '2026-11-25', to: '2026-11-25' });
    // A period written in the message: those days.
    const period = cardInputs((await say('Lynne har ferie 1.12–5.12', megan))[0]?.attachments);
    expect(period).toMatchObject({
      traineeId: DEMO_TRAINEES.lynne,
      kind: 'holiday',
      from: '2026-12-01',
      to: '2026-12-05',
    });
    // A name none of hers: said, with the one meant, and no LIS chosen (a guess would put it on someone else).
    const [slip] = await say('Lyne er syk i dag', megan);
    expect(slip?.text).toBe(
      'Jeg finner ingen LIS som heter «Lyne» blant dem du har en rolle for. Mente du Lynne Robbins?',
    );
    expect(cardInputs(slip?.attachments)).toMatchObject({ traineeId: '', kind: 'sick', from: '2026-11-26' });
    // A LIS the asker holds another role for is said to be someone else's to record, not "not found":
    // Isaiah, lent Megan's approval for Alex, supervises Lynne too.
    await click(
      'delegation.grant',
      { delegate: isaiah.aadObjectId, trainee: T, from: '2026-11-26', to: '2026-12-10' },
      megan,
    );
    const [other] = await say('Lynne er syk i dag', isaiah);
    expect(other?.text).toBe(
      'Du er ikke leder (eller stedfortreder) for Lynne Robbins, så fraværet til Lynne Robbins registrerer du ikke her.',
    );
    expect(cardInputs(other?.attachments)).toMatchObject({ traineeId: '', kind: 'sick' });
    const plain = cardInputs((await say('fravær', megan))[0]?.attachments);
    expect(plain.traineeId).toBe(T);
    expect(plain.kind).toBe('holiday');
    expect(plain.from || undefined).toBeUndefined();
  });

  it('"jeg skal på ferie" is the asker\'s own: the LIS their figure, a leader going away someone to approve meanwhile, others where it goes', async () => {
    const [lis] = await say('jeg skal i permisjon', alex);
    expect(lis?.text).toMatch(/^Ditt fravær: 7 dager fravær \(3,8 % av tjenestetiden\)/);
    const [leader] = await say('jeg skal på ferie', megan);
    expect(leader?.text).toBe(
      'Skal noen godkjenne på dine vegne mens du er borte? Velg hvem, og for hvilken periode.',
    );
    expect(cardButtons(leader?.attachments).map((b) => b.verb)).toEqual(['delegation.grant']);
    // Nothing of hers is recorded as a LIS's absence, and the form to record one is not what she gets.
    expect(JSON.stringify(leader?.attachments)).not.toContain('absence.record');
    const [past] = await say('jeg var syk i går', megan);
    expect(past?.text).toMatch(/^Her føres bare fraværet til leger i spesialisering \(LIS\)/);
    const [supervisor] = await say('jeg skal ha ferie i juli', isaiah);
    expect(supervisor?.text).toBe(past?.text);
    // A LIS named is the leader's to record, as before.
    const form = (await say('Alex skal i permisjon', megan))[0]?.attachments;
    expect(cardButtons(form).map((b) => b.verb)).toEqual(['absence.record']);
  });

  it('the form lists only LIS whose own record still names the caller as leader', async () => {
    // Megan's list of roles still names Alex, but Alex's record no longer has her as leader.
    const { etag, ...p } = (await app.store.trainees.getProfile(T))!;
    await app.store.trainees.commit({
      change: {
        kind: 'profile',
        etag,
        profile: {
          ...p,
          roles: p.roles.filter((r) => !(r.role === 'leader' && r.aadObjectId === megan.aadObjectId)),
        },
      },
      effects: [],
    });
    const texts = cardTexts((await say('fravær', megan))[0]?.attachments);
    expect(texts).not.toContain('Alex Wilber');
    expect(JSON.stringify(texts)).not.toContain('3,8 %');
    expect(texts).toContain('Lynne Robbins');
  });

  it('warns the LIS at 8 %, and past 10 % says how many days the service must be extended', async () => {
    expect(
      // 7 days from the demo and 8 more: 15 of 182 days, 8,2 %.
      await record(megan, { from: addDays(start, 100), to: addDays(start, 107), kind: 'leave' }),
    ).toMatch(/15 dager fravær \(8,2 % av tjenestetiden\)\. nær grensen på 10 %/);
    expect(textsTo(alex).some((x) => x.startsWith('Fraværet er nær grensen på 10 %'))).toBe(true);
    const over = await record(megan, { from: addDays(start, 120), to: addDays(start, 126), kind: 'holiday' });
    expect(over).toMatch(/over grensen på 10 % – tjenesten må forlenges med 4 dager \(resttjeneste\)/);
    expect(
      textsTo(alex).some(
        (x) => x === 'Fraværet er over grensen på 10 %: tjenesten må forlenges med 4 dager (resttjeneste).',
      ),
    ).toBe(true);
    const left = cardTexts((await say('hva gjenstår?', alex))[0]?.attachments).join(' ');
    expect(left).toMatch(/22 dager fravær \(12 % av tjenestetiden\), grensen er 10 % – over grensen/);
  });

  it('refuses overlapping days, dates outside the service, a kind that is not on the list; nothing changes', async () => {
    const before = (await app.store.trainees.getProfile(T))?.etag;
    const existing = (await app.store.trainees.getProfile(T))!.absence[0]!;
    expect(await record(megan, { from: existing.from, to: existing.to, kind: 'holiday' })).toMatch(
      /allerede registrert fravær.*Ingenting er endret/,
    );
    expect(
      // Before the hospital year: in no period the employer has entered.
      await record(megan, { from: addDays(start, -430), to: addDays(start, -420), kind: 'holiday' }),
    ).toMatch(/utenfor tjenesteperioden/);
    expect(
      await record(megan, { from: addDays(start, 100), to: addDays(start, 101), kind: 'influensa' }),
    ).toMatch(/Type/);
    // The form comes back as it was filled in, with why on top: the leader corrects it, and saves.
    const reversed = await click(
      'absence.record',
      { traineeId: T, from: addDays(start, 101), to: addDays(start, 100), kind: 'sick' },
      megan,
    );
    expect(cardTexts(reversed.value)[0]).toMatch(/^Sluttdatoen er før startdatoen\. Ingenting er endret\./);
    expect(cardInputs(reversed.value)).toEqual({
      traineeId: T,
      from: addDays(start, 101),
      to: addDays(start, 100),
      kind: 'sick',
    });
    expect(cardButtons(reversed.value).map((b) => b.verb)).toEqual(['absence.record']);
    // A day that does not exist (JavaScript's Date would roll 30 February over into March).
    const year = start.slice(0, 4);
    const noSuchDay = await record(megan, { from: `${year}-02-27`, to: `${year}-02-30`, kind: 'sick' });
    expect(noSuchDay).toMatch(
      /Noe i skjemaet mangler eller er feil: Fra og med \/ Til og med\. Ingenting er endret/,
    );
    expect((await app.store.trainees.getProfile(T))?.etag).toBe(before);
  });

  it('only the leader or a delegate: the LIS and the advisor are told why, a supervisor is not shown the form, a stranger learns nothing', async () => {
    const before = (await app.store.trainees.getProfile(T))?.etag;
    for (const who of [alex, adele, isaiah]) {
      expect(await record(who, { from: addDays(start, 100), to: addDays(start, 101), kind: 'sick' })).toMatch(
        /registreres av lederen.*Ingenting er endret/,
      );
    }
    const stranger = await record(
      { aadObjectId: 'x-9', name: 'X' },
      { from: addDays(start, 100), to: addDays(start, 101), kind: 'sick' },
    );
    expect(stranger).not.toMatch(/Alex|fravær/i);
    expect((await app.store.trainees.getProfile(T))?.etag).toBe(before);
    const bySupervisor = await say('fravær', isaiah);
    expect(bySupervisor[0]?.text).toBe(
      'Fraværet til en LIS føres av lederen, og bare LIS-en, lederen og veilederen ser det: ikke supervisører.',
    );
    // Someone with no role and no registration learns how to begin.
    expect((await say('fravær', { aadObjectId: 'x-9', name: 'X' }))[0]?.text).toMatch(
      /^Du er ikke LIS, og har ingen rolle for noen LIS ennå\. Skriv «kom i gang»/,
    );
    expect(JSON.stringify(bySupervisor)).not.toMatch(/dager fravær/);
    const asked = await say('hvor mye fravær har Alex?', isaiah);
    expect(JSON.stringify(asked)).not.toMatch(/dager fravær/);
    // Asked about a LIS he supervises: whose it is to see, not how absence is recorded.
    expect(asked[0]?.text).toBe('Fraværet til Alex Wilber ser Alex Wilber, lederen og veilederen.');
    expect((await say('hvor mye fravær har Zorro?', isaiah))[0]?.text).toMatch(/^Jeg finner ingen/);
  });

  it('the advisor reads the absence of the LIS they advise (never a supervisor); in a group chat it goes to their own chat', async () => {
    const asked = await say('hvor mye fravær har Alex?', adele);
    expect(asked[0]?.text).toMatch(
      /^Fravær så langt \(det er lederen som fører det\):\n\nAlex Wilber: \d+ dager fravær \(\d+(,\d)? % av tjenestetiden\), grensen er 10 %\.$/,
    );
    const all = (await say('fravær', adele))[0]?.text ?? '';
    expect(all).toMatch(/Alex Wilber: /);
    expect(all).toMatch(/Lynne Robbins: /);
    const toGroup = (await sayInGroup('hvor mye fravær har Alex?', adele, '19:group@thread.v2')).filter(
      (x) => (x.conversation as { id: string }).id === '19:group@thread.v2',
    );
    expect(JSON.stringify(toGroup)).not.toMatch(/dager fravær/);
    expect(textsTo(adele).join(' ')).toMatch(/Alex Wilber: \d+ dager fravær/);
  });
});
