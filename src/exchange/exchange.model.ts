import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import type { DealEntity, DealStageChangeEntity, ExchangeInterestEntity, TechnologyDemandEntity, TechnologyOfferEntity } from './exchange.entity.js';
import { DealStage, ExchangeLanguage, ExchangeSector, ExchangeStatus, InterestStatus, MatchReasonKind, OfferKind } from './exchange.enums.js';
import { CalendarDate } from '../common/graphql/scalars.js';

/** What offers and demands share, in the schema and in code. */
@ObjectType({ isAbstract: true })
abstract class ExchangeItemFields {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => [String], { description: 'Keywords.' })
  keywords: string[];

  @Field(() => CalendarDate, { nullable: true, description: 'The day it was (last) published (YYYY-MM-DD).' })
  publishedOn: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'The last day it is on the exchange (YYYY-MM-DD).' })
  expiresOn: string | null;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt: Date;

  /** The organisation that offers or asks. */
  organizationId: string;
}

@ObjectType('TechnologyOffer', {
  description:
    'A technology offered on the exchange for licence, transfer or cooperation. Anyone reads a published offer’s summary; details and price are for partners (members of verified organisations); drafts only for the offering organisation’s members.',
})
export class OfferModel extends ExchangeItemFields {
  @Field(() => OfferKind, { description: 'What is offered.' })
  kind: OfferKind;

  @Field({ description: 'The public summary.' })
  summary: string;

  @Field(() => Int, { description: 'Technology readiness level 1-9 the offer states: never above the technology’s assessed level when written.' })
  trl: number;


  @Field(() => [ExchangeSector], { description: 'Sectors the technology serves.' })
  sectors: ExchangeSector[];

  @Field(() => ExchangeLanguage, { description: 'The language the offer is written in.' })
  language: ExchangeLanguage;

  @Field(() => ExchangeStatus, { description: 'Where the offer is; a published offer past its expiry date is EXPIRED.' })
  status: ExchangeStatus;

  @Field(() => [String], { description: 'Glossary concepts found in its public text (e.g. `water_quality`), which matching compares across languages.' })
  concepts: string[];

  /** Resolved by field resolvers that check the caller. */
  technologyId: string;
  details: string | null;
  priceAmount: string | null;
  priceCurrency: string | null;
  priceNote: string | null;

  static fromEntity(entity: TechnologyOfferEntity): OfferModel {
    return Object.assign(new OfferModel(), {
      id: entity.id,
      kind: entity.kind,
      title: entity.title,
      summary: entity.summary,
      trl: entity.trl,
      sectors: entity.sectors,
      keywords: entity.keywords,
      language: entity.language,
      status: entity.effectiveStatus,
      publishedOn: entity.publishedOn,
      expiresOn: entity.expiresOn,
      concepts: entity.concepts,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      organizationId: entity.organizationId,
      technologyId: entity.technologyId,
      details: entity.details,
      priceAmount: entity.priceAmount,
      priceCurrency: entity.priceCurrency,
      priceNote: entity.priceNote,
    });
  }
}

@ObjectType({ description: 'A page of technology offers (Relay cursor connection).' })
export class OfferConnection extends Connection(OfferModel, 'TechnologyOffer', 'offers') {}

@ObjectType('BudgetRange', { description: 'A budget from a minimum to a maximum, in one currency; either end may be open.' })
export class BudgetRange {
  @Field(() => String, { nullable: true, description: 'The least it would spend, an exact decimal string.' })
  min: string | null;

  @Field(() => String, { nullable: true, description: 'The most it would spend, an exact decimal string.' })
  max: string | null;

  @Field({ description: 'ISO 4217 currency code.' })
  currency: string;
}

@ObjectType('TechnologyDemand', {
  description:
    'An organisation’s need for technology. Anyone reads a published demand’s summary; the budget is for partners (members of verified organisations); drafts only for the organisation’s members.',
})
export class DemandModel extends ExchangeItemFields {
  @Field({ description: 'What is needed (public).' })
  description: string;

  @Field(() => [ExchangeSector], { description: 'Sectors of the need.' })
  sectors: ExchangeSector[];

  @Field(() => ExchangeLanguage, { description: 'The language the demand is written in.' })
  language: ExchangeLanguage;

  @Field(() => Int, { nullable: true, description: 'The least technology readiness level acceptable (1-9); null when any will do.' })
  minTrl: number | null;

  @Field(() => ExchangeStatus, { description: 'Where the demand is; a published demand past its expiry date is EXPIRED.' })
  status: ExchangeStatus;

  @Field(() => [String], { description: 'Glossary concepts found in its public text, which matching compares across languages.' })
  concepts: string[];

  budgetMin: string | null;
  budgetMax: string | null;
  budgetCurrency: string | null;

  static fromEntity(entity: TechnologyDemandEntity): DemandModel {
    return Object.assign(new DemandModel(), {
      id: entity.id,
      title: entity.title,
      description: entity.description,
      sectors: entity.sectors,
      keywords: entity.keywords,
      language: entity.language,
      minTrl: entity.minTrl,
      status: entity.effectiveStatus,
      publishedOn: entity.publishedOn,
      expiresOn: entity.expiresOn,
      concepts: entity.concepts,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      organizationId: entity.organizationId,
      budgetMin: entity.budgetMin,
      budgetMax: entity.budgetMax,
      budgetCurrency: entity.budgetCurrency,
    });
  }
}

@ObjectType({ description: 'A page of technology demands (Relay cursor connection).' })
export class DemandConnection extends Connection(DemandModel, 'TechnologyDemand', 'demands') {}

@ObjectType('ExchangeInterest', {
  description: 'An organisation’s interest in an offer or a demand, with its message; both the interested organisation and the item’s organisation see it.',
})
export class InterestModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => InterestStatus, { description: 'Whether it stands.' })
  status: InterestStatus;

  @Field({ description: 'What the interested organisation wrote.' })
  message: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was expressed.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was withdrawn.' })
  withdrawnAt: Date | null;

  organizationId: string;
  offerId: string | null;
  demandId: string | null;

  static fromEntity(entity: ExchangeInterestEntity): InterestModel {
    return Object.assign(new InterestModel(), {
      id: entity.id,
      status: entity.status,
      message: entity.message,
      createdAt: entity.createdAt,
      withdrawnAt: entity.withdrawnAt,
      organizationId: entity.organizationId,
      offerId: entity.offerId,
      demandId: entity.demandId,
    });
  }
}

@ObjectType({ description: 'A page of expressions of interest (Relay cursor connection).' })
export class InterestConnection extends Connection(InterestModel, 'ExchangeInterest', 'expressions of interest') {}

@ObjectType('Deal', {
  description:
    'A match a broker (an intermediary organisation) carries from interest to agreement between the provider of an offer and a seeker. Only members of the three organisations see it.',
})
export class DealModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => DealStage, { description: 'Where the deal is.' })
  stage: DealStage;

  @Field(() => ID, { nullable: true, description: 'The agreement the deal produced; set exactly when the deal is AGREED.' })
  agreementId: string | null;

  @Field(() => Int, { description: 'Changes with every move; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When the deal was opened.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last moved.' })
  updatedAt: Date;

  brokerOrganizationId: string;
  providerOrganizationId: string;
  seekerOrganizationId: string;
  offerId: string;
  demandId: string | null;
  interestId: string | null;

  static fromEntity(entity: DealEntity): DealModel {
    return Object.assign(new DealModel(), {
      id: entity.id,
      stage: entity.stage,
      agreementId: entity.agreementId,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      brokerOrganizationId: entity.brokerOrganizationId,
      providerOrganizationId: entity.providerOrganizationId,
      seekerOrganizationId: entity.seekerOrganizationId,
      offerId: entity.offerId,
      demandId: entity.demandId,
      interestId: entity.interestId,
    });
  }
}

@ObjectType({ description: 'A page of deals (Relay cursor connection).' })
export class DealConnection extends Connection(DealModel, 'Deal', 'deals') {}

@ObjectType('DealStageChange', { description: 'One move of a deal, in its append-only history.' })
export class DealStageChangeModel {
  @Field(() => DealStage, { nullable: true, description: 'The stage before; null for the opening of the deal.' })
  from: DealStage | null;

  @Field(() => DealStage, { description: 'The stage after.' })
  to: DealStage;

  @Field(() => GraphQLISODateTime, { description: 'When it moved.' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The person who moved it; null when an API key did.' })
  byUserId: string | null;

  @Field(() => String, { nullable: true, description: 'The name that person shows; null when an API key did.' })
  byName: string | null;

  @Field(() => String, { nullable: true, description: 'Why, or what happened.' })
  note: string | null;

  static fromEntity(entity: DealStageChangeEntity, byName: string | null): DealStageChangeModel {
    return Object.assign(new DealStageChangeModel(), {
      from: entity.fromStage,
      to: entity.toStage,
      at: entity.changedAt,
      byUserId: entity.changedBy,
      byName,
      note: entity.note,
    });
  }
}

@ObjectType('MatchReason', { description: 'One reason a counterpart matched, with its share of the score.' })
export class MatchReasonModel {
  @Field(() => MatchReasonKind, { description: 'What the reason is about.' })
  kind: MatchReasonKind;

  @Field({ description: 'What the two sides share, e.g. `water quality / chất lượng nước` or `shared sectors: WATER`.' })
  detail: string;

  @Field(() => Float, { description: 'Its share of the score (the weights of a match’s reasons add up to its score).' })
  weight: number;
}

@ObjectType('OfferMatch', { description: 'A published offer that may meet a demand, with how well and why.' })
export class OfferMatchModel {
  @Field(() => OfferModel, { description: 'The offer.' })
  offer: OfferModel;

  @Field(() => Float, { description: 'How likely the match meets the need, at least in part, from 0 to 1 (calibrated on labelled pairs): 0.7 and above strong, 0.4 to 0.7 partial, below 0.4 weak.' })
  score: number;

  @Field(() => [MatchReasonModel], { description: 'Why it matched, strongest first.' })
  reasons: MatchReasonModel[];
}

@ObjectType('DemandMatch', { description: 'A published demand an offer may meet, with how well and why.' })
export class DemandMatchModel {
  @Field(() => DemandModel, { description: 'The demand.' })
  demand: DemandModel;

  @Field(() => Float, { description: 'How likely the match meets the need, at least in part, from 0 to 1 (calibrated on labelled pairs): 0.7 and above strong, 0.4 to 0.7 partial, below 0.4 weak.' })
  score: number;

  @Field(() => [MatchReasonModel], { description: 'Why it matched, strongest first.' })
  reasons: MatchReasonModel[];
}

