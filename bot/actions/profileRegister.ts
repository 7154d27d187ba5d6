import { z } from 'zod';
import { inviteModel, renderInvite } from '../../cards/invite';
import { type RegistrationValues, registrationModel, renderRegistration } from '../../cards/registration';
import { escapeMarkdown as md } from '../../cards/render';
import { registeredLines, registrationRefusal } from '../../core/words';
import { ownProfile, registerTrainee } from '../../ops/profileRegister';
import { unitChoices } from '../../ops/units';
import { notFoundCard } from './outcome';
import { defineAction } from './types';

const data = z.object({
  phase: z.string().max(40).optional(),
  specialty: z.string().max(200).optional(),
  unitId: z.string().max(200).optional(),
  start: z.string().max(20).optional(),
  end: z.string().max(20).optional(),
  position: z.string().max(500).optional(),
  percent: z.union([z.string(), z.number()]).optional(),
  partStart: z.string().max(20).optional(),
  psychiatry: z.union([z.string().max(10), z.boolean()]).optional(),
  institution: z.union([z.string().max(10), z.boolean()]).optional(),
  catalogs: z.string().max(2000).optional(),
});

/** "kom i gang": registers the LIS (or edits the registration), then shows the invitation form. */
export default defineAction(data, async (ctx, input) => {
  const { lang, deps } = ctx;
  const r = await registerTrainee(deps, ctx.call, input);
  if (r.kind === 'not_found') return { card: notFoundCard(lang) };
  if (r.kind !== 'done') {
    const values: Partial<RegistrationValues> = {
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === 'string')),
      percent: input.percent === undefined ? '100' : String(input.percent),
    };
    const text =
      r.kind === 'invalid' || r.kind === 'refused'
        ? registrationRefusal(lang, r, md)
        : registrationRefusal(lang, { kind: 'lost_race' });
    const profile = await ownProfile(deps, ctx.call.caller.aadObjectId);
    const units = await unitChoices(deps);
    return {
      card: renderRegistration(
        registrationModel(deps.catalogs, lang, { profile, values, notice: text, units }),
      ),
    };
  }
  const lines = registeredLines(lang, r.value, deps.catalogs, md);
  return { card: renderInvite(inviteModel(r.value.profile, lang, ctx.call.today, lines, 'good')) };
});
