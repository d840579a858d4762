import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate } from '../common/graphql/scalars.js';
import { Connection } from '../common/pagination/connection.js';
import type { TrainingPartnerEntity, TrainingProgrammeEntity } from './training.entity.js';
import { TrainingPartnerStatus } from './training.enums.js';

@ObjectType('TrainingProgramme', {
  description:
    'A curriculum a university (or one of its units) runs with businesses: its partners, the seats they fund and graduates they hire, and the yearly intakes. Public: counts, never people.',
})
export class TrainingProgrammeModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Title, as the runner writes it.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'English title.' })
  titleEn: string | null;

  @Field(() => String, { nullable: true, description: 'What trainees learn, and how.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Where the curriculum is published.' })
  curriculumUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Field of study.' })
  field: string | null;

  @Field(() => CalendarDate, { description: 'First day it runs (YYYY-MM-DD).' })
  startsOn: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day it runs (YYYY-MM-DD); null while open-ended.' })
  endsOn: string | null;

  @Field(() => Int, { description: 'Changes with every change of the programme and its intakes; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it or its intakes last changed.' })
  updatedAt: Date;

  runnerOrganizationId: string;

  static fromEntity(entity: TrainingProgrammeEntity): TrainingProgrammeModel {
    return Object.assign(new TrainingProgrammeModel(), {
      id: entity.id,
      title: entity.title,
      titleEn: entity.titleEn,
      description: entity.description,
      curriculumUrl: entity.curriculumUrl,
      field: entity.field,
      startsOn: entity.startsOn,
      endsOn: entity.endsOn,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      runnerOrganizationId: entity.runnerOrganizationId,
    });
  }
}

@ObjectType('TrainingPartner', {
  description: 'An organisation taking part in a training programme. ACTIVE partners are public; invitations and refusals are seen by the members of the runner and of the partner.',
})
export class TrainingPartnerModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => TrainingPartnerStatus, { description: 'Where it stands.' })
  status: TrainingPartnerStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was invited.' })
  invitedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it answered; null while invited.' })
  answeredAt: Date | null;

  @Field(() => Int, { description: 'Changes with its answer and every figure it records; pass it as `expectedVersion`.' })
  version: number;

  programmeId: string;
  organizationId: string;

  static fromEntity(entity: TrainingPartnerEntity): TrainingPartnerModel {
    return Object.assign(new TrainingPartnerModel(), {
      id: entity.id,
      status: entity.status,
      invitedAt: entity.createdAt,
      answeredAt: entity.answeredAt,
      version: entity.version,
      programmeId: entity.programmeId,
      organizationId: entity.organizationId,
    });
  }
}

@ObjectType('TrainingContribution', { description: 'What a partner funds and hires for one intake year: counts, not people.' })
export class TrainingContributionModel {
  @Field(() => Int, { description: 'The intake year.' })
  year: number;

  @Field(() => Int, { description: 'Seats of the intake the partner funds.' })
  seatsFunded: number;

  @Field(() => Int, { description: 'Graduates of the intake the partner hired.' })
  graduatesHired: number;
}

@ObjectType('TrainingIntake', { description: 'One year’s intake of a programme.' })
export class TrainingIntakeModel {
  @Field(() => Int, { description: 'The intake year.' })
  year: number;

  @Field(() => Int, { description: 'Trainees admitted.' })
  trainees: number;

  @Field(() => Int, { description: 'Trainees of the intake who graduated so far.' })
  graduates: number;
}

@ObjectType({ description: 'A page of training programmes, newest first (Relay cursor connection).' })
export class TrainingProgrammeConnection extends Connection(TrainingProgrammeModel, 'TrainingProgramme', 'training programmes') {}
