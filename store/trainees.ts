import type { PatchOperation } from '@azure/cosmos';
import type {
  AuditEvent,
  CardMessage,
  GoalState,
  LearningActivity,
  Stored,
  TraineeDoc,
  TraineeProfile,
} from '../core/model';
import { goalDocId } from '../core/model';
import { Repository } from './base';
import { ConflictError, StoreError } from './errors';

/** Everything the progress views need about one LIS, read in one single-partition query. */
export interface TraineeSnapshot {
  profile: Stored<TraineeProfile>;
  goals: Stored<GoalState>[];
  activities: Stored<LearningActivity>[];
}

/** Documents about one LIS, partitioned by `/traineeId`. */
export class TraineeRepository extends Repository {
  getProfile(traineeId: string): Promise<Stored<TraineeProfile> | undefined> {
    return this.read<TraineeProfile>('profile', traineeId, 'profile');
  }

  createProfile(profile: TraineeProfile): Promise<Stored<TraineeProfile>> {
    return this.create(profile, 'profile');
  }

  replaceProfile(profile: Stored<TraineeProfile>): Promise<Stored<TraineeProfile>> {
    return this.replace(profile, profile.traineeId, 'profile');
  }

  /** Profile, goal states and activities in one request (audit events stay out). */
  async snapshot(traineeId: string): Promise<TraineeSnapshot | undefined> {
    const docs = await this.query<TraineeDoc>(
      "SELECT * FROM c WHERE c.traineeId = @t AND (c.kind = 'profile' OR c.kind = 'goal' OR c.kind = 'activity')",
      [{ name: '@t', value: traineeId }],
      traineeId,
      'snapshot',
    );
    let profile: Stored<TraineeProfile> | undefined;
    const goals: Stored<GoalState>[] = [];
    const activities: Stored<LearningActivity>[] = [];
    for (const d of docs) {
      if (d.kind === 'profile') profile = d;
      else if (d.kind === 'goal') goals.push(d);
      else if (d.kind === 'activity') activities.push(d);
    }
    return profile ? { profile, goals, activities } : undefined;
  }

  getGoal(traineeId: string, catalogId: string, goalId: string): Promise<Stored<GoalState> | undefined> {
    return this.read<GoalState>(goalDocId(catalogId, goalId), traineeId, 'goal');
  }

  /** Writes a goal state: a replace guarded by its ETag, or a create when it has none yet. */
  saveGoal(goal: GoalState | Stored<GoalState>): Promise<Stored<GoalState>> {
    return 'etag' in goal && goal.etag
      ? this.replace(goal, goal.traineeId, 'goal')
      : this.create(goal, 'goal');
  }

  getActivity(traineeId: string, id: string): Promise<Stored<LearningActivity> | undefined> {
    return this.read<LearningActivity>(id, traineeId, 'activity');
  }

  saveActivity(activity: LearningActivity | Stored<LearningActivity>): Promise<Stored<LearningActivity>> {
    return 'etag' in activity && activity.etag
      ? this.replace(activity, activity.traineeId, 'activity')
      : this.create(activity, 'activity');
  }

  /**
   * Remembers where a card about this document was posted. Not a decision: a patch without
   * ETag, so it never blocks one (a decision that meets it retries once, see the decision flow).
   */
  async addCardMessage(
    doc: { id: string; traineeId: string; cards?: CardMessage[] },
    message: CardMessage,
  ): Promise<void> {
    this.metrics.requests++;
    const op: PatchOperation = doc.cards
      ? { op: 'add', path: '/cards/-', value: message }
      : { op: 'set', path: '/cards', value: [message] };
    try {
      await this.container.item(doc.id, doc.traineeId).patch([op]);
    } catch (err) {
      throw new StoreError('patch cards', (err as { code?: number }).code, { cause: err });
    }
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

  /** The audit trail of one document, oldest first. */
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
