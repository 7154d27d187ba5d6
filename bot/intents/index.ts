import type { Intent } from '../../core/intents';
import type { Turn } from '../turn';
import { help } from './help';

/** One entry per intent; every intent has a handler, so nothing goes unanswered. */
export const INTENT_HANDLERS: {
  [K in Intent['kind']]: (turn: Turn, intent: Extract<Intent, { kind: K }>) => Promise<void>;
} = {
  help: (turn) => help(turn),
  unknown: (turn) => help(turn, { notUnderstood: true }),
};

export function handleIntent(turn: Turn, intent: Intent): Promise<void> {
  const handler = INTENT_HANDLERS[intent.kind] as (turn: Turn, intent: Intent) => Promise<void>;
  return handler(turn, intent);
}
