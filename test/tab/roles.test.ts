import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import type { OutboxEntry, Stored } from '../../core/model';
import { activeIndexOf, deliverWhatWasLeft, stopBeforeIndexOf, tabSuite } from '../helpers/tab';

const T = DEMO_TRAINEES.alex;
const { alex, megan, adele, isaiah, lynne } = DEMO_PEOPLE;

/**
 * The LIS invites people to roles and ends them from the tab, as from the chat's invitation card and
 * roles list: the same operation, over real HTTP with signed tokens, against the real store.
 */
describe('roles in the tab', () => {
  const tab = tabSuite([alex, isaiah, lynne]);
  const token = (who: { aadObjectId: string }) => tab.issuer.token(who.aadObjectId);
  const detail = (who: { aadObjectId: string }) => tab.detail(who, T);
  const post = (who: { aadObjectId: string }, route: string, body: unknown) =>
    tab.post(who, `trainees/${T}/roles/${route}`, body);
  const state = () => tab.state(T);
  const { sentTo } = tab;

  it('offers inviting to the LIS only; the leader and the advisor see the roles without it', async () => {
    const own = await detail(alex);
    expect(own.canInvite).toBe(true);
    expect(own.roles.find((r) => r.name === 'Isaiah Langer')).toEqual({
      aadObjectId: isaiah.aadObjectId,
      name: 'Isaiah Langer',
      role: 'supervisor',
      state: 'active',
    });
    for (const who of [megan, adele]) {
      const d = await detail(who);
      expect(d.canInvite).toBe(false);
      expect(d.roles.map((r) => r.name)).toEqual(own.roles.map((r) => r.name));
    }
    expect((await detail(isaiah)).roles).toEqual([]);
  });

  it('invites a person picked: audited, the invitation card sent, the role shown as invited', async () => {
    const before = await state();
    const r = await post(alex, 'invite', {
      aadObjectId: lynne.aadObjectId,
      name: 'Lynne R.',
      role: 'supervisor',
    });
    // The name is the one Teams gave Lynne herself, not the one the request carries.
    expect(r).toEqual({ status: 200, body: { name: 'Lynne Robbins', role: 'supervisor' } });
    const trail = await tab.app.store.trainees.auditTrail(T);
    expect(trail.length).toBe(before.audit + 1);
    expect(trail.at(-1)).toMatchObject({
      verb: 'role.invite',
      actor: alex.aadObjectId,
      after: { role: 'supervisor', invitee: lynne.aadObjectId, state: 'invited' },
    });
    await tab.app.outbox.idle();
    expect(JSON.stringify(sentTo(lynne))).toContain('Takk ja');
    expect((await detail(alex)).roles.find((r) => r.aadObjectId === lynne.aadObjectId)).toMatchObject({
      role: 'supervisor',
      state: 'invited',
    });
    // The same again: refused with the reason in words, nothing written.
    const again = await state();
    const twice = await post(alex, 'invite', { aadObjectId: lynne.aadObjectId, role: 'supervisor' });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: 'already_invited' });
    expect(twice.body.message).toContain('Lynne Robbins er allerede invitert til denne rollen.');
    expect(await state()).toEqual(again);
  });

  it('an invitation that ran out unanswered is shown as lapsed, with its last day', async () => {
    await post(alex, 'invite', { aadObjectId: lynne.aadObjectId, role: 'supervisor' });
    tab.app.deps.now = () => new Date('2026-12-15T09:00:00Z');
    expect((await detail(alex)).roles.find((r) => r.aadObjectId === lynne.aadObjectId)).toMatchObject({
      role: 'supervisor',
      state: 'lapsed',
      lapsedOn: '2026-12-10',
    });
  });

  it('a lapsed invitation to replace the leader or advisor says so (invited again, it replaces them again); a supervisor’s does not', async () => {
    await post(alex, 'invite', { aadObjectId: lynne.aadObjectId, role: 'leader', replace: true });
    await post(alex, 'invite', { aadObjectId: isaiah.aadObjectId, role: 'advisor', replace: true });
    tab.app.deps.now = () => new Date('2026-12-15T09:00:00Z');
    const roles = (await detail(alex)).roles;
    expect(roles.find((r) => r.aadObjectId === lynne.aadObjectId && r.role === 'leader')).toMatchObject({
      state: 'lapsed',
      replaces: true,
    });
    // Adele holds the advisor role; an invitation replacing her, lapsed, replaces her if sent again.
    expect(roles.find((r) => r.aadObjectId === isaiah.aadObjectId && r.role === 'advisor')?.replaces).toBe(
      true,
    );
    await post(alex, 'invite', { aadObjectId: lynne.aadObjectId, role: 'supervisor' });
    tab.app.deps.now = () => new Date('2027-01-05T09:00:00Z');
    const later = (await detail(alex)).roles.find(
      (r) => r.aadObjectId === lynne.aadObjectId && r.role === 'supervisor',
    );
    expect(later?.state).toBe('lapsed');
    expect(later?.replaces).toBeUndefined();
  });

  it('says how to change the leader, and changes it when asked to replace', async () => {
    const before = await state();
    const taken = await post(alex, 'invite', { aadObjectId: lynne.aadObjectId, role: 'leader' });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toContain('«Erstatt nåværende leder/veileder»');
    expect(await state()).toEqual(before);
    const replaced = await post(alex, 'invite', {
      aadObjectId: lynne.aadObjectId,
      role: 'leader',
      replace: true,
    });
    expect(replaced.status).toBe(200);
    expect(
      (await detail(alex)).roles.filter((r) => r.role === 'leader').map((r) => [r.name, r.state]),
    ).toEqual([
      ['Megan Bowen', 'active'],
      ['Lynne Robbins', 'invited'],
    ]);
  });

  it('refuses inviting oneself, a malformed id, and anyone but the LIS, writing nothing', async () => {
    const before = await state();
    const self = await post(alex, 'invite', { aadObjectId: alex.aadObjectId, role: 'advisor' });
    expect(self).toMatchObject({ status: 409, body: { error: 'self_invite' } });
    expect((await post(alex, 'invite', { aadObjectId: 'not an id', role: 'supervisor' })).status).toBe(400);
    expect((await post(alex, 'invite', { aadObjectId: lynne.aadObjectId, role: 'boss' })).status).toBe(400);
    expect((await post(megan, 'invite', { aadObjectId: lynne.aadObjectId, role: 'supervisor' })).status).toBe(
      403,
    );
    expect(
      (await post(megan, 'remove', { aadObjectId: isaiah.aadObjectId, role: 'supervisor' })).status,
    ).toBe(403);
    expect(await state()).toEqual(before);
  });

  it('ends a role, once: the person is told, and may no longer look', async () => {
    const r = await post(alex, 'remove', { aadObjectId: isaiah.aadObjectId, role: 'supervisor' });
    expect(r).toEqual({ status: 200, body: { name: 'Isaiah Langer', role: 'supervisor', state: 'ended' } });
    expect((await tab.app.store.trainees.auditTrail(T)).at(-1)).toMatchObject({
      verb: 'role.remove',
      target: `role:${isaiah.aadObjectId}:supervisor`,
    });
    await tab.app.outbox.idle();
    expect(sentTo(isaiah)).toHaveLength(1);
    expect((await detail(alex)).roles.some((r) => r.aadObjectId === isaiah.aadObjectId)).toBe(false);
    const before = await state();
    const again = await post(alex, 'remove', { aadObjectId: isaiah.aadObjectId, role: 'supervisor' });
    expect(again).toMatchObject({ status: 409, body: { error: 'role_not_found' } });
    expect(await state()).toEqual(before);
    const gone = await fetch(`${tab.app.baseUrl}/api/tab/trainees/${T}`, {
      headers: { authorization: `Bearer ${await token(isaiah)}` },
    });
    expect(gone.status).toBe(404);
  });

  it('takes the picked name for someone the app has not met, and says they cannot be reached yet', async () => {
    const kari = '00000000-0000-0000-0000-0000000000a1';
    const r = await post(alex, 'invite', { aadObjectId: kari, name: 'Kari Nordmann', role: 'supervisor' });
    expect(r).toEqual({
      status: 200,
      body: { name: 'Kari Nordmann', role: 'supervisor', unreachable: true },
    });
    expect((await detail(alex)).roles.find((x) => x.aadObjectId === kari)).toMatchObject({
      state: 'invited',
    });
  });

  it('shows the invitee the invitation in their tab, to accept or decline; no one else may answer it', async () => {
    const kari = { aadObjectId: '00000000-0000-0000-0000-0000000000a1' };
    const view = tab.overview;
    const answer = (who: { aadObjectId: string }, body: unknown) => tab.post(who, 'invitations/answer', body);
    await post(alex, 'invite', { aadObjectId: kari.aadObjectId, name: 'Kari Nordmann', role: 'supervisor' });
    const [inv] = (await view(kari)).invitations;
    expect(inv).toMatchObject({ traineeId: T, trainee: 'Alex Wilber', role: 'supervisor' });
    expect((await view(kari)).trainees).toEqual([]);
    // Not Kari: a stranger learns nothing, someone with a role is told it is not theirs; nothing written.
    const before = await state();
    expect(await answer({ aadObjectId: 'aad-stranger' }, { ...inv, accept: true })).toEqual({
      status: 404,
      body: { error: 'not_found' },
    });
    expect((await answer(megan, { ...inv, accept: true })).status).toBe(409);
    expect(await state()).toEqual(before);
    const yes = await answer(kari, {
      traineeId: inv?.traineeId,
      invitationId: inv?.invitationId,
      accept: true,
    });
    expect(yes).toEqual({
      status: 200,
      body: { trainee: 'Alex Wilber', role: 'supervisor', state: 'active' },
    });
    const after = await view(kari);
    expect(after.invitations).toEqual([]);
    expect(after.trainees.map((x) => x.traineeId)).toEqual([T]);
    // Answered once: again is refused, with the reason.
    expect(
      await answer(kari, { traineeId: T, invitationId: inv?.invitationId, accept: false }),
    ).toMatchObject({
      status: 409,
      body: { error: 'already_accepted' },
    });
  });

  it('an invitation the invitee’s index missed (the app stopped between the two writes) is mended when it is delivered', async () => {
    const kari = { aadObjectId: '00000000-0000-0000-0000-0000000000a2' };
    await post(alex, 'invite', { aadObjectId: kari.aadObjectId, name: 'Kari Nordmann', role: 'supervisor' });
    await tab.app.outbox.idle();
    const invitationId = (await tab.app.store.trainees.getProfile(T))?.roles.find(
      (r) => r.aadObjectId === kari.aadObjectId,
    )?.invitationId;
    // As if the app had stopped after writing the invitation, before Kari's own index of roles.
    const person = await tab.app.store.people.get(kari.aadObjectId);
    await tab.app.store.people.replacePerson({ ...person!, roles: [] });
    expect((await tab.overview(kari)).invitations).toEqual([]);
    // The outbox delivers what the invitation stored (again, after a restart): Kari's index is in step with it.
    const entry = {
      kind: 'outbox',
      id: 'outbox:mend-test',
      traineeId: T,
      target: 'profile',
      effects: [
        { kind: 'person_index', traineeId: T, to: kari.aadObjectId, name: 'Kari Nordmann' },
        { kind: 'invitation', traineeId: T, invitationId: invitationId ?? '', to: kari.aadObjectId },
      ],
      done: 0,
      createdAt: '2026-11-26T10:00:00.000Z',
      attempts: 0,
      notBefore: '2026-11-26T10:00:00.000Z',
      etag: '',
    } satisfies Stored<OutboxEntry>;
    for (const i of [0, 1]) await tab.app.deliverer.deliver(entry, i, true);
    expect((await tab.overview(kari)).invitations).toEqual([
      expect.objectContaining({ traineeId: T, invitationId, role: 'supervisor' }),
    ]);
    // In step: delivering again writes nothing more.
    const etag = (await tab.app.store.people.get(kari.aadObjectId))?.etag;
    for (const i of [0, 1]) await tab.app.deliverer.deliver(entry, i, true);
    expect((await tab.app.store.people.get(kari.aadObjectId))?.etag).toBe(etag);
  });

  it('an answer or a removal the person’s index missed (the app stopped between the two writes) is mended by its outbox entry', async () => {
    const kari = { aadObjectId: '00000000-0000-0000-0000-0000000000a3', name: 'Kari Nordmann' };
    await post(alex, 'invite', { aadObjectId: kari.aadObjectId, name: kari.name, role: 'supervisor' });
    await tab.app.outbox.idle();
    const invitationId = (await tab.app.store.trainees.getProfile(T))?.roles.find(
      (r) => r.aadObjectId === kari.aadObjectId,
    )?.invitationId;
    // Kari accepts; the app stops before her own index says so.
    stopBeforeIndexOf(tab.app, kari);
    const answered = await tab.post(kari, 'invitations/answer', { traineeId: T, invitationId, accept: true });
    expect(answered.status).toBe(500);
    expect((await detail(alex)).roles.find((r) => r.aadObjectId === kari.aadObjectId)?.state).toBe('active');
    expect(await activeIndexOf(tab.app, kari)).toEqual([]);
    await deliverWhatWasLeft(tab.app);
    expect(await activeIndexOf(tab.app, kari)).toEqual(['Alex Wilber:supervisor']);
    expect((await tab.overview(kari)).trainees.map((x) => x.name)).toEqual(['Alex Wilber']);

    // Alex ends her role; the app stops before her index lets him go.
    stopBeforeIndexOf(tab.app, kari);
    expect((await post(alex, 'remove', { aadObjectId: kari.aadObjectId, role: 'supervisor' })).status).toBe(
      500,
    );
    expect(await activeIndexOf(tab.app, kari)).toEqual(['Alex Wilber:supervisor']);
    await deliverWhatWasLeft(tab.app);
    expect(await activeIndexOf(tab.app, kari)).toEqual([]);
    expect((await tab.overview(kari)).trainees).toEqual([]);
  });

  it('withdraws an invitation not yet answered', async () => {
    await post(alex, 'invite', { aadObjectId: lynne.aadObjectId, role: 'supervisor' });
    const r = await post(alex, 'remove', { aadObjectId: lynne.aadObjectId, role: 'supervisor' });
    expect(r).toEqual({
      status: 200,
      body: { name: 'Lynne Robbins', role: 'supervisor', state: 'withdrawn' },
    });
    expect((await detail(alex)).roles.some((x) => x.aadObjectId === lynne.aadObjectId)).toBe(false);
  });
});
