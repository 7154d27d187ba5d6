import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import { teamsText } from '../../core/intents';
import { refusalText } from '../../core/words';
import { createUnit } from '../../ops/unitCreate';
import type { Turn } from '../turn';

const COMMAND =
  /^\s*(?:opprett|lag|create|new)\s+(?:nytt\s+)?(?:arbeidssted|workplace|enhet|unit)\s*(?:(sykehus|hospital)\b\s*)?(.*)$/is;

/**
 * "opprett arbeidssted Demo kommune, helse og omsorg": a leader creates their workplace (unit),
 * which LIS then choose from a list when they register. The name is taken as typed.
 */
export async function createUnitIntent(turn: Turn): Promise<void> {
  const { lang } = turn;
  // As written: without a mention or formatting tags, entities decoded ("Helse &amp; omsorg" is "Helse & omsorg").
  const text = teamsText(turn.context.activity.text ?? '').replace(/\u00a0/g, ' ');
  const m = COMMAND.exec(text);
  const name = m?.[2]?.trim() ?? '';
  if (!name) {
    await turn.context.sendActivity(t(lang, 'unitHow'));
    return;
  }
  const now = turn.deps.now().toISOString();
  const r = await createUnit(
    turn.deps,
    { caller: turn.caller, now },
    { name, kind: m?.[1] ? 'hospital' : 'municipality' },
  );
  if (r.kind === 'invalid') {
    // Named with its limits; nothing is cut to fit.
    await turn.context.sendActivity(refusalText(lang, 'unit_name_length', r.details));
    return;
  }
  if (r.kind === 'refused') {
    await turn.context.sendActivity(refusalText(lang, r.reason, r.details, md));
    return;
  }
  if (r.kind !== 'done') {
    await turn.context.sendActivity(t(lang, 'unitHow'));
    return;
  }
  const shown = md(r.value.unit.name);
  await turn.context.sendActivity(t(lang, r.value.created ? 'unitCreated' : 'unitExists', { name: shown }));
}
