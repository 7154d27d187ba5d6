import { decideGoalAction } from './goalApprove';
import { decisionData, defineAction } from './types';

export default defineAction(decisionData, (ctx, data) => decideGoalAction(ctx, data, 'returned'));
