import { t } from '../../core/i18n';
import { activeFor } from '../../core/policy';
import type { Turn } from '../turn';
import { reply } from './send';

/**
 * "angre godkjenningen", "jeg signerte feil": how a decision made by mistake is put right. A leader
 * (or a delegate) undoes an approval from the goal's card, a supervisor a signature from the
 * activity's card, each with the reason.
 */
export function undoIntent(turn: Turn, what: 'approval' | 'signature' | 'any'): Promise<void> {
  const { lang, person } = turn;
  if (what === 'any') {
    // Nothing named: what the asker could have done by mistake, by their roles.
    const texts = [
      ...(activeFor(person, ['leader', 'delegate']).length > 0 ? [t(lang, 'undoApprovalHow')] : []),
      ...(activeFor(person, ['supervisor']).length > 0 ? [t(lang, 'undoSignatureHow')] : []),
      ...(person?.traineeId ? [t(lang, 'undoLis')] : []),
    ];
    return reply(turn, texts.length > 0 ? texts.join('\n\n') : t(lang, 'undoNothing'));
  }
  if (what === 'signature') return reply(turn, t(lang, 'undoSignatureHow'));
  if (activeFor(person, ['leader', 'delegate']).length > 0) return reply(turn, t(lang, 'undoApprovalHow'));
  return reply(turn, t(lang, person?.traineeId ? 'undoApprovalLis' : 'undoApprovalNone'));
}
