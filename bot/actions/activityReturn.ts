import { decideActivityAction } from './activitySign';
import { decisionData, defineAction } from './types';

export default defineAction(decisionData, (ctx, data) => decideActivityAction(ctx, data, 'returned'));
