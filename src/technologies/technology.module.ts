import { Module } from '@nestjs/common';
import { MembershipModule } from '../memberships/membership.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { DisclosureResolver } from './disclosure.resolver.js';
import { DisclosureService } from './disclosure.service.js';
import { IpFilingResolver } from './ip-filing.resolver.js';
import { IpFilingService } from './ip-filing.service.js';
import {
  OrganizationTechnologiesResolver,
  ProjectTechnologiesResolver,
  TechnologyInventorResolver,
  TechnologyOwnerResolver,
  TechnologyResolver,
  TrlAssessmentResolver,
} from './technology.resolver.js';
import { TechnologyReader } from './technology-reader.js';
import { TechnologyService } from './technology.service.js';
import { TechnologyOwnershipService } from './technology-ownership.service.js';
import { ProjectModule } from '../projects/project.module.js';
import { IpDeadlineReminders } from './ip-deadline-reminders.js';

/** Every resolver of the module, for the schema printer. */
export const technologyResolvers = [
  TechnologyResolver,
  TechnologyOwnerResolver,
  TechnologyInventorResolver,
  TrlAssessmentResolver,
  OrganizationTechnologiesResolver,
  ProjectTechnologiesResolver,
  DisclosureResolver,
  IpFilingResolver,
];

@Module({
  imports: [OrganizationModule, MembershipModule, ProjectModule],
  providers: [
    IpDeadlineReminders,
    TechnologyService,
    TechnologyReader,
    TechnologyOwnershipService,
    DisclosureService,
    IpFilingService,
    ...technologyResolvers,
  ],
  exports: [TechnologyService, TechnologyReader, DisclosureService, IpFilingService],
})
export class TechnologyModule {}
