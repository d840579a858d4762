import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgreementModel } from '../agreements/agreement.model.js';
import { AgreementService } from '../agreements/agreement.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import {
  DistributeRevenueArgs,
  MarkDistributionLinePaidInput,
  MyDistributionLinesArgs,
  RecordRevenueCostInput,
  RecordRevenueReceiptInput,
  SetDistributionPolicyInput,
} from './dto/revenue.inputs.js';
import { DistributionLineConnection, DistributionLineModel, DistributionPolicyModel, RevenueCostModel, RevenueDistributionModel, RevenueReceiptModel } from './revenue.model.js';
import { RevenueService } from './revenue.service.js';
import { AgreementStateError } from '../agreements/agreement.errors.js';
import { DistributionLinePaidError, MissingDistributionPolicyError, NegativeNetRevenueError, NothingToDistributeError } from './revenue.errors.js';

export const RecordRevenueReceiptResult = resultUnion('RecordRevenueReceiptResult', 'The recorded receipt; or why not.', () => [
  RevenueReceiptModel,
  InvalidInputError,
  AgreementStateError,
]);
export const RecordRevenueCostResult = resultUnion('RecordRevenueCostResult', 'The recorded cost; or why not.', () => [RevenueCostModel, InvalidInputError]);
export const SetDistributionPolicyResult = resultUnion('SetDistributionPolicyResult', 'The policy; or why not.', () => [DistributionPolicyModel, InvalidInputError]);
export const DistributeRevenueResult = resultUnion('DistributeRevenueResult', 'The distribution with its lines; or why nothing was distributed.', () => [
  RevenueDistributionModel,
  MissingDistributionPolicyError,
  NegativeNetRevenueError,
  NothingToDistributeError,
  AgreementStateError,
  InvalidInputError,
]);
export const MarkDistributionLinePaidResult = resultUnion('MarkDistributionLinePaidResult', 'The paid line; or why not.', () => [
  DistributionLineModel,
  VersionConflictError,
  DistributionLinePaidError,
  InvalidInputError,
]);

@Resolver(() => RevenueDistributionModel)
export class RevenueResolver {
  constructor(
    private readonly revenue: RevenueService,
    private readonly agreements: AgreementService,
  ) {}

  @Mutation(() => RecordRevenueReceiptResult, { description: 'The licensors’ editors: record income received under a signed agreement, in its currency.' })
  recordRevenueReceipt(@Ctx() ctx: RequestContext, @Args('input', { description: 'The receipt.' }) input: RecordRevenueReceiptInput) {
    return this.revenue.recordReceipt(ctx, input);
  }

  @Mutation(() => RecordRevenueCostResult, { description: 'The licensors’ editors: record a cost to deduct from the agreement’s income.' })
  recordRevenueCost(@Ctx() ctx: RequestContext, @Args('input', { description: 'The cost.' }) input: RecordRevenueCostInput) {
    return this.revenue.recordCost(ctx, input);
  }

  @Mutation(() => SetDistributionPolicyResult, { description: 'Admins of an organisation: set how its net income is shared, from a day on.' })
  setDistributionPolicy(@Ctx() ctx: RequestContext, @Args('input', { description: 'The policy.' }) input: SetDistributionPolicyInput) {
    return this.revenue.setPolicy(ctx, input);
  }

  @Mutation(() => DistributeRevenueResult, {
    description:
      'The licensors’ editors: distribute the agreement’s undistributed receipts minus its undeducted costs up to a day, by the owners’ shares and policies, exactly to the smallest currency unit (rules on RevenueDistribution). Receipts and costs counted are never counted again; when costs exceed receipts nothing is written and the costs carry forward.',
  })
  distributeRevenue(@Ctx() ctx: RequestContext, @Args() args: DistributeRevenueArgs) {
    return this.revenue.distribute(ctx, args);
  }

  @Mutation(() => MarkDistributionLinePaidResult, { description: 'The licensors’ editors: record that a distribution line was paid out.' })
  markDistributionLinePaid(@Ctx() ctx: RequestContext, @Args('input', { description: 'The payment.' }) input: MarkDistributionLinePaidInput) {
    return this.revenue.markLinePaid(ctx, input);
  }

  @Query(() => DistributionLineConnection, { description: 'Your own distribution lines as an inventor, newest first.' })
  myDistributionLines(@Ctx() ctx: RequestContext, @Args() args: MyDistributionLinesArgs): Promise<DistributionLineConnection> {
    return this.revenue.myLines(ctx, args);
  }

  @ResolveField('lines', () => [DistributionLineModel], { description: 'The lines, by payer and beneficiary; they total `net` exactly.' })
  lines(@Ctx() ctx: RequestContext, @Parent() distribution: RevenueDistributionModel): Promise<DistributionLineModel[]> {
    return this.revenue.linesOf(ctx, distribution.id);
  }

  @ResolveField('agreement', () => AgreementModel, { nullable: true, description: 'The agreement it distributes.' })
  agreement(@Ctx() ctx: RequestContext, @Parent() distribution: RevenueDistributionModel): Promise<AgreementModel | null> {
    return this.agreements.findById(ctx, distribution.agreementId);
  }
}

@Resolver(() => DistributionLineModel)
export class DistributionLineResolver {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly agreements: AgreementService,
  ) {}

  @ResolveField('payer', () => OrganizationModel, { nullable: true, description: 'The owning organisation whose part this is, and who pays it.' })
  payer(@Ctx() ctx: RequestContext, @Parent() line: DistributionLineModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, line.payerOrganizationId);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'For UNIT and INSTITUTION lines: the organisation paid.' })
  organization(@Ctx() ctx: RequestContext, @Parent() line: DistributionLineModel): Promise<OrganizationModel | null> {
    return line.organizationId ? this.organizations.findById(ctx, line.organizationId) : Promise.resolve(null);
  }

  @ResolveField('agreement', () => AgreementModel, { nullable: true, description: 'The agreement the income came from; null unless you are party to it.' })
  agreement(@Ctx() ctx: RequestContext, @Parent() line: DistributionLineModel): Promise<AgreementModel | null> {
    return this.agreements.findById(ctx, line.agreementId);
  }
}

@Resolver(() => AgreementModel)
export class AgreementRevenueResolver {
  constructor(private readonly revenue: RevenueService) {}

  @ResolveField('receipts', () => [RevenueReceiptModel], { description: 'Income received, by day (the parties see it).' })
  receipts(@Ctx() ctx: RequestContext, @Parent() agreement: AgreementModel): Promise<RevenueReceiptModel[]> {
    return this.revenue.receiptsOf(ctx, agreement.id);
  }

  @ResolveField('costs', () => [RevenueCostModel], { nullable: true, description: 'Deductible costs, by day; the licensors’ members only (null to the licensee).' })
  costs(@Ctx() ctx: RequestContext, @Parent() agreement: AgreementModel): Promise<RevenueCostModel[] | null> {
    return this.revenue.costsOf(ctx, agreement.id);
  }

  @ResolveField('distributions', () => [RevenueDistributionModel], {
    nullable: true,
    description: 'Distributions of net income among inventors, units and institutions, oldest first; the licensors’ members only (null to the licensee).',
  })
  distributions(@Ctx() ctx: RequestContext, @Parent() agreement: AgreementModel): Promise<RevenueDistributionModel[] | null> {
    return this.revenue.distributionsOf(ctx, agreement.id);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationRevenueResolver {
  constructor(private readonly revenue: RevenueService) {}

  @ResolveField('distributionPolicies', () => [DistributionPolicyModel], { nullable: true, description: 'The organisation’s distribution policies, newest first; its members only (null to others).' })
  distributionPolicies(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel): Promise<DistributionPolicyModel[] | null> {
    return this.revenue.policiesOf(ctx, organization.id);
  }
}
