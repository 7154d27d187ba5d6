import { answerAction } from './roleAccept';
import { decisionData, defineAction } from './types';

export default defineAction(decisionData, (ctx, data) => answerAction(ctx, data, false));
