import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { Allow } from '../common/access/allow.decorator.js';
import { Public } from '../common/access/public.decorator.js';
import { notFound } from '../common/errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { trimmed } from '../common/validation.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ProgrammeEntity } from './project.entity.js';
import { ProjectModel } from './project.model.js';
import { ProgrammeConsentRequiredError, ProjectCodeTakenError } from './project.errors.js';

@ObjectType('Programme', {
  description:
    'A programme that groups projects, e.g. a province’s smart-city programme. Only its owner’s editors attach projects to it; other coordinators ask them (`requestProgrammeAttachment`).',
})
export class ProgrammeModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Unique code, e.g. `BD-SMART-CITY`.' })
  code: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the programme is for.' })
  description: string | null;

  ownerOrganizationId: string | null;

  static fromEntity(entity: ProgrammeEntity): ProgrammeModel {
    return Object.assign(new ProgrammeModel(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      description: entity.description,
      ownerOrganizationId: entity.ownerOrganizationId,
    });
  }
}

@InputType({ description: 'A new programme, owned by an organisation you administer.' })
export class CreateProgrammeInput {
  @Field({ description: 'Unique code: upper-case letters, digits and hyphens.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'code must be 2 to 40 upper-case letters, digits or hyphens' })
  code: string;

  @Field({ description: 'Name (1 to 300 characters).' })
  @IsString()
  @Transform(trimmed)
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300)
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => ID, { description: 'The owning organisation; you must be its admin.' })
  @IsUUID('all', { message: 'ownerOrganizationId must be an organisation id (UUID)' })
  ownerOrganizationId: string;
}

export const CreateProgrammeResult = resultUnion('CreateProgrammeResult', 'The new programme; or why not.', () => [ProgrammeModel, ProjectCodeTakenError]);

/** Programmes are public; their owners' admins create them. */
@Injectable()
export class ProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ProgrammeModel[]> {
    return (await this.dataSource.getRepository(ProgrammeEntity).find({ order: { code: 'ASC' } })).map(ProgrammeModel.fromEntity);
  }

  async create(ctx: RequestContext, input: CreateProgrammeInput): Promise<ProgrammeModel | ProjectCodeTakenError> {
    await this.access.requireAccess(ctx, 'organization.update', input.ownerOrganizationId);
    const manager = managerOf(ctx, this.dataSource);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ProgrammeEntity)
      .values({ code: input.code, name: input.name.trim(), description: input.description ?? null, ownerOrganizationId: input.ownerOrganizationId })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return new ProjectCodeTakenError(`The code ${input.code} is taken`, 'input.code');
    const programme = await manager.findOneByOrFail(ProgrammeEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.audit.record(ctx, {
      action: 'programme.created',
      organizationId: input.ownerOrganizationId,
      entityType: 'Programme',
      entityId: programme.id,
      changes: { code: { before: null, after: programme.code }, name: { before: null, after: programme.name } },
    });
    return ProgrammeModel.fromEntity(programme);
  }

  /**
   * Why the caller may not put a project in the programme, or undefined. A programme speaks for its
   * owner, so only the owner's editors (and platform admins) attach projects to it; a programme
   * without an owner takes them from platform admins only. An unknown programme is NOT_FOUND.
   */
  async attachmentRefusal(ctx: RequestContext, manager: EntityManager, programmeId: string): Promise<ProgrammeConsentRequiredError | undefined> {
    const programme = await manager.findOneBy(ProgrammeEntity, { id: programmeId });
    if (!programme) throw notFound('programme', 'input.programmeId');
    if (await this.access.can(ctx, 'programme.attach', programme.id)) return undefined;
    return new ProgrammeConsentRequiredError(
      `Only editors of the organisation that owns ${programme.code} may attach projects to it; ask them with requestProgrammeAttachment`,
      'input.programmeId',
    );
  }

  /** Programmes by id, batched per request. */
  byId(ctx: RequestContext, id: string): Promise<ProgrammeModel | null> {
    const loader = ctx.loader('programme.byId', () => new DataLoader<string, ProgrammeModel | null>(async (ids) => {
      const rows = await this.dataSource.getRepository(ProgrammeEntity).findBy({ id: In([...ids]) });
      return ids.map((programmeId) => {
        const row = rows.find((candidate) => candidate.id === programmeId);
        return row ? ProgrammeModel.fromEntity(row) : null;
      });
    }));
    return loader.load(id);
  }
}

@Resolver(() => ProgrammeModel)
export class ProgrammeResolver {
  constructor(
    private readonly programmes: ProgrammeService,
    private readonly organizations: OrganizationService,
  ) {}

  @Public()
  @Query(() => [ProgrammeModel], { name: 'programmes', description: 'All programmes, by code.' })
  listProgrammes(): Promise<ProgrammeModel[]> {
    return this.programmes.list();
  }

  @Allow('user')
  @Mutation(() => CreateProgrammeResult, { description: 'Admins of an organisation: create a programme it owns.' })
  createProgramme(@Ctx() ctx: RequestContext, @Args('input', { description: 'The programme.' }) input: CreateProgrammeInput) {
    return this.programmes.create(ctx, input);
  }

  @ResolveField('owner', () => OrganizationModel, { nullable: true, description: 'The owning organisation.' })
  owner(@Ctx() ctx: RequestContext, @Parent() programme: ProgrammeModel): Promise<OrganizationModel | null> {
    return programme.ownerOrganizationId ? this.organizations.findById(ctx, programme.ownerOrganizationId) : Promise.resolve(null);
  }
}

@Resolver(() => ProjectModel)
export class ProjectProgrammeResolver {
  constructor(private readonly programmes: ProgrammeService) {}

  @ResolveField('programme', () => ProgrammeModel, { nullable: true, description: 'The programme the project belongs to.' })
  programme(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<ProgrammeModel | null> {
    return project.programmeId ? this.programmes.byId(ctx, project.programmeId) : Promise.resolve(null);
  }
}
