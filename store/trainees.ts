import type { PatchOperation } from '@azure/cosmos';
import type {
  AuditEvent,
  CardMessage,
  GoalState,
  LearningActivity,
  Stored,
  TraineeProfile,
} from '../core/model';
import { goalDocId } from '../core/model';
import { fromCosmos, Repository } from './base';
import { ConflictError, StoreError } from './errors';

/** Everything the progress views and decisions need about one LIS, read in one point read. */
export interface TraineeSnapshot {
  profile: Stored<TraineeProfile>;
  goals: Stored<GoalState>[];
  activities: Stored<LearningActivity>[];
}

/**
 * One document per LIS holds the profile, the goal states and the learning activities
 * (`id: "trainee"`, partition `/traineeId`); audit events are documents of their own beside it.
 *
 * Why one document: every hot path (what is left, a decision, the inbox) then needs one point
 * read and one patch, never a query. Queries cost more everywhere, and the embedded server
 * answers a query by scanning every document in the container, so its latency grew with the
 * whole population (35 ms at 4,000 documents, over 10 s at 80,000). A goal's own `rev`
 * still tells a real conflict on that goal from a write elsewhere in the LIS's document.
 */
interface TraineeDocument {
  id: 'trainee';
  kind: 'trainee';
  traineeId: string;
  profile: TraineeProfile;
  goals: Record<string, GoalState>;
  activities: Record<string, LearningActivity>;
}

const DOC_ID = 'trainee';

export class TraineeRepository extends Repository {
  private async document(traineeId: string): Promise<Stored<TraineeDocument> | undefined> {
    return this.read<TraineeDocument>(DOC_ID, traineeId, 'trainee');
  }

  /** A patch on the LIS's document, guarded by an ETag when one is given. */
  private async patch(
    traineeId: string,
    operations: PatchOperation[],
    etag: string | undefined,
    what: string,
    target: string,
  ): Promise<Stored<TraineeDocument>> {
    this.metrics.requests++;
    try {
      const { resource } = await this.container
        .item(DOC_ID, traineeId)
        .patch(operations, etag ? { accessCondition: { type: 'IfMatch', condition: etag } } : undefined);
      if (!resource) throw new StoreError(`patch ${what}`, 'empty');
      return fromCosmos<TraineeDocument>(resource);
    } catch (err) {
      const code = (err as { code?: number }).code;
      if (code === 412 || code === 404) throw new ConflictError(target);
      if (err instanceof StoreError) throw err;
      throw new StoreError(`patch ${what}`, code, { cause: err });
    }
  }

  async getProfile(traineeId: string): Promise<Stored<TraineeProfile> | undefined> {
    const doc = await this.document(traineeId);
    return doc ? { ...doc.profile, etag: doc.etag } : undefined;
  }

  /** Creates the LIS's document; an existing one is a conflict. */
  async createProfile(profile: TraineeProfile): Promise<Stored<TraineeProfile>> {
    const doc = await this.create<TraineeDocument>(
      {
        id: DOC_ID,
        kind: 'trainee',
        traineeId: profile.traineeId,
        profile: strip(profile),
        goals: {},
        activities: {},
      },
      'trainee',
    );
    return { ...doc.profile, etag: doc.etag };
  }

  /** Replaces the profile only if the LIS's document is unchanged since it was read. */
  async replaceProfile(profile: Stored<TraineeProfile>): Promise<Stored<TraineeProfile>> {
    const doc = await this.patch(
      profile.traineeId,
      [{ op: 'set', path: '/profile', value: strip(profile) }],
      profile.etag,
      'profile',
      'profile',
    );
    return { ...doc.profile, etag: doc.etag };
  }

  async snapshot(traineeId: string): Promise<TraineeSnapshot | undefined> {
    const doc = await this.document(traineeId);
    if (!doc) return undefined;
    const etag = doc.etag;
    return {
      profile: { ...doc.profile, etag },
      goals: Object.values(doc.goals).map((g) => ({ ...g, etag })),
      activities: Object.values(doc.activities).map((a) => ({ ...a, etag })),
    };
  }

  async getGoal(
    traineeId: string,
    catalogId: string,
    goalId: string,
  ): Promise<Stored<GoalState> | undefined> {
    const doc = await this.document(traineeId);
    const g = doc?.goals[goalDocId(catalogId, goalId)];
    return doc && g ? { ...g, etag: doc.etag } : undefined;
  }

  /** Writes a goal state; with an ETag only if the LIS's document is unchanged since it was read. */
  async saveGoal(goal: GoalState | Stored<GoalState>): Promise<Stored<GoalState>> {
    const etag = 'etag' in goal && goal.etag ? goal.etag : undefined;
    const doc = await this.patch(
      goal.traineeId,
      [{ op: 'set', path: `/goals/${pointer(goal.id)}`, value: strip(goal) }],
      etag,
      'goal',
      goal.id,
    );
    return { ...(doc.goals[goal.id] as GoalState), etag: doc.etag };
  }

  async getActivity(traineeId: string, id: string): Promise<Stored<LearningActivity> | undefined> {
    const doc = await this.document(traineeId);
    const a = doc?.activities[id];
    return doc && a ? { ...a, etag: doc.etag } : undefined;
  }

  /** Writes an activity; with an ETag only if the LIS's document is unchanged since it was read. */
  async saveActivity(
    activity: LearningActivity | Stored<LearningActivity>,
  ): Promise<Stored<LearningActivity>> {
    const etag = 'etag' in activity && activity.etag ? activity.etag : undefined;
    const doc = await this.patch(
      activity.traineeId,
      [{ op: 'set', path: `/activities/${pointer(activity.id)}`, value: strip(activity) }],
      etag,
      'activity',
      activity.id,
    );
    return { ...(doc.activities[activity.id] as LearningActivity), etag: doc.etag };
  }

  /**
   * Remembers where a card about a goal or activity was posted. Not a decision: a patch without
   * ETag, so it never blocks one (a decision that meets it retries, see the decision flow).
   */
  async addCardMessage(
    doc: { id: string; traineeId: string; cards?: CardMessage[] },
    message: CardMessage,
  ): Promise<void> {
    const where = doc.id.startsWith('goal:') ? 'goals' : 'activities';
    const path = `/${where}/${pointer(doc.id)}/cards`;
    const op: PatchOperation = doc.cards
      ? { op: 'add', path: `${path}/-`, value: message }
      : { op: 'set', path, value: [message] };
    await this.patch(doc.traineeId, [op], undefined, 'cards', doc.id);
  }

  /** Whole LIS documents at once (seeding), many in flight. */
  async createTrainees(
    seeds: { profile: TraineeProfile; goals: GoalState[]; activities: LearningActivity[] }[],
  ): Promise<void> {
    await this.bulkCreate(
      seeds.map((s) => ({
        id: DOC_ID,
        kind: 'trainee',
        traineeId: s.profile.traineeId,
        profile: s.profile,
        goals: Object.fromEntries(s.goals.map((g) => [g.id, g])),
        activities: Object.fromEntries(s.activities.map((a) => [a.id, a])),
      })),
      'trainee',
    );
  }

  /**
   * Appends to the audit trail. The id carries the idempotency key (the Teams activity id),
   * so a retried request finds its event already there: returns false and writes nothing.
   */
  async appendAudit(event: AuditEvent): Promise<boolean> {
    try {
      await this.create(event, 'audit');
      return true;
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  /** The whole audit trail of one LIS, oldest first (a query in one partition: exports and checks, never a hot path). */
  async auditTrail(traineeId: string): Promise<Stored<AuditEvent>[]> {
    const events = await this.query<AuditEvent>(
      "SELECT * FROM c WHERE c.traineeId = @t AND c.kind = 'audit'",
      [{ name: '@t', value: traineeId }],
      traineeId,
      'audit trail',
    );
    return events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }

  /** The audit trail of one goal or activity, oldest first (a query: shown on request, not on a hot path). */
  async auditOf(traineeId: string, target: string): Promise<Stored<AuditEvent>[]> {
    const events = await this.query<AuditEvent>(
      "SELECT * FROM c WHERE c.traineeId = @t AND c.kind = 'audit' AND c.target = @target",
      [
        { name: '@t', value: traineeId },
        { name: '@target', value: target },
      ],
      traineeId,
      'audit',
    );
    return events.sort((a, b) => a.at.localeCompare(b.at));
  }
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
