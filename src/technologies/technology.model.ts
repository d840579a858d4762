import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { orcidBase } from '../common/identifiers.js';
import { Connection } from '../common/pagination/connection.js';
import type { TechnologyEntity, TechnologyInventorEntity, TechnologyOwnerEntity, TrlAssessmentEntity } from './technology.entity.js';
import { CalendarDate } from '../common/graphql/scalars.js';

@ObjectType('TechnologyPerson', { description: 'A person named on a technology record: only their id and the name they show.' })
export class TechnologyPerson {
  @Field(() => ID, { description: 'The account’s id.' })
  id: string;

  @Field({ description: 'The name shown to others.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Their ORCID iD, as its URL.' })
  orcid: string | null;
}

@ObjectType('Technology', { description: 'A research result that can be protected and commercialised. Confidential to its owners, inventors and licensees.' })
export class TechnologyModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Unique human-readable code, e.g. `EIU-WQ-SENSOR-01`.' })
  code: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Abstract.' })
  abstract: string | null;

  @Field(() => [String], { description: 'Fields of science and technology.' })
  fields: string[];

  @Field(() => [String], { description: 'Keywords.' })
  keywords: string[];

  @Field(() => Int, { nullable: true, description: 'Technology readiness level 1-9 of the latest assessment; null before any.' })
  currentTrl: number | null;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt: Date;

  static fromEntity(entity: TechnologyEntity): TechnologyModel {
    return Object.assign(new TechnologyModel(), {
      id: entity.id,
      code: entity.code,
      title: entity.title,
      abstract: entity.abstract,
      fields: entity.fields,
      keywords: entity.keywords,
      currentTrl: entity.currentTrl,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType({ description: 'A page of technologies (Relay cursor connection).' })
export class TechnologyConnection extends Connection(TechnologyModel, 'Technology', 'technologies') {}

@ObjectType('TechnologyOwner', { description: 'An organisation’s ownership share of a technology over a period.' })
export class TechnologyOwnerModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Percentage as an exact decimal string, e.g. "60.00".' })
  share: string;

  @Field(() => CalendarDate, { description: 'First day of ownership (YYYY-MM-DD).' })
  validFrom: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day of ownership (YYYY-MM-DD); null when open-ended.' })
  validUntil: string | null;

  /** Resolved through the organisation loader. */
  organizationId: string;

  static fromEntity(entity: TechnologyOwnerEntity): TechnologyOwnerModel {
    return Object.assign(new TechnologyOwnerModel(), {
      id: entity.id,
      share: entity.share,
      validFrom: entity.validFrom,
      validUntil: entity.validUntil,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType('TechnologyInventor', { description: 'A person credited with the invention, with their contribution share.' })
export class TechnologyInventorModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The inventor’s name when they are not on the platform.' })
  externalName: string | null;

  @Field(() => String, { nullable: true, description: 'The ORCID iD, as its URL, of an inventor not on the platform; a user’s is `user.orcid`.' })
  orcid: string | null;

  @Field(() => String, { nullable: true, description: 'The inventor’s unit when it is not on the platform.' })
  affiliationName: string | null;

  @Field({ description: 'Contribution as a percentage, an exact decimal string.' })
  share: string;

  userId: string | null;
  affiliationOrganizationId: string | null;

  static fromEntity(entity: TechnologyInventorEntity): TechnologyInventorModel {
    return Object.assign(new TechnologyInventorModel(), {
      id: entity.id,
      externalName: entity.externalName,
      orcid: entity.orcid === null ? null : orcidBase + entity.orcid,
      affiliationName: entity.affiliationName,
      share: entity.share,
      userId: entity.userId,
      affiliationOrganizationId: entity.affiliationOrganizationId,
    });
  }
}

@ObjectType('TrlAssessment', { description: 'One assessment of the technology readiness level; the history is append-only.' })
export class TrlAssessmentModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => Int, { description: 'The level, 1 (basic principles observed) to 9 (proven in operational environment).' })
  level: number;

  @Field(() => CalendarDate, { description: 'The day of the assessment (YYYY-MM-DD).' })
  assessedOn: string;

  @Field(() => String, { nullable: true, description: 'The assessor’s name when they are not on the platform.' })
  assessorName: string | null;

  @Field({ description: 'What the level rests on (tests, reports, demonstrations).' })
  evidence: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  recordedAt: Date;

  assessorUserId: string | null;
  recordedById: string;

  static fromEntity(entity: TrlAssessmentEntity): TrlAssessmentModel {
    return Object.assign(new TrlAssessmentModel(), {
      id: entity.id,
      level: entity.level,
      assessedOn: entity.assessedOn,
      assessorName: entity.assessorName,
      evidence: entity.evidence,
      recordedAt: entity.createdAt,
      assessorUserId: entity.assessorUserId,
      recordedById: entity.recordedBy,
    });
  }
}

