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
    // Patti no longer has it waiting; her card says nothing is needed.
    const inbox = await say('hva venter på meg?', patti);
    expect(cardTexts(inbox[0]?.attachments)).toContain('Ingenting venter på deg nå.');
    const hers = await click('activity.refresh', { traineeId: T, id: 'activity:demo-5', rev: 3 }, patti);
    expect(cardTexts(hers.value)).toContain('Markert som innfridd av leder');
    expect(cardButtons(hers.value)).toEqual([]);
    // The same click again: the current card, nothing written twice.
    const again = await click('activity.markMet', mark?.data ?? {}, megan);
    expect(cardTexts(again.value)).toContain('Kortet var utdatert. Slik står det nå:');
    expect(await auditOf('activity:demo-5')).toHaveLength(1);
  });

  it('from the activity card, by a delegate on the leader’s behalf', async () => {
    await click(
      'delegation.grant',
      { delegate: patti.aadObjectId, trainee: T, from: '2026-11-20', to: '2026-12-10' },
      megan,
    );
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
