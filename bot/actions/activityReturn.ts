import { decideActivityAction } from './activitySign';
import { decisionData, defineAction } from './types';

export default defineAction('activity.return', decisionData, (ctx, data) =>
  decideActivityAction(ctx, data, 'returned'),
);
