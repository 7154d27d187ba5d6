import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, megan, patti, isaiah, adele } = DEMO_PEOPLE;
const T = DEMO_TRAINEES.alex;

/** A leader back from holiday reads what the delegate decided on their behalf; over real HTTP. */
describe('what was decided on the leader’s behalf', () => {
  let app: TestApp;
  const { say, click } = chat(() => app);
  const texts = async (text: string, who: { aadObjectId: string; name: string }) =>
    (await say(text, who)).map((m) => String(m.text ?? ''));

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, patti, isaiah, adele]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('lists the delegate’s approvals and returns, newest first, with the comments; nothing of what the leader did', async () => {
    expect(await texts('hva ble godkjent mens jeg var borte?', megan)).toEqual([
      'Ingen har godkjent, sendt tilbake eller markert noe på dine vegne.',
    ]);
    await click(
      'delegation.grant',
      { delegate: patti.aadObjectId, trainee: T, from: '2026-11-20', to: '2026-12-10' },
      megan,
    );
    const approve = await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-064');
    await click('goal.approve', { traineeId: T, id: approve?.id, rev: approve?.rev }, patti);
    const back = await app.store.trainees.getGoal(T, 'goal:fkm-lis1-2025:FKM-015');
    await click(
      'goal.return',
      { traineeId: T, id: back?.id, rev: back?.rev, comment: 'Mangler veileders anbefaling.' },
      patti,
    );
    // What the leader decides herself meanwhile is her own, not listed.
    const own = await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-068');
    await click('goal.request', { traineeId: T, id: own?.id, rev: own?.rev }, alex);
    await click(
      'goal.approve',
      { traineeId: T, id: own?.id, rev: (own?.rev ?? 0) + 1, comment: 'Godkjent etter samtale.' },
      megan,
    );
    expect((await app.store.trainees.getGoal(T, own?.id ?? ''))?.status).toBe('approved');
    const answer = await texts('hva har Patti godkjent for meg?', megan);
    expect(answer).toHaveLength(1);
    const lines = answer[0]?.split('\n\n') ?? [];
    expect(lines[0]).toBe('Dette er gjort på dine vegne (2), det nyeste først:');
    expect(lines.slice(1).sort()).toEqual([
      '26.11.2026 – Patti Fernandez godkjente DEL1-064 for Alex Wilber.',
      '26.11.2026 – Patti Fernandez sendte tilbake FKM-015 for Alex Wilber. «Mangler veileders anbefaling.»',
    ]);
    // Another name: nothing by them. English too.
    expect(await texts('hva har Adele godkjent for meg?', megan)).toEqual([
      'Adele har ikke godkjent, sendt tilbake eller markert noe på dine vegne.',
    ]);
    app.connector.clear();
    await app.post(
      message('what was approved while I was away?', {
        from: megan,
        serviceUrl: app.connector.url,
        locale: 'en-US',
      }),
    );
    expect(String(app.connector.sent()[0]?.text)).toMatch(
      /^Done on your behalf \(2\), newest first:\n\n26 Nov 2026 – Patti Fernandez (?:approved DEL1-064|returned FKM-015) for Alex Wilber\.(?: “Mangler veileders anbefaling\.”)?\n\n/,
    );
  });

  it('names what a delegate undid: a mark as met taken back, with the reason', async () => {
    await click(
      'delegation.grant',
      { delegate: patti.aadObjectId, trainee: T, from: '2026-11-20', to: '2026-12-10' },
      megan,
    );
    const a = await app.store.trainees.getActivity(T, 'activity:demo-5');
    await click('activity.markMet', { traineeId: T, id: a?.id, rev: a?.rev }, patti);
    await click(
      'activity.undo',
      { traineeId: T, id: a?.id, rev: (a?.rev ?? 0) + 1, comment: 'Feil aktivitet.' },
      patti,
    );
    const lines = (await texts('hva har Patti gjort for meg?', megan))[0]?.split('\n\n') ?? [];
    // (Both at the test clock's one moment: their order is not the point here.)
    expect(lines.slice(1).sort()).toEqual([
      '26.11.2026 – Patti Fernandez angret markeringen av Oppfølging av pasient med hjertesvikt etter utskrivning for Alex Wilber. «Feil aktivitet.»',
      '26.11.2026 – Patti Fernandez markerte som innfridd Oppfølging av pasient med hjertesvikt etter utskrivning for Alex Wilber.',
    ]);
  });

  it('tells someone who leads no LIS so, and gives a LIS their own approved goals', async () => {
    expect(await texts('hva har Patti godkjent for meg?', isaiah)).toEqual([
      'Du er ikke leder for noen LIS i appen, så ingen godkjenner på dine vegne.',
    ]);
    const lis = await say('hva er godkjent for meg?', alex);
    expect(String(lis[0]?.text)).toMatch(/^Godkjent for deg: \d+ av \d+ læringsmål\./);
  });

  it('answers in the leader’s own chat when asked in a group chat', async () => {
    const { sayInGroup } = chat(() => app);
    const sent = await sayInGroup('hva ble godkjent mens jeg var borte?', megan, 'group-1');
    const where = (m: Record<string, unknown>) => (m.conversation as { id: string }).id;
    expect(sent.filter((m) => where(m) === 'group-1').map((m) => String(m.text))).toEqual([
      'Jeg har svart Megan Bowen i en privat chat.',
    ]);
    expect(
      sent.filter((m) => where(m) === `a:personal-${megan.aadObjectId}`).map((m) => String(m.text)),
    ).toEqual(['Ingen har godkjent, sendt tilbake eller markert noe på dine vegne.']);
  });
});
