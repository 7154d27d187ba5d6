import type { OperationInput } from '@azure/cosmos';
import type { Stored, TeamRef, Unit, UnitAuditEvent } from '../core/model';
import { payloads, Repository, sizeOf, toCosmos } from './base';
import { StoreError } from './errors';

/** A unit as the list of all gives it. */
export type UnitListed = Pick<Unit, 'id' | 'unitId' | 'name' | 'kind' | 'owners'>;

interface TeamDoc extends TeamRef {
  id: string;
  /** The container's partition key: a team's document is its own partition (`team:<id>`). */
  unitId: string;
  kind: 'team';
  /** The unit the team's channel tab shows. */
  targetUnitId?: string;
}

const teamKey = (teamId: string) => `team:${teamId}`;

/** Employer units, partitioned by `/unitId`; a team is a small document of its own beside them. */
export class UnitRepository extends Repository {
  get(unitId: string): Promise<Stored<Unit> | undefined> {
    return this.read<Unit>(unitId, unitId, 'unit');
  }

  /**
   * A new workplace; with its audit event (someone created it), the two in one transactional batch
   * in its partition, or neither (seeding the demo has none). An existing id is a conflict.
   */
  async createUnit(unit: Unit, audit?: Omit<UnitAuditEvent, 'unitId'>): Promise<Stored<Unit>> {
    if (!audit) return this.create(unit, 'unit');
    const [first] = await this.together(unit.unitId, [
      { operationType: 'Create', resourceBody: toCosmos(unit) },
      { operationType: 'Create', resourceBody: toCosmos({ ...audit, unitId: unit.unitId }) },
    ]);
    return { ...unit, etag: first ?? '' };
  }

  /** Writes a change and its audit event together (one transactional batch, all or nothing); their ETags. */
  private together(partition: string, ops: OperationInput[]): Promise<string[]> {
    return this.transact(ops, partition, (op) => [
      sizeOf((op as { resourceBody?: unknown }).resourceBody),
      'unit (batch)',
    ]);
  }

  replaceUnit(unit: Stored<Unit>): Promise<Stored<Unit>> {
    return this.replace(unit, unit.unitId, 'unit');
  }

  /**
   * Every unit, for a LIS to choose from when registering (a query: rare, never a hot path): its
   * name, kind and owners only, not the lists of its LIS and teams, which grow with it.
   */
  async list(): Promise<UnitListed[]> {
    const units: UnitListed[] = [];
    // A cross-partition query: each unit is its own partition, and there are few.
    try {
      const iterator = this.container.items.query<UnitListed>(
        {
          query:
            "SELECT c.id, c.unitId, c.name, c.kind, c.owners FROM c WHERE c.kind = 'municipality' OR c.kind = 'hospital'",
        },
        { maxItemCount: 500 },
      );
      while (iterator.hasMoreResults()) {
        this.metrics.requests++;
        const page = await iterator.fetchNext();
        this.metrics.query(Math.max(0, sizeOf(page.resources) - 2), 'units');
        for (const u of page.resources ?? []) units.push(u);
        if (!page.hasMoreResults) break;
      }
    } catch (err) {
      throw new StoreError('list units', (err as { code?: number }).code, { cause: err });
    }
    return units.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }

  async getTeam(teamId: string): Promise<TeamRef | undefined> {
    const doc = await this.read<TeamDoc>(teamKey(teamId), teamKey(teamId), 'team');
    if (!doc) return undefined;
    return {
      teamId,
      ...(doc.serviceUrl ? { serviceUrl: doc.serviceUrl } : {}),
      ...(doc.tenantId ? { tenantId: doc.tenantId } : {}),
      ...(doc.targetUnitId ? { unitId: doc.targetUnitId } : {}),
      ...(doc.linkedBy ? { linkedBy: doc.linkedBy } : {}),
    };
  }

  /** Which unit a Teams team shows in its channel tab. */
  async getTeamLink(teamId: string): Promise<string | undefined> {
    return (await this.getTeam(teamId))?.unitId;
  }

  /**
   * Merges what is known of a team (where to reach it, what it is linked to) into its document;
   * with an audit event (someone linked it, drawn from the document as it was), the two in one
   * transactional batch.
   */
  private async upsertTeam(
    teamId: string,
    change: Partial<TeamDoc>,
    audit?: (before: TeamDoc | undefined) => Omit<UnitAuditEvent, 'unitId'>,
  ): Promise<void> {
    const current = await this.read<TeamDoc>(teamKey(teamId), teamKey(teamId), 'team');
    const { etag: _e, ...rest } = current ?? { etag: '' };
    const body = { ...rest, ...change, id: teamKey(teamId), unitId: teamKey(teamId), kind: 'team', teamId };
    if (audit) {
      await this.together(teamKey(teamId), [
        { operationType: 'Upsert', resourceBody: body },
        { operationType: 'Create', resourceBody: toCosmos({ ...audit(current), unitId: teamKey(teamId) }) },
      ]);
      return;
    }
    this.metrics.requests++;
    try {
      const res = await this.container.items.upsert(body);
      this.metrics.write(sizeOf(body), 'team', payloads(res).answered);
    } catch (err) {
      throw new StoreError('upsert team', (err as { code?: number }).code, { cause: err });
    }
  }

  async setTeamLink(
    teamId: string,
    unitId: string,
    linkedBy?: string,
    /** The link's audit event, given the unit it was linked to before (or null). */
    audit?: (before: string | null) => Omit<UnitAuditEvent, 'unitId'>,
  ): Promise<void> {
    await this.upsertTeam(
      teamId,
      { targetUnitId: unitId, ...(linkedBy ? { linkedBy } : {}) },
      audit && ((current) => audit(current?.targetUnitId ?? null)),
    );
  }

  /** The audit trail of a workplace, or of a team's link (`team:<id>`), oldest first: asked for, not a hot path. */
  async auditOf(partition: string): Promise<Stored<UnitAuditEvent>[]> {
    // In the one partition; on the indexed `kind` only, sorted here (an ORDER BY needs its path indexed).
    const events = await this.query<UnitAuditEvent>(
      "SELECT * FROM c WHERE c.kind = 'audit'",
      [],
      partition,
      'audit',
    );
    return events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  }

  /** Where to reach a team's roster (from the bot's install or a channel message). Not a decision. */
  async rememberTeam(teamId: string, where: { serviceUrl: string; tenantId?: string }): Promise<void> {
    await this.upsertTeam(teamId, {
      serviceUrl: where.serviceUrl,
      ...(where.tenantId ? { tenantId: where.tenantId } : {}),
    });
  }
}
