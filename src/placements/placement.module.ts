import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { OrganizationPlacementsResolver, PlacementResolver } from './placement.resolver.js';
import { PlacementReader } from './placement-reader.js';
import { PlacementService } from './placement.service.js';

/** Placements: people of one organisation placed at another (internships, secondments, industrial PhDs, joint appointments, lab training). */
@Module({
  imports: [IdentityModule, OrganizationModule],
  providers: [PlacementService, PlacementReader, PlacementResolver, OrganizationPlacementsResolver],
})
export class PlacementModule {}
