import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, megan, isaiah } = DEMO_PEOPLE;
const T = DEMO_TRAINEES.alex;
const STRANGER = { aadObjectId: '00000000-0000-0000-0000-00000000beef', name: 'Nora Nilsen' };

/** "hvilke kurs mangler jeg?": the courses recorded, and for LIS1 the county governor's; over real HTTP. */
describe('courses', () => {
  let app: TestApp;
  const { say, click } = chat(() => app);
  const card = async (text: string, who: { aadObjectId: string; name: string }) => {
    const sent = await say(text, who);
    return { texts: cardTexts(sent[0]?.attachments), buttons: cardButtons(sent[0]?.attachments), sent };
  };

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, isaiah, STRANGER]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it('lists a LIS1’s courses and says which of the county governor’s none of them names yet', async () => {
    const first = await card('hvilke kurs mangler jeg?', alex);
    expect(first.texts[0]).toBe('Kurs for Alex Wilber');
    expect(first.texts[1]).toMatch(
      /^1 kurs registrert, det nyeste først\. For LIS1 i kommunen holder Statsforvalteren/,
    );
    expect(first.texts[1]).toContain('Ingen av kursene dine nevner ennå offentlig helsearbeid.');
    expect(first.texts).toContain('Kurs i legevaktmedisin (Statsforvalteren)');
    expect(first.buttons.map((b) => b.verb)).toEqual(['activity.refresh']);
    // An activity that is no course is not listed.
    expect(first.texts).not.toContain('Suturering av kuttskade på legevakt');

    await click(
      'activity.record',
      {
        traineeId: T,
        activityKind: 'course',
        date: '2026-11-20',
        description: 'Kurs i offentlig helsearbeid, Statsforvalteren i Agder',
        goals: 'lis1-clinical-2020|DEL1-075',
        supervisor: 'none',
      },
      alex,
    );
    const after = await card('mine kurs', alex);
    expect(after.texts[1]).toMatch(/^2 kurs registrert/);
    expect(after.texts[1]).not.toContain('Ingen av kursene');
    expect(after.texts.indexOf('Kurs i offentlig helsearbeid, Statsforvalteren i Agder')).toBeLessThan(
      after.texts.indexOf('Kurs i legevaktmedisin (Statsforvalteren)'),
    );
  });

  it('shows the leader a LIS’s courses by name; a supervisor is told whose they are; a stranger learns nothing', async () => {
    const leader = await card('kursene til Alex', megan);
    expect(leader.texts[0]).toBe('Kurs for Alex Wilber');
    expect(leader.texts[1]).toContain('Ingen av kursene til Alex Wilber nevner ennå offentlig helsearbeid.');
    const lis3 = await card('kursene til Lynne', megan);
    expect(lis3.texts[1]).toBe(
      'Lynne Robbins har ikke registrert noe kurs ennå. Hvilke kurs spesialiteten krever, står i Helsedirektoratets beskrivelse av spesialiteten.',
    );
    const supervisor = await say('kursene til Alex', isaiah);
    expect(String(supervisor[0]?.text)).toMatch(
      /^Aktivitetene til Alex Wilber ser Alex Wilber, lederen og veilederen\./,
    );
    const stranger = await say('kursene til Alex', STRANGER);
    expect(JSON.stringify(stranger)).not.toContain('Wilber');
  });
});
