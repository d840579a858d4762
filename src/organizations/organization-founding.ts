import type { RequestContext } from '../common/request-context.js';

/**
 * What else is written, in the transaction that creates an organisation, for the person who creates
 * it: memberships makes them its first admin. Organisations ask for it by this token and import
 * nothing of memberships, which depends on them.
 */
export interface OrganizationFounding {
  founded(ctx: RequestContext, organizationId: string): Promise<void>;
}

export const ORGANIZATION_FOUNDING = Symbol('ORGANIZATION_FOUNDING');
