import { registrationModel, renderRegistration } from '../../cards/registration';
import { ownTrainee } from '../../ops/forms';
import { unitChoices } from '../../ops/units';
import type { Turn } from '../turn';
import { sendCard } from './send';

/** "kom i gang" / "get started": the registration form, filled in if the LIS is registered already. */
export async function register(turn: Turn): Promise<void> {
  const own = await ownTrainee(turn.deps, turn, turn.person);
  const profile = own.kind === 'done' ? own.value.profile : undefined;
  const units = await unitChoices(turn.deps);
  await sendCard(
    turn,
    renderRegistration(registrationModel(turn.deps.catalogs, turn.lang, { profile, units })),
  );
}
