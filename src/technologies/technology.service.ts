import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService, changesBetween, type AuditChanges } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { foundOr } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { ProjectService } from '../projects/project.service.js';
import { ProjectModel } from '../projects/project.model.js';
import {
  type AssessTrlInput,
  type CreateTechnologyInput,
  type SetTechnologyInventorsInput,
  type TechnologyInventorInput,
  type TechnologyOwnerInput,
  type UpdateTechnologyInput,
} from './dto/technology.inputs.js';
import { inventorSharesProblem, ownerSharesProblem, type OwnershipPeriod } from './shares.js';
import { withSharesChecked } from './technology-support.js';
import {
  TechnologyEntity,
  TechnologyInventorEntity,
  TechnologyOwnerEntity,
  TechnologyProjectEntity,
  TrlAssessmentEntity,
} from './technology.entity.js';
import { SharesSubject } from './technology.enums.js';
import { TechnologyInventorModel, TechnologyModel, TechnologyOwnerModel, TechnologyPerson, TrlAssessmentModel } from './technology.model.js';
import { actingUserId } from '../common/acting-user.js';
import { databaseToday } from '../common/database-today.js';
import { updateVersioned } from '../database/versioned-update.js';
import { SharesDoNotTotalError, TechnologyCodeTakenError } from './technology.errors.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { orcidBase } from '../common/identifiers.js';

/** An owner's share of a technology (percent, an exact decimal string). */
export interface TechnologyOwnerShare {
  technologyId: string;
  organizationId: string;
  share: string;
}

/** An inventor's share of a technology (percent), with who they are. */
export interface TechnologyInventorShare {
  id: string;
  technologyId: string;
  userId: string | null;
  externalName: string | null;
  affiliationOrganizationId: string | null;
  share: string;
}

const auditedFields: (keyof TechnologyEntity)[] = ['code', 'title', 'abstract', 'fields', 'keywords'];

export type OwnerRow = OwnershipPeriod & { organizationId: string };

@Injectable()
export class TechnologyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly projects: ProjectService,
    private readonly organizations: OrganizationService,
  ) {}

  /** A new technology with all its owners and inventors; the caller edits for at least one owner. */
  /**
   * A new technology, recorded by editors of one of its owners. `discloseInvention` lets a plain
   * member of the owner record their own invention (`ownerPermission: 'organization.read'`), once it has checked
   * that they are among the inventors.
   */
  async create(
    ctx: RequestContext,
    input: CreateTechnologyInput,
    { ownerPermission = 'organization.write' }: { ownerPermission?: 'organization.read' | 'organization.write' } = {},
  ): Promise<TechnologyModel | TechnologyCodeTakenError | SharesDoNotTotalError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const today = await databaseToday(ctx, this.dataSource);
    const owners = this.ownerRows(input.owners, today);
    await this.access.requireAny(ctx, ownerPermission, owners.map((owner) => owner.organizationId));
    const problem =
      (await this.ownersProblem(manager, owners, 'input.owners')) ??
      (await this.inventorsProblem(manager, input.inventors ?? [], 'input.inventors')) ??
      (await this.projectsProblem(ctx, input.projectIds ?? [], 'input.projectIds'));
    if (problem) return problem;

    const createdBy = actingUserId(ctx);
    let id: string | undefined;
    // The row and its shares are written together, so a refused share list leaves no technology behind.
    const refused = await withSharesChecked(
      manager,
      { owners, ownersField: 'input.owners', inventorShares: (input.inventors ?? []).map((inventor) => inventor.share), inventorsField: 'input.inventors' },
      async () => {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(TechnologyEntity)
          .values({
            code: input.code,
            title: input.title,
            abstract: input.abstract ?? null,
            fields: cleanList(input.fields),
            keywords: cleanList(input.keywords),
            createdBy,
          })
          .orIgnore()
          .returning('id')
          .execute();
        if (inserted.raw.length === 0) return;
        id = (inserted.raw as { id: string }[])[0].id;
        await this.insertOwners(manager, id, owners);
        await this.insertInventors(manager, id, input.inventors ?? []);
      },
    );
    if (refused) return refused;
    if (!id) return new TechnologyCodeTakenError(`The code ${input.code} is taken; choose another`, 'input.code');
    await this.insertProjects(manager, id, input.projectIds ?? []);
    const technology = await manager.findOneByOrFail(TechnologyEntity, { id });
    await this.recordForOwners(ctx, manager, id, 'technology.created', changesBetween(null, technology, auditedFields), owners.map((owner) => owner.organizationId));
    ctx.clearLoaders();
    return TechnologyModel.fromEntity(technology);
  }

  async update(ctx: RequestContext, input: UpdateTechnologyInput): Promise<TechnologyModel | VersionConflictError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockManaged(ctx, manager, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (input.projectIds) {
      const problem = await this.projectsProblem(ctx, input.projectIds, 'input.projectIds');
      if (problem) return problem;
    }
    const next: TechnologyEntity = { ...current };
    if (input.title != null) next.title = input.title;
    if (input.abstract !== undefined) next.abstract = input.abstract ?? null;
    if (input.fields != null) next.fields = cleanList(input.fields);
    if (input.keywords != null) next.keywords = cleanList(input.keywords);
    const changes = changesBetween(current, next, auditedFields);
    if (input.projectIds) {
      const before = (await manager.findBy(TechnologyProjectEntity, { technologyId: current.id })).map((row) => row.projectId).sort();
      const after = [...input.projectIds].sort();
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        changes.projectIds = { before, after };
        await manager.delete(TechnologyProjectEntity, { technologyId: current.id });
        await this.insertProjects(manager, current.id, input.projectIds);
      }
    }
    const written = await this.bumpVersion(manager, current, {
      title: next.title,
      abstract: next.abstract,
      fields: next.fields,
      keywords: next.keywords,
    });
    if (!written) return new VersionConflictError(current.version);
    await this.recordForOwners(ctx, manager, current.id, 'technology.updated', changes);
    return TechnologyModel.fromEntity(await manager.findOneByOrFail(TechnologyEntity, { id: current.id }));
  }

  /**
   * The technology with this code, its ownership periods and its inventors, read in `manager`'s
   * transaction, whoever asks: for imports, which then change it through the checked operations.
   */
  async byCode(
    manager: EntityManager,
    code: string,
  ): Promise<{ technology: TechnologyModel; owners: OwnerRow[]; inventors: TechnologyInventorEntity[]; projectIds: string[] } | null> {
    const technology = await manager.findOneBy(TechnologyEntity, { code });
    if (!technology) return null;
    const inventors = await manager.find(TechnologyInventorEntity, { where: { technologyId: technology.id }, order: { position: 'ASC', id: 'ASC' } });
    const projects = await manager.find(TechnologyProjectEntity, { where: { technologyId: technology.id } });
    return { technology: TechnologyModel.fromEntity(technology), owners: await this.ownerPeriods(manager, technology.id), inventors, projectIds: projects.map((row) => row.projectId) };
  }

  /** The ownership periods as they are, by start day. */
  async ownerPeriods(manager: EntityManager, technologyId: string): Promise<OwnerRow[]> {
    return manager.find(TechnologyOwnerEntity, { where: { technologyId }, order: { validFrom: 'ASC', organizationId: 'ASC' } });
  }

  /**
   * Replaces the ownership periods of a technology locked by the caller (checked with
   * `ownersProblem` first): the database checks that the shares total 100 on every day some
   * ownership is valid. Audited for the owners before and after.
   */
  async replaceOwners(ctx: RequestContext, manager: EntityManager, current: TechnologyEntity, owners: OwnerRow[]): Promise<TechnologyModel | VersionConflictError | SharesDoNotTotalError> {
    const before = await this.ownerPeriods(manager, current.id);
    const refused = await withSharesChecked(manager, { owners, ownersField: 'input.owners' }, async () => {
      await manager.delete(TechnologyOwnerEntity, { technologyId: current.id });
      await this.insertOwners(manager, current.id, owners);
    });
    if (refused) return refused;
    if (!(await this.bumpVersion(manager, current, {}))) return new VersionConflictError(current.version);
    await this.recordForOwners(
      ctx,
      manager,
      current.id,
      'technology.owners_changed',
      { owners: { before: describeOwners(before), after: describeOwners(owners) } },
      [...before, ...owners].map((owner) => owner.organizationId),
    );
    ctx.clearLoaders();
    return TechnologyModel.fromEntity(await manager.findOneByOrFail(TechnologyEntity, { id: current.id }));
  }

  /** Replaces the inventors; their shares must total 100 (or there are none). */
  async setInventors(ctx: RequestContext, input: SetTechnologyInventorsInput): Promise<TechnologyModel | VersionConflictError | SharesDoNotTotalError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockManaged(ctx, manager, input.technologyId);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const problem = await this.inventorsProblem(manager, input.inventors, 'input.inventors');
    if (problem) return problem;
    const before = await manager.find(TechnologyInventorEntity, { where: { technologyId: current.id }, order: { position: 'ASC', id: 'ASC' } });
    const refused = await withSharesChecked(manager, { inventorShares: input.inventors.map((inventor) => inventor.share), inventorsField: 'input.inventors' }, async () => {
      await manager.delete(TechnologyInventorEntity, { technologyId: current.id });
      await this.insertInventors(manager, current.id, input.inventors);
    });
    if (refused) return refused;
    if (!(await this.bumpVersion(manager, current, {}))) return new VersionConflictError(current.version);
    const describe = (rows: { userId?: string | null; externalName?: string | null; orcid?: string | null; share: string }[]) =>
      rows.map((row) => ({ userId: row.userId ?? null, externalName: row.externalName ?? null, orcid: row.orcid ?? null, share: Number(row.share).toFixed(2) }));
    await this.recordForOwners(ctx, manager, current.id, 'technology.inventors_changed', { inventors: { before: describe(before), after: describe(input.inventors) } });
    ctx.clearLoaders();
    return TechnologyModel.fromEntity(await manager.findOneByOrFail(TechnologyEntity, { id: current.id }));
  }

  /** Appends a TRL assessment; the database keeps the current level at the latest one. */
  async assessTrl(ctx: RequestContext, input: AssessTrlInput): Promise<TechnologyModel | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockManaged(ctx, manager, input.technologyId);
    const today = await databaseToday(ctx, this.dataSource);
    const assessedOn = input.assessedOn ?? today;
    if (assessedOn > today) return new InvalidInputError(`assessedOn must not be in the future (today is ${today})`, 'input.assessedOn');
    if (input.assessorUserId && (await this.missingUsers(manager, [input.assessorUserId])).length > 0) {
      return new InvalidInputError('No such user', 'input.assessorUserId');
    }
    const recordedBy = actingUserId(ctx);
    const assessorUserId = input.assessorUserId ?? (input.assessorName ? null : recordedBy);
    const inserted = await manager.insert(TrlAssessmentEntity, {
      technologyId: current.id,
      level: input.level,
      assessedOn,
      assessorUserId,
      assessorName: input.assessorName ?? null,
      evidence: input.evidence,
      recordedBy,
    });
    const after = await manager.findOneByOrFail(TechnologyEntity, { id: current.id });
    await this.recordForOwners(ctx, manager, current.id, 'technology.trl_assessed', {
      currentTrl: { before: current.currentTrl, after: after.currentTrl },
      assessment: { before: null, after: { id: (inserted.identifiers[0] as { id: string }).id, level: input.level, assessedOn } },
    });
    return TechnologyModel.fromEntity(after);
  }

  /** A technology by id if the caller may read it, batched per request (for relations from other records). */
  findById(ctx: RequestContext, id: string): Promise<TechnologyModel | null> {
    return ctx
      .loader('technology.byId', () => new DataLoader<string, TechnologyModel | null>(async (ids) => {
        const found = await this.dataSource.getRepository(TechnologyEntity).findBy({ id: In([...ids]) });
        const byId = new Map(found.map((entity) => [entity.id, entity]));
        return Promise.all(
          ids.map(async (key) => {
            const entity = byId.get(key);
            return entity && (await this.access.can(ctx, 'technology.read', key)) ? TechnologyModel.fromEntity(entity) : null;
          }),
        );
      }))
      .load(id);
  }

  ownersOf(ctx: RequestContext, technologyId: string): Promise<TechnologyOwnerModel[]> {
    return this.grouped(ctx, 'technology.owners', technologyId, async (ids) =>
      (await this.dataSource.getRepository(TechnologyOwnerEntity).find({ where: { technologyId: In(ids) }, order: { validFrom: 'ASC', share: 'DESC', id: 'ASC' } })).map(
        (row) => [row.technologyId, TechnologyOwnerModel.fromEntity(row)] as const,
      ),
    );
  }

  inventorsOf(ctx: RequestContext, technologyId: string): Promise<TechnologyInventorModel[]> {
    return this.grouped(ctx, 'technology.inventors', technologyId, async (ids) =>
      (await this.dataSource.getRepository(TechnologyInventorEntity).find({ where: { technologyId: In(ids) }, order: { position: 'ASC', id: 'ASC' } })).map(
        (row) => [row.technologyId, TechnologyInventorModel.fromEntity(row)] as const,
      ),
    );
  }

  /** The assessments, oldest first; the last one sets the current level. */
  trlHistoryOf(ctx: RequestContext, technologyId: string): Promise<TrlAssessmentModel[]> {
    return this.grouped(ctx, 'technology.trlHistory', technologyId, async (ids) =>
      (await this.dataSource.getRepository(TrlAssessmentEntity).find({ where: { technologyId: In(ids) }, order: { assessedOn: 'ASC', createdAt: 'ASC' } })).map(
        (row) => [row.technologyId, TrlAssessmentModel.fromEntity(row)] as const,
      ),
    );
  }

  /** The originating projects the caller may read, oldest first. */
  async projectsOf(ctx: RequestContext, technologyId: string): Promise<ProjectModel[]> {
    const projectIds = await this.grouped(ctx, 'technology.projectIds', technologyId, async (ids) =>
      (await this.dataSource.getRepository(TechnologyProjectEntity).findBy({ technologyId: In(ids) })).map((row) => [row.technologyId, row.projectId] as const),
    );
    const projects = (await Promise.all(projectIds.map((id) => this.projects.findById(ctx, id)))).filter((project) => project !== null);
    return projects.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  }

  /** Technologies from a project that the caller may read, oldest first. */
  async technologiesOfProject(ctx: RequestContext, projectId: string): Promise<TechnologyModel[]> {
    const loader = ctx.loader('technology.byProject', () => new DataLoader<string, TechnologyModel[]>(async (projectIds) => {
      const query = this.dataSource
        .getRepository(TechnologyEntity)
        .createQueryBuilder('t')
        .innerJoin(TechnologyProjectEntity, 'tp', 'tp.technology_id = t.id')
        .addSelect('tp.project_id', 'project_id')
        .where('tp.project_id IN (:...projectIds)', { projectIds: [...projectIds] })
        .orderBy('t.created_at', 'ASC')
        .addOrderBy('t.id', 'ASC');
      const rows = await (await this.visible(ctx, query)).getRawAndEntities();
      const byId = new Map(rows.entities.map((entity) => [entity.id, TechnologyModel.fromEntity(entity)]));
      const raws = rows.raw as { project_id: string; t_id: string }[];
      return projectIds.map((id) => raws.filter((raw) => raw.project_id === id).map((raw) => byId.get(raw.t_id)!));
    }));
    return loader.load(projectId);
  }

  /**
   * Who shares in each technology's income on `day`: its owners then (by organisation) and its
   * inventors (in the order recorded), read in `manager`'s transaction. Revenue splits by them.
   */
  async sharesOn(manager: EntityManager, technologyIds: string[], day: string): Promise<{ owners: TechnologyOwnerShare[]; inventors: TechnologyInventorShare[] }> {
    const owners: TechnologyOwnerShare[] = await manager.query(
      `SELECT technology_id AS "technologyId", organization_id AS "organizationId", share FROM technology_owner
        WHERE technology_id = ANY($1) AND valid_from <= $2 AND (valid_until IS NULL OR valid_until >= $2)
        ORDER BY technology_id, organization_id`,
      [technologyIds, day],
    );
    const inventors: TechnologyInventorShare[] = await manager.query(
      `SELECT id, technology_id AS "technologyId", user_id AS "userId", external_name AS "externalName", orcid,
              affiliation_organization_id AS "affiliationOrganizationId", share
         FROM technology_inventor WHERE technology_id = ANY($1) ORDER BY technology_id, id`,
      [technologyIds],
    );
    return { owners, inventors };
  }

  /** A person's id, display name and ORCID iD, batched per request. */
  person(ctx: RequestContext, userId: string): Promise<TechnologyPerson | null> {
    return ctx
      .loader('technology.person', () => new DataLoader<string, TechnologyPerson | null>(async (ids) => {
        const rows: { id: string; display_name: string; orcid: string | null }[] = await this.dataSource.query(
          `SELECT id, display_name, orcid FROM user_fact WHERE id = ANY($1)`,
          [[...ids]],
        );
        const byId = new Map(
          rows.map((row) => [row.id, Object.assign(new TechnologyPerson(), { id: row.id, displayName: row.display_name, orcid: row.orcid === null ? null : orcidBase + row.orcid })]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      }))
      .load(userId);
  }

  /** The technology, locked for a change; the caller must manage it (hidden ones do not exist for them). */
  async lockManaged(ctx: RequestContext, manager: EntityManager, id: string): Promise<TechnologyEntity> {
    await this.access.requireAccess(ctx, 'technology.manage', id);
    return foundOr(await manager.getRepository(TechnologyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'technology');
  }

  /** Restricts a query over alias `t` to technologies the caller may read. */
  async visible<T extends object>(ctx: RequestContext, query: SelectQueryBuilder<T>): Promise<SelectQueryBuilder<T>> {
    const condition = await this.access.readableTechnologiesCondition(ctx, 't');
    return condition === 'all' ? query : query.andWhere(condition.sql, condition.params);
  }

  /** Organisations owning a share today (all owners when none does today), for the audit trail. */
  async ownerOrganizationIds(manager: EntityManager, technologyId: string): Promise<string[]> {
    const rows: { organization_id: string; current: boolean }[] = await manager.query(
      `SELECT DISTINCT organization_id, (valid_from <= CURRENT_DATE AND (valid_until IS NULL OR valid_until >= CURRENT_DATE)) AS current
         FROM technology_owner WHERE technology_id = $1`,
      [technologyId],
    );
    const current = rows.filter((row) => row.current).map((row) => row.organization_id);
    return [...new Set(current.length > 0 ? current : rows.map((row) => row.organization_id))];
  }

  /** Records the change once for each owning organisation, so each one's activity subscribers hear of it. */
  async recordForOwners(
    ctx: RequestContext,
    manager: EntityManager,
    technologyId: string,
    action: string,
    changes: AuditChanges,
    extraOrganizationIds: string[] = [],
    entity: { type: string; id: string } = { type: 'Technology', id: technologyId },
  ): Promise<void> {
    const organizationIds = new Set([...(await this.ownerOrganizationIds(manager, technologyId)), ...extraOrganizationIds]);
    for (const organizationId of organizationIds) {
      await this.audit.record(ctx, { action, organizationId, entityType: entity.type, entityId: entity.id, changes });
    }
  }

  private async grouped<V>(
    ctx: RequestContext,
    key: string,
    technologyId: string,
    load: (ids: string[]) => Promise<(readonly [string, V])[]>,
  ): Promise<V[]> {
    return ctx
      .loader(key, () => new DataLoader<string, V[]>(async (ids) => {
        const pairs = await load([...ids]);
        return ids.map((id) => pairs.filter(([owner]) => owner === id).map(([, value]) => value));
      }))
      .load(technologyId);
  }

  ownerRows(owners: TechnologyOwnerInput[], today: string): OwnerRow[] {
    return owners.map((owner) => ({ organizationId: owner.organizationId, share: owner.share, validFrom: owner.validFrom ?? today, validUntil: owner.validUntil ?? null }));
  }

  async ownersProblem(manager: EntityManager, owners: OwnerRow[], field: string): Promise<SharesDoNotTotalError | InvalidInputError | undefined> {
    for (const [index, owner] of owners.entries()) {
      if (owner.validUntil && owner.validUntil < owner.validFrom) return new InvalidInputError('validUntil must not be before validFrom', `${field}.${index}.validUntil`);
      if (owners.some((other, at) => at < index && other.organizationId === owner.organizationId && other.validFrom === owner.validFrom)) {
        return new InvalidInputError('An organisation is listed twice with the same start day', `${field}.${index}.organizationId`);
      }
    }
    const missing = await this.organizations.missing(manager, owners.map((owner) => owner.organizationId));
    if (missing.length > 0) return new InvalidInputError('No such organisation', `${field}.${owners.findIndex((owner) => owner.organizationId === missing[0])}.organizationId`);
    const wrong = ownerSharesProblem(owners);
    if (wrong) return new SharesDoNotTotalError(SharesSubject.OWNERS, wrong.total, wrong.day, field);
    return undefined;
  }

  private async inventorsProblem(manager: EntityManager, inventors: TechnologyInventorInput[], field: string): Promise<SharesDoNotTotalError | InvalidInputError | undefined> {
    for (const [index, inventor] of inventors.entries()) {
      if (!inventor.userId === !inventor.externalName) return new InvalidInputError('Give exactly one of userId or externalName', `${field}.${index}`);
      if (inventor.userId && inventor.orcid) return new InvalidInputError('A platform user’s ORCID iD is on their account (updateProfile); give orcid for others only', `${field}.${index}.orcid`);
      if (inventor.userId && inventors.some((other, at) => at < index && other.userId === inventor.userId)) {
        return new InvalidInputError('A person is listed twice', `${field}.${index}.userId`);
      }
    }
    const userIds = inventors.map((inventor) => inventor.userId).filter((id): id is string => !!id);
    const missingUsers = await this.missingUsers(manager, userIds);
    if (missingUsers.length > 0) return new InvalidInputError('No such user', `${field}.${inventors.findIndex((inventor) => inventor.userId === missingUsers[0])}.userId`);
    const affiliations = inventors.map((inventor) => inventor.affiliationOrganizationId).filter((id): id is string => !!id);
    const missingUnits = await this.organizations.missing(manager, affiliations);
    if (missingUnits.length > 0) {
      return new InvalidInputError('No such organisation', `${field}.${inventors.findIndex((inventor) => inventor.affiliationOrganizationId === missingUnits[0])}.affiliationOrganizationId`);
    }
    const total = inventorSharesProblem(inventors.map((inventor) => inventor.share));
    if (total) return new SharesDoNotTotalError(SharesSubject.INVENTORS, total, null, field);
    return undefined;
  }

  private async projectsProblem(ctx: RequestContext, projectIds: string[], field: string): Promise<InvalidInputError | undefined> {
    if (projectIds.length === 0) return undefined;
    for (const [index, id] of projectIds.entries()) {
      if (!(await this.projects.findById(ctx, id))) return new InvalidInputError('No such project, or it is not visible to you', `${field}.${index}`);
    }
    return undefined;
  }

  private async missingUsers(manager: EntityManager, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await manager.query(`SELECT id FROM user_fact WHERE id = ANY($1)`, [ids]);
    return ids.filter((id) => !rows.some((row) => row.id === id));
  }

  private async insertOwners(manager: EntityManager, technologyId: string, owners: OwnerRow[]): Promise<void> {
    if (owners.length === 0) return;
    await manager.insert(
      TechnologyOwnerEntity,
      owners.map((owner) => ({ technologyId, organizationId: owner.organizationId, share: owner.share, validFrom: owner.validFrom, validUntil: owner.validUntil })),
    );
  }

  private async insertInventors(manager: EntityManager, technologyId: string, inventors: TechnologyInventorInput[]): Promise<void> {
    if (inventors.length === 0) return;
    await manager.insert(
      TechnologyInventorEntity,
      inventors.map((inventor, position) => ({
        technologyId,
        userId: inventor.userId ?? null,
        externalName: inventor.externalName ?? null,
        orcid: inventor.orcid ?? null,
        affiliationOrganizationId: inventor.affiliationOrganizationId ?? null,
        affiliationName: inventor.affiliationName ?? null,
        share: inventor.share,
        position,
      })),
    );
  }

  private async insertProjects(manager: EntityManager, technologyId: string, projectIds: string[]): Promise<void> {
    if (projectIds.length === 0) return;
    await manager.insert(TechnologyProjectEntity, projectIds.map((projectId) => ({ technologyId, projectId })));
  }

  /** Writes the changed columns and the next version if the version is still the one read. */
  private async bumpVersion(manager: EntityManager, current: TechnologyEntity, fields: Partial<TechnologyEntity>): Promise<boolean> {
    return !(await updateVersioned(manager, TechnologyEntity, current, fields));
  }
}

/** Ownership periods as the audit trail records them. */
export function describeOwners(rows: OwnerRow[]) {
  return rows.map(({ organizationId, share, validFrom, validUntil }) => ({ organizationId, share: Number(share).toFixed(2), validFrom, validUntil }));
}

function cleanList(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];
}
