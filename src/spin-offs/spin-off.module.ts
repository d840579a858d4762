import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreements/agreement.module.js';
import { OrganizationAdminService } from '../organizations/organization-admin.service.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { OrganizationSpinOffsResolver, SpinOffResolver } from './spin-off.resolver.js';
import { SpinOffReader } from './spin-off-reader.js';
import { SpinOffService } from './spin-off.service.js';

/** Spin-off companies. Startups are created through the organisations' own creation service. */
@Module({
  imports: [AgreementModule, OrganizationModule],
  providers: [SpinOffService, SpinOffReader, OrganizationAdminService, SpinOffResolver, OrganizationSpinOffsResolver],
})
export class SpinOffModule {}
