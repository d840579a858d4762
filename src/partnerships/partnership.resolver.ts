import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/allow.decorator.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { CreatePartnershipInput, PartnershipsArgs, UpdatePartnershipInput } from './dto/partnership.inputs.js';
import { PartnershipAdminService } from './partnership-admin.service.js';
import { PartnershipAmendmentModel } from './partnership-amendment.model.js';
import { PartnershipStatus } from './partnership.entity.js';
import { PartnershipConnection, PartnershipConsentModel, PartnershipModel } from './partnership.model.js';
import { PartnershipService } from './partnership.service.js';
import { AmendmentStateError, PartyWithdrawalRequiredError } from './partnership-amendment.errors.js';
import { ConsentPendingError, ConsentStateError, InvalidTransitionError, TooFewPartiesError } from './partnership.errors.js';

export const CreatePartnershipResult = resultUnion('CreatePartnershipResult', 'The new partnership; or why not.', () => [
  PartnershipModel,
  TooFewPartiesError,
  InvalidInputError,
]);
export const UpdatePartnershipResult = resultUnion(
  'UpdatePartnershipResult',
  'The updated partnership; the amendment that waits for the other parties’ consent; or why not.',
  () => [PartnershipModel, PartnershipAmendmentModel, VersionConflictError, InvalidInputError],
);
export const AddPartnershipPartyResult = resultUnion('AddPartnershipPartyResult', 'The partnership with its new party; or why not.', () => [
  PartnershipModel,
  InvalidInputError,
]);
export const RemovePartnershipPartyResult = resultUnion('RemovePartnershipPartyResult', 'The partnership without the party; or why not.', () => [
  PartnershipModel,
  TooFewPartiesError,
  InvalidInputError,
  PartyWithdrawalRequiredError,
]);
export const ChangePartnershipStatusResult = resultUnion('ChangePartnershipStatusResult', 'The partnership in its new status; or why not.', () => [
  PartnershipModel,
  InvalidTransitionError,
  ConsentPendingError,
]);
export const AnswerPartnershipResult = resultUnion('AnswerPartnershipResult', 'The partnership with your answer recorded; or why not.', () => [
  PartnershipModel,
  ConsentStateError,
]);

export const AnswerPartnershipAmendmentResult = resultUnion(
  'AnswerPartnershipAmendmentResult',
  'The amendment with your answer recorded (APPLIED when yours was the last acceptance); or why not.',
  () => [PartnershipAmendmentModel, AmendmentStateError, VersionConflictError],
);

const partnershipId = (description = 'The partnership.') => ({ type: () => ID, description });

/** Partnerships: agreements between organisations outside projects. */
@Resolver(() => PartnershipModel)
export class PartnershipResolver {
  constructor(
    private readonly partnershipService: PartnershipService,
    private readonly partnershipAdmin: PartnershipAdminService,
  ) {}

  @Query(() => PartnershipModel, {
    nullable: true,
    description: 'One partnership; null when there is none or you may not see it (only members and API keys of its parties, and platform admins, may).',
  })
  partnership(@Ctx() ctx: RequestContext, @Args('id', partnershipId(), new ParseUUIDPipe()) id: string): Promise<PartnershipModel | null> {
    return this.partnershipService.findOne(ctx, id);
  }

  @Query(() => PartnershipConnection, {
    description: 'The partnerships you may see (those of organisations you belong to; all of them for platform admins), newest first.',
  })
  partnerships(@Ctx() ctx: RequestContext, @Args() args: PartnershipsArgs): Promise<PartnershipConnection> {
    return this.partnershipService.list(ctx, args);
  }

  @Allow('user')
  @Mutation(() => CreatePartnershipResult, {
    description:
      'Records a partnership between two or more organisations, as DRAFT. You must be an admin of at least one of the parties. The parties you are an editor or admin of accept it by recording it; each other party must accept it (`acceptPartnership`) before it can become ACTIVE.',
  })
  createPartnership(@Ctx() ctx: RequestContext, @Args('input', { description: 'The new partnership.' }) input: CreatePartnershipInput) {
    return this.partnershipAdmin.create(ctx, input);
  }

  @Allow('user')
  @Mutation(() => UpdatePartnershipResult, {
    description:
      'Admins of a party: change a partnership’s terms. A DRAFT changes at once, and the parties you are not an editor or admin of are asked again. Once it has left DRAFT, its terms are every party’s: when you are an editor or admin of every party the change applies at once; otherwise it is returned as a PartnershipAmendment that applies when every other party accepts it (`acceptPartnershipAmendment`), replacing any amendment still open. A stale `expectedVersion` answers VersionConflictError; `validUntil` before `validFrom` answers InvalidInputError.',
  })
  updatePartnership(@Ctx() ctx: RequestContext, @Args('input', { description: 'The partnership, the version you read and the changes.' }) input: UpdatePartnershipInput) {
    return this.partnershipAdmin.update(ctx, input);
  }

  @Allow('user')
  @Mutation(() => AddPartnershipPartyResult, {
    description:
      'Admins of a party: add an organisation as a further party. Once the partnership has left DRAFT, you must be an editor or admin of the new party and of every party (InvalidInputError otherwise): joining changes what all of them agreed to.',
  })
  addPartnershipParty(
    @Ctx() ctx: RequestContext,
    @Args('partnershipId', partnershipId(), new ParseUUIDPipe()) id: string,
    @Args('organizationId', { type: () => ID, description: 'The organisation to add.' }, new ParseUUIDPipe()) organizationId: string,
  ) {
    return this.partnershipAdmin.addParty(ctx, id, organizationId);
  }

  @Allow('user')
  @Mutation(() => RemovePartnershipPartyResult, {
    description:
      'Removes a party. From a DRAFT, admins of any party may remove any party. Once the partnership has left DRAFT, a party leaves only by withdrawing itself: its editors and admins remove it, and the partnership goes on between the others (the withdrawn party’s members no longer see it; the withdrawal stays in every party’s audit trail). Removing another party then answers PartyWithdrawalRequiredError: in a real consortium no party may strip another of its rights under a signed agreement, and that party’s consent to leave is its own withdrawal. A partnership keeps at least two parties (TooFewPartiesError otherwise; terminate a two-party partnership instead).',
  })
  removePartnershipParty(
    @Ctx() ctx: RequestContext,
    @Args('partnershipId', partnershipId(), new ParseUUIDPipe()) id: string,
    @Args('organizationId', { type: () => ID, description: 'The party to remove.' }, new ParseUUIDPipe()) organizationId: string,
  ) {
    return this.partnershipAdmin.removeParty(ctx, id, organizationId);
  }

  @Allow('user')
  @Mutation(() => ChangePartnershipStatusResult, {
    description:
      'Admins of a party: move a partnership to another status. Allowed: DRAFT to ACTIVE or TERMINATED, ACTIVE to EXPIRED or TERMINATED; any other move answers InvalidPartnershipTransitionError. DRAFT becomes ACTIVE only when every party has accepted (PartnershipConsentPendingError otherwise).',
  })
  changePartnershipStatus(
    @Ctx() ctx: RequestContext,
    @Args('id', partnershipId(), new ParseUUIDPipe()) id: string,
    @Args('status', { type: () => PartnershipStatus, description: 'The new status.' }) status: PartnershipStatus,
  ) {
    return this.partnershipAdmin.changeStatus(ctx, id, status);
  }

  @Allow('user')
  @Mutation(() => AnswerPartnershipResult, {
    description: 'Editors and admins of a party: accept a DRAFT partnership for the parties you speak for. Changing its terms later asks again.',
  })
  acceptPartnership(@Ctx() ctx: RequestContext, @Args('partnershipId', partnershipId(), new ParseUUIDPipe()) id: string) {
    return this.partnershipAdmin.respond(ctx, id, true);
  }

  @Allow('user')
  @Mutation(() => AnswerPartnershipResult, {
    description: 'Editors and admins of a party: decline a DRAFT partnership for the parties you speak for; it cannot become ACTIVE while you decline.',
  })
  declinePartnership(@Ctx() ctx: RequestContext, @Args('partnershipId', partnershipId(), new ParseUUIDPipe()) id: string) {
    return this.partnershipAdmin.respond(ctx, id, false);
  }

  @Allow('user')
  @Mutation(() => AnswerPartnershipAmendmentResult, {
    description:
      'Editors and admins of a party: accept an amendment for every party you speak for. When every party has accepted, it applies at once with a new version of the partnership. An amendment that is no longer open answers PartnershipAmendmentStateError. Answering by the amendment’s id (not the partnership’s) makes sure you accept the terms you read, not a newer amendment.',
  })
  acceptPartnershipAmendment(@Ctx() ctx: RequestContext, @Args('amendmentId', { type: () => ID, description: 'The amendment.' }, new ParseUUIDPipe()) id: string) {
    return this.partnershipAdmin.answerAmendment(ctx, id, true);
  }

  @Allow('user')
  @Mutation(() => AnswerPartnershipAmendmentResult, {
    description:
      'Editors and admins of a party: decline an amendment for every party you speak for; it closes as DECLINED and the terms stay as they are. The proposer’s own parties may decline it too, which withdraws it.',
  })
  declinePartnershipAmendment(@Ctx() ctx: RequestContext, @Args('amendmentId', { type: () => ID, description: 'The amendment.' }, new ParseUUIDPipe()) id: string) {
    return this.partnershipAdmin.answerAmendment(ctx, id, false);
  }

  @ResolveField('amendment', () => PartnershipAmendmentModel, {
    nullable: true,
    description: 'The open amendment of its terms, waiting for the parties’ consent, with each party’s answer; null when none is open.',
  })
  amendment(@Ctx() ctx: RequestContext, @Parent() partnership: PartnershipModel): Promise<PartnershipAmendmentModel | null> {
    return this.partnershipAdmin.openAmendment(ctx, partnership);
  }

  @ResolveField('consents', () => [PartnershipConsentModel], { description: 'Each party’s answer, by organisation id; ACTIVE needs every one ACCEPTED.' })
  consents(@Ctx() ctx: RequestContext, @Parent() partnership: PartnershipModel): Promise<PartnershipConsentModel[]> {
    return this.partnershipService.consentsOf(ctx, partnership);
  }

  @ResolveField('parties', () => [OrganizationModel], { description: 'The organisations that are party to it, by name.' })
  parties(@Ctx() ctx: RequestContext, @Parent() partnership: PartnershipModel): Promise<OrganizationModel[]> {
    return this.partnershipService.partiesOf(ctx, partnership);
  }
}

/** The partnership field of `PartnershipAmendment`. */
@Resolver(() => PartnershipAmendmentModel)
export class PartnershipAmendmentResolver {
  constructor(private readonly partnershipService: PartnershipService) {}

  @ResolveField('partnership', () => PartnershipModel, {
    nullable: true,
    description: 'The partnership as it is now (with the amendment’s terms once APPLIED); null when you may no longer see it.',
  })
  partnership(@Ctx() ctx: RequestContext, @Parent() amendment: PartnershipAmendmentModel): Promise<PartnershipModel | null> {
    return this.partnershipService.findOne(ctx, amendment.partnershipId);
  }
}
