import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreements/agreement.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { DealService } from './deal.service.js';
import { DemandService } from './demand.service.js';
import { ExchangeReader } from './exchange-reader.js';
import { ExchangeFeedController } from './feed/exchange-feed.controller.js';
import { ExchangeFeedService } from './feed/exchange-feed.service.js';
import { DealResolver, DemandResolver, InterestResolver, OfferResolver, TechnologyOffersResolver } from './exchange.resolver.js';
import { InterestService } from './interest.service.js';
import { MatchCache } from './match-cache.js';
import { MatchingService } from './matching.service.js';
import { OfferService } from './offer.service.js';
import { TechnologyModule } from '../technologies/technology.module.js';
import { ExchangeExpiry } from './exchange-expiry.js';

/** The technology exchange: offers, demands, expressions of interest, brokered deals, matching, and the public feed of offers and demands. */
@Module({
  imports: [OrganizationModule, AgreementModule, TechnologyModule],
  controllers: [ExchangeFeedController],
  providers: [ExchangeExpiry, ExchangeReader, ExchangeFeedService, OfferService, DemandService, InterestService, DealService, MatchingService, MatchCache, OfferResolver, DemandResolver, InterestResolver, DealResolver, TechnologyOffersResolver],
  exports: [OfferService, DemandService],
})
export class ExchangeModule {}
