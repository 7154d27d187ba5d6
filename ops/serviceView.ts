import { type ServiceView, serviceOf } from '../core/serviceView';
import { whatIsLeft } from './progressView';
import type { Call, OpsDeps, Outcome } from './types';

/** "tjenesteperioder" (optionally "for Alex"): found as "hva gjenstår?" finds the LIS, with the same checks. */
export async function serviceView(
  deps: OpsDeps,
  call: Pick<Call, 'caller' | 'today'>,
  input: { name?: string },
): Promise<Outcome<ServiceView>> {
  const r = await whatIsLeft(deps, call, input);
  if (r.kind !== 'done') return r;
  return { kind: 'done', value: serviceOf(r.value.profile, call.caller.aadObjectId, call.today) };
}
