import { escapeMarkdown } from '../../cards/render';

describe('escapeMarkdown', () => {
  it.each([
    ['**fet** og _kursiv_', '\\*\\*fet\\*\\* og \\_kursiv\\_'],
    ['[lenke](http://evil.example)', '\\[lenke\\](http://evil.example)'],
    ['`kode` ~~strek~~', '\\`kode\\` \\~\\~strek\\~\\~'],
    [
      '- punkt\n+ punkt\n1. nummer\n# tittel\n> sitat',
      '\\- punkt\n\\+ punkt\n1\\. nummer\n\\# tittel\n\\> sitat',
    ],
    ['back\\slash', 'back\\\\slash'],
    [
      'Vanlig tekst (med parentes), 3.5 % og bindestrek-ord.',
      'Vanlig tekst (med parentes), 3.5 % og bindestrek-ord.',
    ],
    ['linje\r\nlinje', 'linje\nlinje'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
