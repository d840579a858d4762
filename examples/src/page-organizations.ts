/**
 * Paging through a connection: ask for `first` items, then again with `after: pageInfo.endCursor`
 * while `pageInfo.hasNextPage`. Cursors are keyset cursors: later pages cost what the first did, and
 * a record added meanwhile does not shift the pages. Works anonymously (the public directory) or
 * with API_TOKEN (your own unverified organisations too).
 */
import { credentialsFromEnvironment, request, run } from './client.js';
import { graphql } from './gql/index.js';
import type { ExampleOrganizationsQuery } from './gql/graphql.js';

const Organizations = graphql(`
  query ExampleOrganizations($first: Int!, $after: String) {
    organizations(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges { cursor node { id slug name helix } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

run(async () => {
  const pageSize = Number(process.env.PAGE_SIZE ?? 2);
  const seen: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let total: number;
  do {
    const { organizations }: ExampleOrganizationsQuery = await request(Organizations, { first: pageSize, after }, credentialsFromEnvironment());
    pages += 1;
    total = organizations.totalCount;
    for (const { node } of organizations.edges) seen.push(node.slug);
    console.log(`page ${pages}: ${organizations.edges.map(({ node }) => `${node.name} (${node.helix})`).join(', ') || 'nothing'}`);
    after = organizations.pageInfo.hasNextPage ? (organizations.pageInfo.endCursor ?? null) : null;
  } while (after !== null && pages < 1_000);

  console.log(`${seen.length} organisations in ${pages} pages of ${pageSize}`);
  if (seen.length !== total) throw new Error(`the pages held ${seen.length} organisations, totalCount says ${total}`);
  if (new Set(seen).size !== seen.length) throw new Error('an organisation came twice');
  if (process.env.EXPECT_PAGES && pages < Number(process.env.EXPECT_PAGES)) throw new Error(`expected at least ${process.env.EXPECT_PAGES} pages, got ${pages}`);
});
