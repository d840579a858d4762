import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { FitsCurrency, IsCalendarDate, IsCurrencyCode } from '../../common/validation.js';
import { decimalPattern, MoneyInput } from '../../projects/money.js';
import { DealStage, ExchangeLanguage, ExchangeSector, ExchangeStatus, InterestStatus, OfferKind } from '../exchange.enums.js';
import { ExpectedVersion, OptionalInput, OptionalText, TrimmedText } from '../../common/graphql/input-fields.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';

const cleanKeywords = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((keyword) => (typeof keyword === 'string' ? keyword.trim() : keyword)).filter((keyword) => keyword !== '') : value;

/** Text, sectors, keywords and language shared by offers and demands; on update omitted fields stay. */
@InputType({ isAbstract: true })
abstract class ExchangeItemFields {
  @TrimmedText({ max: 300, description: 'Title (1 to 300 characters).', optional: true })
  title?: string;

  @Field(() => [ExchangeSector], { nullable: true, description: 'Sectors (up to 6, no repeats).' })
  @IsOptional()
  @IsEnum(ExchangeSector, { each: true })
  @ArrayUnique({ message: 'sectors must not repeat' })
  @ArrayMaxSize(6, { message: 'sectors may name at most 6 sectors' })
  sectors?: ExchangeSector[];

  @Field(() => [String], { nullable: true, description: 'Keywords (up to 20, each up to 60 characters).' })
  @IsOptional()
  @Transform(cleanKeywords)
  @IsString({ each: true })
  @MaxLength(60, { each: true, message: 'each keyword must be at most 60 characters' })
  @ArrayMaxSize(20, { message: 'keywords may hold at most 20 keywords' })
  keywords?: string[];

  @Field(() => ExchangeLanguage, { nullable: true, description: 'The language of the text.' })
  @IsOptional()
  @IsEnum(ExchangeLanguage)
  language?: ExchangeLanguage;
}

@InputType({ isAbstract: true })
abstract class OfferFields extends ExchangeItemFields {
  @Field(() => OfferKind, { nullable: true, description: 'What is offered.' })
  @IsOptional()
  @IsEnum(OfferKind)
  kind?: OfferKind;

  @TrimmedText({ max: 2000, description: 'The public summary (1 to 2,000 characters).', optional: true })
  summary?: string;

  @OptionalText({ max: 20_000, description: 'Details for partners (members of verified organisations) (up to 20,000 characters); null clears them.' })
  details?: string | null;

  @Field(() => Int, { nullable: true, description: 'Technology readiness level 1-9 of what is offered; the technology’s current level when omitted at creation.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'trl must be between 1 and 9' })
  @Max(9, { message: 'trl must be between 1 and 9' })
  trl?: number;

  @OptionalInput(() => MoneyInput, 'An indicative price, for partners (members of verified organisations); null clears it.')
  price?: MoneyInput | null;

  @OptionalText({ max: 300, description: 'Price terms in words, e.g. "negotiable" (up to 300 characters), for partners (members of verified organisations); null clears it.' })
  priceNote?: string | null;
}

@InputType({ description: 'A new technology offer, in DRAFT. The organisation must own the technology today, and you must be one of its editors.' })
export class CreateOfferInput extends OfferFields {
  @Field(() => ID, { description: 'The offering organisation: a current owner of the technology.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field(() => ID, { description: 'The technology offered; you must manage it.' })
  @IsUUID('all', { message: 'technologyId must be a technology id (UUID)' })
  technologyId: string;

  @TrimmedText({ max: 300, description: 'Title (1 to 300 characters).' })
  override title: string;

  @Field(() => ExchangeLanguage, { description: 'The language of the text.' })
  @IsEnum(ExchangeLanguage)
  override language: ExchangeLanguage;

  @Field(() => OfferKind, { description: 'What is offered.' })
  @IsEnum(OfferKind)
  override kind: OfferKind;

  @TrimmedText({ max: 2000, description: 'The public summary (1 to 2,000 characters).' })
  override summary: string;
}

@InputType({ description: 'Changes to an offer (not a withdrawn one). Omitted fields stay; null clears an optional one.' })
export class UpdateOfferInput extends OfferFields {
  @Field(() => ID, { description: 'The offer.' })
  @IsUUID('all', { message: 'id must be an offer id (UUID)' })
  id: string;

  @ExpectedVersion('The version you read; if it changed since, nothing is written.')
  expectedVersion: number;
}

@InputType({ description: 'A budget range in one currency; give at least one end.' })
export class BudgetInput {
  @Field(() => String, { nullable: true, description: 'The least, an exact decimal string with at most 2 decimals.' })
  @IsOptional()
  @Matches(decimalPattern, { message: 'min must be a non-negative decimal with at most 2 decimals, written as a string' })
  @FitsCurrency('currency')
  min?: string;

  @Field(() => String, { nullable: true, description: 'The most, an exact decimal string; not below `min`.' })
  @IsOptional()
  @Matches(decimalPattern, { message: 'max must be a non-negative decimal with at most 2 decimals, written as a string' })
  @FitsCurrency('currency')
  max?: string;

  @Field({ defaultValue: 'VND', description: 'ISO 4217 currency code with 0 or 2 decimals; VND when omitted.' })
  @IsCurrencyCode()
  currency: string = 'VND';
}

@InputType({ isAbstract: true })
abstract class DemandFields extends ExchangeItemFields {
  @TrimmedText({ max: 5000, description: 'What is needed (1 to 5,000 characters); public once published.', optional: true })
  description?: string;

  @Field(() => Int, { nullable: true, description: 'The least technology readiness level acceptable (1-9); null when any will do.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'minTrl must be between 1 and 9' })
  @Max(9, { message: 'minTrl must be between 1 and 9' })
  minTrl?: number | null;

  @OptionalInput(() => BudgetInput, 'The budget, for partners (members of verified organisations); null clears it.')
  budget?: BudgetInput | null;
}

@InputType({ description: 'A new technology demand, in DRAFT, for an organisation you are an editor of.' })
export class CreateDemandInput extends DemandFields {
  @Field(() => ID, { description: 'The organisation with the need.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @TrimmedText({ max: 300, description: 'Title (1 to 300 characters).' })
  override title: string;

  @Field(() => ExchangeLanguage, { description: 'The language of the text.' })
  @IsEnum(ExchangeLanguage)
  override language: ExchangeLanguage;

  @TrimmedText({ max: 5000, description: 'What is needed (1 to 5,000 characters); public once published.' })
  override description: string;
}

@InputType({ description: 'Changes to a demand (not a withdrawn one). Omitted fields stay; null clears an optional one.' })
export class UpdateDemandInput extends DemandFields {
  @Field(() => ID, { description: 'The demand.' })
  @IsUUID('all', { message: 'id must be a demand id (UUID)' })
  id: string;

  @ExpectedVersion('The version you read; if it changed since, nothing is written.')
  expectedVersion: number;
}

@InputType({ description: 'Publishing or renewing an offer or demand until a day.' })
export class PublishExchangeItemInput {
  @Field(() => ID, { description: 'The offer or demand.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => CalendarDate, { description: 'The last day on the exchange (YYYY-MM-DD): after today, at most two years ahead, and for a renewal of a published item after its current expiry date.' })
  @IsCalendarDate()
  expiresOn: string;
}

@InputType({ description: 'Taking an offer or demand off the exchange for good.' })
export class WithdrawExchangeItemInput {
  @Field(() => ID, { description: 'The offer or demand.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;
}

/** Conditions offers and demands share. */
@InputType({ isAbstract: true })
abstract class ExchangeItemFilter {
  @Field(() => ExchangeStatus, { nullable: true, description: 'Only this status (as served: a published item past its expiry date counts as EXPIRED).' })
  @IsOptional()
  @IsEnum(ExchangeStatus)
  status?: ExchangeStatus;

  @Field(() => ID, { nullable: true, description: 'Only this organisation’s.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => ExchangeSector, { nullable: true, description: 'Only those naming this sector.' })
  @IsOptional()
  @IsEnum(ExchangeSector)
  sector?: ExchangeSector;

  @Field(() => String, { nullable: true, description: 'Words in the title, public text or keywords; accents, case and punctuation ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'filter.search must be at most 200 characters' })
  search?: string;

  @Field(() => Int, { nullable: true, description: 'Only published ones whose expiry date is within this many days from today (0 = expiring today).' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'filter.expiringWithinDays must be between 0 and 730' })
  @Max(730, { message: 'filter.expiringWithinDays must be between 0 and 730' })
  expiringWithinDays?: number;
}

@InputType({ description: 'Conditions the offers must meet; all given ones must hold.' })
export class OfferFilter extends ExchangeItemFilter {
  @Field(() => Int, { nullable: true, description: 'Only offers at this TRL or above.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  minTrl?: number;

  @Field(() => Int, { nullable: true, description: 'Only offers at this TRL or below.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  maxTrl?: number;

  @Field(() => OfferKind, { nullable: true, description: 'Only this kind of offer.' })
  @IsOptional()
  @IsEnum(OfferKind)
  kind?: OfferKind;

  @Field(() => ID, { nullable: true, description: 'Only offers of this technology.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.technologyId must be a technology id (UUID)' })
  technologyId?: string;
}

@InputType({ description: 'Conditions the demands must meet; all given ones must hold.' })
export class DemandFilter extends ExchangeItemFilter {
  @Field(() => Int, { nullable: true, description: 'Only demands whose minimum TRL is at least this (demands with no minimum are left out).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  minTrl?: number;

  @Field(() => Int, { nullable: true, description: 'Only demands an offer at this TRL satisfies: no minimum, or a minimum at most this.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  maxTrl?: number;
}

@ArgsType()
export class OffersArgs extends FilteredListArgs(OfferFilter, 'offers') {}

@ArgsType()
export class DemandsArgs extends FilteredListArgs(DemandFilter, 'demands') {}

@InputType({ description: 'An expression of interest in exactly one offer or demand, made for one of your organisations.' })
export class ExpressInterestInput {
  @Field(() => ID, { description: 'The interested organisation; you must be one of its editors.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field(() => ID, { nullable: true, description: 'The offer; give this or `demandId`.' })
  @IsOptional()
  @IsUUID('all', { message: 'offerId must be an offer id (UUID)' })
  offerId?: string;

  @Field(() => ID, { nullable: true, description: 'The demand; give this or `offerId`.' })
  @IsOptional()
  @IsUUID('all', { message: 'demandId must be a demand id (UUID)' })
  demandId?: string;

  @TrimmedText({ max: 4000, description: 'A message to the other side (1 to 4,000 characters).' })
  message: string;
}

@InputType({ description: 'Conditions the expressions of interest must meet; all given ones must hold.' })
export class InterestFilter {
  @Field(() => ID, { nullable: true, description: 'Only those in this offer.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.offerId must be an offer id (UUID)' })
  offerId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those in this demand.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.demandId must be a demand id (UUID)' })
  demandId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those expressed by this organisation, or in its offers and demands.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => InterestStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(InterestStatus)
  status?: InterestStatus;
}

@ArgsType()
export class InterestsArgs extends FilteredListArgs(InterestFilter, 'expressions of interest') {}

@InputType({
  description:
    'A new deal, at INTEREST, carried by a broker (an organisation of kind INTERMEDIARY) you are an editor of. The provider is the offer’s organisation; the seeker is the demand’s organisation, the interested organisation, or `seekerOrganizationId`.',
})
export class OpenDealInput {
  @Field(() => ID, { description: 'The broker: an intermediary organisation.' })
  @IsUUID('all', { message: 'brokerOrganizationId must be an organisation id (UUID)' })
  brokerOrganizationId: string;

  @Field(() => ID, { description: 'The offer the deal is about.' })
  @IsUUID('all', { message: 'offerId must be an offer id (UUID)' })
  offerId: string;

  @Field(() => ID, { nullable: true, description: 'The demand it answers, if any; its organisation is the seeker.' })
  @IsOptional()
  @IsUUID('all', { message: 'demandId must be a demand id (UUID)' })
  demandId?: string;

  @Field(() => ID, { nullable: true, description: 'The expression of interest it follows, if any: the seeker’s interest in the offer, or the provider’s in the demand.' })
  @IsOptional()
  @IsUUID('all', { message: 'interestId must be an expression of interest id (UUID)' })
  interestId?: string;

  @Field(() => ID, { nullable: true, description: 'The seeker, when neither a demand nor an interest names it.' })
  @IsOptional()
  @IsUUID('all', { message: 'seekerOrganizationId must be an organisation id (UUID)' })
  seekerOrganizationId?: string;

  @OptionalText({ max: 2000, description: 'A note for the history (up to 2,000 characters).' })
  note?: string | null;
}

@InputType({ description: 'A move of a deal to its next stage (the broker’s editors).' })
export class AdvanceDealInput {
  @Field(() => ID, { description: 'The deal.' })
  @IsUUID('all', { message: 'id must be a deal id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => DealStage, { description: 'The stage to move to: the next one (DROPPED has its own mutation).' })
  @IsEnum(DealStage)
  stage: DealStage;

  @OptionalText({ max: 2000, description: 'A note for the history (up to 2,000 characters).' })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for AGREED: the agreement the deal produced, with the provider among its licensors, the seeker as licensee, covering the offered technology.' })
  @IsOptional()
  @IsUUID('all', { message: 'agreementId must be an agreement id (UUID)' })
  agreementId?: string;
}

@InputType({ description: 'Dropping a deal (editors of the broker, the provider or the seeker).' })
export class DropDealInput {
  @Field(() => ID, { description: 'The deal.' })
  @IsUUID('all', { message: 'id must be a deal id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @OptionalText({ max: 2000, description: 'Why (up to 2,000 characters).' })
  note?: string | null;
}

@InputType({ description: 'Conditions the deals must meet; all given ones must hold.' })
export class DealFilter {
  @Field(() => DealStage, { nullable: true, description: 'Only deals at this stage.' })
  @IsOptional()
  @IsEnum(DealStage)
  stage?: DealStage;

  @Field(() => ID, { nullable: true, description: 'Only deals this organisation is a party to (as broker, provider or seeker).' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;
}

@ArgsType()
export class DealsArgs extends FilteredListArgs(DealFilter, 'deals') {}

@ArgsType()
export class MatchArgs {
  @Field(() => Int, { nullable: true, description: 'How many matches to return: 1 to 50, 10 when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be between 1 and 50' })
  @Max(50, { message: 'first must be between 1 and 50' })
  first?: number;
}
