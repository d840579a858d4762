import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidInputError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ProgrammeModel, ProgrammeService } from './programme.js';
import { DeclineProgrammeAttachmentArgs, ProgrammeRequestConnection, ProgrammeRequestModel, ProgrammeRequestsArgs, RequestProgrammeAttachmentInput } from './programme-request.model.js';
import { ProgrammeRequestService } from './programme-request.service.js';
import { ProjectModel } from './project.model.js';
import { ProjectService } from './project.service.js';
import { ProgrammeRequestOpenError, ProgrammeRequestStateError, ProjectMovedError } from './programme-request.errors.js';

export const RequestProgrammeAttachmentResult = resultUnion(
  'RequestProgrammeAttachmentResult',
  'The request, waiting for the programme owner; the Project itself, already in the programme, when you may attach it directly (the owner’s editors and admins, platform admins); or why not.',
  () => [ProgrammeRequestModel, ProjectModel, ProgrammeRequestOpenError, InvalidInputError],
);
export const AcceptProgrammeAttachmentResult = resultUnion(
  'AcceptProgrammeAttachmentResult',
  'The request, ACCEPTED, with the project now in the programme; or why not.',
  () => [ProgrammeRequestModel, ProgrammeRequestStateError, ProjectMovedError],
);
export const CloseProgrammeAttachmentResult = resultUnion(
  'CloseProgrammeAttachmentResult',
  'The request, DECLINED or WITHDRAWN; or why not.',
  () => [ProgrammeRequestModel, ProgrammeRequestStateError],
);

const requestId = () => Args('requestId', { type: () => ID, description: 'The request.' }, new ParseUUIDPipe());

@Resolver(() => ProgrammeRequestModel)
export class ProgrammeRequestResolver {
  constructor(
    private readonly requests: ProgrammeRequestService,
    private readonly projects: ProjectService,
    private readonly programmes: ProgrammeService,
    private readonly organizations: OrganizationService,
  ) {}

  @Mutation(() => RequestProgrammeAttachmentResult, {
    description:
      'Editors and admins of a project’s coordinator: ask a programme’s owner to take the project into its programme. One open request per project and programme. Whoever may attach it directly (the owner’s editors and admins, platform admins) gets it attached at once.',
  })
  requestProgrammeAttachment(@Ctx() ctx: RequestContext, @Args('input', { description: 'The project, the programme and a word to its owner.' }) input: RequestProgrammeAttachmentInput) {
    return this.requests.request(ctx, input);
  }

  @Mutation(() => AcceptProgrammeAttachmentResult, {
    description:
      'Editors and admins of the programme’s owner (and platform admins): accept a request; the project joins the programme (a project update: new version, audited, announced). Refused with ProjectMovedError when the project changed programme since it asked.',
  })
  acceptProgrammeAttachment(@Ctx() ctx: RequestContext, @requestId() id: string) {
    return this.requests.accept(ctx, id);
  }

  @Mutation(() => CloseProgrammeAttachmentResult, { description: 'Editors and admins of the programme’s owner (and platform admins): decline a request, optionally saying why.' })
  declineProgrammeAttachment(@Ctx() ctx: RequestContext, @Args() args: DeclineProgrammeAttachmentArgs) {
    return this.requests.decline(ctx, args);
  }

  @Mutation(() => CloseProgrammeAttachmentResult, { description: 'Editors and admins of the project’s coordinator (and platform admins): withdraw a pending request.' })
  withdrawProgrammeAttachment(@Ctx() ctx: RequestContext, @requestId() id: string) {
    return this.requests.withdraw(ctx, id);
  }

  @ResolveField('project', () => ProjectModel, { nullable: true, description: 'The project, when you may read it (null otherwise: `projectCode` and `projectTitle` still say which).' })
  project(@Ctx() ctx: RequestContext, @Parent() request: ProgrammeRequestModel): Promise<ProjectModel | null> {
    return this.projects.findById(ctx, request.projectId);
  }

  @ResolveField('programme', () => ProgrammeModel, { nullable: true, description: 'The programme asked.' })
  programme(@Ctx() ctx: RequestContext, @Parent() request: ProgrammeRequestModel): Promise<ProgrammeModel | null> {
    return this.programmes.byId(ctx, request.programmeId);
  }

  @ResolveField('requestingOrganization', () => OrganizationModel, { nullable: true, description: 'The organisation that asked (null if archived).' })
  requestingOrganization(@Ctx() ctx: RequestContext, @Parent() request: ProgrammeRequestModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, request.requestingOrganizationId);
  }
}

@Resolver(() => ProgrammeModel)
export class ProgrammeAttachmentRequestsResolver {
  constructor(private readonly requests: ProgrammeRequestService) {}

  @ResolveField('attachmentRequests', () => ProgrammeRequestConnection, {
    nullable: true,
    description: 'Requests of coordinators to put their projects in this programme, newest first; for the owner’s members and platform admins (null for others).',
  })
  attachmentRequests(@Ctx() ctx: RequestContext, @Parent() programme: ProgrammeModel, @Args() args: ProgrammeRequestsArgs): Promise<ProgrammeRequestConnection | null> {
    return this.requests.ofProgramme(ctx, programme, args);
  }
}

@Resolver(() => ProjectModel)
export class ProjectProgrammeRequestsResolver {
  constructor(private readonly requests: ProgrammeRequestService) {}

  @ResolveField('programmeRequests', () => [ProgrammeRequestModel], {
    nullable: true,
    description: 'The project’s requests to join programmes, open and past, newest first; for its coordinator’s members and platform admins (null for others).',
  })
  programmeRequests(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<ProgrammeRequestModel[] | null> {
    return this.requests.ofProject(ctx, project);
  }
}
