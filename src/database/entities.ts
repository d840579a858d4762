import { OrganizationEntity } from '../organizations/organization.entity.js';

/** Every entity; the data source lists them explicitly so the app, the CLI and the tests agree. */
export const entities = [OrganizationEntity];
