import { guidOf, population } from '../../bench/population';
import { message } from '../helpers/activities';
import { startTestApp, TEST_TODAY, type TestApp } from '../helpers/app';

/** A leader of eight LIS asks for the advisory sessions: five cards, and the three beyond are said. */
describe('«veiledning» from a leader of many LIS, over real HTTP', () => {
  let app: TestApp;
  const leader = { aadObjectId: guidOf('many-leader-0'), name: 'Leder 0' };

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    const pop = population(8, 0, app.connector.url, TEST_TODAY.toISOString().slice(0, 10), {
      prefix: 'many',
      perLeader: 8,
    });
    await app.store.trainees.createTrainees(pop.trainees);
    await app.store.people.bulkCreate(pop.people, 'people');
  });
  afterAll(() => app.stop());

  it('sends a card for five of them and says how to see the other three', async () => {
    app.connector.clear();
    await app.post(message('veiledning', { serviceUrl: app.connector.url, from: leader }));
    const sent = app.connector.sent();
    const cards = sent.filter((s) => (s.attachments as unknown[] | undefined)?.length);
    expect(cards).toHaveLength(5);
    expect(sent.at(-1)?.text).toBe(
      'Her er veiledningssamtalene til 5 av dine 8 LIS. For en av de andre: skriv «veiledning med» og navnet, eller se fanen.',
    );
  });
});
