import type { Stored, Unit } from '../core/model';
import { Repository } from './base';

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
}
