import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { activeIndexOf, deliverWhatWasLeft, stopBeforeIndexOf, tabSuite } from '../helpers/tab';
import { OTHER_TENANT } from '../helpers/tokens';

const { alex, megan, adele, isaiah, patti } = DEMO_PEOPLE;

/**
 * A leader lends her approval from the tab for a period (her holiday), as with «deleger» in the chat,
 * and ends a loan early. Over real HTTP with signed tokens, against the real store.
 */
describe('delegating approval in the tab', () => {
  const tab = tabSuite([megan, patti]);
  const view = tab.overview;
  const { post, sentTo } = tab;
  const trails = async () =>
    (
      await Promise.all(
        [DEMO_TRAINEES.alex, DEMO_TRAINEES.lynne].map((id) => tab.app.store.trainees.auditTrail(id)),
      )
    ).flat().length;

  it('offers the leader her LIS to delegate for; no one else', async () => {
    expect((await view(megan)).delegable.map((x) => x.trainee).sort()).toEqual([
      'Alex Wilber',
      'Lynne Robbins',
    ]);
    for (const who of [alex, adele, isaiah]) expect((await view(who)).delegable).toEqual([]);
  });

  it('lends approval for all her LIS to someone picked; the delegate is told and may approve; ended early, no longer', async () => {
    const r = await post(megan, 'delegations', {
      delegate: patti.aadObjectId,
      name: 'Patti F.',
      trainee: 'all',
      from: '2026-11-26',
      to: '2026-12-31',
    });
    expect(r.status).toBe(201);
    // The name Teams gave Patti herself, not the one the request carries.
    expect(r.body).toMatchObject({
      delegateName: 'Patti Fernandez',
      trainees: ['Alex Wilber', 'Lynne Robbins'],
    });
    const loans = (await view(megan)).delegations;
    expect(loans.map((d) => [d.trainee, d.delegateName, d.from, d.to])).toEqual([
      ['Alex Wilber', 'Patti Fernandez', '2026-11-26', '2026-12-31'],
      ['Lynne Robbins', 'Patti Fernandez', '2026-11-26', '2026-12-31'],
    ]);
    await tab.app.outbox.idle();
    expect(sentTo(patti).map((m) => m.text)).toEqual([
      expect.stringContaining(
        'har delegert godkjenning til deg for Alex Wilber fra 26.11.2026 til 31.12.2026.',
      ),
      expect.stringContaining('har delegert godkjenning til deg for Lynne Robbins'),
    ]);
    // Patti now decides for Alex: his goals waiting for approval wait for her too.
    const res = await fetch(`${tab.app.baseUrl}/api/tab/trainees/${DEMO_TRAINEES.alex}`, {
      headers: { authorization: `Bearer ${await tab.issuer.token(patti.aadObjectId)}` },
    });
    const seen = (await res.json()) as {
      forYou: { kind: string }[];
      approvers: string[];
      progress: { pending: { kind: string; also?: string }[] };
    };
    expect(seen.forYou.some((i) => i.kind === 'approve')).toBe(true);
    // Her page says so on each request, and a reminder would reach both.
    expect(seen.progress.pending.filter((q) => q.kind === 'approval').map((q) => q.also)).toEqual([
      'Du kan også godkjenne, på vegne av Megan Bowen',
      'Du kan også godkjenne, på vegne av Megan Bowen',
    ]);
    expect(seen.approvers).toEqual(['Megan Bowen', 'Patti Fernandez']);

    // Someone else cannot end it; Megan can.
    const [first] = loans;
    const before = await trails();
    expect((await post(alex, 'delegations/end', { traineeId: first?.traineeId, id: first?.id })).status).toBe(
      404,
    );
    expect(await trails()).toBe(before);
    const ended = await post(megan, 'delegations/end', { traineeId: first?.traineeId, id: first?.id });
    expect(ended).toEqual({ status: 200, body: { trainee: 'Alex Wilber', delegateName: 'Patti Fernandez' } });
    expect((await view(megan)).delegations.map((d) => d.trainee)).toEqual(['Lynne Robbins']);
    expect(
      (await post(megan, 'delegations/end', { traineeId: first?.traineeId, id: first?.id })).status,
    ).toBe(409);
  });

  const indexOf = (who: { aadObjectId: string }) => activeIndexOf(tab.app, who);

  it('a loan the delegate’s index missed (the app stopped between the two writes) is mended by its outbox entry', async () => {
    stopBeforeIndexOf(tab.app, patti);
    const loan = {
      delegate: patti.aadObjectId,
      trainee: DEMO_TRAINEES.lynne,
      from: '2026-11-26',
      to: '2026-12-31',
    };
    expect((await post(megan, 'delegations', loan)).status).toBe(500);
    // The loan is stored, with its audit event; Patti's own list of LIS does not know it yet.
    expect((await view(megan)).delegations.map((d) => d.delegateName)).toEqual(['Patti Fernandez']);
    expect(await indexOf(patti)).not.toContain('Lynne Robbins:delegate');
    expect((await view(patti)).trainees.map((x) => x.name)).not.toContain('Lynne Robbins');
    await deliverWhatWasLeft(tab.app);
    expect(await indexOf(patti)).toContain('Lynne Robbins:delegate');
    expect((await view(patti)).trainees.map((x) => x.name)).toContain('Lynne Robbins');

    // Ended the same way: her index lets Lynne go when the entry is delivered.
    const [d] = (await view(megan)).delegations;
    stopBeforeIndexOf(tab.app, patti);
    expect((await post(megan, 'delegations/end', { traineeId: d?.traineeId, id: d?.id })).status).toBe(500);
    expect(await indexOf(patti)).toContain('Lynne Robbins:delegate');
    await deliverWhatWasLeft(tab.app);
    expect(await indexOf(patti)).not.toContain('Lynne Robbins:delegate');
  });

  it('answers 401 without a valid token of our tenant, and a stranger learns nothing', async () => {
    const loan = { delegate: patti.aadObjectId, trainee: 'all', from: '2026-11-26', to: '2026-12-31' };
    const end = { traineeId: DEMO_TRAINEES.alex, id: 'delegation-x' };
    for (const [path, body] of [
      ['delegations', loan],
      ['delegations/end', end],
    ] as const) {
      const bare = await fetch(`${tab.app.baseUrl}/api/tab/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(bare.status).toBe(401);
      const foreign = await fetch(`${tab.app.baseUrl}/api/tab/${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await tab.issuer.token(megan.aadObjectId, { tid: OTHER_TENANT })}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
      expect(foreign.status).toBe(401);
    }
    const stranger = { aadObjectId: 'aad-stranger' };
    expect(await post(stranger, 'delegations', loan)).toEqual({ status: 403, body: { error: 'forbidden' } });
    expect(await post(stranger, 'delegations/end', end)).toEqual({
      status: 404,
      body: { error: 'not_found' },
    });
  });

  it('refuses someone who leads no one, a period that is over, and the LIS as delegate, writing nothing', async () => {
    const before = await trails();
    const loan = { delegate: patti.aadObjectId, trainee: 'all', from: '2026-11-26', to: '2026-12-31' };
    expect((await post(isaiah, 'delegations', loan)).status).toBe(403);
    const over = await post(megan, 'delegations', { ...loan, from: '2026-10-01', to: '2026-10-31' });
    expect(over).toMatchObject({ status: 400, body: { error: 'period_over' } });
    expect(typeof over.body.message).toBe('string');
    const lis = await post(megan, 'delegations', {
      ...loan,
      delegate: alex.aadObjectId,
      trainee: DEMO_TRAINEES.alex,
    });
    expect(lis).toMatchObject({ status: 400, body: { error: 'delegate_is_lis' } });
    expect((await post(megan, 'delegations', { ...loan, delegate: 'not an id' })).status).toBe(400);
    expect(await trails()).toBe(before);
  });
});
