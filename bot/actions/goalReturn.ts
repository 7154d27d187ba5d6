import { decideGoalAction } from './goalApprove';
import { decisionData, defineAction } from './types';

export default defineAction('goal.return', decisionData, (ctx, data) =>
  decideGoalAction(ctx, data, 'returned'),
);
