import type { TraineeProfile } from '../../core/model';

/** A bare LIS profile for rule tests: no catalogs, no service period; `over` adds what a test needs. */
export function bareProfile(over: Partial<TraineeProfile> = {}): TraineeProfile {
  return {
    kind: 'profile',
    id: 'profile',
    traineeId: 't',
    aadObjectId: 'lis',
    name: 'LIS',
    phase: 'LIS1',
    employer: { unitId: 'u', name: 'U', kind: 'municipality' },
    service: null,
    catalogIds: [],
    roles: [],
    delegations: [],
    absence: [],
    milestones: [],
    createdAt: '',
    ...over,
  };
}
