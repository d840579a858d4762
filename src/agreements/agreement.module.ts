import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { AgreementResolver, ObligationResolver, OrganizationAgreementsResolver, TechnologyAgreementsResolver } from './agreement.resolver.js';
import { AgreementReader } from './agreement-reader.js';
import { AgreementService } from './agreement.service.js';
import { ObligationService } from './obligation.service.js';
import { TechnologyModule } from '../technologies/technology.module.js';
import { ObligationReminders } from './obligation-reminders.js';

/** Commercialisation agreements: who licenses which technologies to whom, on what terms, with which obligations. */
@Module({
  imports: [OrganizationModule, TechnologyModule],
  providers: [ObligationReminders, AgreementService, AgreementReader, ObligationService, AgreementResolver, ObligationResolver, OrganizationAgreementsResolver, TechnologyAgreementsResolver],
  exports: [AgreementService],
})
export class AgreementModule {}
