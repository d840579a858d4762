import { Module } from '@nestjs/common';
import { MembershipModule } from '../memberships/membership.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { ProjectModule } from '../projects/project.module.js';
import { TechnologyModule } from '../technologies/technology.module.js';
import { ImportTemplateController } from './import.controller.js';
import { ImportResolver } from './import.resolver.js';
import { ImportService } from './import.service.js';

/** Spreadsheet imports of organisations, invitations, projects and technologies, through those domains' services. */
@Module({
  imports: [OrganizationModule, MembershipModule, ProjectModule, TechnologyModule],
  controllers: [ImportTemplateController],
  providers: [ImportService, ImportResolver],
})
export class ImportModule {}
