import { createHash } from 'node:crypto';
import { type Stored, UNIT_NAME_MAX, UNIT_NAME_MIN, type Unit } from '../core/model';
import { isConflict } from '../store';
import type { Call, OpsDeps, Outcome } from './types';
import { foldUnitName } from './units';

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/**
 * A leader creates their unit (a municipality's health service, a hospital department); they own
 * it: LIS then choose it when they register, and its leaders link their team's channel tab to it.
 * The same name from the same person is the same unit (a repeated request creates nothing new); the
 * name of someone else's is refused, so that no two stand alike in the list LIS choose from.
 */
export async function createUnit(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'now'>,
  input: { name: string; kind: 'municipality' | 'hospital' },
): Promise<Outcome<{ unit: Stored<Unit>; created: boolean }>> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length < UNIT_NAME_MIN || name.length > UNIT_NAME_MAX)
    return {
      kind: 'invalid',
      field: 'name',
      details: { min: String(UNIT_NAME_MIN), max: String(UNIT_NAME_MAX) },
    };
  const owner = call.caller.aadObjectId;
  const unitId = `unit-${slug(name) || 'x'}-${createHash('sha256').update(`${owner}\u0000${name.toLowerCase()}`).digest('hex').slice(0, 8)}`;
  const existing = await deps.store.units.get(unitId);
  if (existing) return { kind: 'done', value: { unit: existing, created: false } };
  // Someone else's workplace of the same name would stand twice, alike, in every LIS's list.
  const taken = (await deps.store.units.list()).find((u) => foldUnitName(u.name) === foldUnitName(name));
  if (taken) return { kind: 'refused', reason: 'unit_name_taken', details: { name: taken.name } };
  try {
    const unit = await deps.store.units.createUnit(
      { id: unitId, unitId, name, kind: input.kind, teamIds: [], traineeIds: [], owners: [owner] },
      {
        kind: 'audit',
        id: `audit:unit.create:${unitId}`,
        actor: owner,
        verb: 'unit.create',
        target: unitId,
        before: null,
        after: { name, kind: input.kind },
        at: call.now,
      },
    );
    deps.log.info({ verb: 'unit.create', unitId, actor: owner }, 'unit created');
    return { kind: 'done', value: { unit, created: true } };
  } catch (err) {
    if (!isConflict(err)) throw err;
    const raced = await deps.store.units.get(unitId);
    if (!raced) throw err;
    return { kind: 'done', value: { unit: raced, created: false } };
  }
}
