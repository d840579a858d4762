import { agreementReadModels } from './agreements/agreement.read.js';
import type { ReadModel } from './common/read/read-model.js';
import { exchangeReadModels } from './exchange/exchange.read.js';
import { userReadModels } from './identity/user.read.js';
import { membershipReadModels } from './memberships/membership.read.js';
import { organizationReadModels } from './organizations/organization.read.js';
import { projectReadModels } from './projects/project.read.js';
import { revenueReadModels } from './revenue/revenue.read.js';
import { spinOffReadModels } from './spin-offs/spin-off.read.js';
import { incubationReadModels } from './incubation/incubation.read.js';
import { technologyReadModels } from './technologies/technology.read.js';
import { placementReadModels } from './placements/placement.read.js';
import { trainingReadModels } from './training/training.read.js';

/** How each domain's records are read in SQL (see `JsonReader`). */
export const readModels: ReadModel[] = [
  ...organizationReadModels,
  ...userReadModels,
  ...membershipReadModels,
  ...projectReadModels,
  ...technologyReadModels,
  ...agreementReadModels,
  ...revenueReadModels,
  ...exchangeReadModels,
  ...spinOffReadModels,
  ...incubationReadModels,
  ...placementReadModels,
  ...trainingReadModels,
];
