import { guidOf, population } from '../../bench/population';
import { CARD_MAX_BYTES, utf16Bytes } from '../../cards/limits';
import { DESCRIPTION_MAX } from '../../core/activities';
import { COMMENT_MAX } from '../../core/comments';
import { ADVISOR_COMMENTS_MAX } from '../../core/goals';
import { type Decision, goalDocId } from '../../core/model';
import { cardButtons, cardTexts, invoke, message } from '../helpers/activities';
import { startTestApp, TEST_TODAY, type TestApp } from '../helpers/app';

type Who = { aadObjectId: string; name: string };
type InvokeBody = { statusCode: number; value: unknown };

/**
 * A leader with 60 goals waiting and a supervisor with 60 activities waiting (descriptions at
 * their longest), against a connector that refuses what Teams refuses (over 80 KB in UTF-16).
 */
describe('a long inbox pages its items and stays within Teams’ message limit, over real HTTP', () => {
  let app: TestApp;
  const leader: Who = { aadObjectId: guidOf('bench-leader-0'), name: 'Leder 0' };
  const supervisor: Who = { aadObjectId: guidOf('bench-supervisor-0'), name: 'Supervisør 0' };
  let heavyGoal = { traineeId: '', id: '' };
  let pop: ReturnType<typeof population>;
  // Long words with Norwegian letters: the size Teams counts is in UTF-16.
  const longText = (n: number) =>
    'Sutur av kuttskade på håndrygg, ærlig vurdert og øvd. '.repeat(40).slice(0, n);

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    pop = population(5, 12, app.connector.url, TEST_TODAY.toISOString().slice(0, 10));
    for (const t of pop.trainees)
      for (const a of t.activities)
        if (a.status === 'pending_signature') a.description = longText(DESCRIPTION_MAX);
    // LIS 0's first waiting goal has 60 signed activities behind it, each described at the longest.
    const first = pop.trainees[0];
    const named = first?.activities.find(
      (a) =>
        a.status === 'signed' &&
        a.goals[0] &&
        goalDocId(a.goals[0].catalogId, a.goals[0].goalId) === first.pendingGoals[0]?.id,
    );
    if (!first || !named) throw new Error('population changed');
    heavyGoal = { traineeId: first.profile.traineeId, id: first.pendingGoals[0]?.id ?? '' };
    // …and every comment on it at the longest: the advisor's ten, and their recommendation.
    const goal = first.goals.find((g) => g.id === heavyGoal.id);
    if (!goal?.advisorRecommendation) throw new Error('population changed');
    goal.advisorRecommendation.comment = longText(COMMENT_MAX);
    goal.advisorComments = Array.from({ length: ADVISOR_COMMENTS_MAX }, () => ({
      ...(goal.advisorRecommendation as Decision),
      comment: longText(COMMENT_MAX),
    }));
    named.description = longText(DESCRIPTION_MAX);
    // …and 30 activities sent back to LIS 0, each with a comment at the longest.
    for (let n = 0; n < 30; n++)
      first.activities.push({
        ...named,
        id: `activity:returned-${n}`,
        status: 'returned',
        description: longText(DESCRIPTION_MAX),
        decision: {
          by: supervisor.aadObjectId,
          byName: supervisor.name,
          at: named.createdAt,
          outcome: 'returned',
          comment: longText(COMMENT_MAX),
        },
      });
    for (let n = 1; n < 60; n++)
      first.activities.push({
        ...named,
        id: `activity:evidence-${n}`,
        description: `${n}: ${longText(DESCRIPTION_MAX - 4)}`,
      });
    await app.store.trainees.createTrainees(pop.trainees);
    await app.store.people.bulkCreate(pop.people, 'people');
  });
  afterAll(() => app.stop());

  const ask = async (who: Who, text = 'hva venter på meg?') => {
    app.connector.clear();
    await app.post(message(text, { serviceUrl: app.connector.url, from: who }));
    await app.outbox.idle();
    return app.connector
      .sent()
      .map((s) => (s.attachments as { content: unknown }[] | undefined)?.[0]?.content);
  };
  const click = async (who: Who, verb: string, data: Record<string, unknown>) => {
    const res = await app.post(invoke(verb, data, { from: who, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    return { status: res.status, body: (await res.json()) as InvokeBody };
  };
  const size = (card: unknown) => utf16Bytes(JSON.stringify(card));

  /** Every page, from the first by "show more": the cards and the ids of their items. */
  const walk = async (who: Who, itemVerb: string) => {
    const [first] = await ask(who);
    expect(app.connector.tooLarge).toBe(0);
    const cards = [first];
    for (;;) {
      const more = cardButtons(cards.at(-1)).find((b) => b.verb === 'inbox.page' && /til$/.test(b.title));
      if (!more) break;
      const r = await click(who, 'inbox.page', more.data);
      expect(r.body.statusCode).toBe(200);
      cards.push(r.body.value);
      if (cards.length > 20) throw new Error('no last page');
    }
    const ids = cards.flatMap((c) =>
      cardButtons(c)
        .filter((b) => b.verb === itemVerb)
        .map((b) => `${b.data.traineeId}/${b.data.id}`),
    );
    return { cards, ids };
  };

  it('a leader with 60 goals waiting: six pages of ten, each under 40 KB, every goal exactly once, grouped by LIS', async () => {
    const { cards, ids } = await walk(leader, 'goal.approve');
    expect(cards).toHaveLength(6);
    for (const c of cards) expect(size(c)).toBeLessThanOrEqual(CARD_MAX_BYTES);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    expect(cardTexts(cards[0])).toContain('60 ting venter på deg. Her er 1–10.');
    expect(cardTexts(cards[5])).toContain('60 ting venter på deg. Her er 51–60.');
    // Page 2 holds LIS 0's last two goals and LIS 1's first eight: two headings.
    expect(cardTexts(cards[1]).filter((x) => /^LIS \d \(LIS1\)$/.test(x))).toEqual([
      'LIS 0 (LIS1)',
      'LIS 1 (LIS1)',
    ]);
    // The last page has no "show more", only "show previous".
    expect(
      cardButtons(cards[5])
        .filter((b) => b.verb === 'inbox.page')
        .map((b) => b.title),
    ).toEqual(['Vis forrige']);
  });

  it('a supervisor with 60 activities waiting, each described in 1,000 characters: every page under 40 KB', async () => {
    const { cards, ids } = await walk(supervisor, 'activity.sign');
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    for (const c of cards) expect(size(c)).toBeLessThanOrEqual(CARD_MAX_BYTES);
    // A shortened description says so, and the whole text is one click away ("Åpne kortet").
    expect(cardTexts(cards[0]).some((x) => x.startsWith('Signer: Sutur') && x.endsWith('…'))).toBe(true);
    const open = cardButtons(cards[0]).find((b) => b.verb === 'activity.refresh');
    const full = await click(supervisor, 'activity.refresh', open?.data ?? {});
    expect(cardTexts(full.body.value).some((x) => x.includes(longText(DESCRIPTION_MAX).slice(0, 900)))).toBe(
      true,
    );
  });

  it('a goal with 60 signed activities behind it: its card lists the latest 10, says so, and stays under 40 KB', async () => {
    const [firstPage] = await ask(leader);
    const open = cardButtons(firstPage).find((b) => b.verb === 'goal.refresh' && b.data.id === heavyGoal.id);
    const r = await click(leader, 'goal.refresh', open?.data ?? {});
    expect(r.body.statusCode).toBe(200);
    const texts = cardTexts(r.body.value);
    expect(texts.filter((x) => x.startsWith('✔ ') && x.includes(' – signert av '))).toHaveLength(10);
    // The newest ten (the activities were signed in this order).
    expect(texts.some((x) => x.startsWith('✔ 59: '))).toBe(true);
    expect(texts.some((x) => x.startsWith('✔ 49: '))).toBe(false);
    expect(texts).toContain('Her er de 10 siste signerte aktivitetene; 50 eldre er ikke vist her.');
    expect(size(r.body.value)).toBeLessThanOrEqual(CARD_MAX_BYTES);
  });

  it('"hva gjenstår?" from a LIS with 24 things waiting and 30 sent back: ten of each, the rest counted, under 40 KB', async () => {
    const lis = { aadObjectId: pop.lis[0] ?? '', name: 'LIS 0' };
    const before = app.connector.tooLarge;
    const [card] = await ask(lis, 'hva gjenstår?');
    expect(app.connector.tooLarge).toBe(before);
    expect(size(card)).toBeLessThanOrEqual(CARD_MAX_BYTES);
    const texts = cardTexts(card);
    expect(texts).toContain('… og 20 til (alle står i fanen).');
    expect(texts).toContain('… og 14 til (alle står i fanen).');
    expect(texts.filter((x) => /: (signering|godkjenning) fra /.test(x))).toHaveLength(10);
  });

  it('a decision taken on page 3 answers with page 3 again, one item fewer', async () => {
    const third = await click(leader, 'inbox.page', { page: 2 });
    const approve = cardButtons(third.body.value).find((b) => b.verb === 'goal.approve');
    expect(approve?.data.page).toBe(2);
    const r = await click(leader, 'goal.approve', approve?.data ?? {});
    const texts = cardTexts(r.body.value);
    expect(texts[0]).toMatch(/^Godkjent: /);
    expect(texts).toContain('59 ting venter på deg. Her er 21–30.');
    // The item is gone from the list; only its undo names it, for the same page.
    expect(cardButtons(r.body.value).filter((b) => b.data.id === approve?.data.id)).toEqual([
      expect.objectContaining({ verb: 'goal.undo', data: expect.objectContaining({ page: 2 }) }),
    ]);
  });

  it('a page past the end shows the last one; a page that is no number is refused as bad card data', async () => {
    const far = await click(leader, 'inbox.page', { page: 500 });
    expect(cardTexts(far.body.value)).toContain('59 ting venter på deg. Her er 51–59.');
    for (const page of [-1, 'x', 1.5]) {
      const bad = await click(leader, 'inbox.page', { page });
      expect(bad.body.statusCode).toBe(400);
    }
  });

  it('someone with nothing waiting who presses "show more" sees their own empty list, nothing of anyone else', async () => {
    const stranger = { aadObjectId: 'stranger-1', name: 'Stranger' };
    const r = await click(stranger, 'inbox.page', { page: 1 });
    expect(cardTexts(r.body.value)).toEqual([
      'Dette venter på deg',
      'Ingenting venter på deg nå. Du har ingen rolle for noen LIS ennå: når en LIS inviterer deg som veileder, supervisør eller leder, kommer invitasjonen hit. Er du LIS selv, skriv «kom i gang».',
      'Oppdater kortet',
    ]);
  });

  it('the connector stand-in refuses a message over 80 KB as Teams does (so the pages above are what keeps it working)', async () => {
    const before = app.connector.tooLarge;
    const res = await fetch(`${app.connector.url}v3/conversations/a%3Ax/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'æ'.repeat(41 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(app.connector.tooLarge).toBe(before + 1);
  });
});
