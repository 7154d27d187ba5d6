import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERBS } from '../../core/verbs';

/** The templates' own verbs (the rest come from typed models): each must be one the bot answers. */
describe('card templates name only known verbs', () => {
  const dir = join(__dirname, '..', '..', 'cards');
  const templates = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it.each(templates)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const literal = [...text.matchAll(/"verb":\s*"([^"$][^"]*)"/g)].map((m) => m[1]);
    for (const verb of literal) expect(VERBS).toContain(verb);
    // Placeholders are filled from models typed with `Verb`.
    const placeholders = [...text.matchAll(/"verb":\s*"\$\{([\w.]+)\}"/g)].map((m) => m[1]);
    expect(literal.length + placeholders.length).toBe([...text.matchAll(/"verb":/g)].length);
  });
});
