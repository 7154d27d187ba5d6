import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, megan, adele, isaiah, patti } = DEMO_PEOPLE;
const T = DEMO_TRAINEES.alex;

/**
 * "The leader may mark an activity as met (innfridd)": from the goal's card, where the leader
 * sees what is not signed yet, or from the activity's own card; over real HTTP.
 */
describe('the leader marks an activity as met', () => {
  let app: TestApp;
  const { say, click, sentTo, textsTo } = chat(() => app);
  const auditOf = (id: string) => app.store.trainees.auditOf(T, id);

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, patti, isaiah]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('from the goal card: its basis counts it at once, the LIS is told, the supervisor asked need do nothing', async () => {
    const card = await say('DEL1-081 for Alex', megan);
    const texts = cardTexts(card[0]?.attachments);
    expect(texts).toContain('Aktiviteter som ikke er signert ennå');
    expect(texts).toContain(
      'Oppfølging av pasient med hjertesvikt etter utskrivning – venter på signering fra Patti Fernandez',
    );
    const mark = cardButtons(card[0]?.attachments).find((b) => b.verb === 'activity.markMet');
    expect(mark?.data).toMatchObject({ id: 'activity:demo-5', goal: 'goal:lis1-clinical-2020:DEL1-081' });
    // The advisor sees what is unsigned, with no button; a supervisor sees no list at all.
    const advisor = await say('DEL1-081 for Alex', adele);
    expect(cardTexts(advisor[0]?.attachments)).toContain('Aktiviteter som ikke er signert ennå');
    expect(cardButtons(advisor[0]?.attachments).some((b) => b.verb === 'activity.markMet')).toBe(false);
    const supervisor = await say('DEL1-081 for Alex', isaiah);
    expect(cardTexts(supervisor[0]?.attachments)).not.toContain('Aktiviteter som ikke er signert ennå');
    // Alex asks for approval: the card Megan is sent lists it too, with the same button.
    const g = await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-081');
    await click('goal.request', { traineeId: T, id: g?.id, rev: g?.rev }, alex);
    const sent = sentTo(megan).at(-1);
    expect(cardTexts(sent?.attachments)).toContain(
      'Oppfølging av pasient med hjertesvikt etter utskrivning – venter på signering fra Patti Fernandez',
    );
    expect(cardButtons(sent?.attachments).find((b) => b.verb === 'activity.markMet')?.data).toEqual(
      mark?.data,
    );

    const done = await click('activity.markMet', mark?.data ?? {}, megan);
    const after = cardTexts(done.value);
    // The answer is the goal's card again, its basis drawn anew.
    expect(after).toContain('Markert som innfridd: Oppfølging av pasient med hjertesvikt etter utskrivning.');
    expect(after).toContain('Alex Wilber ber om godkjenning');
    expect(cardButtons(done.value).some((b) => b.verb === 'goal.approve')).toBe(true);
    expect(after).toContain(
      '✔ Oppfølging av pasient med hjertesvikt etter utskrivning – markert som innfridd av Megan Bowen 26.11.2026',
    );
    expect(after).not.toContain('Aktiviteter som ikke er signert ennå');
    const stored = await app.store.trainees.getActivity(T, 'activity:demo-5');
    expect(stored).toMatchObject({
      status: 'met_by_leader',
      decision: { by: megan.aadObjectId, outcome: 'met' },
    });
    expect((await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-081'))?.basis).toEqual([
      expect.objectContaining({ activityId: 'activity:demo-5', by: 'Megan Bowen', met: true }),
    ]);
    expect((await auditOf('activity:demo-5')).map((e) => [e.verb, e.actor])).toEqual([
      ['activity.markMet', megan.aadObjectId],
    ]);
    expect(textsTo(alex)).toEqual(['Megan Bowen har markert aktiviteten din som innfridd']);
    // Patti no longer has it waiting; her card says nothing is needed, and how a request reaches a supervisor.
    const inbox = await say('hva venter på meg?', patti);
    expect(cardTexts(inbox[0]?.attachments)).toContain(
      'Ingenting venter på deg nå. Når en LIS ber deg signere en læringsaktivitet, får du et kort her i chatten og signerer rett fra det; det står også her til du har svart.',
    );
    const hers = await click('activity.refresh', { traineeId: T, id: 'activity:demo-5', rev: 3 }, patti);
    expect(cardTexts(hers.value)).toContain('Markert som innfridd av leder');
    expect(cardButtons(hers.value)).toEqual([]);
    // The same click again: the current card, nothing written twice.
    const again = await click('activity.markMet', mark?.data ?? {}, megan);
    expect(cardTexts(again.value)).toContain('Kortet var utdatert. Slik står det nå:');
    expect(await auditOf('activity:demo-5')).toHaveLength(1);
  });

  it('from the activity card, by a delegate on the leader’s behalf; a delegate is sent what waits for the leader', async () => {
    await click(
      'delegation.grant',
      { delegate: patti.aadObjectId, trainee: T, from: '2026-11-20', to: '2026-12-10' },
      megan,
    );
    await click(
      'activity.record',
      {
        traineeId: T,
        activityKind: 'course',
        date: '2026-11-20',
        description: 'Kurs i geriatri',
        goals: 'lis1-clinical-2020|DEL1-072',
        supervisor: 'leader',
      },
      alex,
    );
    expect([megan, patti].map((who) => sentTo(who).at(-1)?.text)).toEqual([
      'Alex Wilber ber deg markere en læringsaktivitet som innfridd.',
      'Alex Wilber ber deg markere en læringsaktivitet som innfridd.',
    ]);
    const inbox = cardTexts((await say('hva venter på meg?', patti))[0]?.attachments);
    expect(inbox).toContain('Marker som innfridd: Kurs i geriatri');
    expect(inbox.join(' ')).toMatch(/Kurs · 20\.11\.2026 Du markerer på vegne av Megan Bowen\./);
    const a = await app.store.trainees.getActivity(T, 'activity:demo-4');
    const card = await click('activity.refresh', { traineeId: T, id: a?.id, rev: a?.rev }, patti);
    const buttons = cardButtons(card.value);
    expect(buttons.map((b) => b.verb)).toEqual(['activity.markMet']);
    const done = await click('activity.markMet', { ...buttons[0]?.data, comment: 'Kursbevis vist.' }, patti);
    expect(cardTexts(done.value)).toContain('Markert som innfridd av Patti Fernandez 26.11.2026 kl. 10:00.');
    expect((await auditOf('activity:demo-4')).at(-1)).toMatchObject({
      verb: 'activity.markMet',
      actor: patti.aadObjectId,
      onBehalfOf: megan.aadObjectId,
      comment: 'Kursbevis vist.',
    });
  });

  it('a course no supervisor signs: Alex sends it to Megan from the form; she marks it in one click from the inbox', async () => {
    const form = await say('ny aktivitet', alex);
    expect(JSON.stringify(form[0]?.attachments)).toContain('Megan Bowen (leder) – marker den som innfridd');
    const recorded = await click(
      'activity.record',
      {
        traineeId: T,
        activityKind: 'course',
        date: '2026-11-20',
        description: 'Kurs i palliasjon (Statsforvalteren)',
        goals: 'lis1-clinical-2020|DEL1-082',
        supervisor: 'leader',
      },
      alex,
    );
    expect(cardTexts(recorded.value)).toContain(
      'Lagret og sendt til Megan Bowen, som kan markere den som innfridd.',
    );
    expect(cardTexts(recorded.value)).toContain('Venter på at Megan Bowen markerer den som innfridd');
    expect(cardButtons(recorded.value).map((b) => b.verb)).toEqual(['activity.recall']);
    // Megan gets the card, with the mark and a way to send it back; Alex's progress says it waits.
    const toMegan = sentTo(megan).at(-1);
    expect(toMegan?.text).toBe('Alex Wilber ber deg markere en læringsaktivitet som innfridd.');
    expect(cardTexts(toMegan?.attachments)).toContain('Alex Wilber ber deg markere den som innfridd');
    expect(cardTexts(toMegan?.attachments)).toContain('Venter på at du markerer den som innfridd');
    expect(cardButtons(toMegan?.attachments).map((b) => b.verb)).toEqual([
      'activity.markMet',
      'activity.return',
    ]);
    const goalCard = cardTexts((await say('DEL1-082 for Alex', megan))[0]?.attachments);
    expect(goalCard).toContain(
      'Kurs i palliasjon (Statsforvalteren) – venter på at Megan Bowen markerer den som innfridd',
    );
    const answer = await say('hva gjenstår?', alex);
    const progress = cardTexts(answer[0]?.attachments).join(' ');
    // The first sentence counts it, apart from what waits for a supervisor's signature.
    expect(answer[0]?.text).toMatch(
      /igjen: 2 læringsmål venter på godkjenning, 2 aktiviteter venter på signering, og 1 aktivitet venter på å bli markert som innfridd\./,
    );
    expect(progress).toMatch(
      /Kurs i palliasjon \(Statsforvalteren\): markering som innfridd fra Megan Bowen, sendt 26\.11\.2026/,
    );
    const inbox = await say('hva venter på meg?', megan);
    expect(cardTexts(inbox[0]?.attachments)).toContain(
      'Marker som innfridd: Kurs i palliasjon (Statsforvalteren)',
    );
    const mark = cardButtons(inbox[0]?.attachments).find((b) => b.verb === 'activity.markMet');
    const done = await click('activity.markMet', mark?.data ?? {}, megan);
    // The inbox again, with what was done on top.
    expect(cardTexts(done.value)).toContain('Markert som innfridd: Kurs i palliasjon (Statsforvalteren).');
    expect(cardTexts(done.value)).toContain('Dette venter på deg');
    const id = String(mark?.data.id);
    expect((await app.store.trainees.getActivity(T, id))?.status).toBe('met_by_leader');
    expect((await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-082'))?.status).toBe(
      'in_progress',
    );
    expect((await auditOf(id)).map((e) => e.verb)).toEqual(['activity.askMet', 'activity.markMet']);
    expect(textsTo(alex)).toEqual(['Megan Bowen har markert aktiviteten din som innfridd']);
  });

  it('or the leader sends it back with a reason; Alex may also take it back before', async () => {
    const record = (description: string) =>
      click(
        'activity.record',
        {
          traineeId: T,
          activityKind: 'e_learning',
          date: '2026-11-20',
          description,
          goals: 'lis1-clinical-2020|DEL1-083',
          supervisor: 'leader',
        },
        alex,
      );
    const first = cardButtons((await record('E-læring om samhandling')).value).find(
      (b) => b.verb === 'activity.recall',
    );
    const recalled = await click('activity.recall', first?.data ?? {}, alex);
    expect(cardTexts(recalled.value)).toContain('Ikke sendt til signering');
    expect(cardButtons(recalled.value).map((b) => b.verb)).toContain('activity.askMet');
    await record('E-læring om koordinerende enhet');
    const card = sentTo(megan).at(-1);
    const back = cardButtons(card?.attachments).find((b) => b.verb === 'activity.return');
    const noReason = await click('activity.return', back?.data ?? {}, megan);
    expect(cardTexts(noReason.value).join(' ')).toMatch(/kommentar/i);
    const returned = await click(
      'activity.return',
      { ...back?.data, comment: 'Last opp kursbeviset først.' },
      megan,
    );
    expect(cardTexts(returned.value)).toContain('Sendt tilbake til Alex Wilber');
    expect(textsTo(alex)).toEqual(['Megan Bowen har sendt aktiviteten din tilbake']);
    // Put right, Alex may send it to Megan again from the returned card.
    const again = await click(
      'activity.refresh',
      { traineeId: T, id: back?.data.id, rev: Number(back?.data.rev) + 1 },
      alex,
    );
    expect(cardButtons(again.value).map((b) => b.verb)).toContain('activity.askMet');
    const id = String(back?.data.id);
    expect(await app.store.trainees.getActivity(T, id)).toMatchObject({
      status: 'returned',
      decision: { by: megan.aadObjectId, outcome: 'returned', comment: 'Last opp kursbeviset først.' },
    });
    // A supervisor cannot send back what waits for the leader.
    await record('E-læring om legemiddelgjennomgang');
    const third = cardButtons(sentTo(megan).at(-1)?.attachments).find((b) => b.verb === 'activity.return');
    const bySupervisor = await click('activity.return', { ...third?.data, comment: 'Nei.' }, isaiah);
    expect(cardTexts(bySupervisor.value).join(' ')).toMatch(
      /^Som supervisør for Alex Wilber kan du ikke gjøre dette/,
    );
  });

  it('the leader’s mark and the supervisor’s signature at the same moment: exactly one wins, the basis names it once', async () => {
    const a = await app.store.trainees.getActivity(T, 'activity:demo-5');
    const data = { traineeId: T, id: a?.id, rev: a?.rev };
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 ? click('activity.markMet', data, megan) : click('activity.sign', data, patti),
      ),
    );
    const trail = await auditOf('activity:demo-5');
    expect(trail).toHaveLength(1);
    const after = await app.store.trainees.getActivity(T, 'activity:demo-5');
    expect(after?.status).toBe(trail[0]?.verb === 'activity.sign' ? 'signed' : 'met_by_leader');
    const basis = (await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-081'))?.basis ?? [];
    expect(basis.map((b) => b.activityId)).toEqual(['activity:demo-5']);
  });

  it('refuses the LIS, a supervisor, a signed, returned or withdrawn activity, and a stranger learns nothing', async () => {
    const a = await app.store.trainees.getActivity(T, 'activity:demo-4');
    const data = { traineeId: T, id: a?.id, rev: a?.rev };
    expect(cardTexts((await click('activity.markMet', data, alex)).value).join(' ')).toMatch(
      /^Som LIS for Alex Wilber kan du ikke gjøre dette\. Ingenting er endret\./,
    );
    expect(cardTexts((await click('activity.markMet', data, isaiah)).value).join(' ')).toMatch(
      /^Som supervisør for Alex Wilber kan du ikke gjøre dette\. Ingenting er endret\./,
    );
    const stranger = await click('activity.markMet', data, { aadObjectId: 'aad-mallory', name: 'Mallory' });
    expect(cardTexts(stranger.value).join(' ')).not.toMatch(/Alex|Suturering/);
    // Signed already (Isaiah signs it), then the leader's mark: refused, nothing written.
    await click('activity.sign', data, isaiah);
    const signed = await app.store.trainees.getActivity(T, 'activity:demo-4');
    const late = await click('activity.markMet', { traineeId: T, id: signed?.id, rev: signed?.rev }, megan);
    expect(cardTexts(late.value).join(' ')).toMatch(/Aktiviteten er allerede signert/);
    // Returned by the supervisor: it waits for Alex, the leader does not overrule it; then withdrawn: refused.
    const five = await app.store.trainees.getActivity(T, 'activity:demo-5');
    await click('activity.return', { traineeId: T, id: five?.id, rev: five?.rev, comment: 'Mer.' }, patti);
    const returned = await click(
      'activity.markMet',
      { traineeId: T, id: five?.id, rev: (five?.rev ?? 0) + 1 },
      megan,
    );
    expect(cardTexts(returned.value).join(' ')).toMatch(
      /Aktiviteten er sendt tilbake til LIS av supervisøren/,
    );
    // Nor may Alex route around Patti's return by asking the leader instead.
    const around = await click(
      'activity.askMet',
      { traineeId: T, id: five?.id, rev: (five?.rev ?? 0) + 1 },
      alex,
    );
    expect(cardTexts(around.value).join(' ')).toMatch(/Supervisøren sendte aktiviteten tilbake/);
    expect(cardButtons(around.value).map((b) => b.verb)).not.toContain('activity.askMet');
    await click('activity.withdraw', { traineeId: T, id: five?.id, rev: (five?.rev ?? 0) + 1 }, alex);
    const gone = await app.store.trainees.getActivity(T, 'activity:demo-5');
    expect(gone?.status).toBe('withdrawn');
    const refused = await click('activity.markMet', { traineeId: T, id: gone?.id, rev: gone?.rev }, megan);
    expect(cardTexts(refused.value).join(' ')).toMatch(/Aktiviteten er trukket tilbake/);
    expect((await auditOf('activity:demo-4')).map((e) => e.verb)).toEqual(['activity.sign']);
    expect((await auditOf('activity:demo-5')).map((e) => e.verb)).toEqual([
      'activity.return',
      'activity.withdraw',
    ]);
  });
});
