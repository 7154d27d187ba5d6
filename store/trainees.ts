import type { OperationInput, PatchOperation, SqlQuerySpec } from '@azure/cosmos';
import { isOpenActivity, isSignedActivity, signedCounts } from '../core/activities';
import type { Effect } from '../core/effects';
import { basisRefOf, blankGoal, withBasis } from '../core/goals';
import type {
  ActivityKind,
  AdvisorySession,
  AuditEvent,
  CardMessage,
  CardRefs,
  GoalState,
  GoalSummary,
  LearningActivity,
  Milestone,
  OutboxEntry,
  Stored,
  TraineeProfile,
} from '../core/model';
import { goalDocId, summaryOf } from '../core/model';
import {
  fromCosmos,
  inParallel,
  MINIMAL_BATCH,
  PATCH_OPERATIONS_MAX,
  Repository,
  SYSTEM_PROPERTIES_BYTES,
  sizeOf,
  toCosmos,
} from './base';
import { ConflictError, StoreError } from './errors';
import { decodeSummary, encodeSummary, goalDocIdOfKey, type StoredSummary, summaryKey } from './summaryCodec';

/**
 * What the hot paths need about one LIS, in one point read: the profile, the goal states, the
 * activities waiting for a signature, and how many signed activities each goal has.
 */
export interface TraineeSnapshot {
  profile: Stored<TraineeProfile>;
  /** A summary of every goal with a state (the states themselves are documents of their own). */
  goals: GoalSummary[];
  /** Activities waiting for a supervisor's signature (the rest are documents of their own). */
  open: Stored<LearningActivity>[];
  /** Signed activities per goal (`goal:<catalog>:<goal>` → count). */
  signed: Record<string, number>;
}

/**
 * The LIS's own document (`id: "trainee"`, partition `/traineeId`). It holds only what the hot paths
 * need and what stays small whatever the LIS's age: the profile, a summary per goal (status and
 * dates: no names, no comments), the open activities and a count of signed activities per goal.
 * Goal states (with the basis of their approval), activities, audit events, outbox entries and card
 * references are documents of their own in the same partition: each decision is guarded by its
 * own item's ETag, so decisions on different items never block each other, and no write rewrites
 * a large document. The summaries and counts are patched without an ETag in the same batch as the
 * item, so they always agree with it.
 *
 * Why one document for the lists: "what is left?", the inbox and the tab need every goal's status,
 * and one point read beats a query (the embedded server answers a query by scanning every
 * document of the container).
 */
interface TraineeDocument {
  id: 'trainee';
  kind: 'trainee';
  traineeId: string;
  profile: TraineeProfile;
  /** `<catalogId>:<goalId>` → the goal's summary as a short string (`store/summaryCodec.ts`). */
  goals: Record<string, string | StoredSummary>;
  open: Record<string, LearningActivity>;
  /** `<catalogId>:<goalId>` → how many signed activities name the goal. */
  signed: Record<string, number>;
}

const DOC_ID = 'trainee';
/** Card messages kept per item: the ones a person could still have in view. */
export const CARD_REFS_MAX = 12;

/**
 * A change and everything that goes with it, written in one transactional batch in the LIS's
 * partition: the change (guarded by its ETag), its audit event and the outbox entries for what it
 * causes. All or nothing.
 */
export type Change =
  /** A goal state: created (`before` absent or never stored) or replaced guarded by its own ETag. */
  | { kind: 'goal'; goal: GoalState; before?: Stored<GoalState> }
  /** An activity: created (`before` absent) or replaced guarded by its own ETag. */
  | { kind: 'activity'; activity: LearningActivity; before?: Stored<LearningActivity> }
  /** Nothing changes but something happened that the trail must show (an export): the audit event alone. */
  | { kind: 'event'; traineeId: string }
  /** An advisory session: created, or replaced guarded by its own ETag. */
  | { kind: 'session'; session: AdvisorySession; before?: Stored<AdvisorySession> }
  /** The profile: a patch of the LIS's document, guarded by its ETag. */
  | { kind: 'profile'; profile: TraineeProfile; etag: string }
  /** A new LIS: the document is created. */
  | { kind: 'new_trainee'; profile: TraineeProfile };

export interface Commit {
  change: Change;
  /** Every decision has one; a copy of contact details is not a decision and has none (nor effects). */
  audit?: AuditEvent;
  effects: readonly Effect[];
  /** Who delivers the outbox entries first (the instance writing them). */
  lease?: { owner: string; until: string };
}

export interface Committed<T> {
  saved: Stored<T>;
  outbox: Stored<OutboxEntry>[];
}

/** The audit trail by one indexed field (each spelled out, so the index check reads every query's filters). */
const AUDIT_WHERE = {
  target: "SELECT * FROM c WHERE c.traineeId = @t AND c.kind = 'audit' AND c.target = @v",
  actor: "SELECT * FROM c WHERE c.traineeId = @t AND c.kind = 'audit' AND c.actor = @v",
} as const;

export class TraineeRepository extends Repository {
  private async document(traineeId: string): Promise<Stored<TraineeDocument> | undefined> {
    return this.read<TraineeDocument>(DOC_ID, traineeId, 'trainee');
  }

  async getProfile(traineeId: string): Promise<Stored<TraineeProfile> | undefined> {
    const doc = await this.document(traineeId);
    return doc ? { ...doc.profile, etag: doc.etag } : undefined;
  }

  /** The profile and the activities waiting for someone (signing, or the LIS after a return): one read. */
  async profileAndOpen(
    traineeId: string,
  ): Promise<{ profile: Stored<TraineeProfile>; open: LearningActivity[] } | undefined> {
    const doc = await this.document(traineeId);
    return doc
      ? { profile: { ...doc.profile, etag: doc.etag }, open: Object.values(doc.open ?? {}) }
      : undefined;
  }

  async snapshot(traineeId: string): Promise<TraineeSnapshot | undefined> {
    const doc = await this.document(traineeId);
    if (!doc) return undefined;
    const etag = doc.etag;
    // Keys written before the summaries were shortened start with `goal:`; a newer key wins.
    // (A plain loop: every hot path decodes every goal of the LIS here.)
    const goals = new Map<string, GoalSummary>();
    for (const key in doc.goals) {
      const legacy = key.startsWith('goal:');
      const id = legacy ? key : `goal:${key}`;
      if (legacy && goals.has(id)) continue;
      const cut = id.lastIndexOf(':');
      const summary = decodeSummary(doc.goals[key] as string | StoredSummary) as GoalSummary;
      summary.id = id;
      summary.catalogId = id.slice(5, cut);
      summary.goalId = id.slice(cut + 1);
      goals.set(id, summary);
    }
    const signed: Record<string, number> = {};
    for (const [key, n] of Object.entries(doc.signed ?? {})) {
      const id = goalDocIdOfKey(key);
      signed[id] = (signed[id] ?? 0) + n;
    }
    return {
      profile: { ...doc.profile, etag },
      goals: [...goals.values()],
      open: Object.values(doc.open ?? {}).map((a) => ({ ...a, etag: '' })),
      signed,
    };
  }

  /** One goal state, with its own ETag (`goal:<catalog>:<goal>`). */
  async getGoal(traineeId: string, id: string): Promise<Stored<GoalState> | undefined> {
    const g = await this.read<GoalState>(id, traineeId, 'goal');
    return g?.kind === 'goal' ? g : undefined;
  }

  /** One advisory session, with its own ETag. */
  async getSession(traineeId: string, id: string): Promise<Stored<AdvisorySession> | undefined> {
    const d = await this.read<AdvisorySession>(id, traineeId, 'session');
    return d?.kind === 'session' ? d : undefined;
  }

  /** One activity, with its own ETag. */
  async getActivity(traineeId: string, id: string): Promise<Stored<LearningActivity> | undefined> {
    return this.read<LearningActivity>(id, traineeId, 'activity');
  }

  /** One audit event by its id: a retried request finds the one it wrote the first time. */
  async getAudit(traineeId: string, id: string): Promise<Stored<AuditEvent> | undefined> {
    const e = await this.read<AuditEvent>(id, traineeId, 'audit');
    return e?.kind === 'audit' ? e : undefined;
  }

  /** Every activity of one LIS, newest first (a query in one partition: the tab's full list and exports). */
  async activities(traineeId: string): Promise<Stored<LearningActivity>[]> {
    const found = await this.documents<LearningActivity>(traineeId, 'activity');
    return found.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  }

  /**
   * Writes a change, its audit event and its outbox entries in one transactional batch. Throws
   * `ConflictError` when the guarded write finds the document changed, the activity to create
   * already exists, or the audit id was already used; nothing is written then.
   */
  async commit<T>(c: Commit): Promise<Committed<T>> {
    const traineeId = traineeOf(c.change);
    if (c.audit && c.audit.traineeId !== traineeId) throw new StoreError('batch', 'partition');
    if (!c.audit && c.effects.length > 0) throw new StoreError('batch', 'effects without an audit event');
    if (c.change.kind === 'event' && !c.audit)
      throw new StoreError('batch', 'an event without its audit event');
    const ops: OperationInput[] = c.change.kind === 'event' ? [] : [this.mainWrite(c.change)];
    if (c.change.kind === 'activity') {
      const patch = openAndSigned(c.change.before, c.change.activity);
      // Withdrawn after it was signed (the LIS disputed a supervisor's record): out of the goals' basis again.
      if (!isSignedActivity(c.change.activity) && isSignedActivity(c.change.before))
        ops.push(...(await this.basisRemovals(c.change.activity)));
      if (isSignedActivity(c.change.activity) && !isSignedActivity(c.change.before)) {
        const basis = await this.basisWrites(c.change.activity);
        ops.push(...basis.ops);
        // A goal a signed activity starts is in progress, in the LIS's list too.
        for (const g of basis.started)
          patch.push({
            op: 'set',
            path: `/goals/${pointer(summaryKey(g.id))}`,
            value: encodeSummary(stored(summaryOf(g))),
          });
      }
      // At most 10 operations a patch (an activity may name up to 20 goals): several patches, one batch.
      for (let i = 0; i < patch.length; i += PATCH_OPERATIONS_MAX)
        ops.push({
          operationType: 'Patch',
          id: DOC_ID,
          resourceBody: { operations: patch.slice(i, i + PATCH_OPERATIONS_MAX) },
        });
    }
    if (c.change.kind === 'goal')
      ops.push({
        operationType: 'Patch',
        id: DOC_ID,
        resourceBody: {
          operations: [
            {
              op: 'set',
              path: `/goals/${pointer(summaryKey(c.change.goal.id))}`,
              value: encodeSummary(stored(summaryOf(c.change.goal))),
            },
          ],
        },
      });
    if (c.audit) ops.push({ operationType: 'Create', resourceBody: toCosmos(c.audit) });
    const outbox = c.audit ? outboxEntries(c.audit, c.effects, c.lease) : [];
    for (const e of outbox) ops.push({ operationType: 'Create', resourceBody: toCosmos(e) });

    // Nothing is asked back: the app keeps what it wrote (the LIS's document would come back whole).
    // A batch is charged as its operations are: each a write of the document it leaves.
    const etags = await this.transact(ops, traineeId, (op) => [
      this.writtenSize(op, traineeId),
      `${kindOfId(op)} (batch)`,
    ]);
    const own = etags.slice(ops.length - outbox.length);
    return {
      saved: savedOf<T>(c, etags[0] ?? ''),
      outbox: outbox.map((e, i) => ({ ...e, etag: own[i] ?? '' })),
    };
  }

  /**
   * A newly signed activity joins the basis of each goal it names: appended to the goal's document
   * without an ETag (appends commute). A goal not started yet is started by it (in progress): a
   * new state is created, or the not-started one changed guarded by its ETag, so a request made
   * meanwhile is never undone; a goal created or changed meanwhile makes the batch fail, and the
   * decision is tried again on fresh reads.
   */
  private async basisWrites(a: LearningActivity): Promise<{ ops: OperationInput[]; started: GoalState[] }> {
    const ref = basisRefOf(a);
    const at = a.decision?.at ?? a.createdAt;
    const goals = await this.goalsNamed(a);
    const started: GoalState[] = [];
    const ops = a.goals.map((r, i): OperationInput => {
      const existing = goals[i];
      if (!existing) {
        const goal: GoalState = {
          ...blankGoal(a.traineeId, r, at),
          status: 'in_progress',
          rev: 1,
          basis: [ref],
        };
        started.push(goal);
        return { operationType: 'Create', resourceBody: toCosmos(goal) };
      }
      const append: PatchOperation = existing.basis
        ? { op: 'add', path: '/basis/-', value: ref }
        : { op: 'set', path: '/basis', value: [ref] };
      if (existing.status !== 'not_started')
        return { operationType: 'Patch', id: existing.id, resourceBody: { operations: [append] } };
      const { etag: _e, ...state } = existing;
      started.push({ ...state, status: 'in_progress', rev: existing.rev + 1, updatedAt: at });
      return {
        operationType: 'Patch',
        id: existing.id,
        ifMatch: existing.etag,
        resourceBody: {
          operations: [
            append,
            { op: 'set', path: '/status', value: 'in_progress' },
            { op: 'set', path: '/rev', value: existing.rev + 1 },
            { op: 'set', path: '/updatedAt', value: at },
          ],
        },
      };
    });
    return { ops, started };
  }

  /** The states of the goals an activity names (undefined where a goal has none), in its order. */
  private goalsNamed(a: LearningActivity): Promise<(Stored<GoalState> | undefined)[]> {
    return Promise.all(a.goals.map((g) => this.getGoal(a.traineeId, goalDocId(g.catalogId, g.goalId))));
  }

  /** An activity leaves the basis of the goals it names: each rewritten guarded by its ETag. */
  private async basisRemovals(a: LearningActivity): Promise<OperationInput[]> {
    const goals = await this.goalsNamed(a);
    return goals
      .filter((g): g is Stored<GoalState> => !!g?.basis?.some((b) => b.activityId === a.id))
      .map((g) => ({
        operationType: 'Replace',
        id: g.id,
        ifMatch: g.etag,
        resourceBody: toCosmos({ ...strip(g), basis: (g.basis ?? []).filter((b) => b.activityId !== a.id) }),
      }));
  }

  private mainWrite(change: Change): OperationInput {
    switch (change.kind) {
      case 'goal':
        // A goal state read but never stored (not started) carries no ETag: created.
        return createOrReplace(change.goal, change.before?.etag || undefined);
      case 'profile':
        return {
          operationType: 'Patch',
          id: DOC_ID,
          ifMatch: change.etag,
          resourceBody: { operations: [{ op: 'set', path: '/profile', value: strip(change.profile) }] },
        };
      case 'new_trainee':
        return { operationType: 'Create', resourceBody: toCosmos(traineeDocument(change.profile, [], [])) };
      case 'activity':
        return createOrReplace(change.activity, change.before?.etag);
      case 'session':
        return createOrReplace(change.session, change.before?.etag);
      case 'event':
        throw new StoreError('batch', 'an event has no document of its own');
    }
  }

  /** The size of the document a batch operation leaves: what was sent, or for a patch the document as read. */
  private writtenSize(op: OperationInput, traineeId: string): number {
    if (op.operationType === 'Patch' || op.operationType === 'Delete')
      return this.sizeAsRead(traineeId, op.id);
    return 'resourceBody' in op ? sizeOf(op.resourceBody) + SYSTEM_PROPERTIES_BYTES : 0;
  }

  /** The card messages that show an item (none: no document). */
  async cardsOf(traineeId: string, target: string): Promise<CardMessage[]> {
    return (await this.read<CardRefs>(cardsId(target), traineeId, 'cards'))?.messages ?? [];
  }

  /**
   * Remembers where a card about an item was posted. Not a decision: its own small document,
   * so it never blocks one; the newest `CARD_REFS_MAX` are kept.
   */
  async addCardMessage(traineeId: string, target: string, message: CardMessage): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const doc = await this.read<CardRefs>(cardsId(target), traineeId, 'cards');
      const same = (m: CardMessage) =>
        m.activityId === message.activityId && m.conversationId === message.conversationId;
      if (doc?.messages.some(same)) return;
      try {
        if (!doc)
          await this.create<CardRefs>(
            { kind: 'cards', id: cardsId(target), traineeId, target, messages: [message] },
            'cards',
          );
        else
          await this.replace<CardRefs>(
            { ...doc, messages: [...doc.messages, message].slice(-CARD_REFS_MAX) },
            traineeId,
            'cards',
          );
        return;
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 5) throw err;
      }
    }
  }

  /** The card references of an item as stored (with their ETag), read before a card is sent. */
  cardRefs(traineeId: string, target: string): Promise<Stored<CardRefs> | undefined> {
    return this.read<CardRefs>(cardsId(target), traineeId, 'cards');
  }

  /**
   * Records that a send went out: the entry's progress (or its removal, `remove`, when nothing
   * follows), guarded by its ETag, in one batch with the cards its effects left to remember
   * (`cards`: added to the item's references as read at the start of the delivery). One round trip
   * right after the send, so a crash repeats a message Teams accepted only if it falls in that
   * trip; and an item's card references are written once per entry, not once per card. If the
   * references changed meanwhile, they are written apart, first (remembering a card twice is
   * harmless).
   */
  async settleOutbox(
    next: Stored<OutboxEntry>,
    remove: boolean,
    cards?: CardsToRemember,
  ): Promise<Stored<OutboxEntry>> {
    const entryAlone = async () => {
      if (!remove) return this.saveOutbox(next);
      await this.deleteOutbox(next);
      return next;
    };
    const write = cards?.messages.length ? cardsWrite(next.traineeId, cards) : 'same';
    if (write === 'same') return entryAlone();
    const alone = async () => {
      for (const m of cards?.messages ?? []) await this.addCardMessage(next.traineeId, write.target, m);
      return entryAlone();
    };
    const { etag, ...entry } = next;
    // A batch's Delete takes `ifMatch` like its other operations (the SDK's type leaves it out).
    const guardedDelete = { operationType: 'Delete', id: next.id, ifMatch: etag } as OperationInput;
    const ops: OperationInput[] = [
      remove
        ? guardedDelete
        : { operationType: 'Replace', id: next.id, ifMatch: etag, resourceBody: toCosmos(entry) },
      write.op,
    ];
    this.metrics.requests++;
    let results: { statusCode: number; eTag?: string }[];
    try {
      const res = await this.container.items.batch(ops, next.traineeId, MINIMAL_BATCH);
      results = (res.result ?? []) as typeof results;
    } catch {
      return alone();
    }
    if (results.length !== ops.length || results.some((r) => r.statusCode >= 400)) return alone();
    ops.forEach((op, i) => {
      const what = i === 0 ? (remove ? 'outbox (delete)' : 'outbox (batch)') : 'cards (batch)';
      this.metrics.write(remove && i === 0 ? sizeOf(entry) : this.writtenSize(op, next.traineeId), what);
    });
    return remove ? next : { ...entry, etag: String(results[0]?.eTag ?? '') };
  }

  /** Whole LIS at once (seeding): their document, then their activities, many in flight. */
  async createTrainees(
    seeds: { profile: TraineeProfile; goals: GoalState[]; activities: LearningActivity[] }[],
  ): Promise<void> {
    const goals = seeds.map((s) =>
      withBasis(s.profile.traineeId, s.goals, s.activities, s.profile.createdAt),
    );
    await this.bulkCreate(
      seeds.map((s, i) => traineeDocument(s.profile, goals[i] ?? [], s.activities)),
      'trainee',
    );
    await this.bulkCreate(goals.flat(), 'goal');
    await this.bulkCreate(
      seeds.flatMap((s) => s.activities),
      'activity',
    );
  }

  /** Every document of one LIS, of one kind (consistency checks, the crash suite): a query, never a hot path. */
  async documents<D>(traineeId: string, kind: string): Promise<Stored<D>[]> {
    return this.query<D>(
      'SELECT * FROM c WHERE c.traineeId = @t AND c.kind = @k',
      [
        { name: '@t', value: traineeId },
        { name: '@k', value: kind },
      ],
      traineeId,
      kind,
    );
  }

  /**
   * A LIS's newest learning activities, by date (`max` of them): one single-partition query with TOP,
   * so a LIS with years of activities costs no more than a new one (`/date/?` is indexed for the order).
   */
  async recentActivities(
    traineeId: string,
    max: number,
    /** Older ones: dated on or before `date`, except those already shown (`skip`, of that date). */
    before?: { date: string; skip: readonly string[] },
  ): Promise<Stored<LearningActivity>[]> {
    const top = Math.max(1, Math.min(100, Math.floor(max)));
    const older = before ? ' AND c.date <= @d AND NOT ARRAY_CONTAINS(@skip, c.id)' : '';
    return this.query<LearningActivity>(
      `SELECT TOP ${top} * FROM c WHERE c.traineeId = @t AND c.kind = 'activity'${older} ORDER BY c.date DESC`,
      [
        { name: '@t', value: traineeId },
        ...(before
          ? [
              { name: '@d', value: before.date },
              { name: '@skip', value: [...before.skip] },
            ]
          : []),
      ],
      traineeId,
      'activity',
    );
  }

  /** Card references for many items at once (seeding a benchmark population). */
  async createCards(
    items: readonly { traineeId: string; target: string; message: CardMessage }[],
  ): Promise<void> {
    await this.bulkCreate(
      items.map(({ traineeId, target, message }) => ({
        kind: 'cards',
        id: cardsId(target),
        traineeId,
        target,
        messages: [message],
      })),
      'cards',
    );
  }

  /**
   * The largest of the given documents of one LIS and its size in bytes as stored (the benchmark's
   * figure). Point reads: a query would scan the whole container on the embedded server.
   */
  async largestDocument(traineeId: string, ids: readonly string[]): Promise<{ id: string; bytes: number }> {
    let largest = { id: '', bytes: 0 };
    await inParallel(ids, 16, async (id) => {
      const doc = await this.read<{ id: string }>(id, traineeId, 'document');
      const bytes = doc ? sizeOf(toCosmos(doc)) : 0;
      if (bytes > largest.bytes) largest = { id, bytes };
    });
    return largest;
  }

  /** The whole audit trail of one LIS, oldest first (a query in one partition: exports and checks, never a hot path). */
  async auditTrail(traineeId: string): Promise<Stored<AuditEvent>[]> {
    const events = await this.documents<AuditEvent>(traineeId, 'audit');
    return events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }

  /** The audit trail of one goal or activity, oldest first (a query: shown on request, not on a hot path). */
  auditOf(traineeId: string, target: string): Promise<Stored<AuditEvent>[]> {
    return this.auditWhere(traineeId, 'target', target);
  }

  /** A LIS's audit events with one indexed field equal to a value, oldest first (a query in its partition). */
  private async auditWhere(
    traineeId: string,
    field: keyof typeof AUDIT_WHERE,
    value: string,
  ): Promise<Stored<AuditEvent>[]> {
    const events = await this.query<AuditEvent>(
      AUDIT_WHERE[field],
      [
        { name: '@t', value: traineeId },
        { name: '@v', value },
      ],
      traineeId,
      'audit',
    );
    return events.sort((a, b) => a.at.localeCompare(b.at));
  }

  /** A LIS's activities of one kind (their courses, say): a query in the LIS's partition, on request. */
  async activitiesOfKind(traineeId: string, activityKind: ActivityKind): Promise<Stored<LearningActivity>[]> {
    return this.query<LearningActivity>(
      "SELECT * FROM c WHERE c.traineeId = @t AND c.kind = 'activity' AND c.activityKind = @k",
      [
        { name: '@t', value: traineeId },
        { name: '@k', value: activityKind },
      ],
      traineeId,
      'activity',
    );
  }

  /**
   * The records a supervisor made for the LIS that wait for the LIS to confirm them (a query in the
   * LIS's partition: only when the LIS asks what waits for them). They are signed, so not among the
   * open activities of the LIS's document.
   */
  async recordsToConfirm(traineeId: string): Promise<Stored<LearningActivity>[]> {
    return this.query<LearningActivity>(
      "SELECT * FROM c WHERE c.traineeId = @t AND c.kind = 'activity' AND c.byLis = 'pending'",
      [{ name: '@t', value: traineeId }],
      traineeId,
      'activity',
    );
  }

  /** What one person did for one LIS, as the audit trail has it, oldest first (a query: asked for, not a hot path). */
  auditByActor(traineeId: string, actor: string): Promise<Stored<AuditEvent>[]> {
    return this.auditWhere(traineeId, 'actor', actor);
  }

  /** The activities of one LIS that a person signed, sent back or marked as met (a query: asked for, not a hot path). */
  async activitiesDecidedBy(traineeId: string, by: string): Promise<Stored<LearningActivity>[]> {
    return this.query<LearningActivity>(
      // `by` is a keyword of Cosmos DB's SQL: the property is named in brackets.
      `SELECT * FROM c WHERE c.traineeId = @t AND c.kind = 'activity' AND c.decision["by"] = @by`,
      [
        { name: '@t', value: traineeId },
        { name: '@by', value: by },
      ],
      traineeId,
      'activity',
    );
  }

  /** What a delegate did on a leader's behalf for one LIS, oldest first (a query: asked for, not a hot path). */
  async auditOnBehalfOf(traineeId: string, leader: string): Promise<Stored<AuditEvent>[]> {
    const events = await this.query<AuditEvent>(
      "SELECT * FROM c WHERE c.traineeId = @t AND c.kind = 'audit' AND c.onBehalfOf = @leader",
      [
        { name: '@t', value: traineeId },
        { name: '@leader', value: leader },
      ],
      traineeId,
      'audit',
    );
    return events.sort((a, b) => a.at.localeCompare(b.at));
  }

  /**
   * Every LIS with milestones, and their milestones only (a projection: the milestone sweep, a few
   * times a day; never a hot path).
   */
  async milestonesOfAll(): Promise<{ traineeId: string; milestones: Milestone[] }[]> {
    const rows = await this.sweepQuery<{ traineeId: string; milestones?: Milestone[] }>(
      { query: "SELECT c.traineeId, c.profile.milestones AS milestones FROM c WHERE c.kind = 'trainee'" },
      'milestones',
    );
    return rows.flatMap((r) =>
      r.milestones?.length ? [{ traineeId: r.traineeId, milestones: r.milestones }] : [],
    );
  }

  /**
   * The LIS with invitations that ran out unanswered before `now` and were not yet told of, across
   * all LIS (the hourly sweep; never a hot path): only those invitations are read, not the profiles.
   */
  async lapsedInvitations(now: string): Promise<string[]> {
    const rows = await this.sweepQuery<{ traineeId: string }>(
      {
        query:
          "SELECT c.traineeId FROM c JOIN r IN c.profile.roles WHERE c.kind = 'trainee' AND r.state = 'invited' AND r.expiresAt < @now AND NOT IS_DEFINED(r.lapseToldAt)",
        parameters: [{ name: '@now', value: now }],
      },
      'invitations',
    );
    return [...new Set(rows.map((r) => r.traineeId))];
  }

  /**
   * Advisory sessions held before `today` whose minutes are not finalised, across all LIS (the
   * daily reminder's sweep; never a hot path). Few at any time: a session leaves the list when its
   * minutes are finalised or it is called off.
   */
  async sessionsWithoutMinutes(today: string): Promise<Stored<AdvisorySession>[]> {
    const rows = await this.sweepQuery<AdvisorySession & { _etag: string }>(
      {
        query:
          "SELECT * FROM c WHERE c.kind = 'session' AND c.date < @today AND NOT IS_DEFINED(c.finalisedAt) AND NOT IS_DEFINED(c.cancelled.at)",
        parameters: [{ name: '@today', value: today }],
      },
      'sessions',
    );
    return rows.map((r) => fromCosmos<AdvisorySession>(r));
  }

  /** A sweep's query across all partitions, every page of it, counted in the metrics under `what`. */
  private async sweepQuery<R>(spec: SqlQuerySpec, what: string): Promise<R[]> {
    const out: R[] = [];
    try {
      const iterator = this.container.items.query<R>(spec, { maxItemCount: 1000 });
      while (iterator.hasMoreResults()) {
        this.metrics.requests++;
        const page = await iterator.fetchNext();
        this.metrics.query(Math.max(0, sizeOf(page.resources) - 2), what);
        out.push(...(page.resources ?? []));
      }
    } catch (err) {
      throw new StoreError(`query ${what}`, (err as { code?: number }).code, { cause: err });
    }
    return out;
  }

  /**
   * Outbox entries not yet delivered nor given up, across all LIS, oldest first (the outbox's
   * sweep; never a hot path). Page by page until `limit`: across partitions a page may be empty
   * while more follow, so the first page alone could miss every entry.
   */
  async outboxPending(limit = 500): Promise<Stored<OutboxEntry>[]> {
    const out: Stored<OutboxEntry>[] = [];
    try {
      const iterator = this.container.items.query<OutboxEntry & { _etag: string }>(
        { query: "SELECT * FROM c WHERE c.kind = 'outbox' AND NOT IS_DEFINED(c.failed)" },
        { maxItemCount: limit },
      );
      while (out.length < limit && iterator.hasMoreResults()) {
        this.metrics.requests++;
        const page = await iterator.fetchNext();
        this.metrics.query(Math.max(0, sizeOf(page.resources) - 2), 'outbox');
        for (const r of page.resources ?? []) out.push(fromCosmos<OutboxEntry>(r));
      }
    } catch (err) {
      throw new StoreError('query outbox', (err as { code?: number }).code, { cause: err });
    }
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /** Replaces an outbox entry if it is unchanged since read (claiming its lease, recording an attempt). */
  saveOutbox(entry: Stored<OutboxEntry>): Promise<Stored<OutboxEntry>> {
    return this.replace(entry, entry.traineeId, 'outbox');
  }

  /** Removes a delivered entry, if no one else changed it meanwhile. */
  async deleteOutbox(entry: Stored<OutboxEntry>): Promise<void> {
    this.metrics.requests++;
    try {
      await this.container
        .item(entry.id, entry.traineeId)
        .delete({ accessCondition: { type: 'IfMatch', condition: entry.etag } });
      this.metrics.write(sizeOf(entry), 'outbox (delete)');
    } catch (err) {
      const code = (err as { code?: number }).code;
      if (code === 404) return;
      if (code === 412) throw new ConflictError(entry.id);
      throw new StoreError('delete outbox', code, { cause: err });
    }
  }
}

function traineeOf(change: Change): string {
  switch (change.kind) {
    case 'goal':
      return change.goal.traineeId;
    case 'activity':
      return change.activity.traineeId;
    case 'session':
      return change.session.traineeId;
    case 'event':
      return change.traineeId;
    case 'profile':
    case 'new_trainee':
      return change.profile.traineeId;
  }
}

/** A summary as kept: its key is the goal's id, so the ids are not written again in it. */
function stored(g: GoalSummary): StoredSummary {
  const { id: _i, catalogId: _c, goalId: _g, ...rest } = g;
  return rest;
}
/** An item created (no ETag: it was never stored), or replaced guarded by the ETag it was read with. */
function createOrReplace(doc: { id: string }, ifMatch: string | undefined): OperationInput {
  const resourceBody = toCosmos(doc);
  return ifMatch === undefined
    ? { operationType: 'Create', resourceBody }
    : { operationType: 'Replace', id: doc.id, ifMatch, resourceBody };
}

/** What a commit stored, as the app wrote it, with the ETag the batch answered for its first write. */
function savedOf<T>(c: Commit, etag: string): Stored<T> {
  const change = c.change;
  switch (change.kind) {
    case 'goal':
      return { ...strip(change.goal), etag } as unknown as Stored<T>;
    case 'activity':
      return { ...strip(change.activity), etag } as unknown as Stored<T>;
    case 'session':
      return { ...strip(change.session), etag } as unknown as Stored<T>;
    case 'profile':
    case 'new_trainee':
      return { ...strip(change.profile), etag } as unknown as Stored<T>;
    case 'event':
      return { ...(c.audit as AuditEvent), etag } as unknown as Stored<T>;
  }
}

/** `cards:<target>`: where the card references of one item live. */
const cardsId = (target: string) => `cards:${target}`;

/** Cards an outbox entry left to remember for its item, and the item's references as read before. */
export interface CardsToRemember {
  target: string;
  messages: CardMessage[];
  refs?: Stored<CardRefs>;
}

/** The write that adds cards to their item's references (`same`: all there already). */
function cardsWrite(traineeId: string, c: CardsToRemember): { target: string; op: OperationInput } | 'same' {
  const key = (m: CardMessage) => `${m.conversationId}\u0000${m.activityId}`;
  const known = new Set((c.refs?.messages ?? []).map(key));
  const fresh: CardMessage[] = [];
  for (const m of c.messages) {
    if (known.has(key(m))) continue;
    known.add(key(m));
    fresh.push(m);
  }
  if (fresh.length === 0) return 'same';
  if (!c.refs) {
    const refs: CardRefs = {
      kind: 'cards',
      id: cardsId(c.target),
      traineeId,
      target: c.target,
      messages: [],
    };
    return {
      target: c.target,
      op: {
        operationType: 'Create',
        resourceBody: toCosmos({ ...refs, messages: fresh.slice(-CARD_REFS_MAX) }),
      },
    };
  }
  const { etag, ...refs } = c.refs;
  const messages = [...refs.messages, ...fresh].slice(-CARD_REFS_MAX);
  return {
    target: c.target,
    op: {
      operationType: 'Replace',
      id: refs.id,
      ifMatch: etag,
      resourceBody: toCosmos({ ...refs, messages }),
    },
  };
}

function traineeDocument(
  profile: TraineeProfile,
  goals: readonly GoalState[],
  activities: readonly LearningActivity[],
): TraineeDocument {
  return {
    id: DOC_ID,
    kind: 'trainee',
    traineeId: profile.traineeId,
    profile: strip(profile),
    goals: Object.fromEntries(
      goals
        .filter((g) => g.status !== 'not_started')
        .map((g) => [summaryKey(g.id), encodeSummary(stored(summaryOf(g)))]),
    ),
    open: Object.fromEntries(activities.filter(isOpenActivity).map((a) => [a.id, strip(a)])),
    signed: Object.fromEntries(
      Object.entries(signedCounts(activities)).map(([id, n]) => [summaryKey(id), n]),
    ),
  };
}

/**
 * How an activity's change shows in the LIS's document: its place among the open activities and
 * the signed counts of its goals. Patches without an ETag, so changes to different activities
 * never conflict; they go in the same batch as the activity, so they are never half-applied.
 */
function openAndSigned(before: LearningActivity | undefined, after: LearningActivity): PatchOperation[] {
  const ops: PatchOperation[] = [];
  const path = `/open/${pointer(after.id)}`;
  if (isOpenActivity(after)) ops.push({ op: 'set', path, value: strip(after) });
  else if (isOpenActivity(before)) ops.push({ op: 'remove', path });
  const delta = (isSignedActivity(after) ? 1 : 0) - (isSignedActivity(before) ? 1 : 0);
  if (delta !== 0)
    for (const g of after.goals)
      ops.push({
        op: 'incr',
        path: `/signed/${pointer(summaryKey(goalDocId(g.catalogId, g.goalId)))}`,
        value: delta,
      });
  return ops;
}

/** The outbox entry of one change (none if it causes nothing); its id follows from the audit id, so a change never adds it twice. */
function outboxEntries(
  audit: AuditEvent,
  effects: readonly Effect[],
  lease: OutboxEntry['lease'],
): OutboxEntry[] {
  if (effects.length === 0) return [];
  return [
    {
      kind: 'outbox',
      id: `outbox:${audit.id.slice('audit:'.length)}`,
      traineeId: audit.traineeId,
      target: audit.target,
      effects: [...effects],
      done: 0,
      createdAt: audit.at,
      attempts: 0,
      // Wall-clock time: the outbox's pauses and leases are about this machine's work.
      notBefore: new Date().toISOString(),
      ...(lease ? { lease } : {}),
    },
  ];
}

/** JSON pointer segment (RFC 6901). */
function pointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The stored value without the ETag the domain object carried. */
function strip<T extends object>(o: T): T {
  const { etag: _etag, ...rest } = o as T & { etag?: string };
  return rest as T;
}

/** What kind of document a batch operation touches (for the metrics): the id's prefix. */
function kindOfId(op: OperationInput | undefined): string {
  const id = String(
    (op && 'id' in op ? op.id : (op as { resourceBody?: { id?: string } })?.resourceBody?.id) ?? '',
  );
  return id.split(':')[0] || 'document';
}
