import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { ForYouRow, GoalHistoryView, TraineeDetail } from '../../tab/shared/api';
import { message } from '../helpers/activities';
import { tabSuite } from '../helpers/tab';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah, patti } = DEMO_PEOPLE;
const COMPLETE = 'goal:lis1-clinical-2020:DEL1-064';
const INCOMPLETE = 'goal:fkm-lis1-2025:FKM-015';

/**
 * What waits for the one looking, decided in the tab: the leader approves or sends back, the advisor
 * advises, the supervisor signs, the LIS takes back, sends again or withdraws. The same decisions as
 * the chat's cards, over real HTTP with signed tokens, against the real store.
 */
describe('deciding in the tab', () => {
  // No name in the tokens (an access token need not carry one): a decision still records who by name.
  const tab = tabSuite([alex, megan, isaiah], { name: undefined });
  const detail = (who: { aadObjectId: string }) => tab.detail(who, T);
  const decide = (who: { aadObjectId: string }, route: string, body: unknown) =>
    tab.post(who, `trainees/${T}/${route}`, body);
  const item = (d: TraineeDetail, id: string): ForYouRow => {
    const found = d.forYou.find((i) => i.id === id);
    if (!found) throw new Error(`${id} does not wait for the viewer`);
    return found;
  };
  const trail = () => tab.app.store.trainees.auditTrail(T);
  /** Messages sent into the LIS's own chat. */
  const toLis = () => tab.sentTo(alex);

  it('shows each person only what waits for their own decision, an approval with its basis', async () => {
    const leader = await detail(megan);
    expect(leader.forYou.map((i) => [i.kind, i.id])).toEqual([
      ['approve', COMPLETE],
      ['approve', INCOMPLETE],
    ]);
    const complete = item(leader, COMPLETE);
    expect(complete).toMatchObject({ title: 'DEL1-064 Prioritere henvendelser på legevakt', complete: true });
    expect(complete.basis?.signed.map((s) => s.by)).toEqual(['Isaiah Langer']);
    expect(complete.basis?.advisor?.name).toBe('Adele Vance');
    expect(complete.basis?.missing).toEqual([]);
    expect(item(leader, INCOMPLETE)).toMatchObject({ complete: false, basis: { missing: ['advisor'] } });

    const supervisor = await detail(isaiah);
    expect(supervisor.forYou.map((i) => [i.kind, i.title])).toEqual([
      ['sign', 'Suturering av kuttskade på legevakt'],
    ]);
    // The advisor is asked for advice on the goal that has none; the LIS decides nothing of their own.
    const advisor = await detail(adele);
    expect(advisor.forYou.map((i) => [i.kind, i.id])).toEqual([['recommend', INCOMPLETE]]);
    // On the basis the leader will approve on: the signed activity, and that her advice is what is missing.
    expect(item(advisor, INCOMPLETE).basis).toMatchObject({
      signed: [{ by: 'Patti Fernandez' }],
      missing: ['advisor'],
    });
    expect((await detail(alex)).forYou).toEqual([]);
  });

  it('lets the leader approve with one click where the basis is complete; the LIS is told in the chat', async () => {
    const g = item(await detail(megan), COMPLETE);
    const before = (await trail()).length;
    expect(await decide(megan, 'goals/approve', { id: g.id, rev: g.rev })).toEqual({
      status: 200,
      body: { status: 'approved', rev: g.rev + 1 },
    });
    await tab.app.outbox.idle();
    const events = await trail();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ verb: 'goal.approve', actor: megan.aadObjectId, target: g.id });
    expect((await tab.app.store.trainees.getGoal(T, g.id))?.approval?.byName).toBe('Megan Bowen');
    expect(toLis().some((m) => /DEL1-064/.test(JSON.stringify(m)))).toBe(true);
    expect((await detail(megan)).forYou.map((i) => i.id)).toEqual([INCOMPLETE]);
    // The same click again (the page was old): nothing is written twice.
    const again = await decide(megan, 'goals/approve', { id: g.id, rev: g.rev });
    expect(again.status).toBe(409);
    expect(await trail()).toHaveLength(before + 1);
  });

  it('asks for a comment to approve on an incomplete basis, and to send back; nothing is written without', async () => {
    const g = item(await detail(megan), INCOMPLETE);
    const before = await trail();
    const bare = await decide(megan, 'goals/approve', { id: g.id, rev: g.rev });
    expect(bare.status).toBe(409);
    expect(bare.body.message).toMatch(/^Grunnlaget er ufullstendig/);
    const back = await decide(megan, 'goals/return', { id: g.id, rev: g.rev, comment: '  ' });
    expect(back.status).toBe(409);
    expect(await trail()).toEqual(before);

    const comment = 'Ta kurset opp med veileder først.';
    expect((await decide(megan, 'goals/return', { id: g.id, rev: g.rev, comment })).status).toBe(200);
    await tab.app.outbox.idle();
    expect((await trail()).at(-1)).toMatchObject({ verb: 'goal.return', actor: megan.aadObjectId, comment });
    // The LIS reads who sent it back, by name, and why.
    expect((await detail(alex)).returned).toContainEqual({
      kind: 'goal',
      what: 'FKM-015',
      by: 'Megan Bowen',
      at: expect.any(String),
      comment,
    });
    expect(toLis().length).toBeGreaterThan(0);
  });

  it('takes the advisor’s advice, which the leader then sees in the basis', async () => {
    const g = item(await detail(adele), INCOMPLETE);
    const against = await decide(adele, 'goals/advise-against', { id: g.id, rev: g.rev });
    expect(against.status).toBe(409);
    expect(
      (await decide(adele, 'goals/recommend', { id: g.id, rev: g.rev, comment: 'Godt arbeid.' })).status,
    ).toBe(200);
    const seen = item(await detail(megan), INCOMPLETE);
    expect(seen.basis?.advisor).toEqual({ name: 'Adele Vance', comment: 'Godt arbeid.' });
    expect(seen.complete).toBe(true);
    expect((await detail(adele)).forYou).toEqual([]);
  });

  it('lets the advisor comment on a goal and an activity: the LIS is told, the leader sees it, a supervisor does not; no one else may', async () => {
    const g = item(await detail(megan), INCOMPLETE);
    const before = await trail();
    for (const who of [alex, megan, isaiah])
      expect((await decide(who, 'goals/comment', { id: g.id, rev: g.rev, comment: 'Hm.' })).status).toBe(403);
    expect(await trail()).toEqual(before);
    // An empty comment says why, and writes nothing.
    const empty = await decide(adele, 'goals/comment', { id: g.id, rev: g.rev });
    expect(empty.status).toBe(409);
    expect(await trail()).toEqual(before);
    const onGoal = await decide(adele, 'goals/comment', {
      id: g.id,
      rev: g.rev,
      comment: 'Øv mer på samtalen.',
    });
    expect(onGoal).toMatchObject({ status: 200, body: { status: 'pending_approval', rev: g.rev + 1 } });
    // The leader approving sees it in the basis, with who and when; it leaves the item to decide on.
    const seen = item(await detail(megan), INCOMPLETE);
    expect(seen.basis?.comments).toEqual([
      { name: 'Adele Vance', at: expect.any(String), comment: 'Øv mer på samtalen.' },
    ]);
    expect((await trail()).at(-1)).toMatchObject({ verb: 'goal.comment', actor: adele.aadObjectId });

    const a = (await detail(adele)).activities.find((x) => x.id === 'activity:demo-4');
    expect(a).toBeDefined();
    for (const who of [alex, megan, isaiah])
      expect(
        (await decide(who, 'activities/comment', { id: a!.id, rev: a!.rev, comment: 'Hm.' })).status,
      ).toBe(403);
    expect(
      (await decide(adele, 'activities/comment', { id: a!.id, rev: a!.rev, comment: 'Godt beskrevet.' }))
        .status,
    ).toBe(200);
    for (const who of [alex, megan, adele])
      expect((await detail(who)).activities.find((x) => x.id === a!.id)?.advisorComment).toEqual({
        name: 'Adele Vance',
        at: expect.any(String),
        comment: 'Godt beskrevet.',
      });
    // The supervisor it waits for gets it to sign, without the advisor's words.
    expect(JSON.stringify(await detail(isaiah))).not.toContain('Godt beskrevet');
    await tab.app.outbox.idle();
    const told = JSON.stringify(toLis());
    expect(told).toContain('har kommentert læringsmålet FKM-015');
    expect(told).toContain('Godt beskrevet.');
    // Only the advisor is offered the forms.
    expect((await detail(adele)).canCommentGoals && (await detail(adele)).canCommentActivities).toBe(true);
    for (const who of [alex, megan, isaiah]) {
      const d = await detail(who);
      expect([d.canCommentGoals, d.canCommentActivities]).toEqual([false, false]);
    }
  });

  it('lets a supervisor record and sign an activity for the LIS; the LIS confirms one and disputes another', async () => {
    const post = (who: { aadObjectId: string }, body: unknown) => decide(who, 'activities/supervised', body);
    const what = (description: string) => ({
      activityKind: 'supervised_procedure',
      date: '2026-11-25',
      description,
      goals: [{ catalogId: 'lis1-clinical-2020', goalId: 'DEL1-065' }],
    });
    expect((await detail(isaiah)).canRecordForLis).toBe(true);
    const before = await trail();
    // The LIS, the leader and the advisor have a role for Alex, but not this one.
    for (const who of [alex, megan, adele]) {
      expect((await detail(who)).canRecordForLis).toBe(false);
      expect((await post(who, what('Nei'))).status).toBe(403);
    }
    expect((await post({ aadObjectId: '00000000-0000-0000-0000-00000000dead' }, what('Nei'))).status).toBe(
      404,
    );
    // A goal outside the LIS's plans names the field; nothing is written.
    const wrong = await post(isaiah, { ...what('Nei'), goals: [{ catalogId: 'x', goalId: 'DEL1-065' }] });
    expect(wrong).toMatchObject({ status: 400, body: { field: 'goals' } });
    expect(await trail()).toEqual(before);

    const kept = await post(isaiah, what('Sutur av kuttskade, veiledet'));
    const disputed = await post(isaiah, what('Noe som ikke skjedde'));
    expect(kept).toMatchObject({ status: 201, body: { status: 'signed' } });
    const rows = (await detail(alex)).activities;
    const row = (id: unknown) => rows.find((a) => a.id === id);
    expect(row(kept.body.id)).toMatchObject({ status: 'signed', byLis: 'pending', who: 'Isaiah Langer' });
    expect((await detail(isaiah)).decidedByYou.find((a) => a.id === kept.body.id)?.byLis).toBe('pending');

    // Both wait for Alex under «Venter på deg», with who recorded them; for nobody else.
    expect((await detail(alex)).forYou.map((i) => [i.kind, i.id, i.title, i.recordedBy]).sort()).toEqual(
      [
        ['confirmRecord', kept.body.id, 'Sutur av kuttskade, veiledet', 'Isaiah Langer'],
        ['confirmRecord', disputed.body.id, 'Noe som ikke skjedde', 'Isaiah Langer'],
      ].sort(),
    );
    for (const who of [isaiah, megan])
      expect((await detail(who)).forYou.filter((i) => i.kind === 'confirmRecord')).toEqual([]);

    // Only the LIS answers.
    const ref = (x: typeof kept) => ({ id: String(x.body.id), rev: row(x.body.id)?.rev ?? 0 });
    for (const who of [isaiah, megan])
      expect((await decide(who, 'activities/confirm-record', ref(kept))).status).toBe(403);
    expect(await decide(alex, 'activities/confirm-record', ref(kept))).toMatchObject({ status: 200 });
    expect(await decide(alex, 'activities/dispute', ref(disputed))).toMatchObject({
      status: 200,
      body: { status: 'withdrawn' },
    });
    expect((await detail(alex)).forYou).toEqual([]);
    const after = (await detail(alex)).activities;
    expect(after.find((a) => a.id === kept.body.id)).toMatchObject({ status: 'signed', byLis: 'confirmed' });
    expect(after.find((a) => a.id === disputed.body.id)).toMatchObject({
      status: 'withdrawn',
      byLis: 'disputed',
    });
    const answered = (await trail())
      .filter((e) => e.actor === alex.aadObjectId)
      .map((e) => [e.verb, e.target]);
    expect(answered).toEqual(
      expect.arrayContaining([
        ['activity.confirmRecord', kept.body.id],
        ['activity.dispute', disputed.body.id],
      ]),
    );
    await tab.app.outbox.idle();
    // The supervisor is told of the dispute in their own chat.
    const toIsaiah = tab.app.connector
      .sent()
      .filter((m) => (m.conversation as { id: string }).id.includes(isaiah.aadObjectId));
    expect(JSON.stringify(toIsaiah)).toContain('Noe som ikke skjedde');
  });

  it('lets the LIS move a request from one supervisor to another in one step; not the leader, not to someone else', async () => {
    // Patti has opened the app (so she can get the card).
    await tab.app.post(message('hei', { from: patti, serviceUrl: tab.app.connector.url }));
    await tab.app.outbox.idle();
    tab.app.connector.clear();
    const a = (await detail(alex)).activities.find((x) => x.id === 'activity:demo-4');
    expect(a).toMatchObject({ status: 'pending_signature', who: 'Isaiah Langer' });
    const ref = { id: a!.id, rev: a!.rev };
    const before = await trail();
    expect((await decide(megan, 'activities/reassign', { ...ref, to: patti.aadObjectId })).status).toBe(403);
    // Only one of the LIS's own supervisors: the leader is not one.
    expect((await decide(alex, 'activities/reassign', { ...ref, to: megan.aadObjectId })).status).toBe(409);
    expect(await trail()).toEqual(before);
    expect(await decide(alex, 'activities/reassign', { ...ref, to: patti.aadObjectId })).toMatchObject({
      status: 200,
      body: { status: 'pending_signature' },
    });
    expect(item(await detail(patti), a!.id)).toMatchObject({ kind: 'sign' });
    expect((await detail(isaiah)).forYou.some((i) => i.id === a!.id)).toBe(false);
    await tab.app.outbox.idle();
    const toPatti = tab.app.connector
      .sent()
      .filter((m) => (m.conversation as { id: string }).id.includes(patti.aadObjectId));
    expect(toPatti.length).toBeGreaterThan(0);
  });

  it('lets the LIS send a recorded course to the leader to mark as met; only the LIS, only one not sent', async () => {
    const made = (
      await decide(alex, 'activities', {
        activityKind: 'course',
        date: '2026-11-20',
        description: 'Kurs i palliasjon',
        goals: [{ catalogId: 'lis1-clinical-2020', goalId: 'DEL1-065' }],
      })
    ).body as { id: string; status: string };
    expect(made.status).toBe('registered');
    const row = (await detail(alex)).activities.find((a) => a.id === made.id);
    expect(row?.askableMet).toBe(true);
    const ref = { id: made.id, rev: row?.rev ?? 0 };
    expect((await decide(megan, 'activities/ask-met', ref)).status).toBe(403);
    expect(await decide(alex, 'activities/ask-met', ref)).toMatchObject({
      status: 200,
      body: { status: 'pending_met' },
    });
    expect(item(await detail(megan), made.id)).toMatchObject({ kind: 'markMet' });
    // Sent once: asked again, it is no longer one to send.
    expect((await decide(alex, 'activities/ask-met', { ...ref, rev: ref.rev + 1 })).status).toBe(409);
    expect((await detail(alex)).activities.find((a) => a.id === made.id)?.askableMet).toBeUndefined();
  });

  it('approves all with a complete basis in one click: each a decision of its own, one message to the LIS', async () => {
    const advice = item(await detail(adele), INCOMPLETE);
    await decide(adele, 'goals/recommend', { id: advice.id, rev: advice.rev });
    const both = (await detail(megan)).forYou.map((i) => ({ id: i.id, rev: i.rev, complete: i.complete }));
    expect(both.map((x) => x.complete)).toEqual([true, true]);
    const goals = both.map(({ id, rev }) => ({ id, rev }));
    const before = await trail();
    expect((await decide(isaiah, 'goals/approve-all', { goals })).status).toBe(403);
    const stranger = { aadObjectId: '00000000-0000-0000-0000-00000000beef' };
    expect(await decide(stranger, 'goals/approve-all', { goals })).toEqual({
      status: 404,
      body: { error: 'not_found' },
    });
    expect(await trail()).toEqual(before);
    tab.app.connector.clear();
    expect(await decide(megan, 'goals/approve-all', { goals })).toEqual({
      status: 200,
      body: { approved: 2, count: 2 },
    });
    await tab.app.outbox.idle();
    const added = (await trail()).filter((e) => !before.some((b) => b.id === e.id));
    expect(added.map((e) => [e.verb, e.target]).sort()).toEqual([
      ['goal.approve', INCOMPLETE],
      ['goal.approve', COMPLETE],
    ]);
    const told = toLis().filter(
      (m) => /DEL1-064/.test(JSON.stringify(m)) && /FKM-015/.test(JSON.stringify(m)),
    );
    expect(told).toHaveLength(1);
    // The same click again: both changed since, nothing is approved twice.
    expect((await decide(megan, 'goals/approve-all', { goals })).body).toEqual({ approved: 0, count: 2 });
  });

  it('lets the named supervisor sign, and nobody else', async () => {
    const a = item(await detail(isaiah), 'activity:demo-4');
    const before = await trail();
    // The leader and the LIS may not sign it; another supervisor of the same LIS is told it is not theirs.
    for (const who of [megan, alex])
      expect((await decide(who, 'activities/sign', { id: a.id, rev: a.rev })).status).toBe(403);
    const other = await decide(patti, 'activities/sign', { id: a.id, rev: a.rev });
    expect(other.status).toBe(409);
    expect(other.body.message).toMatch(/Isaiah Langer/);
    expect(await trail()).toEqual(before);
    expect((await decide(isaiah, 'activities/sign', { id: a.id, rev: a.rev, comment: 'Fint.' })).status).toBe(
      200,
    );
    await tab.app.outbox.idle();
    expect((await tab.app.store.trainees.getActivity(T, a.id))?.decision).toMatchObject({
      byName: 'Isaiah Langer',
      comment: 'Fint.',
    });
    expect((await trail()).at(-1)).toMatchObject({ verb: 'activity.sign', actor: isaiah.aadObjectId });
    expect(toLis().length).toBeGreaterThan(0);
    expect((await detail(isaiah)).forYou).toEqual([]);
  });

  it('lets the LIS take a request back, send it to another supervisor, and withdraw it; not the leader', async () => {
    const own = (d: TraineeDetail) => d.activities.find((x) => x.id === 'activity:demo-4')!;
    let a = own(await detail(alex));
    expect(a.status).toBe('pending_signature');
    expect((await detail(alex)).canManageActivities).toBe(true);
    expect((await detail(megan)).canManageActivities).toBe(false);
    expect((await decide(megan, 'activities/recall', { id: a.id, rev: a.rev })).status).toBe(403);

    expect((await decide(alex, 'activities/recall', { id: a.id, rev: a.rev })).body.status).toBe(
      'registered',
    );
    a = own(await detail(alex));
    // Someone who is no supervisor of the LIS is refused, whatever the page sent.
    const wrong = await decide(alex, 'activities/resend', { id: a.id, rev: a.rev, to: megan.aadObjectId });
    expect(wrong.status).toBe(409);
    // A date in the future is refused with the reason; the activity waits as it was.
    const future = await decide(alex, 'activities/resend', {
      id: a.id,
      rev: a.rev,
      to: patti.aadObjectId,
      date: '2027-01-01',
    });
    expect(future).toMatchObject({ status: 409, body: { error: 'bad_date' } });
    // Put right first (what was done, when), then sent to another supervisor.
    const resent = await decide(alex, 'activities/resend', {
      id: a.id,
      rev: a.rev,
      to: patti.aadObjectId,
      description: 'Suturering av dyp kuttskade i hånden, med supervisjon',
      date: '2026-11-24',
    });
    expect(resent.body.status).toBe('pending_signature');
    expect(await tab.app.store.trainees.getActivity(T, a.id)).toMatchObject({
      description: 'Suturering av dyp kuttskade i hånden, med supervisjon',
      date: '2026-11-24',
      supervisor: { aadObjectId: patti.aadObjectId },
    });
    expect(item(await detail(patti), a.id).kind).toBe('sign');
    expect((await detail(isaiah)).forYou).toEqual([]);

    a = own(await detail(alex));
    await decide(alex, 'activities/recall', { id: a.id, rev: a.rev });
    a = own(await detail(alex));
    expect((await decide(alex, 'activities/withdraw', { id: a.id, rev: a.rev })).body.status).toBe(
      'withdrawn',
    );
    const verbs = (await trail()).filter((e) => e.target === a.id).map((e) => e.verb);
    expect(verbs.filter((v) => v !== 'activity.request').sort()).toEqual([
      'activity.recall',
      'activity.recall',
      'activity.resend',
      'activity.withdraw',
    ]);
  });

  it('lets the leader mark a milestone that is due as held, with a note; not a supervisor', async () => {
    const marks = (d: TraineeDetail) => Object.fromEntries(d.milestones.map((m) => [m.kind, !!m.markable]));
    expect(marks(await detail(megan))).toEqual({ intro: false, halfway: true, final: false });
    expect(marks(await detail(isaiah))).toEqual({ intro: false, halfway: false, final: false });
    const before = await trail();
    expect((await decide(isaiah, 'milestones/done', { kind: 'halfway' })).status).toBe(403);
    expect((await decide(megan, 'milestones/done', { kind: 'sometime' })).status).toBe(400);
    expect(await trail()).toEqual(before);
    const note = 'God fremdrift; legevakt neste.';
    expect(await decide(megan, 'milestones/done', { kind: 'halfway', note })).toEqual({
      status: 200,
      body: { kind: 'halfway', done: true },
    });
    await tab.app.outbox.idle();
    expect((await detail(alex)).milestones.find((m) => m.kind === 'halfway')).toMatchObject({
      done: true,
      doneByName: 'Megan Bowen',
      note,
    });
    expect((await trail()).at(-1)).toMatchObject({ verb: 'milestone.done', actor: megan.aadObjectId });
    expect(toLis().some((m) => /Halvveisevaluering/.test(String(m.text)))).toBe(true);
    const again = await decide(megan, 'milestones/done', { kind: 'halfway' });
    expect(again.status).toBe(409);
    expect(typeof again.body.message).toBe('string');
  });

  it('refuses a stranger as if the LIS did not exist, and malformed input with 400', async () => {
    const stranger = { aadObjectId: '00000000-0000-0000-0000-00000000beef' };
    const theirs = await decide(stranger, 'goals/approve', { id: COMPLETE, rev: 1 });
    expect(theirs).toEqual({ status: 404, body: { error: 'not_found' } });
    expect((await decide(megan, 'goals/approve', { id: 'activity:demo-4', rev: 1 })).status).toBe(400);
    expect((await decide(isaiah, 'activities/sign', { id: COMPLETE, rev: 1 })).status).toBe(400);
    expect((await decide(alex, 'activities/resend', { id: 'activity:demo-4', rev: 1 })).status).toBe(400);
  });

  /** A goal's history as the tab shows it (404 for a supervisor, who may not read it). */
  const history = async (who: { aadObjectId: string }, goal: string) => {
    const res = await fetch(
      `${tab.app.baseUrl}/api/tab/trainees/${T}/history?goal=${encodeURIComponent(goal)}`,
      { headers: { authorization: `Bearer ${await tab.issuer.token(who.aadObjectId)}` } },
    );
    return { status: res.status, body: (await res.json()) as GoalHistoryView };
  };

  it('lets the advisor change the advice she gave from the goal’s history until the leader decides; no one else is offered it', async () => {
    // Given (by the demo): offered to her alone; not given yet, it waits under «Venter på deg» instead.
    expect((await history(adele, COMPLETE)).body.advice).toBe('for');
    for (const who of [alex, megan]) expect((await history(who, COMPLETE)).body.advice).toBeNull();
    expect((await history(adele, INCOMPLETE)).body.advice).toBeNull();
    const rev = (await detail(adele)).goals.find((x) => x.docId === COMPLETE)?.rev;
    const against = await decide(adele, 'goals/advise-against', {
      id: COMPLETE,
      rev,
      comment: 'Prosedyren er ikke observert ennå.',
    });
    expect(against.status).toBe(200);
    expect((await history(adele, COMPLETE)).body.advice).toBe('against');
    expect(item(await detail(megan), COMPLETE).basis?.against).toEqual({
      name: 'Adele Vance',
      comment: 'Prosedyren er ikke observert ennå.',
    });
    // Decided: nothing left to advise on.
    const g = item(await detail(megan), COMPLETE);
    expect(
      (await decide(megan, 'goals/approve', { id: g.id, rev: g.rev, comment: 'Sett selv.' })).status,
    ).toBe(200);
    expect((await history(adele, COMPLETE)).body.advice).toBeNull();
  });

  it('lets the leader undo an approval from the goal’s history, with the reason; no one else', async () => {
    expect((await history(megan, COMPLETE)).body.undoable).toBe(false);
    const g = item(await detail(megan), COMPLETE);
    expect((await decide(megan, 'goals/approve', { id: g.id, rev: g.rev })).status).toBe(200);
    const approved = (await detail(megan)).goals.find((x) => x.docId === COMPLETE);
    expect(approved?.status).toBe('approved');
    expect((await history(megan, COMPLETE)).body.undoable).toBe(true);
    // Not for the LIS or the advisor, and not for a goal approved in the hospital.
    for (const who of [alex, adele]) expect((await history(who, COMPLETE)).body.undoable).toBe(false);
    expect((await history(megan, 'goal:lis1-clinical-2020:DEL1-001')).body.undoable).toBe(false);
    const ref = { id: COMPLETE, rev: approved?.rev };
    expect(await decide(alex, 'goals/undo', { ...ref, comment: 'Nei.' })).toMatchObject({ status: 403 });
    // The reason is asked for, and nothing changes without it.
    const bare = await decide(megan, 'goals/undo', ref);
    expect(bare.status).toBe(409);
    expect(String(bare.body.message)).toContain('Skriv hvorfor du angrer godkjenningen.');
    tab.app.connector.clear();
    const done = await decide(megan, 'goals/undo', { ...ref, comment: 'Godkjent ved en feil.' });
    expect(done).toMatchObject({ status: 200, body: { status: 'in_progress' } });
    await tab.app.outbox.idle();
    expect(toLis().map((m) => m.text)).toEqual(['Godkjenningen av læringsmålet ditt er angret']);
    expect((await trail()).filter((e) => e.verb === 'goal.undo')).toEqual([
      expect.objectContaining({ actor: megan.aadObjectId, comment: 'Godkjent ved en feil.' }),
    ]);
    // The LIS sees it among what was sent back, as undone.
    expect((await detail(alex)).returned).toContainEqual(
      expect.objectContaining({ kind: 'goal', what: 'DEL1-064', by: 'Megan Bowen', undid: true }),
    );
  });

  it('lets the leader take back an earlier approval she recorded by mistake, whatever its arena', async () => {
    const snap = await tab.app.store.trainees.snapshot(T);
    const known = new Set(snap?.goals.filter((g) => g.status === 'approved').map((g) => g.id));
    const id = (snap?.profile.catalogIds ?? [])
      .flatMap((c) =>
        (tab.app.deps.catalogs.get(c)?.goals ?? []).map((g) => ({ id: `goal:${c}:${g.id}`, g })),
      )
      .find(({ id, g }) => g.arena === 'hospital' && !known.has(id))?.id;
    const facts = {
      arena: 'hospital',
      place: 'Sørlandet sykehus',
      approver: 'Kari Overlege',
      date: '2026-06-15',
    };
    const recorded = await decide(megan, 'goals/record-prior', { ...facts, goals: [{ id, rev: 0 }] });
    expect(recorded).toMatchObject({ status: 200, body: { recorded: [id] } });
    // A hospital approval in a municipality, but Megan's own record of it: hers to take back.
    expect((await history(megan, String(id))).body).toMatchObject({
      undoable: true,
      recorded: { place: 'Sørlandet sykehus', approver: 'Kari Overlege' },
    });
    const rev = (await tab.app.store.trainees.getGoal(T, String(id)))?.rev;
    const undone = await decide(megan, 'goals/undo', { id, rev, comment: 'Feil mål registrert.' });
    expect(undone).toMatchObject({ status: 200, body: { status: 'in_progress' } });
  });

  it('shows a supervisor what they signed or sent back for this LIS, newest first; those who see every activity get the list instead', async () => {
    const before = await detail(isaiah);
    expect(before.activities).toEqual([]);
    expect(before.decidedByYou.map((a) => [a.description, a.status, a.who])).toEqual([
      ['Hjemmebesøk hos skrøpelig eldre pasient', 'signed', 'Isaiah Langer'],
      ['Vurdering og behandling av akutt syk pasient på legevakt', 'signed', 'Isaiah Langer'],
    ]);
    expect(before.decidedByYouCount).toBe(2);
    // Patti's signature is hers.
    expect((await detail(patti)).decidedByYou.map((a) => a.description)).toEqual([
      'Kurs i legevaktmedisin (Statsforvalteren)',
    ]);
    const toSign = item(before, 'activity:demo-4');
    expect(
      (
        await decide(isaiah, 'activities/return', {
          id: toSign.id,
          rev: toSign.rev,
          comment: 'Hvilken sutur?',
        })
      ).status,
    ).toBe(200);
    const after = await detail(isaiah);
    expect(after.decidedByYou[0]).toMatchObject({
      id: 'activity:demo-4',
      status: 'returned',
      who: 'Isaiah Langer',
    });
    expect(after.decidedByYouCount).toBe(3);
    expect((await detail(megan)).decidedByYou).toEqual([]);
  });

  it('lets the supervisor who signed undo it from their own list, with the reason; not another supervisor', async () => {
    const row = (await detail(isaiah)).decidedByYou.find((a) => a.id === 'activity:demo-2');
    expect(row).toMatchObject({ status: 'signed', undoable: true });
    expect((await detail(patti)).decidedByYou.find((a) => a.id === 'activity:demo-2')).toBeUndefined();
    const ref = { id: 'activity:demo-2', rev: row?.rev };
    expect((await decide(patti, 'activities/undo', { ...ref, comment: 'Nei.' })).status).toBe(409);
    const bare = await decide(isaiah, 'activities/undo', ref);
    expect(bare.status).toBe(409);
    expect(String(bare.body.message)).toContain('Skriv hvorfor du angrer.');
    tab.app.connector.clear();
    expect(await decide(isaiah, 'activities/undo', { ...ref, comment: 'Feil LIS.' })).toMatchObject({
      status: 200,
      body: { status: 'returned' },
    });
    await tab.app.outbox.idle();
    expect(toLis().map((m) => m.text)).toEqual(['Isaiah Langer har angret signeringen av en aktivitet']);
    const after = (await detail(isaiah)).decidedByYou.find((a) => a.id === 'activity:demo-2');
    expect(after).toMatchObject({ status: 'returned' });
    expect(after?.undoable).toBeUndefined();
    expect((await detail(alex)).returned).toContainEqual(
      expect.objectContaining({ kind: 'activity', by: 'Isaiah Langer', undid: true }),
    );
  });
});
