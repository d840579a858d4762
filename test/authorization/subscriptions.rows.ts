import { readersA, type PrincipalName, type World } from '../support/authorization-matrix.js';
import type { AnyOperation } from '../support/test-app.js';
import { graphql } from '../graphql/index.js';

/**
 * Subscriptions: allowed = accepted, and an event caused by a write arrives; denied = refused (an
 * error, or the connection closed with 4403).
 */

export interface SubscriptionFixtures {
  w: World;
  /** A PARTNERS project A coordinates, and its version. */
  project: { id: string; version: number };
}

export interface SubscriptionRow {
  name: string;
  query: AnyOperation;
  variables(fixtures: SubscriptionFixtures): Record<string, unknown>;
  allowed: readonly PrincipalName[];
}

export async function setUpSubscriptions(w: World): Promise<SubscriptionFixtures> {
  const project = await w.must('editorA', graphql(`mutation AuthzSubscriptionsRowsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id version } } }`), {
    input: { coordinatorId: w.orgA, code: `SAMPLE-P-${w.unique()}`, title: 'Sample data: followed project', visibility: 'PARTNERS' },
  });
  return { w, project };
}

export const subscriptionRows: SubscriptionRow[] = [
  {
    name: 'subscription organizationActivity of A',
    query: graphql(`subscription OrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { organizationId action } }`),
    variables: (f) => ({ id: f.w.orgA }),
    allowed: readersA,
  },
  {
    name: 'subscription projectChanged (PARTNERS project of A)',
    query: graphql(`subscription ProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action } }`),
    variables: (f) => ({ id: f.project.id }),
    allowed: readersA,
  },
];
