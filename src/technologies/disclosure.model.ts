import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import type { DisclosureEntity } from './disclosure.entity.js';
import { DisclosureDecision, DisclosureStatus } from './technology.enums.js';

@ObjectType('InventionDisclosure', { description: 'An invention disclosed to an owning institution, which evaluates it and decides to protect, publish or release it.' })
export class DisclosureModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the invention is, how it works, what is new.' })
  description: string | null;

  @Field(() => DisclosureStatus, { description: 'Where it is in its evaluation.' })
  status: DisclosureStatus;

  @Field(() => DisclosureDecision, { nullable: true, description: 'The institution’s decision, once DECIDED.' })
  decision: DisclosureDecision | null;

  @Field(() => String, { nullable: true, description: 'Why the institution decided so.' })
  decisionNotes: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was submitted.' })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was decided.' })
  decidedAt: Date | null;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was started.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt: Date;

  technologyId: string;
  organizationId: string;
  submittedById: string | null;
  decidedById: string | null;

  static fromEntity(entity: DisclosureEntity): DisclosureModel {
    return Object.assign(new DisclosureModel(), {
      id: entity.id,
      title: entity.title,
      description: entity.description,
      status: entity.status,
      decision: entity.decision,
      decisionNotes: entity.decisionNotes,
      submittedAt: entity.submittedAt,
      decidedAt: entity.decidedAt,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      technologyId: entity.technologyId,
      organizationId: entity.organizationId,
      submittedById: entity.submittedBy,
      decidedById: entity.decidedBy,
    });
  }
}

@ObjectType({ description: 'A page of invention disclosures (Relay cursor connection).' })
export class DisclosureConnection extends Connection(DisclosureModel, 'InventionDisclosure', 'disclosures') {}

