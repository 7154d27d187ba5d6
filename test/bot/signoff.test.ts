import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardInputs, cardTexts, invoke, message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';

const T = DEMO_TRAINEES.alex;
const { alex, isaiah, patti, megan } = DEMO_PEOPLE;

type InvokeBody = { statusCode: number; type: string; value: unknown };

describe('supervision sign-off from a card, over real HTTP', () => {
  let app: TestApp;
  const post = async (activity: Record<string, unknown>) => {
    const res = await app.post(activity);
    return { status: res.status, body: (await res.json()) as InvokeBody };
  };
  const pending = async (id: string) => (await app.store.trainees.getActivity(T, id))!;

  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(() => app.stop());

  it('signs in one click, answers with the decided card, writes one audit event, updates the card and tells the LIS', async () => {
    // Alex has talked to the bot, so the app can tell Alex later.
    await app.post(message('hjelp', { serviceUrl: app.connector.url, from: alex }));
    await app.outbox.idle();
    app.connector.clear();
    const a = await pending('activity:demo-4');
    expect(a.status).toBe('pending_signature');

    const click = invoke(
      'activity.sign',
      { traineeId: T, id: a.id, rev: a.rev, comment: '**Bra** jobbet [her](http://x.example)' },
      {
        from: isaiah,
        serviceUrl: app.connector.url,
        replyToId: 'msg-isaiah-1',
      },
    );
    const { status, body } = await post(click);
    expect(status).toBe(200);
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const texts = cardTexts(body.value);
    expect(texts).toContain('Signert');
    expect(texts.some((x) => x.startsWith('Signert av Isaiah Langer'))).toBe(true);
    // The comment is shown as written: markdown escaped, not rendered.
    expect(texts).toContain('Isaiah Langer: «\\*\\*Bra\\*\\* jobbet \\[her\\](http://x.example)»');
    expect(cardButtons(body.value).map((b) => b.verb)).not.toContain('activity.sign');

    const stored = await pending(a.id);
    expect(stored.status).toBe('signed');
    expect(stored.decision).toMatchObject({
      by: isaiah.aadObjectId,
      outcome: 'signed',
      comment: '**Bra** jobbet [her](http://x.example)',
    });
    const trail = await app.store.trainees.auditOf(T, a.id);
    expect(trail.filter((e) => e.verb === 'activity.sign')).toHaveLength(1);
    expect(trail.at(-1)).toMatchObject({
      actor: isaiah.aadObjectId,
      id: `audit:${click.id}:${a.id}@${a.rev + 1}`,
    });

    await app.outbox.idle();
    const update = app.connector.calls.find((c) => c.method === 'PUT');
    expect(update?.path).toBe(`/v3/conversations/a:personal-${isaiah.aadObjectId}/activities/msg-isaiah-1`);
    const toLis = app.connector
      .sent()
      .find((s) => (s.conversation as { id: string }).id === `a:personal-${alex.aadObjectId}`);
    expect(toLis?.text).toBe('Isaiah Langer har signert aktiviteten din');
  });

  it('is idempotent: the same click again returns the decided card and writes nothing', async () => {
    const a = await pending('activity:demo-4');
    const click = invoke(
      'activity.sign',
      { traineeId: T, id: a.id, rev: a.rev },
      { from: isaiah, serviceUrl: app.connector.url },
    );
    await post(click);
    const again = await post(click);
    expect(again.body.statusCode).toBe(200);
    expect(cardTexts(again.body.value)).toContain('Signert');
    const second = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(second.body.value)).toContain('Signert');
    expect(
      (await app.store.trainees.auditOf(T, a.id)).filter((e) => e.verb === 'activity.sign'),
    ).toHaveLength(1);
    expect((await pending(a.id)).rev).toBe(a.rev + 1);
  });

  it('refuses a forged invoke from someone who is not the named supervisor, and changes nothing', async () => {
    const a = await pending('activity:demo-4');
    for (const who of [patti, megan, alex]) {
      const { body } = await post(
        invoke(
          'activity.sign',
          { traineeId: T, id: a.id, rev: a.rev },
          { from: who, serviceUrl: app.connector.url },
        ),
      );
      expect(body.statusCode).toBe(200);
      expect(cardTexts(body.value).join(' ')).toMatch(/Ingenting er endret/);
    }
    const stranger = { aadObjectId: 'aad-stranger', name: 'Mallory' };
    const { body } = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: stranger, serviceUrl: app.connector.url },
      ),
    );
    const texts = cardTexts(body.value).join(' ');
    expect(texts).toMatch(/Fant ikke det dette kortet viser til/);
    expect(texts).not.toMatch(/Alex/);
    expect(texts).not.toMatch(/Suturering/);
    expect(await pending(a.id)).toMatchObject({ status: 'pending_signature', rev: a.rev });
    expect(await app.store.trainees.auditOf(T, a.id)).toHaveLength(0);
  });

  it('lets exactly one of Sign and Return at the same moment win; the other sees the current card', async () => {
    const a = await pending('activity:demo-4');
    const [x, y] = await Promise.all([
      post(
        invoke(
          'activity.sign',
          { traineeId: T, id: a.id, rev: a.rev },
          { from: isaiah, serviceUrl: app.connector.url },
        ),
      ),
      post(
        invoke(
          'activity.return',
          { traineeId: T, id: a.id, rev: a.rev, comment: 'Mangler detaljer' },
          { from: isaiah, serviceUrl: app.connector.url },
        ),
      ),
    ]);
    const stored = await pending(a.id);
    expect(['signed', 'returned']).toContain(stored.status);
    expect(stored.rev).toBe(a.rev + 1);
    const decisions = (await app.store.trainees.auditOf(T, a.id)).filter((e) =>
      e.verb.startsWith('activity.'),
    );
    expect(decisions).toHaveLength(1);
    for (const r of [x, y]) {
      const texts = cardTexts(r.body.value);
      expect(texts).toContain(stored.status === 'signed' ? 'Signert' : 'Sendt tilbake til Alex Wilber');
    }
  });

  it('requires a comment to return, refuses an over-long comment, and saves nothing then', async () => {
    const a = await pending('activity:demo-4');
    const noComment = await post(
      invoke(
        'activity.return',
        { traineeId: T, id: a.id, rev: a.rev, comment: '  ' },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(noComment.body.value)).toContain(
      'Skriv en kommentar for å sende tilbake. Ingenting er endret.',
    );
    const long = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: a.id, rev: a.rev, comment: 'x'.repeat(1001) },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(long.body.value)).toContain(
      'Kommentaren er for lang: 1001 tegn, høyst 1000. Ingenting er endret.',
    );
    expect(await pending(a.id)).toMatchObject({ status: 'pending_signature', rev: a.rev });
    const returned = await post(
      invoke(
        'activity.return',
        { traineeId: T, id: a.id, rev: a.rev, comment: 'Beskriv prosedyren nærmere.' },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(returned.body.value)).toContain('Sendt tilbake til Alex Wilber');
  });

  it('answers a stale card with the current card, the comment written on it kept in its field', async () => {
    const a = await pending('activity:demo-4');
    const comment = 'Godt utført, men beskriv lokalbedøvelsen neste gang.';
    const { body } = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: a.id, rev: a.rev - 1, comment },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(body.value)[0]).toBe('Kortet var utdatert. Slik står det nå:');
    expect(cardButtons(body.value).map((b) => b.verb)).toEqual(['activity.sign', 'activity.return']);
    expect((await pending(a.id)).status).toBe('pending_signature');
    // Nothing saved, nothing lost: one more click signs it with the same words.
    expect(cardInputs(body.value).comment).toBe(comment);
    const signed = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: a.id, rev: a.rev, comment },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    // Done: the field is empty again (the comment is on the card as said, not as a draft).
    expect(cardInputs(signed.body.value).comment).toBeUndefined();
  });

  it('gives the assigned supervisor buttons on refresh, and everyone else a read-only view', async () => {
    const a = await pending('activity:demo-4');
    const mine = await post(
      invoke(
        'activity.refresh',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: isaiah, serviceUrl: app.connector.url, trigger: 'automatic' },
      ),
    );
    expect(cardButtons(mine.body.value).map((b) => b.verb)).toEqual(['activity.sign', 'activity.return']);
    const theirs = await post(
      invoke(
        'activity.refresh',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: patti, serviceUrl: app.connector.url, trigger: 'automatic' },
      ),
    );
    expect(cardButtons(theirs.body.value)).toEqual([]);
  });

  it('lets the LIS recall a pending request, and the supervisor’s card then says it needs no action', async () => {
    const a = await pending('activity:demo-4');
    await app.store.trainees.addCardMessage(a.traineeId, a.id, {
      conversationId: `a:personal-${isaiah.aadObjectId}`,
      serviceUrl: app.connector.url,
      activityId: 'msg-isaiah-9',
      channelId: 'msteams',
      for: isaiah.aadObjectId,
    });
    const lisView = await post(
      invoke(
        'activity.refresh',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardButtons(lisView.body.value).map((b) => b.verb)).toEqual([
      'activity.remind',
      'activity.recall',
      'activity.reassign',
    ]);
    const { body } = await post(
      invoke(
        'activity.recall',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: alex, serviceUrl: app.connector.url, replyToId: 'msg-alex-1' },
      ),
    );
    expect(cardTexts(body.value)).toContain('Ikke sendt til signering');
    // Recalled, not returned: sent for signing again from here, not "put right".
    expect(JSON.stringify(body.value)).toContain('Send til signering …');
    expect(JSON.stringify(body.value)).not.toContain('Rett og send på nytt');
    await app.outbox.idle();
    const updated = app.connector.calls.find((c) => c.method === 'PUT' && c.path.endsWith('/msg-isaiah-9'));
    expect(cardTexts(updated?.body.attachments).join(' ')).toMatch(/Trenger ikke lenger handling fra deg/);
    const after = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardButtons(after.body.value).map((b) => b.verb)).not.toContain('activity.sign');
    expect((await pending(a.id)).status).toBe('registered');
  });

  it('moves a pending request to another supervisor: the old one can no longer sign, the new one can', async () => {
    const a = await pending('activity:demo-4');
    const { body } = await post(
      invoke(
        'activity.reassign',
        { traineeId: T, id: a.id, rev: a.rev, to: patti.aadObjectId },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(body.value)).toContain('Venter på signering fra Patti Fernandez');
    const moved = await pending(a.id);
    const old = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: a.id, rev: moved.rev },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(old.body.value).join(' ')).toMatch(
      /Denne signeringen er bedt om fra Patti Fernandez, ikke fra deg/,
    );
    const forged = await post(
      invoke(
        'activity.reassign',
        { traineeId: T, id: a.id, rev: moved.rev, to: 'aad-stranger' },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(forged.body.value).join(' ')).toMatch(/ingen supervisør/);
    const ok = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: a.id, rev: moved.rev },
        { from: patti, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(ok.body.value)).toContain('Signert');
  });

  it('records an activity from the form and sends it to the supervisor; the LIS’s card follows the decision', async () => {
    await app.post(message('hei', { serviceUrl: app.connector.url, from: isaiah }));
    await app.outbox.idle();
    app.connector.clear();
    const rec = await post(
      invoke(
        'activity.record',
        {
          traineeId: T,
          activityKind: 'course',
          date: '2026-11-20',
          description: 'Akuttkurs',
          goals: 'lis1-clinical-2020|DEL1-076',
          supervisor: isaiah.aadObjectId,
        },
        { from: alex, serviceUrl: app.connector.url, replyToId: 'form-msg' },
      ),
    );
    expect(cardTexts(rec.body.value)).toContain('Lagret og sendt til Isaiah Langer for signering.');
    await app.outbox.idle();
    const toIsaiah = app.connector
      .sent()
      .find((s) => (s.conversation as { id: string }).id === `a:personal-${isaiah.aadObjectId}`);
    const sign = cardButtons(toIsaiah?.attachments).find((b) => b.verb === 'activity.sign');
    expect(sign).toBeDefined();
    const bad = await post(
      invoke(
        'activity.record',
        {
          traineeId: T,
          activityKind: 'course',
          date: '2026-11-20',
          description: 'x',
          goals: 'nope|DEL1-001',
        },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(bad.body.value)[0]).toMatch(
      /^Noe i skjemaet mangler eller er feil: Læringsmål aktiviteten gjelder\. Ingenting er endret\./,
    );
    app.connector.clear();
    await post(invoke('activity.sign', sign?.data ?? {}, { from: isaiah, serviceUrl: app.connector.url }));
    await app.outbox.idle();
    const lisCard = app.connector.calls.find((c) => c.method === 'PUT' && c.path.endsWith('/form-msg'));
    expect(cardTexts(lisCard?.body.attachments)).toContain('Signert');
    // The signature puts the goal it names in progress (it had no state: not started); the LIS can now ask for approval.
    const goal = await app.store.trainees.getGoal(T, 'goal:lis1-clinical-2020:DEL1-076');
    expect(goal).toMatchObject({ status: 'in_progress', rev: 1 });
    const summary = (await app.store.trainees.snapshot(T))?.goals.find((g) => g.goalId === 'DEL1-076');
    expect(summary).toMatchObject({ status: 'in_progress', rev: 1 });
  });

  it('lets the LIS remind the supervisor once a day, and says when the last reminder went', async () => {
    await app.post(message('hei', { serviceUrl: app.connector.url, from: isaiah }));
    await app.outbox.idle();
    app.connector.clear();
    const a = await pending('activity:demo-4');
    const first = await post(
      invoke(
        'activity.remind',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(first.body.value)[0]).toBe('Påminnelse sendt til Isaiah Langer.');
    // The card then offers no reminder until tomorrow (a click could only be refused), still the recall.
    const verbs = cardButtons(first.body.value).map((b) => b.verb);
    expect(verbs).not.toContain('activity.remind');
    expect(verbs).toContain('activity.recall');
    await app.outbox.idle();
    expect(
      app.connector
        .sent()
        .some((s) => String(s.text).startsWith('Påminnelse: Alex Wilber venter på at du signerer')),
    ).toBe(true);
    const again = await post(
      invoke(
        'activity.remind',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: alex, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(again.body.value)[0]).toBe(
      'Påminnelse ble sendt til Isaiah Langer 26.11.2026 kl. 10:00. Du kan sende én påminnelse i døgnet. Ingenting er endret.',
    );
    const notLis = await post(
      invoke(
        'activity.remind',
        { traineeId: T, id: a.id, rev: a.rev },
        { from: megan, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(notLis.body.value).join(' ')).toMatch(
      /Som leder for Alex Wilber kan du ikke gjøre dette/,
    );
    expect(
      (await app.store.trainees.auditOf(T, a.id)).filter((e) => e.verb === 'activity.remind'),
    ).toHaveLength(1);
  });

  it('answers an unknown verb with an error response, and malformed card data with 400', async () => {
    const unknown = await post(
      invoke(
        'activity.explode',
        { traineeId: T, id: 'x', rev: 1 },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(unknown.body).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'UnknownVerb' },
    });
    const bad = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: 'activity:demo-4', rev: 'two' },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(bad.body).toMatchObject({ statusCode: 400, value: { code: 'BadRequest' } });
    const tampered = await post(
      invoke(
        'activity.sign',
        { traineeId: T, id: 'activity:nope', rev: 1 },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(tampered.body.value).join(' ')).toMatch(/Fant ikke det dette kortet viser til/);
    const otherLis = await post(
      invoke(
        'activity.sign',
        { traineeId: DEMO_TRAINEES.lynne, id: 'activity:demo-4', rev: 2 },
        { from: isaiah, serviceUrl: app.connector.url },
      ),
    );
    expect(cardTexts(otherLis.body.value).join(' ')).toMatch(/Fant ikke/);
    // An invoke this app does not take, or one with no name: 400 saying so, not botbuilder's 501.
    const card = invoke('activity.sign', {}, { from: isaiah, serviceUrl: app.connector.url });
    for (const [name, message] of [
      ['composeExtension/query', 'unsupported invoke "composeExtension/query"'],
      [undefined, 'an invoke needs a name'],
    ] as const) {
      const { name: _n, value: _v, ...rest } = card;
      const res = await app.post({ ...rest, ...(name ? { name } : {}) });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ code: 'BadRequest', message });
    }
  });
});
