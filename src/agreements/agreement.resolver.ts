import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { TechnologyModel } from '../technologies/technology.model.js';
import { AgreementConnection, AgreementModel, AgreementTermsModel, ObligationConnection, ObligationModel } from './agreement.model.js';
import { AgreementReader } from './agreement-reader.js';
import { AgreementService } from './agreement.service.js';
import {
  AddObligationInput,
  AgreementLookupArgs,
  AgreementsArgs,
  CreateAgreementInput,
  ObligationsArgs,
  RecordObligationOutcomeInput,
  ReportObligationMetInput,
  TransitionAgreementInput,
  UpdateAgreementInput,
} from './dto/agreement.inputs.js';
import { ObligationService } from './obligation.service.js';
import { PaginationArgs } from '../common/pagination/pagination.args.js';
import { AgreementCodeTakenError, AgreementStateError, InvalidAgreementTransitionError, InvalidObligationTransitionError } from './agreement.errors.js';

export const CreateAgreementResult = resultUnion('CreateAgreementResult', 'The new agreement; or why not.', () => [AgreementModel, AgreementCodeTakenError, InvalidInputError]);
export const UpdateAgreementResult = resultUnion('UpdateAgreementResult', 'The agreement after the change; or why not.', () => [
  AgreementModel,
  VersionConflictError,
  InvalidInputError,
  AgreementStateError,
]);
export const TransitionAgreementResult = resultUnion('TransitionAgreementResult', 'The agreement in its new status; or why not.', () => [
  AgreementModel,
  InvalidAgreementTransitionError,
  VersionConflictError,
  InvalidInputError,
]);
export const AddObligationResult = resultUnion('AddObligationResult', 'The new obligation; or why not.', () => [ObligationModel, AgreementStateError]);
export const ObligationResult = resultUnion('ObligationResult', 'The obligation after the change; or why not.', () => [
  ObligationModel,
  VersionConflictError,
  InvalidObligationTransitionError,
  InvalidInputError,
]);

@Resolver(() => AgreementModel)
export class AgreementResolver {
  constructor(
    private readonly agreementService: AgreementService,
    private readonly obligations: ObligationService,
    private readonly organizations: OrganizationService,
    private readonly reader: AgreementReader,
  ) {}

  @Query(() => AgreementModel, { nullable: true, description: 'One agreement by id or code; null when there is none or you are no party to it.' })
  agreement(@Ctx() ctx: RequestContext, @Args() args: AgreementLookupArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.findOne(ctx, args, info);
  }

  @Query(() => AgreementConnection, { description: 'Agreements your organisations are party to (as licensor or licensee), newest first.' })
  agreements(@Ctx() ctx: RequestContext, @Args() args: AgreementsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.list(ctx, args, info);
  }

  @Query(() => ObligationConnection, { description: 'Obligations under the agreements you are party to, earliest due first; filter by status, due window, side or organisation.' })
  agreementObligations(@Ctx() ctx: RequestContext, @Args() args: ObligationsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.obligations(ctx, args, info);
  }

  @Query(() => ObligationConnection, { description: 'Obligations still PENDING after their due date, under the agreements you are party to, earliest due first.' })
  overdueObligations(@Ctx() ctx: RequestContext, @Args() args: PaginationArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.obligations(ctx, { ...args, filter: { overdueOnly: true } }, info);
  }

  @Mutation(() => CreateAgreementResult, { description: 'Editors of the owners: record a new agreement (NEGOTIATING) on technologies you manage.' })
  createAgreement(@Ctx() ctx: RequestContext, @Args('input', { description: 'The agreement.' }) input: CreateAgreementInput) {
    return this.agreementService.create(ctx, input);
  }

  @Mutation(() => UpdateAgreementResult, { description: 'The licensors’ editors: change an agreement; terms only while NEGOTIATING.' })
  updateAgreement(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateAgreementInput) {
    return this.agreementService.update(ctx, input);
  }

  @Mutation(() => TransitionAgreementResult, { description: 'The licensors’ editors: move the agreement along its life; an illegal move names the legal ones.' })
  transitionAgreement(@Ctx() ctx: RequestContext, @Args('input', { description: 'The move.' }) input: TransitionAgreementInput) {
    return this.agreementService.transition(ctx, input);
  }

  @Mutation(() => AddObligationResult, { description: 'The licensors’ editors: add an obligation with its due date.' })
  addObligation(@Ctx() ctx: RequestContext, @Args('input', { description: 'The obligation.' }) input: AddObligationInput) {
    return this.obligations.add(ctx, input);
  }

  @Mutation(() => ObligationResult, { description: 'Editors of the party that owes it: report an obligation met; it stays PENDING until the licensors decide.' })
  reportObligationMet(@Ctx() ctx: RequestContext, @Args('input', { description: 'The report.' }) input: ReportObligationMetInput) {
    return this.obligations.reportMet(ctx, input);
  }

  @Mutation(() => ObligationResult, { description: 'The licensors’ editors: record whether an obligation was met (MET with its day, MISSED, or WAIVED).' })
  recordObligationOutcome(@Ctx() ctx: RequestContext, @Args('input', { description: 'The outcome.' }) input: RecordObligationOutcomeInput) {
    return this.obligations.recordOutcome(ctx, input);
  }

  @ResolveField('technologies', () => [TechnologyModel], { description: 'The technologies of the agreement that you may read, by code.' })
  technologies(@Ctx() ctx: RequestContext, @Parent() agreement: AgreementModel): Promise<TechnologyModel[]> {
    return this.agreementService.technologiesOf(ctx, agreement.id);
  }

  @ResolveField('licensors', () => [OrganizationModel], { description: 'The organisations granting the rights, by name.' })
  async licensors(@Ctx() ctx: RequestContext, @Parent() agreement: AgreementModel): Promise<OrganizationModel[]> {
    const ids = await this.agreementService.licensorIdsOf(ctx, agreement.id);
    const found = await Promise.all(ids.map((id) => this.organizations.findById(ctx, id)));
    return found.filter((organization): organization is OrganizationModel => organization !== null);
  }

  @ResolveField('licensee', () => OrganizationModel, { nullable: true, description: 'The organisation receiving the rights (null if archived).' })
  licensee(@Ctx() ctx: RequestContext, @Parent() agreement: AgreementModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, agreement.licenseeOrganizationId);
  }

  @ResolveField('terms', () => AgreementTermsModel, { description: 'The financial terms (the agreement is visible to its parties only).' })
  terms(@Ctx() ctx: RequestContext, @Parent() agreement: AgreementModel): Promise<AgreementTermsModel> {
    return this.agreementService.termsOf(ctx, agreement);
  }

  @ResolveField('obligations', () => [ObligationModel], { description: 'Obligations under the agreement, earliest due first.' })
  obligationsOf(@Ctx() ctx: RequestContext, @Parent() agreement: AgreementModel): Promise<ObligationModel[]> {
    return this.obligations.obligationsOf(ctx, agreement.id);
  }
}

@Resolver(() => ObligationModel)
export class ObligationResolver {
  constructor(private readonly agreements: AgreementService) {}

  @ResolveField('agreement', () => AgreementModel, { nullable: true, description: 'The agreement it belongs to.' })
  agreement(@Ctx() ctx: RequestContext, @Parent() obligation: ObligationModel): Promise<AgreementModel | null> {
    return this.agreements.findById(ctx, obligation.agreementId);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationAgreementsResolver {
  constructor(private readonly agreements: AgreementService) {}

  @ResolveField('agreements', () => AgreementConnection, { description: 'Agreements this organisation is party to (licensor or licensee) that you are party to as well, newest first.' })
  agreementsOf(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel, @Args() args: AgreementsArgs): Promise<AgreementConnection> {
    return this.agreements.list(ctx, { ...args, filter: { ...args.filter, organizationId: organization.id } });
  }
}

@Resolver(() => TechnologyModel)
export class TechnologyAgreementsResolver {
  constructor(private readonly agreements: AgreementService) {}

  @ResolveField('agreements', () => AgreementConnection, { description: 'Agreements on this technology that you are party to, newest first.' })
  agreementsOf(@Ctx() ctx: RequestContext, @Parent() technology: TechnologyModel, @Args() args: AgreementsArgs): Promise<AgreementConnection> {
    return this.agreements.list(ctx, { ...args, filter: { ...args.filter, technologyId: technology.id } });
  }
}
