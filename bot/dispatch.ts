import { noticeCard, renderNoticeCard } from '../cards/notice';
import { escapeMarkdown as md } from '../cards/render';
import { priorClaimText } from '../cards/views';
import { norwayDate } from '../core/dates';
import { formatDateTime } from '../core/format';
import { type Lang, langOf, t } from '../core/i18n';
import type { CardMessage, OutboxEntry, Stored, StoredConversation, TraineeProfile } from '../core/model';
import { parseGoalDocId } from '../core/refs';
import { conversationGone } from '../ops/conversationGone';
import {
  activityForDelivery,
  cardsFor,
  conversationOf,
  goalForDelivery,
  profileForDelivery,
} from '../ops/delivery';
import { type ActivityData, type GoalData, hasStanding } from '../ops/load';
import type { Attempt, Deliverer, Known, Landed } from '../ops/outbox';
import { personReached } from '../ops/personReached';
import { personInStep, rosterInStep } from '../ops/profiles';
import type { OpsDeps } from '../ops/types';
import { activityCard } from './actions/activityShared';
import { goalCard } from './actions/goalShared';
import { invitationCard } from './invitation';
import { type Delivery, type Notifier, unreachable } from './notify';
import type { GraphReach } from './reach';
import { localVars } from './texts';

/** An item an effect is about, as it is stored now. */
type Item =
  | { kind: 'goal'; doc: GoalData['doc']; goal: GoalData }
  | { kind: 'activity'; doc: ActivityData['doc']; activity: ActivityData };

/** The writer's copy of an item as an `Item`. */
function itemOf(known: Known): Item {
  const { doc, profile, open } = known;
  return doc.kind === 'goal'
    ? { kind: 'goal', doc, goal: { doc, profile, ...(open ? { open } : {}) } }
    : { kind: 'activity', doc, activity: { doc, profile } };
}

/**
 * A passing failure is tried again (no status: a timeout or a dropped connection; 429 and 412, as
 * Microsoft's rate-limit guidance for bots asks; 5xx); anything else Teams refuses (blocked, gone,
 * too large) will not change by trying again.
 */
const passing = (d: Delivery): boolean =>
  !d.ok && (d.status === undefined || d.status === 429 || d.status === 412 || d.status >= 500);

/**
 * Delivers one outbox entry (see `ops/outbox.ts`): cards and notices to other people in their own
 * 1:1 chat and language, and redraws of cards posted earlier. Everything is drawn from the stored
 * state at delivery time, so a card never shows an older state than the store holds.
 */
export class BotDeliverer implements Deliverer {
  private deps?: OpsDeps;
  /** Items read (or handed over by the writer) in the last moments, by entry: shared by its effects. */
  private readonly recent = new Map<string, { at: number; item: Promise<Item | undefined> }>();

  constructor(
    private readonly notifier: Notifier,
    /** Installs the app for someone who has never opened it (Microsoft Graph), when configured. */
    private readonly graph?: GraphReach,
  ) {}

  /** The operations' services, once they exist. */
  attach(deps: OpsDeps): this {
    this.deps = deps;
    return this;
  }

  private get ops(): OpsDeps {
    if (!this.deps) throw new Error('deliverer used before it was attached');
    return this.deps;
  }

  /**
   * Whether the person a card goes to still has a role for the LIS when it is delivered: roles change
   * between a request and its delivery (a supervisor removed, a reminder to them), and a card of the
   * LIS goes to nobody without one.
   */
  private stillStands(aadObjectId: string, profile: TraineeProfile, entry: OutboxEntry): boolean {
    if (hasStanding(aadObjectId, profile, this.today())) return true;
    this.ops.log.info(
      { outboxId: entry.id, traineeId: profile.traineeId },
      'card not sent: no role any more',
    );
    return false;
  }

  private today(): string {
    return norwayDate(this.ops.now());
  }

  /** A person's 1:1 conversation: the copy on the profile's role, else their own person document. */
  private async reach(
    aadObjectId: string,
    profile?: TraineeProfile,
  ): Promise<StoredConversation | undefined> {
    const onProfile =
      profile?.aadObjectId === aadObjectId
        ? profile.conversation
        : profile?.roles.find((r) => r.aadObjectId === aadObjectId && r.conversation)?.conversation;
    return onProfile ?? (await conversationOf(this.ops, aadObjectId));
  }
  /**
   * Where to send a card for someone: their chat with the bot, or, if they have none and the app
   * may install itself, the chat that installing it opens. When the tenant does not allow that,
   * the LIS who asked is told so (with what to do); otherwise they were told at once.
   */
  private async reachOrInstall(aadObjectId: string, profile: TraineeProfile, name?: string) {
    const known = await this.reach(aadObjectId, profile);
    if (known || !this.graph) return known;
    const opened = await this.graph.open(aadObjectId);
    if (opened.ok) {
      await personReached(
        this.ops,
        { aadObjectId, name: name ?? '' },
        opened.conversation,
        this.ops.now().toISOString(),
      );
      return opened.conversation;
    }
    const lis = profile.aadObjectId !== aadObjectId ? profile.conversation : undefined;
    if (lis) {
      const lang = langOf(lis.locale);
      const key = opened.reason === 'not_allowed' ? 'notAllowedToInstall' : 'notDelivered';
      await this.notifier.send(lis, t(lang, key, { name: md(name || t(lang, 'aPerson')) }));
    }
    return undefined;
  }

  /**
   * One attempt. A passing failure answers `retry`, unless it is the last attempt: then the person
   * who asked is told that the message did not arrive, and the entry is given up.
   */
  async deliver(
    entry: Stored<OutboxEntry>,
    index: number,
    last: boolean,
    known?: Known,
  ): Promise<Attempt | Landed> {
    const e = entry.effects[index];
    const deps = this.ops;
    if (!e) return 'done';
    const settle = async (
      sent: Delivery,
      to: string,
      profile?: TraineeProfile,
      name?: string,
    ): Promise<Attempt> => {
      if (sent.ok) return 'done';
      if (passing(sent) && !last) return 'retry';
      if (profile) await this.notDelivered(to, sent, profile, name);
      else if (unreachable(sent)) await conversationGone(deps, to, deps.now().toISOString());
      return passing(sent) ? 'gave_up' : 'done';
    };
    switch (e.kind) {
      case 'activity_card': {
        // The item as the writer just committed it, or read once for all the entry's effects.
        const found = await this.item(entry, e.activityId, known);
        const l = found?.kind === 'activity' ? found.activity : undefined;
        if (!l || !this.stillStands(e.to, l.profile, entry)) return 'done';
        // The supervisor asked to sign, or the leader asked to mark it as met.
        const name = l.profile.roles.find((r) => r.aadObjectId === e.to)?.name ?? l.doc.supervisor?.name;
        const to = await this.reachOrInstall(e.to, l.profile, name);
        if (!to) return 'done';
        const lang = langOf(to.locale);
        const card = activityCard({ deps, lang, today: this.today() }, l, { aadObjectId: e.to });
        const trainee = md(l.profile.name);
        const text = e.confirm
          ? t(lang, 'confirmRecordAsk', { name: md(l.doc.supervisor?.name ?? '') })
          : e.reminder
            ? t(lang, 'reminderActivity', { trainee })
            : t(lang, l.doc.status === 'pending_met' ? 'askMetActivity' : 'askActivity', { trainee });
        const sent = await this.notifier.send(to, text, card);
        if (sent.ok && sent.message && !e.reminder)
          return { target: l.doc.id, message: { ...sent.message, for: e.to } };
        return settle(sent, e.to, l.profile, name);
      }
      case 'goal_card': {
        const found = await this.item(entry, e.goalId, known);
        const l = found?.kind === 'goal' ? found.goal : undefined;
        if (!l || !this.stillStands(e.to, l.profile, entry)) return 'done';
        const to = await this.reachOrInstall(
          e.to,
          l.profile,
          l.profile.roles.find((r) => r.aadObjectId === e.to)?.name,
        );
        if (!to) return 'done';
        const lang = langOf(to.locale);
        const trainee = md(l.profile.name);
        if (e.with?.length) {
          const { title, card } = this.runNotice(lang, l, e.with);
          return settle(await this.notifier.send(to, title, card), e.to, l.profile, trainee);
        }
        const card = goalCard({ deps, lang, today: this.today() }, l, { aadObjectId: e.to });
        const text = t(lang, e.reminder ? 'reminderGoal' : 'askGoal', { trainee });
        const sent = await this.notifier.send(to, text, card);
        if (sent.ok && sent.message && !e.reminder)
          return { target: l.doc.id, message: { ...sent.message, for: e.to } };
        const name = l.profile.roles.find((r) => r.aadObjectId === e.to)?.name;
        return settle(sent, e.to, l.profile, name);
      }
      case 'remember_card':
        return { target: e.target, message: e.message };
      case 'redraw':
        return this.redraw(await this.item(entry, e.target, known), e.origin, last);
      case 'outcome_to_lis': {
        const found = await this.item(entry, e.target, known);
        const sent = await this.tellLis(found, e.with);
        if (!found || !sent) return 'done';
        return settle(sent, (found.kind === 'goal' ? found.goal : found.activity).profile.aadObjectId);
      }
      case 'invitation': {
        const profile = await profileForDelivery(deps, e.traineeId);
        const invitation = profile?.roles.find((r) => r.invitationId === e.invitationId);
        if (!profile || !invitation) return 'done';
        const to = await this.reachOrInstall(e.to, profile, invitation.name);
        if (!to) return 'done';
        const lang = langOf(to.locale);
        const role = t(lang, `role_${invitation.role}`);
        const sent = await this.notifier.send(
          to,
          t(lang, 'invitationText', { trainee: md(profile.name), role }),
          invitationCard(profile, invitation, lang),
        );
        return settle(sent, e.to, profile, invitation.name);
      }
      // Stored before the notices of a role's change: the person's index is written after the profile.
      case 'person_index': {
        const profile = await profileForDelivery(deps, e.traineeId);
        if (profile)
          await personInStep(deps, { aadObjectId: e.to, name: e.name }, profile, deps.now().toISOString());
        return 'done';
      }
      case 'roster': {
        const profile = await profileForDelivery(deps, e.traineeId);
        if (profile) await rosterInStep(deps, e.traineeId, profile.employer.unitId, e.left);
        return 'done';
      }
      case 'text': {
        const to = await this.reach(e.to);
        if (!to) return 'done';
        const lang = langOf(to.locale);
        const sent = await this.notifier.send(to, t(lang, e.text, localVars(lang, e.vars)));
        return settle(sent, e.to);
      }
    }
  }

  /**
   * A card did not reach the person it was for: if Teams says they blocked or removed the app, their
   * stored conversation is forgotten; either way the LIS who asked is told the truth in their chat.
   */
  private async notDelivered(
    to: string,
    sent: Delivery,
    profile: TraineeProfile,
    name?: string,
  ): Promise<void> {
    if (unreachable(sent)) await conversationGone(this.ops, to, this.ops.now().toISOString());
    const lis = profile.aadObjectId !== to ? profile.conversation : undefined;
    if (!lis) return;
    const lang = langOf(lis.locale);
    await this.notifier.send(lis, t(lang, 'notDelivered', { name: md(name || t(lang, 'aPerson')) }));
  }

  /**
   * The item an effect is about, as stored now. The effects of one entry (a redraw, then the notice
   * to the LIS) share one read of it, made a moment ago, or the item as the writer just committed
   * it (a retry later reads again).
   */
  private async item(entry: Stored<OutboxEntry>, target: string, known?: Known): Promise<Item | undefined> {
    const now = Date.now();
    for (const [k, v] of this.recent) if (now - v.at > 2000) this.recent.delete(k);
    const key = `${entry.id}\u0000${target}`;
    const seen = this.recent.get(key);
    if (seen) return seen.item;
    const item =
      known && known.doc.id === target && known.doc.traineeId === entry.traineeId
        ? Promise.resolve(itemOf(known))
        : this.load(entry.traineeId, target);
    this.recent.set(key, { at: now, item });
    return item;
  }

  private async load(traineeId: string, target: string): Promise<Item | undefined> {
    const deps = this.ops;
    if (parseGoalDocId(target)) {
      const g = await goalForDelivery(deps, traineeId, target);
      return g && { kind: 'goal' as const, doc: g.doc, goal: g };
    }
    const a = await activityForDelivery(deps, traineeId, target);
    return a && { kind: 'activity' as const, doc: a.doc, activity: a };
  }

  /**
   * Redraws every card posted about the item, and the one the change was made from, for everyone
   * in those chats. A card in someone's 1:1 chat is drawn for that person (`m.for`).
   */
  private async redraw(
    item: Item | undefined,
    origin: CardMessage | undefined,
    last: boolean,
  ): Promise<Attempt> {
    if (!item) return 'done';
    const messages = await cardsFor(this.ops, item.doc);
    if (
      origin &&
      !messages.some((m) => m.activityId === origin.activityId && m.conversationId === origin.conversationId)
    )
      messages.push(origin);
    const today = this.today();
    for (const m of messages) {
      const viewer = m.for ? { aadObjectId: m.for } : null;
      const to = m.for ? await this.reach(m.for) : undefined;
      const ctx = { deps: this.ops, lang: langOf(to?.locale), today };
      const card =
        item.kind === 'goal'
          ? goalCard(ctx, item.goal, viewer)
          : activityCard(ctx, item.activity, viewer, undefined, m.for);
      const updated = await this.notifier.update(m, card);
      // A redraw is safe to repeat: a passing failure redraws them all again later.
      if (passing(updated) && !last) return 'retry';
    }
    return 'done';
  }

  /**
   * One message for goals sent together in one run (`l` the last of them, `before` the others):
   * approvals made earlier elsewhere that the LIS states (with where and by whom), or requests for
   * approval ("Be om godkjenning for alle klare"); and the way to the inbox, where each is decided.
   */
  private runNotice(lang: Lang, l: GoalData, before: readonly string[]) {
    const goals = [...before, l.doc.id].flatMap((id) => parseGoalDocId(id) ?? []);
    const claim = l.doc.priorClaim;
    const trainee = md(l.profile.name);
    const title = t(lang, claim ? 'claimsTitle' : 'requestsTitle', { trainee, count: goals.length });
    const named = (g: { catalogId: string; goalId: string }) => {
      const goal = this.ops.catalogs.goal(g.catalogId, g.goalId);
      return goal ? `**${g.goalId}** ${md(goal.title)}` : `**${g.goalId}**`;
    };
    const lines = claim
      ? [
          priorClaimText(lang, 'claimsWhere', claim),
          goals.map((g) => g.goalId).join(', '),
          t(lang, 'claimsConfirm'),
        ]
      : [...goals.map(named), t(lang, 'requestsWhere')];
    const card = renderNoticeCard({
      title,
      style: 'accent',
      lines: lines.map((text) => ({ text })),
      facts: [],
      actions: [{ title: t(lang, 'showInbox'), verb: 'inbox.page', data: { page: 0 } }],
      confirms: [],
    });
    return { title, card };
  }

  /** Tells the LIS how their request ended, with the comment as written. */
  private async tellLis(
    item: Item | undefined,
    approvedBefore?: readonly string[],
  ): Promise<Delivery | undefined> {
    if (!item) return undefined;
    const profile = item.kind === 'goal' ? item.goal.profile : item.activity.profile;
    const to = profile.conversation;
    if (!to) return undefined;
    const lang = langOf(to.locale);
    if (item.kind === 'activity') {
      const d = item.doc.decision;
      if (!d) return undefined;
      const [titleKey, byKey] =
        d.outcome === 'signed'
          ? (['lisActivitySigned', 'signedBy'] as const)
          : d.outcome === 'met'
            ? (['lisActivityMet', 'metBy'] as const)
            : d.undid
              ? (['lisActivityUndone', 'undoneBy'] as const)
              : (['lisActivityReturned', 'returnedBy'] as const);
      const title = t(lang, titleKey, { name: md(d.byName) });
      const lines = [
        md(item.doc.description),
        t(lang, byKey, { name: md(d.byName), when: formatDateTime(lang, d.at) }),
        ...(d.comment ? [t(lang, 'quoted', { name: md(d.byName), text: md(d.comment) })] : []),
      ];
      return this.notifier.send(
        to,
        title,
        noticeCard(title, lines, d.outcome === 'returned' ? 'warning' : 'good'),
      );
    }
    const g = item.goal.doc;
    const d = g.status === 'approved' ? g.approval : g.returned;
    if (!d) return undefined;
    const approved = g.status === 'approved';
    // "Approve all": the goals approved just before this one in the same run, in one message.
    const goals = [
      ...(approved ? (approvedBefore ?? []) : []).flatMap((id) => parseGoalDocId(id) ?? []),
      { catalogId: g.catalogId, goalId: g.goalId },
    ];
    const title =
      goals.length > 1
        ? t(lang, 'lisGoalsApproved', { count: goals.length })
        : t(lang, approved ? 'lisGoalApproved' : g.returned?.undid ? 'lisGoalUndone' : 'lisGoalReturned');
    const lines = [
      ...goals.map(
        (x) => `**${x.goalId}** ${md(this.ops.catalogs.goal(x.catalogId, x.goalId)?.title ?? '')}`,
      ),
      t(lang, approved ? 'approvedBy' : g.returned?.undid ? 'goalUndoneBy' : 'goalReturnedBy', {
        name: md(d.byName),
        when: formatDateTime(lang, d.at),
      }),
      ...(d.comment ? [t(lang, 'quoted', { name: md(d.byName), text: md(d.comment) })] : []),
    ];
    return this.notifier.send(to, title, noticeCard(title, lines, approved ? 'good' : 'warning'));
  }
}
