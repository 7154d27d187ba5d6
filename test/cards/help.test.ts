import { helpCardModel } from '../../cards/help';
import { matchIntent } from '../../core/intents';

const commands = (m: ReturnType<typeof helpCardModel>) =>
  m.sections.flatMap((s) => s.items.map((i) => i.command));

describe('the help card, cut to who asks', () => {
  it('a delegate approves for the leader, but neither delegates further nor creates workplaces', () => {
    const m = helpCardModel('nb', { lis: false, roles: ['delegate'] });
    expect(m.sections.map((s) => s.heading)).toEqual(['Som stedfortreder']);
    expect(commands(m)).toEqual(
      expect.arrayContaining(['fravær', 'tjenesteattest', 'historikk DEL1-012 for «navn»']),
    );
    expect(commands(m)).not.toContain('deleger');
    expect(commands(m)).not.toContain('opprett arbeidssted «navn»');
  });

  it('an advisor is shown the sessions with a LIS (their minutes are the advisor’s to write); a supervisor is not', () => {
    expect(commands(helpCardModel('nb', { lis: false, roles: ['advisor'] }))).toContain(
      'veiledning med «navn»',
    );
    expect(commands(helpCardModel('en', { lis: false, roles: ['advisor'] }))).toContain(
      'sessions with «name»',
    );
    expect(commands(helpCardModel('nb', { lis: false, roles: ['supervisor'] }))).not.toContain(
      'veiledning med «navn»',
    );
    expect(matchIntent('veiledning med Alex')).toEqual({ kind: 'sessions', name: 'Alex' });
  });

  it('names every role held, in order, and offers each role’s commands once', () => {
    const m = helpCardModel('nb', { lis: true, roles: ['supervisor', 'leader', 'supervisor'] });
    expect(m.sections.map((s) => s.heading)).toEqual(['Som LIS', 'Som leder og supervisør']);
    const all = commands(m);
    expect(all).toEqual(expect.arrayContaining(['deleger', 'signer «navn»', 'hva gjenstår?']));
    expect(new Set(all).size).toBe(all.length);
    expect(helpCardModel('en', { lis: false, roles: ['advisor', 'delegate'] }).sections[0]?.heading).toBe(
      'As a delegate and an advisor',
    );
  });

  it('a LIS with no role for others sees only what a LIS does; someone unknown sees it all', () => {
    const lis = helpCardModel('nb', { lis: true, roles: [] });
    expect(lis.sections.map((s) => s.heading)).toEqual(['Som LIS']);
    const unknown = helpCardModel('nb');
    expect(unknown.sections.map((s) => s.heading)).toEqual([
      'Som LIS',
      'Som leder, veileder eller supervisør',
    ]);
    expect(commands(unknown)).toEqual(expect.arrayContaining(['deleger', 'signer «navn»', 'kom i gang']));
  });

  it('a LIS is given an example goal from their own plans (a LIS3 an ALM one), others DEL1-042', () => {
    expect(commands(helpCardModel('nb', { lis: true, roles: [], exampleGoal: 'ALM-012' }))).toContain(
      'be om godkjenning ALM-012',
    );
    expect(commands(helpCardModel('nb', { lis: true, roles: [] }))).toContain('be om godkjenning DEL1-042');
  });

  it('every example button is understood when pressed (it is answered as if typed)', () => {
    const audiences = [undefined, { lis: true, roles: [] }, { lis: false, roles: ['leader' as const] }];
    for (const lang of ['nb', 'en'] as const)
      for (const a of audiences)
        for (const { label } of helpCardModel(lang, a).examples)
          expect([label, matchIntent(label).kind]).not.toEqual([label, 'unknown']);
  });
});
