import { renderDecisionCard } from '../../cards/decision';
import { noticeCard } from '../../cards/notice';
import { escapeMarkdown } from '../../cards/render';
import { goalView, type Notice, type Viewer } from '../../cards/views';
import { formatDateTime } from '../../core/format';
import { langOf, t } from '../../core/i18n';
import type {
  GoalState,
  LearningActivity,
  RoleHolder,
  Stored,
  StoredConversation,
  TraineeProfile,
} from '../../core/model';
import { activeHolders, delegationActive } from '../../core/policy';
import type { Notifier } from '../notify';
import type { BotDeps } from '../turn';
import { type Loaded, updateCards } from './flow';
import type { ActionContext } from './types';

export interface LoadedGoal extends Loaded<GoalState> {
  activities: Stored<LearningActivity>[];
}

/** The goal, its LIS's profile and activities (the basis) in one single-partition query. */
export async function loadGoal(
  deps: BotDeps,
  traineeId: string,
  id: string,
): Promise<LoadedGoal | undefined> {
  if (!id.startsWith('goal:')) return undefined;
  const snap = await deps.store.trainees.snapshot(traineeId);
  const doc = snap?.goals.find((g) => g.id === id);
  if (!snap || !doc) return undefined;
  return { doc, profile: snap.profile, activities: snap.activities };
}

export function goalCard(
  ctx: Pick<ActionContext, 'deps' | 'lang' | 'today'>,
  l: { doc: GoalState; profile: TraineeProfile; activities: readonly LearningActivity[] },
  viewer: Viewer,
  notice?: Notice,
) {
  return renderDecisionCard(
    goalView(l.doc, l.profile, l.activities, ctx.deps.catalogs, viewer, ctx.lang, {
      notice,
      today: ctx.today,
    }),
  );
}

/** Shows the new state on every card about this goal, and on the one just clicked. */
export function updateGoalCards(ctx: ActionContext, saved: GoalState, l: LoadedGoal): void {
  updateCards(ctx, saved, (viewer) => goalCard(ctx, { ...l, doc: saved }, viewer));
}

/** Sends the approval card to someone's 1:1 chat (the leader, a delegate, the advisor) and remembers it. */
export async function sendGoalCard(
  deps: BotDeps,
  notifier: Notifier,
  l: { doc: Stored<GoalState>; profile: TraineeProfile; activities: readonly LearningActivity[] },
  to: { aadObjectId: string; conversation: StoredConversation },
  today: string,
  opts: { reminder?: boolean } = {},
): Promise<void> {
  const lang = langOf(to.conversation.locale);
  const card = goalCard({ deps, lang, today }, l, { aadObjectId: to.aadObjectId });
  const trainee = escapeMarkdown(l.profile.name);
  const text = opts.reminder ? t(lang, 'reminderGoal', { trainee }) : t(lang, 'askGoal', { trainee });
  const sent = await notifier.send(to.conversation, text, card);
  if (sent && !opts.reminder)
    await deps.store.trainees.addCardMessage(l.doc, { ...sent, for: to.aadObjectId });
}

/** Tells the LIS the outcome, with the comment as written. */
export function tellLisGoal(ctx: ActionContext, l: LoadedGoal, saved: GoalState): void {
  const to = l.profile.conversation;
  const d = saved.status === 'approved' ? saved.approval : saved.returned;
  if (!to || !d) return;
  ctx.notifier.later('tell lis', { traineeId: saved.traineeId, target: saved.id }, async () => {
    const lang = langOf(to.locale);
    const approved = saved.status === 'approved';
    const title = t(lang, approved ? 'lisGoalApproved' : 'lisGoalReturned');
    const goal = ctx.deps.catalogs.goal(saved.catalogId, saved.goalId);
    const lines = [
      `**${saved.goalId}** ${escapeMarkdown(goal?.title ?? '')}`,
      t(lang, approved ? 'approvedBy' : 'goalReturnedBy', {
        name: escapeMarkdown(d.byName),
        when: formatDateTime(lang, d.at),
      }),
      ...(d.comment
        ? [t(lang, 'quoted', { name: escapeMarkdown(d.byName), text: escapeMarkdown(d.comment) })]
        : []),
    ];
    await ctx.notifier.send(to, title, noticeCard(title, lines, approved ? 'good' : 'warning'));
  });
}

/**
 * After a LIS asked for approval (from chat or the tab): the leader, active delegates and the
 * advisor get the card in their 1:1 chat. Returns the leader, so the caller can say if unreachable.
 */
export function notifyGoalRequested(
  deps: BotDeps,
  notifier: Notifier,
  l: { doc: Stored<GoalState>; profile: TraineeProfile; activities: readonly LearningActivity[] },
  today: string,
): RoleHolder | undefined {
  const leader = activeHolders(l.profile, 'leader')[0];
  const delegates = (l.profile.delegations ?? []).filter(
    (d) => delegationActive(d, today) && d.leader === leader?.aadObjectId,
  );
  const recipients: { aadObjectId: string; conversation?: StoredConversation }[] = [
    ...(leader ? [leader] : []),
    ...activeHolders(l.profile, 'advisor'),
    ...delegates.map(
      (d) => l.profile.roles.find((r) => r.aadObjectId === d.delegate) ?? { aadObjectId: d.delegate },
    ),
  ];
  for (const r of recipients) {
    const to = r.conversation;
    if (!to) continue;
    notifier.later(
      'send goal card',
      { traineeId: l.doc.traineeId, target: l.doc.id, to: r.aadObjectId },
      () => sendGoalCard(deps, notifier, l, { aadObjectId: r.aadObjectId, conversation: to }, today),
    );
  }
  return leader;
}
