import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const T = DEMO_TRAINEES.alex;
const GOAL = 'goal:lis1-clinical-2020:DEL1-064';
const { alex, megan, isaiah } = DEMO_PEOPLE;

/**
 * A decision made from the inbox by mistake is undone at once, where it was made: the inbox drawn
 * again says what was done and offers its undo form (the reason asked for). Over real HTTP.
 */
describe('undoing a decision from the inbox', () => {
  let app: TestApp;
  const { say, click } = chat(() => app);
  const inboxButton = async (who: { aadObjectId: string; name: string }, verb: string, id: string) => {
    const card = (await say('hva venter på meg?', who))[0]?.attachments;
    const b = cardButtons(card).find((x) => x.verb === verb && x.data.id === id);
    if (!b) throw new Error(`no ${verb} for ${id} in the inbox`);
    return b;
  };

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, isaiah]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('offers «Angre godkjenningen …» after «Godkjenn» in the inbox; the reason sends the goal back', async () => {
    const approve = await inboxButton(megan, 'goal.approve', GOAL);
    const done = await click('goal.approve', approve.data, megan);
    const approved = await app.store.trainees.getGoal(T, GOAL);
    expect(approved?.status).toBe('approved');
    // The inbox, drawn again: what was done, and its undo form with the revision now stored.
    expect(cardTexts(done.value).join(' ')).toContain('Godkjent: DEL1-064. Godkjent av Megan Bowen');
    expect(JSON.stringify(done.value)).toContain('Angre godkjenningen …');
    const undo = cardButtons(done.value).find((b) => b.verb === 'goal.undo');
    expect(undo).toMatchObject({
      title: 'Angre godkjenningen',
      data: { traineeId: T, id: GOAL, rev: approved?.rev, view: 'inbox', commentInput: 'comment-0' },
    });
    const undone = await click('goal.undo', { ...undo?.data, 'comment-0': 'Feil mål.' }, megan);
    expect(await app.store.trainees.getGoal(T, GOAL)).toMatchObject({
      status: 'in_progress',
      returned: { comment: 'Feil mål.', undid: true },
    });
    // Still the inbox, saying it is undone; no undo of the undo.
    const texts = cardTexts(undone.value).join(' ');
    expect(texts).toContain('angret');
    expect(cardButtons(undone.value).some((b) => b.verb === 'goal.undo')).toBe(false);
  });

  it('offers «Angre signeringen …» after «Signer» in the inbox, to the supervisor who signed', async () => {
    const sign = await inboxButton(isaiah, 'activity.sign', 'activity:demo-4');
    const done = await click('activity.sign', sign.data, isaiah);
    const signed = await app.store.trainees.getActivity(T, 'activity:demo-4');
    expect(signed?.status).toBe('signed');
    const undo = cardButtons(done.value).find((b) => b.verb === 'activity.undo');
    expect(undo).toMatchObject({
      title: 'Angre signeringen',
      data: {
        traineeId: T,
        id: 'activity:demo-4',
        rev: signed?.rev,
        view: 'inbox',
        commentInput: 'comment-0',
      },
    });
    await click('activity.undo', { ...undo?.data, 'comment-0': 'Feil aktivitet.' }, isaiah);
    expect(await app.store.trainees.getActivity(T, 'activity:demo-4')).toMatchObject({
      status: 'returned',
      decision: { comment: 'Feil aktivitet.', undid: true },
    });
  });

  it('offers nothing to undo after a decision sent back, or refused', async () => {
    const approve = await inboxButton(megan, 'goal.approve', GOAL);
    const ret = await click('goal.return', { ...approve.data, comment: 'Mer grunnlag.' }, megan);
    expect(cardButtons(ret.value).some((b) => b.verb === 'goal.undo')).toBe(false);
    // The card it was pressed on is out of date now: refused, and nothing to undo.
    const stale = await click('goal.approve', approve.data, megan);
    expect(cardButtons(stale.value).some((b) => b.verb === 'goal.undo')).toBe(false);
  });
});
