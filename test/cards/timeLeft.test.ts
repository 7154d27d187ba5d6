import { timeLeft } from '../../cards/progress';

describe('how long the service has left, in words', () => {
  it.each([
    [0, '0 dager'],
    [1, '1 dag'],
    [10, '10 dager'],
    [13 * 7, '13 uker'],
    [181, '6 måneder'],
    [400, '13 måneder'],
    [730, '2 år'],
    [1520, '4 år og 2 måneder'],
    [1461, '4 år'],
  ])('%i days → «%s»', (days, words) => {
    expect(timeLeft('nb', days)).toBe(words);
  });

  it('in English too', () => {
    expect(timeLeft('en', 1520)).toBe('4 years and 2 months');
    expect(timeLeft('en', 7)).toBe('7 days');
    expect(timeLeft('en', 14)).toBe('2 weeks');
  });
});
