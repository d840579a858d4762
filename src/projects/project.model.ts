import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import { Helix } from '../organizations/organization.enums.js';
import { Money } from './money.js';
import type { ParticipantEntity, ProjectEntity } from './project.entity.js';
import { IcfFactor, ProjectStatus } from './project.enums.js';
import { ParticipantRole, ParticipantStatus, ProjectVisibility } from '../common/access/vocabulary.js';
import { CalendarDate } from '../common/graphql/scalars.js';

@ObjectType('Project', { description: 'A joint project run by several organisations.' })
export class ProjectModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Unique human-readable code, e.g. `BD-SMART-2026-01`.' })
  code: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'A paragraph for listings.' })
  summary: string | null;

  @Field(() => String, { nullable: true, description: 'The full description.' })
  description: string | null;

  @Field(() => ProjectStatus, { description: 'Where the project is in its life.' })
  status: ProjectStatus;

  @Field(() => CalendarDate, { nullable: true, description: 'Start date (YYYY-MM-DD).' })
  startDate: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'End date (YYYY-MM-DD), never before the start.' })
  endDate: string | null;

  @Field(() => ProjectVisibility, { description: 'Who may read the project.' })
  visibility: ProjectVisibility;

  @Field(() => [IcfFactor], { description: 'The ICF factors the project serves.' })
  icfFactors: IcfFactor[];

  @Field(() => [String], { description: 'Keywords.' })
  keywords: string[];

  @Field(() => ID, { nullable: true, description: 'The programme it belongs to, if any.' })
  programmeId: string | null;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When the project was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt: Date;

  /** Resolved by a field resolver that checks the caller may see money. */
  budgetAmount: string | null;
  budgetCurrency: string;

  static fromEntity(entity: ProjectEntity): ProjectModel {
    const model = new ProjectModel();
    Object.assign(model, {
      id: entity.id,
      code: entity.code,
      title: entity.title,
      summary: entity.summary,
      description: entity.description,
      status: entity.status,
      startDate: entity.startDate,
      endDate: entity.endDate,
      visibility: entity.visibility,
      icfFactors: entity.icfFactors,
      keywords: entity.keywords,
      programmeId: entity.programmeId,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      budgetAmount: entity.budgetAmount,
      budgetCurrency: entity.budgetCurrency,
    });
    return model;
  }
}

@ObjectType({ description: 'A page of projects (Relay cursor connection).' })
export class ProjectConnection extends Connection(ProjectModel, 'Project', 'projects') {}

@ObjectType('ProjectParticipant', { description: 'An organisation taking part in a project, with its role, period and contribution.' })
export class ParticipantModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The project.' })
  projectId: string;

  @Field(() => ParticipantRole, { description: 'Its role (CERIF).' })
  role: ParticipantRole;

  @Field(() => ParticipantStatus, { description: 'Invited, taking part, or no longer.' })
  status: ParticipantStatus;

  @Field(() => CalendarDate, { nullable: true, description: 'From (YYYY-MM-DD).' })
  since: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Until (YYYY-MM-DD).' })
  until: string | null;

  @Field(() => Int, { description: 'Changes with every edit.' })
  version: number;

  /** The organisation resolves through a loader; money through a field resolver that checks access. */
  organizationId: string;
  projectVisibility: ProjectVisibility;
  cashAmount: string | null;
  cashCurrency: string | null;
  inKindDescription: string | null;
  inKindValueAmount: string | null;
  inKindValueCurrency: string | null;

  static fromEntity(entity: ParticipantEntity, projectVisibility: ProjectVisibility): ParticipantModel {
    const model = new ParticipantModel();
    Object.assign(model, {
      projectVisibility,
      id: entity.id,
      projectId: entity.projectId,
      organizationId: entity.organizationId,
      role: entity.role,
      status: entity.status,
      since: entity.since,
      until: entity.until,
      version: entity.version,
      cashAmount: entity.cashAmount,
      cashCurrency: entity.cashCurrency,
      inKindDescription: entity.inKindDescription,
      inKindValueAmount: entity.inKindValueAmount,
      inKindValueCurrency: entity.inKindValueCurrency,
    });
    return model;
  }
}

@ObjectType({ description: 'What a participant brings: money and in-kind contributions.' })
export class Contribution {
  @Field(() => Money, { nullable: true, description: 'Cash contribution.' })
  cash: Money | null;

  @Field(() => String, { nullable: true, description: 'What is contributed in kind (staff, equipment, space, data).' })
  inKindDescription: string | null;

  @Field(() => Money, { nullable: true, description: 'The stated value of the in-kind contribution.' })
  inKindValue: Money | null;
}

@ObjectType({ description: 'Contributions of the active participants of one helix, summed per currency.' })
export class HelixContribution {
  @Field(() => Helix, { description: 'The helix (a participant counts for its primary helix).' })
  helix: Helix;

  @Field(() => [Money], { description: 'Cash, one sum per currency.' })
  cash: Money[];

  @Field(() => [Money], { description: 'Value of in-kind contributions, one sum per currency.' })
  inKind: Money[];
}

