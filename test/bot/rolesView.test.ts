import { DEMO_PEOPLE } from '../../core/demo';
import { cardButtons, cardTexts } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

const { alex, megan, adele, isaiah } = DEMO_PEOPLE;
const stranger = { aadObjectId: 'aad-stranger', name: 'Sam Stranger' };

/** "roller for Alex", "hvem er veilederen til Alex?": who holds which role around a LIS, over real HTTP. */
describe('the roles around a LIS, asked by name', () => {
  let app: TestApp;
  const { say } = chat(() => app);
  beforeAll(async () => {
    app = await startTestApp();
    for (const who of [alex, megan, adele, isaiah, stranger]) await say('hei', who);
  });
  afterAll(() => app.stop());

  const lines = ['• Megan Bowen: leder (aktiv)', '• Adele Vance: veileder (aktiv)'];

  it('the leader and the advisor read them, with no button to remove anyone', async () => {
    for (const [who, text] of [
      [megan, 'hvem er veilederen til Alex?'],
      [adele, 'roller for Alex'],
    ] as const) {
      const card = (await say(text, who))[0]?.attachments;
      expect(cardTexts(card)).toEqual(expect.arrayContaining(['Roller rundt Alex Wilber:', ...lines]));
      expect(cardButtons(card)).toEqual([]);
    }
  });

  it('the LIS gets their own card, where they may remove a role', async () => {
    const card = (await say('hvem er Alex sin leder?', alex))[0]?.attachments;
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['Rollene rundt deg:', ...lines]));
    expect(cardButtons(card).map((b) => b.verb)).toContain('role.remove');
  });

  it('«bytt leder» says how a leader is changed: the new one is invited, the current one stays until then', async () => {
    const texts = cardTexts((await say('bytt leder', alex))[0]?.attachments);
    expect(texts.join('\n')).toMatch(/Skriv «inviter».*«Erstatt nåværende leder\/veileder»/);
  });

  it('a supervisor is told it is not theirs to see; someone with no role learns nothing', async () => {
    const toIsaiah = await say('roller for Alex', isaiah);
    expect(toIsaiah[0]?.text).toMatch(
      /^Hvem som har hvilken rolle rundt Alex Wilber, ser Alex Wilber, lederen/,
    );
    expect(toIsaiah[0]?.attachments ?? []).toEqual([]);
    const toStranger = await say('roller for Alex', stranger);
    expect(JSON.stringify(toStranger)).not.toMatch(/Wilber|Megan|Adele/);
  });
});
