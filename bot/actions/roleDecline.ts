import { answerInvitation } from './roleAccept';
import { decisionData, defineAction } from './types';

export default defineAction('role.decline', decisionData, (ctx, data) => answerInvitation(ctx, data, false));
