import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import { PartnershipStatus, PartnershipType, PartyConsent, type PartnershipEntity } from './partnership.entity.js';
import { CalendarDate } from '../common/graphql/scalars.js';

registerEnumType(PartnershipType, {
  name: 'PartnershipType',
  description: 'What kind of agreement a partnership is.',
  valuesMap: {
    MOU: { description: 'Memorandum of understanding: a declared intent to cooperate, usually not binding.' },
    STRATEGIC_COOPERATION: { description: 'Long-term strategic cooperation, e.g. between two cities or regions.' },
    FRAMEWORK_AGREEMENT: { description: 'Framework agreement under which later contracts or projects are concluded.' },
    RESEARCH_CONTRACT: { description: 'Contract for research done by one party for or with the others.' },
    NDA: { description: 'Non-disclosure agreement.' },
  },
});

registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description:
    'Where a partnership stands. It starts DRAFT; DRAFT may become ACTIVE or TERMINATED; ACTIVE may become EXPIRED or TERMINATED; EXPIRED and TERMINATED are final.',
  valuesMap: {
    DRAFT: { description: 'Being prepared; not in force.' },
    ACTIVE: { description: 'In force.' },
    EXPIRED: { description: 'Ended because its term ran out (final).' },
    TERMINATED: { description: 'Ended early or abandoned before it came into force (final).' },
  },
});

registerEnumType(PartyConsent, {
  name: 'PartyConsent',
  description: 'A party’s answer to a partnership. A partnership becomes ACTIVE only when every party has ACCEPTED.',
  valuesMap: {
    PENDING: { description: 'Not answered yet (or asked again after the terms changed).' },
    ACCEPTED: { description: 'Its editors or admins accepted (those who recorded the partnership accept by recording it).' },
    DECLINED: { description: 'Its editors or admins declined.' },
  },
});

@ObjectType('PartnershipConsent', { description: 'A party’s consent to a partnership.' })
export class PartnershipConsentModel {
  @Field(() => ID, { description: 'The party (organisation).' })
  organizationId: string;

  @Field(() => PartyConsent, { description: 'Its answer so far.' })
  consent: PartyConsent;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it answered.' })
  decidedAt: Date | null;
}

@ObjectType('Partnership', {
  description:
    'An agreement between two or more organisations outside any project (MoU, strategic cooperation, framework agreement, research contract, NDA). Visible to the members and API keys of its parties, and to platform admins.',
})
export class PartnershipModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => PartnershipType, { description: 'What kind of agreement this is.' })
  type: PartnershipType;

  @Field({ description: 'Title of the agreement (up to 300 characters).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the parties agreed, and anything a reader should know about the record.' })
  description: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Day it was signed (ISO 8601 date, `YYYY-MM-DD`); null when unknown or not signed yet.' })
  signedOn: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'First day it is in force (`YYYY-MM-DD`); null when unknown.' })
  validFrom: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day it is in force (`YYYY-MM-DD`), never before `validFrom`; null when open-ended.' })
  validUntil: string | null;

  @Field(() => PartnershipStatus, { description: 'Where the partnership stands; change it with `changePartnershipStatus`.' })
  status: PartnershipStatus;

  @Field(() => String, { nullable: true, description: 'Where the signed document is kept: a file number, register entry or URL.' })
  documentReference: string | null;

  @Field(() => Int, { description: 'Changes with every change (fields, parties, status); pass it as `expectedVersion` to `updatePartnership`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the record (its fields, parties or status) last changed.' })
  updatedAt: Date;

  static fromEntity(entity: PartnershipEntity): PartnershipModel {
    const model = new PartnershipModel();
    model.id = entity.id;
    model.type = entity.type;
    model.title = entity.title;
    model.description = entity.description;
    model.signedOn = entity.signedOn;
    model.validFrom = entity.validFrom;
    model.validUntil = entity.validUntil;
    model.status = entity.status;
    model.documentReference = entity.documentReference;
    model.version = entity.version;
    model.createdAt = entity.createdAt;
    model.updatedAt = entity.updatedAt;
    return model;
  }
}

@ObjectType({ description: 'A page of partnerships, newest first (Relay cursor connection).' })
export class PartnershipConnection extends Connection(PartnershipModel, 'Partnership', 'partnerships') {}

