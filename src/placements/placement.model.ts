import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate } from '../common/graphql/scalars.js';
import { Connection } from '../common/pagination/connection.js';
import type { PlacementEntity } from './placement.entity.js';
import { PlacementKind, PlacementSide, PlacementStatus } from './placement.enums.js';

@ObjectType('Placement', {
  description:
    'A person from one organisation (home) placed at another (host) for a period. Visible to the members of both organisations, the person, the supervisor and the tutor, and platform admins; once the person withdraws it, no one but the person learns who it was. The public sees counts only (`talentFlows`).',
})
export class PlacementModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => PlacementKind, { description: 'What kind of placement it is.' })
  kind: PlacementKind;

  @Field(() => String, { nullable: true, description: 'Title of the placement; null to others than the person once they withdrew it (it may name them).' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'What the person works on; null to others than the person once they withdrew it.' })
  topic: string | null;

  @Field(() => CalendarDate, { description: 'First day (YYYY-MM-DD).' })
  startsOn: string;

  @Field(() => CalendarDate, { description: 'Last day (YYYY-MM-DD).' })
  endsOn: string;

  @Field(() => PlacementStatus, { description: 'Where it stands.' })
  status: PlacementStatus;

  @Field(() => PlacementSide, { description: 'The side whose editors proposed it.' })
  proposedBy: PlacementSide;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the home organisation’s side agreed; null while it has not.' })
  homeAgreedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the host’s side agreed; null while it has not.' })
  hostAgreedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the person withdrew it; null while they have not.' })
  withdrawnAt: Date | null;

  @Field(() => Int, { description: 'Changes with every change (terms, agreement, status); pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was proposed.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt: Date;

  personUserId: string;
  homeOrganizationId: string;
  hostOrganizationId: string;
  supervisorUserId: string | null;
  tutorUserId: string | null;
  homeAgreedById: string | null;
  hostAgreedById: string | null;

  static fromEntity(entity: PlacementEntity): PlacementModel {
    return Object.assign(new PlacementModel(), {
      id: entity.id,
      kind: entity.kind,
      title: entity.title,
      topic: entity.topic,
      startsOn: entity.startsOn,
      endsOn: entity.endsOn,
      status: entity.status,
      proposedBy: entity.proposedBySide,
      homeAgreedAt: entity.homeAgreedAt,
      hostAgreedAt: entity.hostAgreedAt,
      withdrawnAt: entity.withdrawnAt,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      personUserId: entity.personUserId,
      homeOrganizationId: entity.homeOrganizationId,
      hostOrganizationId: entity.hostOrganizationId,
      supervisorUserId: entity.supervisorUserId,
      tutorUserId: entity.tutorUserId,
      homeAgreedById: entity.homeAgreedBy,
      hostAgreedById: entity.hostAgreedBy,
    });
  }
}

@ObjectType({ description: 'A page of placements, newest first (Relay cursor connection).' })
export class PlacementConnection extends Connection(PlacementModel, 'Placement', 'placements') {}
