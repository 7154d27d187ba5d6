import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardInputs, cardTexts, invoke } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, megan, adele, isaiah } = DEMO_PEOPLE;
const T = DEMO_TRAINEES.alex;
const WORDS = 'Godt beskrevet. Skriv gjerne hva du ville gjort annerledes.';

/** "The advisor … comments on goals and activities": an activity's comment, over real HTTP. */
describe('the advisor comments on a learning activity', () => {
  let app: TestApp;
  const { say, click, textsTo } = chat(() => app);
  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, isaiah]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('from the goal card to the activity card; the LIS is told, the leader sees it, the supervisor does not', async () => {
    const goalCard = (await say('DEL1-067 for Alex', adele))[0]?.attachments;
    expect(cardTexts(goalCard)).toContain('Kommenter en aktivitet …');
    const open = cardButtons(goalCard).find(
      (b) => b.verb === 'activity.refresh' && b.data.id === 'activity:demo-4',
    );
    expect(open?.title).toBe('«Suturering av kuttskade på legevakt»');
    // Not offered to the leader or a supervisor.
    for (const who of [megan, isaiah]) {
      const other = (await say('DEL1-067 for Alex', who))[0]?.attachments;
      expect(cardTexts(other)).not.toContain('Kommenter en aktivitet …');
    }
    const card = await click('activity.refresh', open?.data ?? {}, adele);
    const form = cardButtons(card.value).find((b) => b.verb === 'activity.comment');
    expect(form?.data).toMatchObject({ traineeId: T, id: 'activity:demo-4' });
    const id = `inv-${Date.now()}`;
    // As Teams sends it: the text in the form's input, named by the card data.
    const body = invoke(
      'activity.comment',
      { ...form?.data, 'comment-1': WORDS },
      {
        from: adele,
        serviceUrl: app.connector.url,
        id,
      },
    );
    const first = await app.post(body);
    const answer = (await first.json()) as { value: unknown };
    await app.outbox.idle();
    expect(cardTexts(answer.value)).toContain('Kommentaren er sendt: Suturering av kuttskade på legevakt.');
    expect(cardTexts(answer.value)).toContain('Veileders kommentar');
    expect(textsTo(alex).at(-1)).toBe(
      `Adele Vance (veileder) har kommentert aktiviteten din «Suturering av kuttskade på legevakt»: «${WORDS}»`,
    );
    // The same click again (a retried invoke): nothing more is written.
    await app.post(body);
    await app.outbox.idle();
    const trail = await app.store.trainees.auditOf(T, 'activity:demo-4');
    expect(trail.filter((e) => e.verb === 'activity.comment')).toHaveLength(1);
    const saved = await app.store.trainees.getActivity(T, 'activity:demo-4');
    expect(saved?.advisorComment).toMatchObject({ by: adele.aadObjectId, comment: WORDS });
    // Still waiting for Isaiah's signature: a comment is not a decision.
    expect(saved?.status).toBe('pending_signature');
    const view = async (who: { aadObjectId: string; name: string }) =>
      cardTexts(
        (await click('activity.refresh', { traineeId: T, id: 'activity:demo-4', rev: 0 }, who)).value,
      ).join(' ');
    expect(await view(alex)).toContain(WORDS);
    expect(await view(megan)).toContain(WORDS);
    const bySupervisor = await view(isaiah);
    expect(bySupervisor).not.toContain(WORDS);
    expect(bySupervisor).not.toContain('Veileders kommentar');
  });

  it('a comment with markdown in it reaches the LIS as written, not as a link or bold text', async () => {
    const card = await click('activity.refresh', { traineeId: T, id: 'activity:demo-4', rev: 0 }, adele);
    const form = cardButtons(card.value).find((b) => b.verb === 'activity.comment');
    await click(
      'activity.comment',
      { ...form?.data, 'comment-1': 'Se *dette*: [skjema](https://example.org/x)' },
      adele,
    );
    expect(textsTo(alex).at(-1)).toBe(
      'Adele Vance (veileder) har kommentert aktiviteten din «Suturering av kuttskade på legevakt»: «Se \\*dette\\*: \\[skjema\\](https://example.org/x)»',
    );
  });

  it('refuses the leader, the supervisor and a comment without words; a stranger learns nothing', async () => {
    const a = (await app.store.trainees.getActivity(T, 'activity:demo-4'))!;
    const data = { traineeId: T, id: a.id, rev: a.rev, comment: WORDS };
    for (const who of [megan, isaiah, alex]) {
      const r = await click('activity.comment', data, who);
      // Shown nowhere as a comment (the card may give the asker their own words back, in a field).
      const typed = Object.values(cardInputs(r.value));
      expect(
        cardTexts(r.value)
          .filter((x) => !typed.includes(x))
          .join(' '),
      ).not.toContain(WORDS);
    }
    const empty = await click('activity.comment', { ...data, comment: '' }, adele);
    expect(cardTexts(empty.value)[0]).toBe('Skriv kommentaren først. Ingenting er endret.');
    const stranger = await click('activity.comment', data, { aadObjectId: 'aad-x', name: 'X' });
    expect(JSON.stringify(stranger)).not.toMatch(/Alex|Suturering/);
    expect((await app.store.trainees.getActivity(T, a.id))?.advisorComment).toBeUndefined();
    expect((await app.store.trainees.auditOf(T, a.id)).some((e) => e.verb === 'activity.comment')).toBe(
      false,
    );
  });
});
