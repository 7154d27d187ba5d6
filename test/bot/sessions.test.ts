import { CARD_MAX_BYTES, utf16Bytes } from '../../cards/limits';
import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { AdvisorySession } from '../../core/model';
import { SESSION_TEXT_MAX, SESSION_TOPICS_MAX } from '../../core/sessions';
import { cardButtons, cardInputs, cardTexts } from '../helpers/activities';
import { startTestApp, TEST_TODAY, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah } = DEMO_PEOPLE;
const today = TEST_TODAY.toISOString().slice(0, 10);

describe('advisory sessions: scheduled, prepared, minuted and finalised; private to the LIS and the advisor', () => {
  let app: TestApp;
  const { say, click, textsTo } = chat(() => app);

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, isaiah]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('the LIS sees the minutes of the held one and prepares the next; the advisor schedules one, writes and finalises the minutes; then it is read-only', async () => {
    const mine = (await say('veiledning', alex))[0]?.attachments;
    const texts = cardTexts(mine);
    expect(texts).toContain('Veiledningssamtaler – Alex Wilber');
    expect(texts.some((x) => x.startsWith('Referat (Adele Vance): Gikk gjennom planen.'))).toBe(true);
    const prepare = cardButtons(mine).find((b) => b.verb === 'session.prepare');
    expect(prepare?.data.id).toBe(`session:demo-${T}-2`);
    const prepared = await click(
      'session.prepare',
      { ...prepare?.data, [String(prepare?.data.commentInput)]: 'Jeg vil snakke om sykehjem.' },
      alex,
    );
    expect(cardTexts(prepared.value)).toContain('Forberedelse (LIS): Jeg vil snakke om sykehjem.');
    // Adele is told there is one to read; a rewrite tells her nothing more.
    expect(textsTo(adele)).toEqual([
      'Alex Wilber har skrevet forberedelsen til veiledningssamtalen 03.12.2026. Skriv «veiledning med Alex Wilber» for å lese den.',
    ]);
    const again = cardButtons(prepared.value).find(
      (b) => b.verb === 'session.prepare' && b.data.id === prepare?.data.id,
    );
    const rewritten = await click(
      'session.prepare',
      { ...again?.data, [String(again?.data.commentInput)]: 'Jeg vil snakke om sykehjem og legevakt.' },
      alex,
    );
    expect(cardTexts(rewritten.value)).toContain(
      'Forberedelse (LIS): Jeg vil snakke om sykehjem og legevakt.',
    );
    expect(textsTo(adele)).toEqual([]);

    // Without a date (a client that lets the required field through): said so, not "not in the future".
    const undated = await click(
      'session.schedule',
      { traineeId: T, form: 'individual', hours: '1', topics: 'Legevakt' },
      adele,
    );
    expect(cardTexts(undated.value).join(' ')).toMatch(/Velg datoen for samtalen\. Ingenting er endret\./);
    // The advisor schedules one for today (the LIS is told), writes the minutes and finalises them.
    const scheduled = await click(
      'session.schedule',
      { traineeId: T, date: today, form: 'individual', hours: '1.5', topics: 'Legevakt og sykehjem' },
      adele,
    );
    expect(textsTo(alex)).toEqual([
      'Adele Vance har avtalt en veiledningssamtale med deg 26.11.2026. Skriv «veiledning» for å se den.',
    ]);
    const minutes = cardButtons(scheduled.value).find(
      (b) => b.verb === 'session.minutes' && b.data.finalise === true && b.data.id !== `session:demo-${T}-1`,
    );
    expect(minutes).toBeDefined();
    // The one a week ahead has no minutes form yet (not held).
    expect(
      cardButtons(scheduled.value).filter(
        (b) => b.data.id === `session:demo-${T}-2` && b.verb === 'session.minutes',
      ),
    ).toEqual([]);
    const done = await click(
      'session.minutes',
      { ...minutes?.data, [String(minutes?.data.commentInput)]: 'Avtalt mer legevakt.' },
      adele,
    );
    expect(cardTexts(done.value)).toContain('Referat (Adele Vance): Avtalt mer legevakt.');
    expect(textsTo(alex)).toEqual([
      expect.stringMatching(/^Adele Vance har ferdigstilt referatet fra veiledningssamtalen 26\.11\.2026/),
    ]);
    const id = String(minutes?.data.id);
    const saved = await app.store.trainees.getSession(T, id);
    expect(saved).toMatchObject({
      hours: 1.5,
      finalisedAt: expect.any(String),
      minutes: { text: 'Avtalt mer legevakt.' },
    });
    // Read-only now, for both of them.
    const late = await click('session.prepare', { traineeId: T, id, rev: saved?.rev, comment: 'x' }, alex);
    expect(cardTexts(late.value).join(' ')).toMatch(
      /ferdigstilt; samtalen kan ikke endres\. Ingenting er endret\./,
    );
    // The audit trail says what happened, never the text.
    const trail = await app.store.trainees.auditOf(T, id);
    expect(trail.map((e) => e.verb)).toEqual(['session.schedule', 'session.finalise']);
    expect(JSON.stringify(trail)).not.toMatch(/legevakt/i);
  });

  it('the LIS or the advisor moves a session not held yet, or calls it off; the other is told; a held one stays', async () => {
    const coming = `session:demo-${T}-2`;
    const card = (await say('veiledning', alex))[0]?.attachments;
    const move = cardButtons(card).find((b) => b.verb === 'session.move' && b.data.id === coming);
    expect(move?.data).toMatchObject({ traineeId: T, id: coming, rev: 1 });
    // The held one (minutes written) offers neither.
    expect(
      cardButtons(card).filter(
        (b) =>
          (b.verb === 'session.move' || b.verb === 'session.cancel') && b.data.id === `session:demo-${T}-1`,
      ),
    ).toEqual([]);
    // Moved by the LIS to the day chosen in the card; the advisor is told, the audit names both days.
    const moved = await click(
      'session.move',
      { ...move?.data, [String(move?.data.dateInput)]: '2026-12-08' },
      alex,
    );
    expect(cardTexts(moved.value).some((x) => x.startsWith('08.12.2026'))).toBe(true);
    expect(textsTo(adele)).toEqual([
      'Alex Wilber har flyttet veiledningssamtalen deres 03.12.2026 til 08.12.2026. Skriv «veiledning» for å se den.',
    ]);
    const trail = await app.store.trainees.auditOf(T, coming);
    expect(trail.at(-1)).toMatchObject({
      verb: 'session.move',
      actor: alex.aadObjectId,
      before: { date: '2026-12-03' },
      after: { date: '2026-12-08' },
    });
    // A click on the old card (its revision) is answered with the sessions as they are now.
    const stale = await click('session.cancel', { traineeId: T, id: coming, rev: 1 }, adele);
    expect((await app.store.trainees.getSession(T, coming))?.cancelled).toBeUndefined();
    const cancel = cardButtons(stale.value).find((b) => b.verb === 'session.cancel' && b.data.id === coming);
    // Called off by the advisor: out of every list, the LIS told; writing in it is refused.
    const cancelled = await click('session.cancel', cancel?.data ?? {}, adele);
    expect(JSON.stringify(cancelled.value)).not.toContain(coming);
    expect(textsTo(alex).at(-1)).toBe('Adele Vance har avlyst veiledningssamtalen deres 08.12.2026.');
    expect(cardTexts((await say('veiledning', megan))[0]?.attachments).join(' ')).not.toMatch(/08\.12\.2026/);
    const late = await click(
      'session.prepare',
      { traineeId: T, id: coming, rev: 3, comment: 'Forberedelse' },
      alex,
    );
    expect(cardTexts(late.value).join(' ')).toMatch(/Samtalen er avlyst\./);
    // The held one cannot be moved (its minutes say it took place), nor by the leader at all.
    const held = await click(
      'session.move',
      { traineeId: T, id: `session:demo-${T}-1`, rev: 3, date: '2026-12-01' },
      adele,
    );
    expect(cardTexts(held.value).join(' ')).toMatch(/Referatet er ferdigstilt|Referatet er skrevet/);
    expect((await app.store.trainees.getSession(T, `session:demo-${T}-1`))?.date).not.toBe('2026-12-01');
  });

  it('a click on an out-of-date card, or one refused, says so on the sessions card and keeps what was typed', async () => {
    const coming = `session:demo-${T}-2`;
    const inputsOf = (card: unknown) => cardInputs(card);
    // The advisor moves the session; the LIS, on the card he opened before, writes his preparation.
    const moved = await click(
      'session.move',
      { traineeId: T, id: coming, rev: 1, date: '2026-12-04' },
      adele,
    );
    expect(cardTexts(moved.value)[0]).toBe('Flyttet: samtalen er nå 04.12.2026.');
    // Alex's card refreshes itself for him when shown (Teams calls session.refresh for the ids listed).
    const mine = (await say('veiledning', alex))[0]?.attachments as { content: Record<string, unknown> }[];
    expect(mine[0]?.content.refresh).toMatchObject({
      action: { verb: 'session.refresh', data: { traineeId: T } },
      userIds: [`29:${alex.aadObjectId}`],
    });
    const refreshed = await click('session.refresh', { traineeId: T }, alex);
    expect(cardTexts(refreshed.value)).toContain('04.12.2026 · individuell veiledning · 1 t · planlagt');
    const text = 'Jeg vil snakke om legevakt og om sykehjemmet.';
    const stale = await click(
      'session.prepare',
      { traineeId: T, id: coming, rev: 1, commentInput: 'comment-1', 'comment-1': text },
      alex,
    );
    const texts = cardTexts(stale.value);
    expect(texts[0]).toBe('Kortet var utdatert. Slik står det nå:');
    expect(texts).toContain('04.12.2026 · individuell veiledning · 1 t · planlagt');
    // Nothing saved, but his text is in the form again, on the current revision: one more click saves it.
    expect((await app.store.trainees.getSession(T, coming))?.preparation).toBeUndefined();
    // The date fields stop where the rule does: a year ahead.
    expect(JSON.stringify(stale.value)).toContain('"max":"2027-11-26"');
    const save = cardButtons(stale.value).find((b) => b.verb === 'session.prepare' && b.data.id === coming);
    expect(save?.data.rev).toBe(2);
    expect(inputsOf(stale.value)[String(save?.data.commentInput)]).toBe(text);
    const saved = await click(
      'session.prepare',
      { ...save?.data, [String(save?.data.commentInput)]: text },
      alex,
    );
    expect(cardTexts(saved.value)[0]).toBe('Lagret.');
    expect((await app.store.trainees.getSession(T, coming))?.preparation?.text).toBe(text);

    // Minutes written on a session finalised meanwhile have no form to go back to: shown, not lost.
    const held = `session:demo-${T}-1`;
    const late = await click(
      'session.minutes',
      { traineeId: T, id: held, rev: 1, commentInput: 'comment-2', 'comment-2': 'Mitt utkast til referat.' },
      adele,
    );
    expect(cardTexts(late.value)).toContain(
      'Dette skrev du, og det ble ikke lagret: Mitt utkast til referat.',
    );

    // A refused schedule (a year typed wrong) comes back with the form as it was filled in.
    const refused = await click(
      'session.schedule',
      { traineeId: T, date: '2062-12-01', form: 'group', hours: '2', topics: 'Etikk i gruppa' },
      adele,
    );
    expect(cardTexts(refused.value)[0]).toBe(
      'En veiledningssamtale kan avtales høyst ett år fram i tid. Sjekk årstallet. Ingenting er endret.',
    );
    expect(inputsOf(refused.value)).toMatchObject({
      date: '2062-12-01',
      form: 'group',
      hours: 2,
      topics: 'Etikk i gruppa',
    });
    // The leader's refused click keeps her card (dates only), with why.
    const leader = await click('session.cancel', { traineeId: T, id: coming, rev: 3 }, megan);
    expect(cardTexts(leader.value)[0]).toMatch(/^Som leder for Alex Wilber kan du ikke gjøre dette\./);
    expect(cardTexts(leader.value)).toContain('Veiledningssamtaler – Alex Wilber');
  });

  it('the leader sees that sessions took place, and when, never the topics or minutes; a supervisor sees none', async () => {
    const leader = (await say('veiledning', megan)).map((s) => s.attachments);
    const all = JSON.stringify(leader);
    expect(all).toContain('Veiledningssamtaler – Alex Wilber');
    expect(all).toContain('referat ferdigstilt');
    expect(all).not.toMatch(/Gikk gjennom planen|Oppstart i kommunen|Halvveis/);
    expect(cardButtons(leader[0]).map((b) => b.verb)).toEqual([]);
    const supervisor = await say('veiledning', isaiah);
    expect(supervisor[0]?.text).toBe(
      'Du har ingen LIS å se veiledningssamtaler for: de ser LIS-en, veilederen og lederen (bare datoene).',
    );
    // Someone with no role and no registration learns how to begin.
    const stranger = await say('veiledning', { aadObjectId: 'newcomer-1', name: 'Ny Person' });
    expect(stranger[0]?.text).toMatch(
      /^Du er ikke LIS, og har ingen rolle for noen LIS ennå\. Skriv «kom i gang»/,
    );
    const forged = await click(
      'session.prepare',
      { traineeId: T, id: `session:demo-${T}-2`, rev: 1, comment: 'x' },
      isaiah,
    );
    expect(cardTexts(forged.value).join(' ')).toMatch(/Ingenting er endret/);
    expect((await app.store.trainees.getSession(T, `session:demo-${T}-2`))?.preparation).toBeUndefined();
  });

  it('a session whose day has passed without finalised minutes is no longer called planned', async () => {
    const heading = (status: string) => `03.12.2026 · individuell veiledning · 1 t · ${status}`;
    expect(cardTexts((await say('veiledning', adele))[0]?.attachments)).toContain(heading('planlagt'));
    app.deps.now = () => new Date('2026-12-10T09:00:00Z');
    for (const who of [adele, alex, megan])
      expect(cardTexts((await say('veiledning', who))[0]?.attachments)).toContain(
        heading('referat ikke ferdigstilt'),
      );
  });

  it('five years of sessions with the longest texts: the newest five, the rest counted, forms on two, under 40 KB', async () => {
    const long = (n: number) => 'Gjennomgang av legevakt, sykehjem og øvelser. '.repeat(100).slice(0, n);
    const day = (n: number) => new Date(TEST_TODAY.getTime() - n * 86_400_000).toISOString().slice(0, 10);
    const session = (n: number, done: boolean): AdvisorySession => ({
      kind: 'session',
      id: `session:many-${n}`,
      traineeId: T,
      rev: 3,
      date: day(n),
      form: 'individual',
      hours: 1,
      topics: long(SESSION_TOPICS_MAX),
      goals: [],
      preparation: { text: long(SESSION_TEXT_MAX), at: `${day(n + 1)}T10:00:00.000Z` },
      minutes: {
        text: long(SESSION_TEXT_MAX),
        by: adele.aadObjectId,
        byName: 'Adele Vance',
        at: `${day(n)}T12:00:00.000Z`,
      },
      ...(done ? { finalisedAt: `${day(n)}T12:00:00.000Z` } : {}),
      createdBy: adele.aadObjectId,
      createdAt: `${day(n + 7)}T10:00:00.000Z`,
    });
    // Four held but not finalised (minutes to write), then 40 finalised over five years; and eight
    // planned months ahead, with nothing written yet.
    for (let n = 1; n <= 44; n++)
      await app.store.trainees.commit({
        change: { kind: 'session', session: session(n * 40, n > 4) },
        effects: [],
      });
    for (let n = 1; n <= 8; n++) {
      const { preparation: _p, minutes: _m, ...planned } = session(-30 - n * 30, false);
      await app.store.trainees.commit({
        change: { kind: 'session', session: { ...planned, id: `session:ahead-${n}` } },
        effects: [],
      });
    }
    const cardOf = async (who: { aadObjectId: string; name: string }) =>
      (await say('veiledning', who))
        .map((x) => x.attachments)
        .find((c) => cardTexts(c).includes('Veiledningssamtaler – Alex Wilber'));
    const card = await cardOf(adele);
    // The demo's own two and these 52: 54 in all, five shown.
    expect(cardTexts(card)).toContain('49 eldre samtaler er ikke vist her (alle står i fanen).');
    // The advisor's forms are on the two latest held sessions without final minutes, not on the planned ones.
    const minutes = cardButtons(card).filter((b) => b.verb === 'session.minutes' && b.data.finalise === true);
    expect(minutes.map((b) => b.data.id).sort()).toEqual(['session:many-40', 'session:many-80']);
    expect(utf16Bytes(JSON.stringify(card))).toBeLessThanOrEqual(CARD_MAX_BYTES);
    // The LIS's forms are on the sessions nearest today: the demo's next one among them.
    const mine = await cardOf(alex);
    const prepare = cardButtons(mine)
      .filter((b) => b.verb === 'session.prepare')
      .map((b) => b.data.id);
    expect(prepare).toHaveLength(2);
    expect(prepare).toContain(`session:demo-${T}-2`);
    expect(utf16Bytes(JSON.stringify(mine))).toBeLessThanOrEqual(CARD_MAX_BYTES);
  });

  it('for the LIS3 in general practice the advisor sees individual sessions and group hours against the 120 required; a LIS1 sees no such target', async () => {
    const cards = (await say('veiledning', adele)).map((s) => cardTexts(s.attachments));
    const lynne = cards.find((c) => c.includes('Veiledningssamtaler – Lynne Robbins'));
    expect(lynne).toContain('Individuelle veiledningssamtaler: 4 (4 t). Gruppeveiledning: 24 av 120 t.');
    // The 120 hours are general practice's requirement: Alex, a LIS1, is not measured against them.
    const alex = cards.find((c) => c.includes('Veiledningssamtaler – Alex Wilber'));
    expect(alex).toContain('Individuelle veiledningssamtaler: 1 (1 t). Gruppeveiledning: 0 t.');
    // Named, only that LIS's card: the form to schedule one is for her.
    const named = (await say('planlegg veiledning med Lynne neste tirsdag', adele)).map((s) =>
      cardTexts(s.attachments),
    );
    expect(named.map((c) => c[0])).toEqual(['Veiledningssamtaler – Lynne Robbins']);
    // A name mistyped is said, with the one meant, above all the sessions (not silently ignored).
    const slip = await say('veiledning med Lyne', adele);
    expect(slip[0]?.text).toBe(
      'Jeg finner ingen LIS som heter «Lyne» blant dem du har en rolle for. Mente du Lynne Robbins?',
    );
    expect(slip.slice(1).map((s) => cardTexts(s.attachments)[0])).toEqual([
      'Veiledningssamtaler – Alex Wilber',
      'Veiledningssamtaler – Lynne Robbins',
    ]);
    const left = cardTexts((await say('hva gjenstår for Lynne?', megan))[0]?.attachments).join(' ');
    expect(left).not.toMatch(/Ingen veileder er oppnevnt/);
  });
});
