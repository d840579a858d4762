import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../prepared-query.js';
import type { RequestContext } from '../request-context.js';
import type { MemberRole, ParticipantRole, ParticipantStatus, ProjectVisibility } from './vocabulary.js';

export interface OrganizationStanding {
  verified: boolean;
  archived: boolean;
}

export interface ProjectParties {
  visibility: ProjectVisibility;
  participants: { organizationId: string; role: ParticipantRole; status: ParticipantStatus }[];
}

export interface TechnologyParties {
  /** Organisations owning a share today. */
  ownerIds: string[];
  /** Inventors who are platform users. */
  inventorUserIds: string[];
  /** Licensees of agreements on the technology. */
  licenseeIds: string[];
}

export interface AgreementParties {
  licensorIds: string[];
  licenseeId: string;
}

export interface DealParties {
  brokerId: string;
  providerId: string;
  seekerId: string;
}

export interface PlacementParties {
  homeOrganizationId: string;
  hostOrganizationId: string;
  personUserId: string;
  supervisorUserId: string | null;
  tutorUserId: string | null;
}

export interface ProgrammeRequestParties {
  projectId: string;
  /** The programme's owner; a programme without one hears from platform admins only. */
  programmeOwnerId: string | null;
}

export interface DisclosureParties {
  technologyId: string;
  organizationId: string;
}

export interface IncubationParties {
  runnerId: string;
  startupId: string;
  /** Users mentoring the startup now. */
  mentorUserIds: string[];
}

export interface ProgrammeParties {
  ownerId: string | null;
}

/**
 * The facts access decides with, read through the views the owning domains publish for it (see the
 * AccessViews migration), one batched statement per kind of record and request. Inside a mutation
 * they are read in its transaction, so a change it made counts.
 */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's active memberships, loaded once per request. */
  myRoles(ctx: RequestContext): Promise<Map<string, MemberRole>> {
    return ctx.loader('access.myRoles', async () => {
      const sql = `SELECT organization_id, role FROM membership_role WHERE user_id = $1 AND status = 'ACTIVE'`;
      const rows: { organization_id: string; role: MemberRole }[] = ctx.manager
        ? await ctx.manager.query(sql, [ctx.userId])
        : await preparedQuery(this.dataSource, 'caller_memberships', sql, [ctx.userId]);
      return new Map(rows.map((row) => [row.organization_id, row.role]));
    });
  }

  /** Whether the caller (a person, or a key's organisation) is a member of a verified organisation that is not archived. */
  isExchangePartner(ctx: RequestContext, by: { userId: string } | { organizationId: string }): Promise<boolean> {
    return ctx.loader('access.exchangePartner', async () => {
      const [row]: { partner: boolean }[] = await this.manager(ctx).query(
        'organizationId' in by
          ? `SELECT EXISTS (SELECT 1 FROM organization_fact o WHERE o.id = $1 AND o.verified AND o.archived_at IS NULL) AS partner`
          : `SELECT EXISTS (SELECT 1 FROM membership_role m JOIN organization_fact o ON o.id = m.organization_id
                             WHERE m.user_id = $1 AND m.status = 'ACTIVE' AND o.verified AND o.archived_at IS NULL) AS partner`,
        ['organizationId' in by ? by.organizationId : by.userId],
      );
      return row.partner;
    });
  }

  organizations(ctx: RequestContext, ids: readonly string[]): Promise<(OrganizationStanding | undefined)[]> {
    return this.batch(ctx, 'organization', ids, `SELECT id, verified, archived_at IS NOT NULL AS archived FROM organization_fact WHERE id = ANY($1)`, (row: { verified: boolean; archived: boolean }) => ({
      verified: row.verified,
      archived: row.archived,
    }));
  }

  /** Who takes part in each project (any status), with its visibility. */
  projects(ctx: RequestContext, ids: readonly string[]): Promise<(ProjectParties | undefined)[]> {
    return this.batched(ctx, 'project', ids, async (keys) => {
      const rows: { id: string; visibility: ProjectVisibility; organization_id: string | null; role: ParticipantRole; status: ParticipantStatus }[] =
        await this.manager(ctx).query(`SELECT project_id AS id, visibility, organization_id, role, status FROM project_party WHERE project_id = ANY($1)`, [keys]);
      const byId = new Map<string, ProjectParties>();
      for (const row of rows) {
        const parties = byId.get(row.id) ?? { visibility: row.visibility, participants: [] };
        if (row.organization_id) parties.participants.push({ organizationId: row.organization_id, role: row.role, status: row.status });
        byId.set(row.id, parties);
      }
      return byId;
    });
  }

  programmes(ctx: RequestContext, ids: readonly string[]): Promise<(ProgrammeParties | undefined)[]> {
    return this.batch(ctx, 'programme', ids, `SELECT id, owner_id FROM programme_party WHERE id = ANY($1)`, (row: { owner_id: string | null }) => ({ ownerId: row.owner_id }));
  }

  programmeRequests(ctx: RequestContext, ids: readonly string[]): Promise<(ProgrammeRequestParties | undefined)[]> {
    return this.batch(ctx, 'programmeRequest', ids, `SELECT id, project_id, programme_owner_id FROM programme_request_party WHERE id = ANY($1)`, (row: { project_id: string; programme_owner_id: string | null }) => ({
      projectId: row.project_id,
      programmeOwnerId: row.programme_owner_id,
    }));
  }

  /** Current owners, user inventors and licensees of each technology. */
  technologies(ctx: RequestContext, ids: readonly string[]): Promise<(TechnologyParties | undefined)[]> {
    return this.batch(
      ctx,
      'technology',
      ids,
      `SELECT t.id, t.owner_ids, t.inventor_user_ids,
              ARRAY(SELECT l.organization_id FROM technology_licensee l WHERE l.technology_id = t.id)::text[] AS licensee_ids
         FROM technology_party t WHERE t.id = ANY($1)`,
      (row: { owner_ids: string[]; inventor_user_ids: string[]; licensee_ids: string[] }) => ({
        ownerIds: row.owner_ids,
        inventorUserIds: row.inventor_user_ids,
        licenseeIds: row.licensee_ids,
      }),
    );
  }

  disclosures(ctx: RequestContext, ids: readonly string[]): Promise<(DisclosureParties | undefined)[]> {
    return this.batch(ctx, 'disclosure', ids, `SELECT id, technology_id, organization_id FROM disclosure_party WHERE id = ANY($1)`, (row: { technology_id: string; organization_id: string }) => ({
      technologyId: row.technology_id,
      organizationId: row.organization_id,
    }));
  }

  agreements(ctx: RequestContext, ids: readonly string[]): Promise<(AgreementParties | undefined)[]> {
    return this.batch(
      ctx,
      'agreement',
      ids,
      `SELECT agreement_id AS id,
              (array_agg(organization_id) FILTER (WHERE side = 'LICENSEE'))[1] AS licensee_id,
              coalesce(array_agg(organization_id::text) FILTER (WHERE side = 'LICENSOR'), '{}') AS licensor_ids
         FROM agreement_party WHERE agreement_id = ANY($1) GROUP BY agreement_id`,
      (row: { licensee_id: string; licensor_ids: string[] }) => ({ licenseeId: row.licensee_id, licensorIds: row.licensor_ids }),
    );
  }

  deals(ctx: RequestContext, ids: readonly string[]): Promise<(DealParties | undefined)[]> {
    return this.batch(ctx, 'deal', ids, `SELECT id, broker_id, provider_id, seeker_id FROM deal_party WHERE id = ANY($1)`, (row: { broker_id: string; provider_id: string; seeker_id: string }) => ({
      brokerId: row.broker_id,
      providerId: row.provider_id,
      seekerId: row.seeker_id,
    }));
  }

  /** The runner, the startup and the current mentors of each application to an incubation cohort. */
  incubations(ctx: RequestContext, ids: readonly string[]): Promise<(IncubationParties | undefined)[]> {
    return this.batch(
      ctx,
      'incubation',
      ids,
      `SELECT id, runner_organization_id, startup_organization_id, mentor_user_ids FROM incubation_party WHERE id = ANY($1)`,
      (row: { runner_organization_id: string; startup_organization_id: string; mentor_user_ids: string[] }) => ({
        runnerId: row.runner_organization_id,
        startupId: row.startup_organization_id,
        mentorUserIds: row.mentor_user_ids,
      }),
    );
  }

  /** The two sides of each placement and the people it names. */
  placements(ctx: RequestContext, ids: readonly string[]): Promise<(PlacementParties | undefined)[]> {
    return this.batch(
      ctx,
      'placement',
      ids,
      `SELECT id, home_organization_id, host_organization_id, person_user_id, supervisor_user_id, tutor_user_id FROM placement_party WHERE id = ANY($1)`,
      (row: { home_organization_id: string; host_organization_id: string; person_user_id: string; supervisor_user_id: string | null; tutor_user_id: string | null }) => ({
        homeOrganizationId: row.home_organization_id,
        hostOrganizationId: row.host_organization_id,
        personUserId: row.person_user_id,
        supervisorUserId: row.supervisor_user_id,
        tutorUserId: row.tutor_user_id,
      }),
    );
  }

  /** The organisations each person belongs to or asked to join. */
  openOrganizationsOf(ctx: RequestContext, userIds: readonly string[]): Promise<(string[] | undefined)[]> {
    return this.batched(ctx, 'person', userIds, async (keys) => {
      const rows: { user_id: string; organization_id: string }[] = await this.manager(ctx).query(
        `SELECT user_id, organization_id FROM membership_role WHERE user_id = ANY($1) AND status IN ('ACTIVE', 'REQUESTED')`,
        [keys],
      );
      const byId = new Map<string, string[]>(keys.map((id) => [id, []]));
      for (const row of rows) byId.get(row.user_id)!.push(row.organization_id);
      return byId;
    });
  }

  /**
   * Technologies the readers may read, as SQL on the technology alias: owners', inventors' and
   * licensees' (`:readableOrgs`, `:readerUserId`).
   */
  readableTechnologiesSql(alias: string): string {
    return `(EXISTS (SELECT 1 FROM technology_owner_today ro WHERE ro.technology_id = ${alias}.id AND ro.organization_id = ANY(:readableOrgs))
       OR EXISTS (SELECT 1 FROM technology_inventor_record ri WHERE ri.technology_id = ${alias}.id AND ri.user_id = :readerUserId)
       OR EXISTS (SELECT 1 FROM technology_licensee rl WHERE rl.technology_id = ${alias}.id AND rl.organization_id = ANY(:readableOrgs)))`;
  }

  /** Agreements with a party among `:readableOrgs`, as SQL on the agreement alias. */
  readableAgreementsSql(alias: string): string {
    return `(${alias}.licensee_organization_id = ANY(:readableOrgs)
       OR EXISTS (SELECT 1 FROM agreement_party rp WHERE rp.agreement_id = ${alias}.id AND rp.side = 'LICENSOR' AND rp.organization_id = ANY(:readableOrgs)))`;
  }

  /** Offers or demands that `:exchangeReaders` engaged with (an interest, or a party to a deal on it), as SQL on the item alias. */
  engagedExchangeItemsSql(alias: string, kind: 'offer' | 'demand'): string {
    return `EXISTS (SELECT 1 FROM exchange_engagement re WHERE re.${kind}_id = ${alias}.id AND re.organization_id = ANY(:exchangeReaders))`;
  }

  private manager(ctx: RequestContext): EntityManager {
    return ctx.manager ?? this.dataSource.manager;
  }

  /** One row per id found, shaped by `shape`. */
  private batch<Row extends object, V>(ctx: RequestContext, kind: string, ids: readonly string[], sql: string, shape: (row: Row) => V): Promise<(V | undefined)[]> {
    return this.batched(ctx, kind, ids, async (keys) => {
      const rows: (Row & { id: string })[] = await this.manager(ctx).query(sql, [keys]);
      return new Map(rows.map((row) => [row.id, shape(row)]));
    });
  }

  /** Loads through a per-request DataLoader, so checks on many records of a kind cost one statement. */
  private batched<V>(ctx: RequestContext, kind: string, ids: readonly string[], load: (ids: string[]) => Promise<Map<string, V>>): Promise<(V | undefined)[]> {
    const loader = ctx.loader(`access.${kind}`, () => new DataLoader<string, V | undefined>(async (keys) => {
      const found = await load([...keys]);
      return keys.map((id) => found.get(id));
    }));
    return Promise.all(ids.map((id) => loader.load(id)));
  }
}
