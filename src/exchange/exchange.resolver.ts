import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { pathOf, selectionOf } from '../common/read/selection.js';
import { AgreementModel } from '../agreements/agreement.model.js';
import { AgreementService } from '../agreements/agreement.service.js';
import { Public } from '../common/access/public.decorator.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { Money } from '../projects/money.js';
import { TechnologyModel } from '../technologies/technology.model.js';
import { DealService } from './deal.service.js';
import { ExchangeReader } from './exchange-reader.js';
import { DemandService } from './demand.service.js';
import {
  AdvanceDealInput,
  CreateDemandInput,
  CreateOfferInput,
  DealsArgs,
  DemandsArgs,
  DropDealInput,
  ExpressInterestInput,
  InterestsArgs,
  MatchArgs,
  OffersArgs,
  OpenDealInput,
  PublishExchangeItemInput,
  UpdateDemandInput,
  UpdateOfferInput,
  WithdrawExchangeItemInput,
} from './dto/exchange.inputs.js';
import { BudgetRange, DealConnection, DealModel, DealStageChangeModel, DemandConnection, DemandMatchModel, DemandModel, InterestConnection, InterestModel, OfferConnection, OfferMatchModel, OfferModel } from './exchange.model.js';
import { InterestService } from './interest.service.js';
import { MatchingService } from './matching.service.js';
import { OfferService } from './offer.service.js';
import { AlreadyInterestedError, DealAgreementMismatchError, InterestNotAllowedError, InvalidDealTransitionError, InvalidExchangeTransitionError } from './exchange.errors.js';

export const CreateOfferResult = resultUnion('CreateOfferResult', 'The new offer; or why not.', () => [OfferModel, InvalidInputError]);
export const OfferResult = resultUnion('OfferResult', 'The offer after the change; or why not.', () => [
  OfferModel,
  InvalidExchangeTransitionError,
  InvalidInputError,
  VersionConflictError,
]);
export const CreateDemandResult = resultUnion('CreateDemandResult', 'The new demand; or why not.', () => [DemandModel, InvalidInputError]);
export const DemandResult = resultUnion('DemandResult', 'The demand after the change; or why not.', () => [
  DemandModel,
  InvalidExchangeTransitionError,
  InvalidInputError,
  VersionConflictError,
]);
export const ExpressInterestResult = resultUnion('ExpressInterestResult', 'The expression of interest; or why not.', () => [
  InterestModel,
  InterestNotAllowedError,
  AlreadyInterestedError,
  InvalidInputError,
]);
export const WithdrawInterestResult = resultUnion('WithdrawInterestResult', 'The withdrawn expression of interest; or why not.', () => [InterestModel, InvalidInputError]);
export const OpenDealResult = resultUnion('OpenDealResult', 'The new deal; or why not.', () => [DealModel, InvalidInputError]);
export const DealResult = resultUnion('DealResult', 'The deal after the move; or why not.', () => [
  DealModel,
  InvalidDealTransitionError,
  DealAgreementMismatchError,
  InvalidInputError,
  VersionConflictError,
]);

const idArg = (description: string) => Args('id', { type: () => ID, description }, new ParseUUIDPipe());

@Resolver(() => OfferModel)
export class OfferResolver {
  constructor(
    private readonly offers: OfferService,
    private readonly interests: InterestService,
    private readonly organizations: OrganizationService,
    private readonly matching: MatchingService,
    private readonly reader: ExchangeReader,
  ) {}

  @Public()
  @Query(() => OfferModel, { nullable: true, description: 'One technology offer; null when there is none or it is not visible to you (drafts are for the organisation’s members).' })
  technologyOffer(@Ctx() ctx: RequestContext, @idArg('The offer.') id: string, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.item(ctx, 'offer', id, info);
  }

  @Public()
  @Query(() => OfferConnection, { description: 'Technology offers you may read (published ones, and your organisations’), newest first.' })
  technologyOffers(@Ctx() ctx: RequestContext, @Args() args: OffersArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.offers(ctx, args, info);
  }

  @Public()
  @Query(() => [DemandMatchModel], {
    description:
      'Published, unexpired demands of other organisations that the offer may meet, most relevant first, across Vietnamese and English; demands asking a higher TRL than the offer’s are left out.',
  })
  matchesForOffer(
    @Ctx() ctx: RequestContext,
    @Args('offerId', { type: () => ID, description: 'The offer (one you may read).' }, new ParseUUIDPipe()) offerId: string,
    @Args() args: MatchArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DemandMatchModel[]> {
    return this.matching.matchesForOffer(ctx, offerId, args.first ?? 10, pathOf(selectionOf(info), getNamedType(info.returnType) as GraphQLObjectType, ['demand']));
  }

  @Mutation(() => CreateOfferResult, { description: 'Editors of an organisation that owns a technology today (and manage it): offer it on the exchange, in DRAFT.' })
  createOffer(@Ctx() ctx: RequestContext, @Args('input', { description: 'The offer.' }) input: CreateOfferInput) {
    return this.offers.create(ctx, input);
  }

  @Mutation(() => OfferResult, { description: 'The organisation’s editors: change an offer that is not withdrawn.' })
  updateOffer(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateOfferInput) {
    return this.offers.update(ctx, input);
  }

  @Mutation(() => OfferResult, { description: 'The organisation’s editors: publish a draft offer until its expiry date (after today, at most two years ahead); the organisation must still own the technology.' })
  publishOffer(@Ctx() ctx: RequestContext, @Args('input', { description: 'The offer and its expiry date.' }) input: PublishExchangeItemInput) {
    return this.offers.publish(ctx, input);
  }

  @Mutation(() => OfferResult, {
    description:
      'The organisation’s editors: renew a PUBLISHED or EXPIRED offer to PUBLISHED until a later date (after today and, if still published, after its current expiry date; at most two years ahead).',
  })
  renewOffer(@Ctx() ctx: RequestContext, @Args('input', { description: 'The offer and its new expiry date.' }) input: PublishExchangeItemInput) {
    return this.offers.renew(ctx, input);
  }

  @Mutation(() => OfferResult, { description: 'The organisation’s editors: take an offer off the exchange for good.' })
  withdrawOffer(@Ctx() ctx: RequestContext, @Args('input', { description: 'The offer.' }) input: WithdrawExchangeItemInput) {
    return this.offers.withdraw(ctx, input);
  }

  @ResolveField('assessedTrl', () => Int, { nullable: true, description: 'The technology’s TRL as last assessed, the evidence behind `trl`. Filters and matching use the lower of the two.' })
  assessedTrl(@Ctx() ctx: RequestContext, @Parent() offer: OfferModel): Promise<number | null> {
    return this.offers.assessedTrl(ctx, offer.technologyId);
  }

  @ResolveField('trlVerified', () => Boolean, { description: 'Whether `trl` is at most the assessed TRL (a later, lower assessment makes it false).' })
  async trlVerified(@Ctx() ctx: RequestContext, @Parent() offer: OfferModel): Promise<boolean> {
    const assessed = await this.offers.assessedTrl(ctx, offer.technologyId);
    return assessed !== null && offer.trl <= assessed;
  }

  @ResolveField('details', () => String, { nullable: true, description: 'Details for partners (members of verified organisations) and the offering organisation; null for others.' })
  details(@Ctx() ctx: RequestContext, @Parent() offer: OfferModel): Promise<string | null> {
    return this.offers.details(ctx, offer);
  }

  @ResolveField('price', () => Money, { nullable: true, description: 'The indicative price, for partners (members of verified organisations) and the offering organisation; null for others or when none is stated.' })
  price(@Ctx() ctx: RequestContext, @Parent() offer: OfferModel): Promise<Money | null> {
    return this.offers.price(ctx, offer);
  }

  @ResolveField('priceNote', () => String, { nullable: true, description: 'Price terms in words (e.g. "negotiable"), for partners (members of verified organisations) and the offering organisation; null for others.' })
  priceNote(@Ctx() ctx: RequestContext, @Parent() offer: OfferModel): Promise<string | null> {
    return this.offers.priceNote(ctx, offer);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The offering organisation (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() offer: OfferModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, offer.organizationId);
  }

  @ResolveField('technology', () => TechnologyModel, { nullable: true, description: 'The technology record, for those who may read it (owners, inventors, licensees); null for others.' })
  technology(@Ctx() ctx: RequestContext, @Parent() offer: OfferModel): Promise<TechnologyModel | null> {
    return this.offers.technologyOf(ctx, offer);
  }

  @ResolveField('interests', () => [InterestModel], { description: 'Expressions of interest in the offer that you may read: all of them for its organisation, your organisations’ own for others.' })
  interestsIn(@Ctx() ctx: RequestContext, @Parent() offer: OfferModel): Promise<InterestModel[]> {
    return this.interests.forItem(ctx, 'offer', offer.id);
  }
}

@Resolver(() => DemandModel)
export class DemandResolver {
  constructor(
    private readonly demands: DemandService,
    private readonly interests: InterestService,
    private readonly organizations: OrganizationService,
    private readonly matching: MatchingService,
    private readonly reader: ExchangeReader,
  ) {}

  @Public()
  @Query(() => DemandModel, { nullable: true, description: 'One technology demand; null when there is none or it is not visible to you (drafts are for the organisation’s members).' })
  technologyDemand(@Ctx() ctx: RequestContext, @idArg('The demand.') id: string, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.item(ctx, 'demand', id, info);
  }

  @Public()
  @Query(() => DemandConnection, { description: 'Technology demands you may read (published ones, and your organisations’), newest first.' })
  technologyDemands(@Ctx() ctx: RequestContext, @Args() args: DemandsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.demands(ctx, args, info);
  }

  @Public()
  @Query(() => [OfferMatchModel], {
    description:
      'Published, unexpired offers of other organisations that may meet the demand, most relevant first, across Vietnamese and English (with or without diacritics); offers below the demand’s minimum TRL are left out.',
  })
  matchesForDemand(
    @Ctx() ctx: RequestContext,
    @Args('demandId', { type: () => ID, description: 'The demand (one you may read).' }, new ParseUUIDPipe()) demandId: string,
    @Args() args: MatchArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OfferMatchModel[]> {
    return this.matching.matchesForDemand(ctx, demandId, args.first ?? 10, pathOf(selectionOf(info), getNamedType(info.returnType) as GraphQLObjectType, ['offer']));
  }

  @Mutation(() => CreateDemandResult, { description: 'Editors of an organisation: state a need for technology, in DRAFT.' })
  createDemand(@Ctx() ctx: RequestContext, @Args('input', { description: 'The demand.' }) input: CreateDemandInput) {
    return this.demands.create(ctx, input);
  }

  @Mutation(() => DemandResult, { description: 'The organisation’s editors: change a demand that is not withdrawn.' })
  updateDemand(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateDemandInput) {
    return this.demands.update(ctx, input);
  }

  @Mutation(() => DemandResult, { description: 'The organisation’s editors: publish a draft demand until its expiry date (after today, at most two years ahead).' })
  publishDemand(@Ctx() ctx: RequestContext, @Args('input', { description: 'The demand and its expiry date.' }) input: PublishExchangeItemInput) {
    return this.demands.publish(ctx, input);
  }

  @Mutation(() => DemandResult, { description: 'The organisation’s editors: renew a PUBLISHED or EXPIRED demand to PUBLISHED until a later date (as for offers).' })
  renewDemand(@Ctx() ctx: RequestContext, @Args('input', { description: 'The demand and its new expiry date.' }) input: PublishExchangeItemInput) {
    return this.demands.renew(ctx, input);
  }

  @Mutation(() => DemandResult, { description: 'The organisation’s editors: take a demand off the exchange for good.' })
  withdrawDemand(@Ctx() ctx: RequestContext, @Args('input', { description: 'The demand.' }) input: WithdrawExchangeItemInput) {
    return this.demands.withdraw(ctx, input);
  }

  @ResolveField('budget', () => BudgetRange, { nullable: true, description: 'The budget, for partners (members of verified organisations) and the seeking organisation; null for others or when none is stated.' })
  budget(@Ctx() ctx: RequestContext, @Parent() demand: DemandModel): Promise<BudgetRange | null> {
    return this.demands.budget(ctx, demand);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The organisation with the need (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() demand: DemandModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, demand.organizationId);
  }

  @ResolveField('interests', () => [InterestModel], { description: 'Expressions of interest in the demand that you may read: all of them for its organisation, your organisations’ own for others.' })
  interestsIn(@Ctx() ctx: RequestContext, @Parent() demand: DemandModel): Promise<InterestModel[]> {
    return this.interests.forItem(ctx, 'demand', demand.id);
  }
}

@Resolver(() => InterestModel)
export class InterestResolver {
  constructor(
    private readonly interests: InterestService,
    private readonly offers: OfferService,
    private readonly demands: DemandService,
    private readonly organizations: OrganizationService,
    private readonly reader: ExchangeReader,
  ) {}

  @Query(() => InterestConnection, { description: 'Expressions of interest you may read: your organisations’ own, and those in your organisations’ offers and demands; newest first.' })
  exchangeInterests(@Ctx() ctx: RequestContext, @Args() args: InterestsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.interests(ctx, args, info);
  }

  @Mutation(() => ExpressInterestResult, { description: 'Editors of an organisation: express its interest in another organisation’s published offer or demand (one open at a time per item).' })
  expressInterest(@Ctx() ctx: RequestContext, @Args('input', { description: 'Who, in what, and the message.' }) input: ExpressInterestInput) {
    return this.interests.express(ctx, input);
  }

  @Mutation(() => WithdrawInterestResult, { description: 'Editors of the interested organisation: withdraw its expression of interest.' })
  withdrawInterest(@Ctx() ctx: RequestContext, @idArg('The expression of interest.') id: string) {
    return this.interests.withdraw(ctx, id);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The interested organisation (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() interest: InterestModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, interest.organizationId);
  }

  @ResolveField('offer', () => OfferModel, { nullable: true, description: 'The offer it is in, if it is in an offer.' })
  offer(@Ctx() ctx: RequestContext, @Parent() interest: InterestModel): Promise<OfferModel | null> {
    return interest.offerId ? this.offers.findById(ctx, interest.offerId) : Promise.resolve(null);
  }

  @ResolveField('demand', () => DemandModel, { nullable: true, description: 'The demand it is in, if it is in a demand.' })
  demand(@Ctx() ctx: RequestContext, @Parent() interest: InterestModel): Promise<DemandModel | null> {
    return interest.demandId ? this.demands.findById(ctx, interest.demandId) : Promise.resolve(null);
  }
}

@Resolver(() => DealModel)
export class DealResolver {
  constructor(
    private readonly dealService: DealService,
    private readonly offers: OfferService,
    private readonly demands: DemandService,
    private readonly interests: InterestService,
    private readonly organizations: OrganizationService,
    private readonly agreements: AgreementService,
    private readonly reader: ExchangeReader,
  ) {}

  @Query(() => DealModel, { description: 'One deal you are party to (as a member of the broker, the provider or the seeker); NOT_FOUND for anyone else.' })
  deal(@Ctx() ctx: RequestContext, @idArg('The deal.') id: string, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.deal(ctx, id, info);
  }

  @Query(() => DealConnection, { description: 'Deals your organisations are party to, newest first.' })
  deals(@Ctx() ctx: RequestContext, @Args() args: DealsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.deals(ctx, args, info);
  }

  @Mutation(() => OpenDealResult, { description: 'Editors of an intermediary organisation: open a deal it brokers between an offer’s provider and a seeker, at INTEREST.' })
  openDeal(@Ctx() ctx: RequestContext, @Args('input', { description: 'What the deal is about and between whom.' }) input: OpenDealInput) {
    return this.dealService.open(ctx, input);
  }

  @Mutation(() => DealResult, { description: 'The broker’s editors: move a deal to its next stage; AGREED names the agreement it produced. An illegal move names the legal ones.' })
  advanceDeal(@Ctx() ctx: RequestContext, @Args('input', { description: 'The move.' }) input: AdvanceDealInput) {
    return this.dealService.advance(ctx, input);
  }

  @Mutation(() => DealResult, { description: 'Editors of the broker, the provider or the seeker: drop a deal that is not AGREED or DROPPED.' })
  dropDeal(@Ctx() ctx: RequestContext, @Args('input', { description: 'The deal and why.' }) input: DropDealInput) {
    return this.dealService.drop(ctx, input);
  }

  @ResolveField('broker', () => OrganizationModel, { nullable: true, description: 'The intermediary carrying the deal (null if archived).' })
  broker(@Ctx() ctx: RequestContext, @Parent() deal: DealModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, deal.brokerOrganizationId);
  }

  @ResolveField('provider', () => OrganizationModel, { nullable: true, description: 'The offer’s organisation (null if archived).' })
  provider(@Ctx() ctx: RequestContext, @Parent() deal: DealModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, deal.providerOrganizationId);
  }

  @ResolveField('seeker', () => OrganizationModel, { nullable: true, description: 'The organisation seeking the technology (null if archived).' })
  seeker(@Ctx() ctx: RequestContext, @Parent() deal: DealModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, deal.seekerOrganizationId);
  }

  @ResolveField('offer', () => OfferModel, { nullable: true, description: 'The offer the deal is about (the parties keep reading it after it leaves the exchange).' })
  offer(@Ctx() ctx: RequestContext, @Parent() deal: DealModel): Promise<OfferModel | null> {
    return this.offers.findById(ctx, deal.offerId);
  }

  @ResolveField('demand', () => DemandModel, { nullable: true, description: 'The demand it answers, if any.' })
  demand(@Ctx() ctx: RequestContext, @Parent() deal: DealModel): Promise<DemandModel | null> {
    return deal.demandId ? this.demands.findById(ctx, deal.demandId) : Promise.resolve(null);
  }

  @ResolveField('interest', () => InterestModel, { nullable: true, description: 'The expression of interest it follows, if any and if you may read it.' })
  interest(@Ctx() ctx: RequestContext, @Parent() deal: DealModel): Promise<InterestModel | null> {
    return deal.interestId ? this.interests.findById(ctx, deal.interestId) : Promise.resolve(null);
  }

  @ResolveField('agreement', () => AgreementModel, { nullable: true, description: 'The agreement the deal produced (AGREED), when you are party to it (the broker is not).' })
  agreement(@Ctx() ctx: RequestContext, @Parent() deal: DealModel): Promise<AgreementModel | null> {
    return deal.agreementId ? this.agreements.findById(ctx, deal.agreementId) : Promise.resolve(null);
  }

  @ResolveField('history', () => [DealStageChangeModel], { description: 'Every move of the deal, oldest first.' })
  history(@Ctx() ctx: RequestContext, @Parent() deal: DealModel): Promise<DealStageChangeModel[]> {
    return this.dealService.historyOf(ctx, deal.id);
  }
}

@Resolver(() => TechnologyModel)
export class TechnologyOffersResolver {
  constructor(private readonly offers: OfferService) {}

  @ResolveField('offers', () => OfferConnection, { description: 'Offers of this technology on the exchange that you may read, newest first.' })
  offersOf(@Ctx() ctx: RequestContext, @Parent() technology: TechnologyModel, @Args() args: OffersArgs): Promise<OfferConnection> {
    return this.offers.list(ctx, { ...args, filter: { ...args.filter, technologyId: technology.id } });
  }
}
