import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { IncubationReader } from './incubation-reader.js';
import { IncubationResolver, OrganizationIncubationsResolver, SpinOffIncubationsResolver } from './incubation.resolver.js';
import { IncubationService } from './incubation.service.js';

/** Incubation programmes, cohorts and startups' applications. Startups are created through the organisations' own service. */
@Module({
  imports: [OrganizationModule],
  providers: [IncubationService, IncubationReader, IncubationResolver, OrganizationIncubationsResolver, SpinOffIncubationsResolver],
})
export class IncubationModule {}
