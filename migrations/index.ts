import { Extensions1795586950810 } from './1795586950810-Extensions.js';
import { Organizations1795586950811 } from './1795586950811-Organizations.js';
import { Identity1795589000000 } from './1795589000000-Identity.js';
import { InvitationPosition1795591000000 } from './1795591000000-InvitationPosition.js';
import { Projects1795592000000 } from './1795592000000-Projects.js';
import { Technologies1795593000000 } from './1795593000000-Technologies.js';
import { Disclosures1795593100000 } from './1795593100000-Disclosures.js';
import { Revenue1795593200000 } from './1795593200000-Revenue.js';
import { Exchange1795593300000 } from './1795593300000-Exchange.js';
import { Indicators1795594000000 } from './1795594000000-Indicators.js';
import { InsightRevision1795594100000 } from './1795594100000-InsightRevision.js';
import { IdempotentRequests1795595000000 } from './1795595000000-IdempotentRequests.js';
import { SealedOutboxTokens1795596290000 } from './1795596290000-SealedOutboxTokens.js';
import { TechnologyOwnersProposals1795596300000 } from './1795596300000-TechnologyOwnersProposals.js';
import { PartnershipConsent1795596310000 } from './1795596310000-PartnershipConsent.js';
import { PartnershipAmendments1795596320000 } from './1795596320000-PartnershipAmendments.js';
import { ProgrammeAttachmentRequests1795596330000 } from './1795596330000-ProgrammeAttachmentRequests.js';
import { ParticipationTimeOrder1795596400000 } from './1795596400000-ParticipationTimeOrder.js';
import { ProjectFacts1795596500000 } from './1795596500000-ProjectFacts.js';
import { ExchangeRevision1795596600000 } from './1795596600000-ExchangeRevision.js';
import { TechnologyOwnersToday1795596700000 } from './1795596700000-TechnologyOwnersToday.js';
import { AccessViews1795700000000 } from './1795700000000-AccessViews.js';
import { StandardIdentifiers1795710000000 } from './1795710000000-StandardIdentifiers.js';
import { HarvestIndexes1796200000000 } from './1796200000000-HarvestIndexes.js';

/** Every migration, oldest first. A new migration is added here as well as in this folder. */
export const migrations = [Extensions1795586950810, Organizations1795586950811, Identity1795589000000, InvitationPosition1795591000000, Projects1795592000000, Technologies1795593000000, Disclosures1795593100000, Revenue1795593200000, Exchange1795593300000, Indicators1795594000000, InsightRevision1795594100000, IdempotentRequests1795595000000, SealedOutboxTokens1795596290000, TechnologyOwnersProposals1795596300000, PartnershipConsent1795596310000, PartnershipAmendments1795596320000, ProgrammeAttachmentRequests1795596330000, ParticipationTimeOrder1795596400000, ProjectFacts1795596500000, ExchangeRevision1795596600000, TechnologyOwnersToday1795596700000, AccessViews1795700000000, StandardIdentifiers1795710000000, HarvestIndexes1796200000000];
