import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { MilestoneService } from './milestone.service.js';
import { ParticipantService } from './participant.service.js';
import { ProgrammeAttachmentRequestsResolver, ProgrammeRequestResolver, ProjectProgrammeRequestsResolver } from './programme-request.resolver.js';
import { ProgrammeRequestService } from './programme-request.service.js';
import { ProgrammeResolver, ProgrammeService, ProjectProgrammeResolver } from './programme.js';
import { OrganizationProjectsResolver, ParticipantResolver, ProjectResolver } from './project.resolver.js';
import { ProjectReader } from './project-reader.js';
import { ProjectService } from './project.service.js';

@Module({
  imports: [OrganizationModule],
  providers: [
    ProjectService,
    ProjectReader,
    ParticipantService,
    MilestoneService,
    ProgrammeService,
    ProgrammeRequestService,
    ProjectResolver,
    ParticipantResolver,
    OrganizationProjectsResolver,
    ProgrammeResolver,
    ProjectProgrammeResolver,
    ProgrammeRequestResolver,
    ProgrammeAttachmentRequestsResolver,
    ProjectProgrammeRequestsResolver,
  ],
  exports: [ProjectService, ParticipantService, ProjectReader],
})
export class ProjectModule {}
