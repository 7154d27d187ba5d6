import { DEMO_PEOPLE, DEMO_TRAINEES } from '../../core/demo';
import { cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, adele } = DEMO_PEOPLE;
const NORA = { aadObjectId: '00000000-0000-0000-0000-00000000beef', name: 'Nora Nyberg' };

/** Someone new, as they say it: how to begin as a LIS, and how a role comes (by invitation); over real HTTP. */
describe('newcomers', () => {
  let app: TestApp;
  const { say, click } = chat(() => app);
  const first = async (text: string, who: { aadObjectId: string; name: string }) => {
    const [m] = await say(text, who);
    return { text: String(m?.text ?? ''), card: cardTexts(m?.attachments) };
  };

  beforeEach(async () => {
    app = await startTestApp();
    for (const who of [alex, adele, NORA]) await say('hei', who);
  });
  afterEach(() => app.stop());

  it.each(['hvordan kommer jeg i gang?', 'jeg er ny LIS1 her', 'I am a new LIS1'])(
    '"%s" gets the registration form',
    async (text) => {
      const r = await first(text, NORA);
      expect(r.card[0]).toMatch(/^(?:Registrer deg som LIS|Register as a LIS)/);
    },
  );

  it('tells someone who says they are to hold a role that the LIS invites them, revealing nothing of the LIS', async () => {
    const named = await first('jeg skal være veileder for Alex', NORA);
    expect(named.text).toBe(
      'Du blir veileder for Alex når Alex inviterer deg: Alex skriver «inviter veileder» til meg og velger deg. Invitasjonen kommer her, med «Takk ja» og «Takk nei».',
    );
    // The same for a LIS who does not exist: nothing tells the two apart.
    const nobody = await first('jeg skal være veileder for Zorro', NORA);
    expect(nobody.text).toBe(named.text.replaceAll('Alex', 'Zorro'));
    // Someone who holds the role sees the roles around that LIS.
    const holder = await first('jeg er veileder for Alex', adele);
    expect(holder.card).toContain('Roller rundt Alex Wilber:');
  });

  it('shows someone invited the invitation, to answer it', async () => {
    await click('role.invite', { traineeId: DEMO_TRAINEES.alex, supervisors: NORA.aadObjectId }, alex);
    const r = await first('jeg skal være supervisør for Alex', NORA);
    expect(r.card.join(' ')).toMatch(/Invitasjon: bli supervisør for Alex Wilber/);
  });
});
