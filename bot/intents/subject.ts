import { escapeMarkdown } from '../../cards/render';
import { t } from '../../core/i18n';
import type { PersonRole } from '../../core/model';
import type { Turn } from '../turn';

/** Whose progress a question is about: the LIS themself, or a LIS the asker holds a role for. */
export type Subject = { ok: true; traineeId: string } | { ok: false; reply: string };

function matches(name: string, asked: string): boolean {
  const n = name.toLowerCase();
  const a = asked.toLowerCase();
  return n === a || n.split(/\s+/)[0] === a || n.startsWith(`${a} `);
}

/**
 * Resolves "for Alex" among the people the asker holds a role for (their own document).
 * An unknown or ambiguous name gets a question back, never someone else's data.
 */
export function subjectOf(turn: Turn, name: string | undefined): Subject {
  const person = turn.person;
  const lang = turn.lang;
  const roles: PersonRole[] = (person?.roles ?? []).filter((r) => r.state === 'active');
  const trainees = [...new Map(roles.map((r) => [r.traineeId, r.traineeName])).entries()];
  if (!name) {
    if (person?.traineeId) return { ok: true, traineeId: person.traineeId };
    if (trainees.length === 1 && trainees[0]) return { ok: true, traineeId: trainees[0][0] };
    if (trainees.length === 0) return { ok: false, reply: t(lang, 'noTraineesForYou') };
    return {
      ok: false,
      reply: t(lang, 'pickTrainee', { names: trainees.map(([, n]) => escapeMarkdown(n)).join(', ') }),
    };
  }
  if (person?.traineeId && matches(person.name, name)) return { ok: true, traineeId: person.traineeId };
  const found = trainees.filter(([, n]) => matches(n, name));
  if (found.length === 1 && found[0]) return { ok: true, traineeId: found[0][0] };
  if (found.length > 1)
    return {
      ok: false,
      reply: t(lang, 'whoIsIt', { names: found.map(([, n]) => escapeMarkdown(n)).join(', ') }),
    };
  return { ok: false, reply: t(lang, 'unknownPerson', { name: escapeMarkdown(name) }) };
}
