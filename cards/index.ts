import { absenceFigures } from '../core/absence';
import { boardOf } from '../core/activities';
import { CatalogSet, DEMO_CATALOGS } from '../core/catalog';
import { demoMunicipality } from '../core/demo';
import { withBasis } from '../core/goals';
import { inboxOf } from '../core/inbox';
import { summaryOf } from '../core/model';
import { progressOf } from '../core/progress';
import { serviceOf } from '../core/serviceView';
import { absenceFormModel } from './absence';
import absenceTemplate from './absence.json';
import { activitiesModel } from './activities';
import activitiesTemplate from './activities.json';
import { activityFormModel } from './activityForm';
import activityFormTemplate from './activityForm.json';
import decisionTemplate from './decision.json';
import { delegateModel } from './delegate';
import delegateTemplate from './delegate.json';
import { helpCardModel } from './help';
import helpTemplate from './help.json';
import { inboxModel } from './inbox';
import inboxTemplate from './inbox.json';
import { inviteModel } from './invite';
import inviteTemplate from './invite.json';
import noticeTemplate from './notice.json';
import { progressModel } from './progress';
import progressTemplate from './progress.json';
import { registrationModel } from './registration';
import registrationTemplate from './registration.json';
import { serviceModel } from './service';
import serviceTemplate from './service.json';
import { sessionsModel } from './sessions';
import sessionsTemplate from './sessions.json';
import { activityView, goalView } from './views';

/**
 * Every card template with sample models, so tests can check each one (schema, Teams support,
 * no `${` left after templating, size). A template in `cards/` that is missing here fails the tests.
 * The samples come from the demo municipality, in both languages.
 */
export interface CardEntry {
  file: string;
  template: object;
  samples: object[];
}

export function cardSamples(): CardEntry[] {
  const catalogs = new CatalogSet(DEMO_CATALOGS);
  const today = '2026-11-26';
  const demo = demoMunicipality(new Date(`${today}T09:00:00Z`), catalogs);
  const [alex, lynne] = demo.trainees;
  if (!alex || !lynne) throw new Error('demo data changed');
  const langs = ['nb', 'en'] as const;
  const pendingActivity = alex.activities.find((a) => a.status === 'pending_signature');
  const signedActivity = alex.activities.find((a) => a.status === 'signed');
  const alexGoals = withBasis(alex.profile.traineeId, alex.goals, alex.activities, today);
  // The progress a demo LIS's card is drawn from, as the app computes it from their documents.
  const progressOfDemo = (d: typeof alex) =>
    progressOf(d.profile, d.goals.map(summaryOf), boardOf(d).open, boardOf(d).signed, catalogs, today);
  const pendingGoal = alexGoals.find((g) => g.status === 'pending_approval');
  const approvedGoal = alexGoals.find((g) => g.status === 'approved' && g.approval?.recordedFrom);
  if (!pendingActivity || !signedActivity || !pendingGoal || !approvedGoal)
    throw new Error('demo data changed');
  const [megan, , isaiah] = demo.people;
  const notice = { text: 'Kortet var utdatert.', style: 'accent' as const };
  return [
    {
      file: 'help.json',
      template: helpTemplate,
      samples: langs.flatMap((l) => [
        helpCardModel(l),
        helpCardModel(l, { lis: true, roles: [] }),
        helpCardModel(l, { lis: false, roles: ['leader', 'supervisor'] }),
      ]),
    },
    {
      file: 'activities.json',
      template: activitiesTemplate,
      // The LIS's own (every state the demo has), a leader's view, and none yet.
      samples: langs.flatMap((l) => [
        activitiesModel({ profile: alex.profile, activities: alex.activities, own: true }, l),
        // A later page: both ways to page.
        activitiesModel(
          {
            profile: alex.profile,
            activities: alex.activities.slice(0, 3),
            own: false,
            older: true,
            next: { date: '2026-11-01', skip: alex.activities.slice(0, 3).map((a) => a.id) },
          },
          l,
        ),
        activitiesModel({ profile: lynne.profile, activities: [], own: true }, l),
      ]),
    },
    {
      file: 'decision.json',
      template: decisionTemplate,
      samples: langs.flatMap((l) => [
        activityView(
          pendingActivity,
          alex.profile,
          catalogs,
          { aadObjectId: pendingActivity.supervisor?.aadObjectId ?? '' },
          l,
          { today },
        ),
        activityView(pendingActivity, alex.profile, catalogs, { aadObjectId: alex.profile.aadObjectId }, l, {
          today,
          notice,
        }),
        activityView(signedActivity, alex.profile, catalogs, null, l, { today }),
        // Recorded and signed by the supervisor, as its LIS sees it: confirm or dispute.
        activityView(
          { ...signedActivity, byLis: 'pending' },
          alex.profile,
          catalogs,
          { aadObjectId: alex.profile.aadObjectId },
          l,
          { today },
        ),
        // Returned, as its LIS sees it: edit and send again, or withdraw.
        activityView(
          {
            ...pendingActivity,
            status: 'returned',
            decision: {
              ...(signedActivity.decision as NonNullable<typeof signedActivity.decision>),
              outcome: 'returned',
              comment: 'Mer detaljer.',
            },
          },
          alex.profile,
          catalogs,
          { aadObjectId: alex.profile.aadObjectId },
          l,
          { today },
        ),
        goalView(pendingGoal, alex.profile, catalogs, { aadObjectId: megan?.aadObjectId ?? '' }, l, {
          today,
        }),
        goalView(approvedGoal, alex.profile, catalogs, null, l, { today }),
      ]),
    },
    {
      file: 'notice.json',
      template: noticeTemplate,
      samples: [
        {
          title: 'Dette kan du ikke gjøre',
          style: 'attention',
          lines: [{ text: 'Ingenting er endret.' }],
          facts: [],
          actions: [],
          confirms: [],
        },
        {
          title: 'Invitation',
          style: 'accent',
          lines: [{ text: 'x' }],
          facts: [{ title: 'LIS', value: 'Alex' }],
          actions: [{ title: 'Accept', verb: 'role.accept', data: { traineeId: 't', id: 'i', rev: 0 } }],
          confirms: [],
        },
        {
          title: 'Roller',
          style: 'emphasis',
          lines: [{ text: '• Isaiah Langer: supervisør (aktiv)' }],
          facts: [],
          actions: [],
          confirms: [
            {
              title: 'Fjern Isaiah Langer som supervisør …',
              text: 'Vil du fjerne Isaiah Langer som supervisør?',
              yes: 'Ja, fjern',
              verb: 'role.remove',
              data: { traineeId: 't', id: 'i', role: 'supervisor' },
            },
          ],
        },
      ],
    },
    {
      file: 'inbox.json',
      template: inboxTemplate,
      samples: langs.flatMap((l) => [
        inboxModel(
          inboxOf({ aadObjectId: megan?.aadObjectId ?? '' }, demo.trainees.map(boardOf), today),
          catalogs,
          l,
        ),
        inboxModel(
          inboxOf({ aadObjectId: isaiah?.aadObjectId ?? '' }, demo.trainees.map(boardOf), today),
          catalogs,
          l,
          notice,
        ),
        inboxModel([], catalogs, l, undefined, 0, 'supervisor'),
        // A long list, second page: "show more" and "show previous".
        inboxModel(
          [
            {
              profile: alex.profile,
              items: Array.from({ length: 25 }, (_, i) => ({
                kind: 'approve' as const,
                traineeId: alex.profile.traineeId,
                goal: { ...pendingGoal, rev: i },
                complete: i % 2 === 0,
              })),
            },
          ],
          catalogs,
          l,
          undefined,
          1,
        ),
      ]),
    },
    {
      file: 'progress.json',
      template: progressTemplate,
      samples: langs.flatMap((l) => [
        progressModel(progressOfDemo(alex), alex.profile, l, {
          viewerIsLis: true,
          tabUrl: 'https://teams.microsoft.com/l/entity/x/progress',
          returned: [
            {
              kind: 'activity',
              docId: pendingActivity.id,
              rev: pendingActivity.rev,
              what: pendingActivity.description,
              by: 'Isaiah Langer',
              at: `${today}T08:00:00Z`,
              comment: 'Beskriv prosedyren nærmere.',
            },
            {
              kind: 'goal',
              docId: pendingGoal.id,
              rev: pendingGoal.rev,
              what: pendingGoal.goalId,
              by: 'Megan Bowen',
              at: `${today}T09:00:00Z`,
            },
          ],
        }),
        progressModel(progressOfDemo(lynne), lynne.profile, l, { viewerIsLis: false }),
        // A LIS3 who supervises a LIS1: what waits for her there, under her own status.
        progressModel(progressOfDemo(lynne), lynne.profile, l, {
          viewerIsLis: true,
          othersWaiting: [{ name: alex.profile.name, count: 2 }],
        }),
        // As the leader sees it: milestones to mark held.
        progressModel(progressOfDemo(alex), alex.profile, l, { viewerIsLis: false, canMarkMilestones: true }),
      ]),
    },
    {
      file: 'activityForm.json',
      template: activityFormTemplate,
      samples: langs.map((l) =>
        activityFormModel(alex.profile, alex.goals, catalogs, l, today, { notice: 'x' }),
      ),
    },
    {
      file: 'registration.json',
      template: registrationTemplate,
      samples: langs.flatMap((l) => [
        registrationModel(catalogs, l, { units: [] }),
        registrationModel(catalogs, l, { profile: alex.profile, notice: 'x', units: [demo.unit] }),
        // Workplaces across the country: the list is searched as the LIS types.
        registrationModel(catalogs, l, {
          profile: alex.profile,
          units: [
            demo.unit,
            ...Array.from({ length: 60 }, (_, i) => ({
              ...demo.unit,
              unitId: `unit-${i}`,
              name: `Kommune ${i}`,
            })),
          ],
        }),
      ]),
    },
    {
      file: 'invite.json',
      template: inviteTemplate,
      samples: langs.map((l) => inviteModel(alex.profile, l, today, ['ok'])),
    },
    {
      file: 'delegate.json',
      template: delegateTemplate,
      samples: langs.map((l) => delegateModel(megan?.roles ?? [], l, today)),
    },
    {
      file: 'sessions.json',
      template: sessionsTemplate,
      samples: langs.flatMap((l) => [
        // The LIS: preparation to write for the coming one; the advisor: minutes to write; the leader: dates only.
        ...[
          { full: true, mayPrepare: true, mayWriteMinutes: false, mayMove: true, maySchedule: true },
          { full: true, mayPrepare: false, mayWriteMinutes: true, mayMove: true, maySchedule: true },
          { full: false, mayPrepare: false, mayWriteMinutes: false, mayMove: false, maySchedule: false },
        ].map((who) =>
          sessionsModel(
            {
              traineeId: alex.profile.traineeId,
              trainee: alex.profile.name,
              sessions: alex.sessions ?? [],
              counts: { individual: 1, individualHours: 1, groupHours: 0, groupRequired: 120 },
              today,
              ...who,
            },
            l,
          ),
        ),
      ]),
    },
    {
      file: 'service.json',
      template: serviceTemplate,
      // The leader (corrections), the supervisor (no absence), with a notice.
      samples: langs.flatMap((l) => [
        serviceModel(serviceOf(alex.profile, megan?.aadObjectId ?? '', today), l, {
          text: 'ok',
          style: 'good',
        }),
        serviceModel(serviceOf(alex.profile, isaiah?.aadObjectId ?? '', today), l),
      ]),
    },
    {
      file: 'absence.json',
      template: absenceTemplate,
      samples: langs.map((l) =>
        absenceFormModel(
          demo.trainees.map((x) => {
            const figures = absenceFigures(x.profile);
            return { traineeId: x.profile.traineeId, name: x.profile.name, ...(figures ? { figures } : {}) };
          }),
          l,
        ),
      ),
    },
  ];
}
