import { z } from 'zod';
import { activitiesModel, renderActivitiesCard } from '../../cards/activities';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown as md } from '../../cards/render';
import { t } from '../../core/i18n';
import { activitiesView } from '../../ops/activitiesView';
import { notFoundCard } from './outcome';
import { defineAction } from './types';

const id = z.string().min(1).max(200);

/**
 * "Vis eldre" / "Vis de nyeste" on the list of a LIS's activities: another page, through the same
 * door as the list (the LIS, the leader, a delegate, the advisor), checked again for whoever presses.
 */
export default defineAction(
  z.object({
    traineeId: id,
    before: z.object({ date: z.iso.date(), skip: z.array(id).max(100) }).optional(),
  }),
  async (ctx, data) => {
    const r = await activitiesView(ctx.deps, ctx.call, data);
    if (r.kind === 'done') return { card: renderActivitiesCard(activitiesModel(r.value, ctx.lang)) };
    if (r.kind === 'refused' && r.reason === 'forbidden')
      return {
        card: noticeCard(
          t(ctx.lang, 'refusedTitle'),
          [
            t(ctx.lang, 'activitiesNotYours', { trainee: md(r.details.trainee ?? '') }),
            t(ctx.lang, 'nothingChanged'),
          ],
          'attention',
        ),
      };
    return { card: notFoundCard(ctx.lang) };
  },
);
