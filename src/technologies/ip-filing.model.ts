import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import type { IpFilingEntity } from './ip-filing.entity.js';
import { IpDeadlineKind, IpFilingStatus, IpType } from './technology.enums.js';
import { CalendarDate } from '../common/graphql/scalars.js';

@ObjectType('IpFiling', { description: 'An application for, or grant of, an IP right protecting a technology in one jurisdiction or route.' })
export class IpFilingModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => IpType, { description: 'The kind of right.' })
  type: IpType;

  @Field({ description: 'ISO country code (VN, US...) or route (PCT, EP, EA, HAGUE).' })
  jurisdiction: string;

  @Field(() => String, { nullable: true, description: 'The title as filed, when it differs from the technology’s.' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'The office’s application number; unique within the jurisdiction.' })
  applicationNumber: string | null;

  @Field(() => CalendarDate, { description: 'Priority date (YYYY-MM-DD): the earliest date claimed, the filing date when none is.' })
  priorityDate: string;

  @Field(() => CalendarDate, { description: 'Filing date (YYYY-MM-DD).' })
  filingDate: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Publication date (YYYY-MM-DD).' })
  publicationDate: string | null;

  @Field(() => String, { nullable: true, description: 'Publication number.' })
  publicationNumber: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Grant or registration date (YYYY-MM-DD).' })
  grantDate: string | null;

  @Field(() => String, { nullable: true, description: 'Patent or registration number.' })
  registrationNumber: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Expiry date as stated by the office (YYYY-MM-DD).' })
  expiryDate: string | null;

  @Field(() => IpFilingStatus, { description: 'Where the filing is.' })
  status: IpFilingStatus;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt: Date;

  technologyId: string;
  parentFilingId: string | null;

  static fromEntity(entity: IpFilingEntity): IpFilingModel {
    return Object.assign(new IpFilingModel(), {
      id: entity.id,
      type: entity.type,
      jurisdiction: entity.jurisdiction,
      title: entity.title,
      applicationNumber: entity.applicationNumber,
      priorityDate: entity.priorityDate,
      filingDate: entity.filingDate,
      publicationDate: entity.publicationDate,
      publicationNumber: entity.publicationNumber,
      grantDate: entity.grantDate,
      registrationNumber: entity.registrationNumber,
      expiryDate: entity.expiryDate,
      status: entity.status,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      technologyId: entity.technologyId,
      parentFilingId: entity.parentFilingId,
    });
  }
}

@ObjectType({ description: 'A page of IP filings (Relay cursor connection).' })
export class IpFilingConnection extends Connection(IpFilingModel, 'IpFiling', 'filings') {}

@ObjectType('IpDeadline', { description: 'A deadline of a filing, computed from its dates by a stated legal rule.' })
export class IpDeadlineModel {
  @Field(() => IpDeadlineKind, { description: 'What is due.' })
  kind: IpDeadlineKind;

  @Field(() => CalendarDate, { description: 'The last day (YYYY-MM-DD).' })
  dueOn: string;

  @Field(() => Int, { description: 'Days from today to the due day; negative when it has passed.' })
  daysLeft: number;

  @Field({ description: 'What must be done, in words.' })
  description: string;

  @Field({ description: 'The legal provision the period comes from.' })
  legalSource: string;

  @Field(() => IpFilingModel, { description: 'The filing it belongs to.' })
  filing: IpFilingModel;
}

