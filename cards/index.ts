import { helpCardModel } from './help';
import helpTemplate from './help.json';

/**
 * Every card template with sample models, so tests can check each one (schema, Teams support,
 * no `${` left after templating, size). A template in `cards/` that is missing here fails the tests.
 */
export interface CardEntry {
  file: string;
  template: object;
  samples: object[];
}

export const CARD_TEMPLATES: CardEntry[] = [
  { file: 'help.json', template: helpTemplate, samples: [helpCardModel('nb'), helpCardModel('en')] },
];
