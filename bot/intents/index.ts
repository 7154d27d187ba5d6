import { t } from '../../core/i18n';
import { type Intent, nameAlone } from '../../core/intents';
import { namesSomeoneKnown } from '../../ops/progressView';
import type { Turn } from '../turn';
import { absenceIntent } from './absence';
import { activitiesIntent, coursesIntent } from './activities';
import { approvedIntent } from './approved';
import { confirmationIntent } from './confirmation';
import { createUnitIntent } from './createUnit';
import { decidedIntent } from './decided';
import { delegateIntent } from './delegate';
import { exportIntent } from './export';
import { goalIntent } from './goal';
import { help } from './help';
import { inbox } from './inbox';
import { inviteIntent } from './invite';
import { newActivity } from './newActivity';
import { onBehalfIntent } from './onBehalf';
import { register } from './register';
import { requestApprovalIntent } from './requestApproval';
import { requestsIntent } from './requests';
import { roleClaimIntent } from './roleClaim';
import { rolesIntent } from './roles';
import { reply, replyHere } from './send';
import { serviceIntent } from './service';
import { sessionsIntent } from './sessions';
import { signedIntent } from './signed';
import { supervisorForm, supervisorSign } from './supervisorSign';
import { undoIntent } from './undo';
import { overviewIntent, whatsLeft } from './whatsLeft';

type Handlers = {
  [K in Intent['kind']]: (turn: Turn, intent: Extract<Intent, { kind: K }>) => Promise<void>;
};

/** One entry per intent; every intent has a handler, so nothing goes unanswered. */
export const INTENT_HANDLERS: Handlers = {
  help: (turn) => help(turn),
  thanks: (turn, i) =>
    reply(turn, i.bye ? t(turn.lang, 'byeReply') : i.thanked ? t(turn.lang, 'thanksReply') : '👍'),
  unknown: (turn) => unknown(turn),
  attachment: (turn) => reply(turn, t(turn.lang, 'attachmentNotRead')),
  // Who sees what is no one's data: answered where it was asked, a group chat too.
  privacy: (turn) => replyHere(turn, t(turn.lang, 'privacyAnswer')),
  language: (turn) => replyHere(turn, t(turn.lang, 'languageAnswer')),
  trouble: (turn) => replyHere(turn, t(turn.lang, 'troubleAnswer')),
  // Words of the field are no one's data: answered where they were asked, a group chat too.
  explain: (turn, i) => replyHere(turn, t(turn.lang, `explain_${i.term}`)),
  whatsLeft: (turn, i) => whatsLeft(turn, i.name, i.scope),
  overview: (turn) => overviewIntent(turn),
  inbox: (turn) => inbox(turn),
  requests: (turn) => requestsIntent(turn),
  onBehalf: (turn, i) => onBehalfIntent(turn, i.name),
  signed: (turn, i) => signedIntent(turn, i.name),
  decided: (turn, i) => decidedIntent(turn, i.name),
  undo: (turn, i) => undoIntent(turn, i.what),
  // The same words mean the asker's own record to a LIS, and what they decide on to anyone else.
  returned: (turn) => (turn.person?.traineeId ? whatsLeft(turn) : decidedIntent(turn)),
  ready: (turn) => (turn.person?.traineeId ? whatsLeft(turn) : inbox(turn)),
  register: (turn) => register(turn),
  invite: (turn) => inviteIntent(turn),
  newActivity: (turn, i) => newActivity(turn, i.activityKind, i.daysAgo),
  delegate: (turn, i) => delegateIntent(turn, i.name ? { name: i.name } : {}),
  roles: (turn, i) => rolesIntent(turn, i.name),
  roleClaim: (turn, i) => roleClaimIntent(turn, i.role, i.name),
  activities: (turn, i) => activitiesIntent(turn, i.name),
  courses: (turn, i) => coursesIntent(turn, i.name),
  approved: (turn, i) => approvedIntent(turn, i.name),
  requestApproval: (turn, i) => requestApprovalIntent(turn, i.goalId, i.also, i.beyond),
  goal: (turn, i) => goalIntent(turn, i.goalId, i.name, i.history, i.more, i.also, i.beyond),
  createUnit: (turn) => createUnitIntent(turn),
  absence: (turn, i) => absenceIntent(turn, i),
  confirmation: (turn) => confirmationIntent(turn),
  sessions: (turn, i) => sessionsIntent(turn, i.name),
  service: (turn, i) => serviceIntent(turn, i.name),
  export: (turn) => exportIntent(turn),
  supervisorSign: (turn, i) => supervisorSign(turn, i.name, i.text),
  supervisorForm: (turn, i) => supervisorForm(turn, i.name),
};

/**
 * Not understood: unless it is the name of a LIS the asker follows (a leader typing "Alex"), whose
 * status answers it; a name nobody of theirs has gets the help card like any other text.
 */
function unknown(turn: Turn): Promise<void> {
  const name = nameAlone(turn.context.activity.text ?? '');
  if (name && turn.person && namesSomeoneKnown(turn.person, name)) return whatsLeft(turn, name);
  return help(turn, { notUnderstood: true });
}

export function handleIntent(turn: Turn, intent: Intent): Promise<void> {
  const handler = INTENT_HANDLERS[intent.kind] as (turn: Turn, intent: Intent) => Promise<void>;
  return handler(turn, intent);
}
