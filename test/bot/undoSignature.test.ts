import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah, patti } = DEMO_PEOPLE;
const HOME_VISIT = 'activity:demo-2'; // signed by Isaiah, DEL1-072 (in progress)
const EMERGENCY = 'activity:demo-1'; // signed by Isaiah, DEL1-064 (waiting for approval)
const GOAL_072 = 'goal:lis1-clinical-2020:DEL1-072';
const GOAL_064 = 'goal:lis1-clinical-2020:DEL1-064';
const REASON = 'Feil aktivitet: det var en annen LIS jeg veiledet.';

/** A supervisor undoes a signature given by mistake (and a leader a mark as met); over real HTTP. */
describe('undoing a signature', () => {
  let app: TestApp;
  const { say, click, sentTo } = chat(() => app);
  const open = async (id: string, who: { aadObjectId: string; name: string }) =>
    (await click('activity.refresh', { traineeId: T, id, rev: 0 }, who)).value;
  const undo = async (id: string, who: { aadObjectId: string; name: string }, comment?: string) => {
    const a = await app.store.trainees.getActivity(T, id);
    return click(
      'activity.undo',
      {
        traineeId: T,
        id,
        rev: a?.rev,
        ...(comment ? { 'comment-1': comment, commentInput: 'comment-1' } : {}),
      },
      who,
    );
  };
  const undone = async () =>
    (await app.store.trainees.auditTrail(T)).filter((e) => e.verb === 'activity.undo');

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, isaiah, patti]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('is offered to the supervisor who signed, asks why, and sends the activity back out of its goal’s basis', async () => {
    const button = cardButtons(await open(HOME_VISIT, isaiah)).find((b) => b.verb === 'activity.undo');
    expect(button).toMatchObject({
      title: 'Angre signeringen',
      data: { id: HOME_VISIT, commentInput: 'comment-1' },
    });
    for (const who of [patti, alex, adele, megan])
      expect(cardButtons(await open(HOME_VISIT, who)).some((b) => b.verb === 'activity.undo')).toBe(false);
    const signedBefore = (await app.store.trainees.snapshot(T))?.signed[GOAL_072] ?? 0;

    // No reason, or not the signer: told why, nothing changes.
    expect(cardTexts((await undo(HOME_VISIT, isaiah)).value).join(' ')).toContain('Skriv hvorfor du angrer.');
    expect(cardTexts((await undo(HOME_VISIT, patti, 'Feil.')).value).join(' ')).toContain(
      'Det var Isaiah Langer som signerte aktiviteten, så bare Isaiah Langer kan angre signeringen.',
    );
    expect((await app.store.trainees.getActivity(T, HOME_VISIT))?.status).toBe('signed');
    expect(await undone()).toHaveLength(0);

    const done = await undo(HOME_VISIT, isaiah, REASON);
    expect(cardTexts(done.value).join(' ')).toMatch(
      /Angret av Isaiah Langer 26\.11\.2026 kl\. \d\d:\d\d, og sendt tilbake\./,
    );
    expect(await app.store.trainees.getActivity(T, HOME_VISIT)).toMatchObject({
      status: 'returned',
      decision: { by: isaiah.aadObjectId, outcome: 'returned', comment: REASON, undid: true },
    });
    // Out of the goal's basis and its count, in the same batch, with its audit event.
    const goal = await app.store.trainees.getGoal(T, GOAL_072);
    expect(goal?.basis?.some((b) => b.activityId === HOME_VISIT)).toBe(false);
    expect((await app.store.trainees.snapshot(T))?.signed[GOAL_072] ?? 0).toBe(signedBefore - 1);
    expect(await undone()).toEqual([expect.objectContaining({ actor: isaiah.aadObjectId, comment: REASON })]);
    // Alex is told why, and finds it among what was sent back to him.
    const told = sentTo(alex).at(-1);
    expect(told?.text).toBe('Isaiah Langer har angret signeringen av en aktivitet');
    expect(cardTexts(told?.attachments).join(' ')).toContain(REASON);
    const status = cardTexts((await say('hva gjenstår?', alex))[0]?.attachments).join(' ');
    expect(status).toContain(
      'Signeringen av aktiviteten «Hjemmebesøk hos skrøpelig eldre pasient» ble angret av Isaiah Langer 26.11.2026.',
    );
    // Isaiah's list says what he did.
    expect(String((await say('hva har jeg signert for Alex?', isaiah))[0]?.text)).toContain(
      'sendt tilbake for Alex Wilber: Klinisk praksis 14.11.2026, «Hjemmebesøk hos skrøpelig eldre pasient» (DEL1-072).',
    );
  });

  it('waits while a goal is approved on it: the leader undoes that approval first', async () => {
    const g = await app.store.trainees.getGoal(T, GOAL_064);
    expect((await click('goal.approve', { traineeId: T, id: GOAL_064, rev: g?.rev }, megan)).statusCode).toBe(
      200,
    );
    expect(cardTexts((await undo(EMERGENCY, isaiah, REASON)).value).join(' ')).toContain(
      'DEL1-064 er allerede godkjent med denne aktiviteten i grunnlaget. Be lederen angre godkjenningen først.',
    );
    expect((await app.store.trainees.getActivity(T, EMERGENCY))?.status).toBe('signed');
    const approved = await app.store.trainees.getGoal(T, GOAL_064);
    await click(
      'goal.undo',
      {
        traineeId: T,
        id: GOAL_064,
        rev: approved?.rev,
        'comment-1': 'Feil grunnlag.',
        commentInput: 'comment-1',
      },
      megan,
    );
    await undo(EMERGENCY, isaiah, REASON);
    expect((await app.store.trainees.getActivity(T, EMERGENCY))?.status).toBe('returned');
    expect(
      (await app.store.trainees.getGoal(T, GOAL_064))?.basis?.some((b) => b.activityId === EMERGENCY),
    ).toBe(false);
  });

  it('lets the leader undo a mark as met, not a supervisor', async () => {
    const waiting = await app.store.trainees.getActivity(T, 'activity:demo-5');
    await click('activity.markMet', { traineeId: T, id: waiting?.id, rev: waiting?.rev }, megan);
    expect((await app.store.trainees.getActivity(T, 'activity:demo-5'))?.status).toBe('met_by_leader');
    expect(
      cardButtons(await open('activity:demo-5', megan)).find((b) => b.verb === 'activity.undo')?.title,
    ).toBe('Angre markeringen');
    await undo('activity:demo-5', patti, 'Ikke min.');
    expect((await app.store.trainees.getActivity(T, 'activity:demo-5'))?.status).toBe('met_by_leader');
    await undo('activity:demo-5', megan, 'Markert ved en feil.');
    expect(await app.store.trainees.getActivity(T, 'activity:demo-5')).toMatchObject({
      status: 'returned',
      decision: { by: megan.aadObjectId, undid: true },
    });
  });
});
