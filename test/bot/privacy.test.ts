import { DEMO_PEOPLE } from '../../core/demo';
import { t } from '../../core/i18n';
import { POLICY } from '../../core/policy';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, isaiah } = DEMO_PEOPLE;

/** "hvem ser fraværet mitt?", "slett dataene mine": who sees what, told as the policy has it. */
describe('asking who sees what', () => {
  let app: TestApp;
  const { say, sayInGroup } = chat(() => app);
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('answers in the chat it was asked in, a group chat too, naming no one and nothing of anyone', async () => {
    const own = await say('hvem kan se fraværet mitt?', alex);
    expect(own.map((m) => m.text)).toEqual([t('nb', 'privacyAnswer')]);
    expect((await say('slett dataene mine', isaiah)).map((m) => m.text)).toEqual([t('nb', 'privacyAnswer')]);
    const group = await sayInGroup('personvern', alex, '19:privacy-group@thread.v2');
    expect(group).toHaveLength(1);
    expect((group[0]?.conversation as { id: string } | undefined)?.id).toBe('19:privacy-group@thread.v2');
    expect(String(group[0]?.text)).not.toMatch(/Alex|Wilber|\d/);
  });

  it('says what the policy does: absence and history for the LIS, leader, delegate and advisor; minutes for the LIS and advisor', () => {
    // The answer is plain text; these are the rules it states.
    expect([...POLICY['absence.view']].sort()).toEqual(['advisor', 'delegate', 'leader', 'lis']);
    expect([...POLICY['history.view']].sort()).toEqual(['advisor', 'delegate', 'leader', 'lis']);
    expect(POLICY['progress.view']).toContain('supervisor');
    expect([...POLICY['session.view']].sort()).toEqual(['advisor', 'lis']);
    expect([...POLICY['session.dates']].sort()).toEqual(['advisor', 'delegate', 'leader', 'lis']);
    const nb = t('nb', 'privacyAnswer');
    expect(nb).toContain('aldri fraværet');
    expect(nb).toContain('bare LIS-en og veilederen');
  });
});
