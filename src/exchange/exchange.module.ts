import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { DealService } from './deal.service.js';
import { DemandService } from './demand.service.js';
import { DealResolver, DemandResolver, InterestResolver, OfferResolver } from './exchange.resolver.js';
import { InterestService } from './interest.service.js';
import { MatchingService } from './matching.service.js';
import { OfferService } from './offer.service.js';

/** The technology exchange: offers, demands, expressions of interest, brokered deals and matching. */
@Module({
  imports: [OrganizationModule],
  providers: [OfferService, DemandService, InterestService, DealService, MatchingService, OfferResolver, DemandResolver, InterestResolver, DealResolver],
  exports: [OfferService, DemandService],
})
export class ExchangeModule {}
