import type { Stored, Unit } from '../core/model';
import { Repository } from './base';
import { StoreError } from './errors';

/** Employer units, partitioned by `/unitId`; a team is linked to one unit. */
export class UnitRepository extends Repository {
  get(unitId: string): Promise<Stored<Unit> | undefined> {
    return this.read<Unit>(unitId, unitId, 'unit');
  }

  createUnit(unit: Unit): Promise<Stored<Unit>> {
    return this.create(unit, 'unit');
  }

  replaceUnit(unit: Stored<Unit>): Promise<Stored<Unit>> {
    return this.replace(unit, unit.unitId, 'unit');
  }

  /** Which unit a Teams team shows in its channel tab (one small document per team). */
  async getTeamLink(teamId: string): Promise<string | undefined> {
    const link = await this.read<{ targetUnitId: string }>(`team:${teamId}`, `team:${teamId}`, 'team link');
    return link?.targetUnitId;
  }

  async setTeamLink(teamId: string, unitId: string): Promise<void> {
    this.metrics.requests++;
    try {
      await this.container.items.upsert({
        id: `team:${teamId}`,
        unitId: `team:${teamId}`,
        kind: 'teamLink',
        targetUnitId: unitId,
      });
    } catch (err) {
      throw new StoreError('upsert team link', (err as { code?: number }).code, { cause: err });
    }
  }
}
