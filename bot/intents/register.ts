import { registrationModel, renderRegistration } from '../../cards/registration';
import type { Turn } from '../turn';
import { sendCard } from './send';

/** "kom i gang" / "get started": the registration form, filled in if the LIS is registered already. */
export async function register(turn: Turn): Promise<void> {
  const traineeId = turn.person?.traineeId;
  const profile = traineeId ? await turn.deps.store.trainees.getProfile(traineeId) : undefined;
  await sendCard(turn, renderRegistration(registrationModel(turn.deps.catalogs, turn.lang, { profile })));
}
