import type { CatalogSet } from '../core/catalog';
import { demoMunicipality } from '../core/demo';
import type { Store } from './index';

/** Writes the demo municipality into an empty store. Returns false (and writes nothing) if it is not empty. */
export async function seedDemoIfEmpty(store: Store, catalogs: CatalogSet, today: Date): Promise<boolean> {
  if (!(await store.isEmpty())) return false;
  const demo = demoMunicipality(today, catalogs);
  await store.units.createUnit(demo.unit);
  for (const teamId of demo.unit.teamIds) await store.units.setTeamLink(teamId, demo.unit.unitId);
  await store.trainees.createTrainees(demo.trainees);
  await store.trainees.bulkCreate(
    demo.trainees.flatMap((t) => t.audit),
    'demo audit',
  );
  await store.trainees.bulkCreate(
    demo.trainees.flatMap((t) => t.sessions ?? []),
    'demo sessions',
  );
  // People last: an empty people container is what marks the store as unseeded.
  await store.people.bulkCreate(demo.people, 'demo people');
  return true;
}
