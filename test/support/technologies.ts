import { graphql } from '../graphql/index.js';
import { expectResult } from './results.js';
import type { TestApp } from './test-app.js';

/** Anyone who can call the API: an account (`register`) or headers of an API key. */
export interface Caller {
  headers: Record<string, string>;
}

export interface OwnerSpec {
  organizationId: string;
  /** Percentage as an exact decimal string, e.g. "60" or "33.34". */
  share: string;
  /** YYYY-MM-DD; today when omitted. */
  validFrom?: string;
  validUntil?: string | null;
}

export interface InventorSpec {
  /** A platform user; give this or `externalName`. */
  userId?: string;
  externalName?: string;
  affiliationOrganizationId?: string;
  affiliationName?: string;
  share: string;
}

export interface TechnologyOptions {
  code?: string;
  title?: string;
  abstract?: string;
  fields?: string[];
  keywords?: string[];
  /** Owning organisations with equal shares (any remainder of a hundredth goes to the first). */
  ownerIds?: string[];
  /** Shares for `ownerIds`, in the same order, instead of equal ones. */
  shares?: string[];
  /** Full ownership periods; overrides `ownerIds`/`shares`. */
  owners?: OwnerSpec[];
  /** Inventors; none when omitted. */
  inventors?: InventorSpec[];
  /** Originating projects (the caller must be able to read them). */
  projectIds?: string[];
}

export interface CreatedTechnology {
  id: string;
  code: string;
  version: number;
  /** The inventors' ids, in the order they were given. */
  inventorIds: string[];
}

let technologies = 0;

export const createTechnologyMutation = graphql(`mutation CreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {
  __typename
  ... on Technology { id code version inventors { id } }
  ... on ErrorResult { code message field }
} }`);

const assessTrlMutation = graphql(`mutation AssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {
  __typename
  ... on Technology { currentTrl }
  ... on ErrorResult { code message field }
} }`);

/** Equal shares of 100 in hundredths; the remainder goes to the first. */
export function equalShares(count: number): string[] {
  const each = Math.floor(10_000 / count);
  const first = 10_000 - each * (count - 1);
  return Array.from({ length: count }, (_, index) => ((index === 0 ? first : each) / 100).toFixed(2));
}

/** Makes a technology through the API as `caller` (an editor of at least one owner); throws if refused. */
export async function createTechnology(t: TestApp, caller: Caller, options: TechnologyOptions): Promise<CreatedTechnology> {
  const owners =
    options.owners ??
    (() => {
      const ids = options.ownerIds ?? [];
      if (ids.length === 0) throw new Error('createTechnology needs ownerIds or owners');
      const shares = options.shares ?? equalShares(ids.length);
      return ids.map((organizationId, index) => ({ organizationId, share: shares[index] }));
    })();
  const input = {
    code: options.code ?? `SAMPLE-TECH-${process.pid}-${++technologies}`,
    title: options.title ?? `Sample technology ${technologies}`,
    abstract: options.abstract ?? 'Sample data.',
    fields: options.fields ?? [],
    keywords: options.keywords ?? [],
    owners,
    inventors: options.inventors ?? [],
    projectIds: options.projectIds ?? [],
  };
  const response = await t.graphql(createTechnologyMutation, { input }, caller.headers);
  const { id, code, version, inventors } = expectResult(response.data?.createTechnology, 'Technology', response);
  return { id, code, version, inventorIds: inventors.map((inventor) => inventor.id) };
}

/** Records a TRL assessment through the API (assessed today unless `assessedOn` is given); throws if refused. */
export async function assessTrl(
  t: TestApp,
  caller: Caller,
  technologyId: string,
  level: number,
  options: { assessedOn?: string; evidence?: string; assessorName?: string } = {},
): Promise<{ currentTrl: number | null }> {
  const response = await t.graphql(
    assessTrlMutation,
    {
      input: {
        technologyId,
        level,
        assessedOn: options.assessedOn,
        evidence: options.evidence ?? 'Sample data: demonstration report.',
        assessorName: options.assessorName,
      },
    },
    caller.headers,
  );
  const { currentTrl } = expectResult(response.data?.assessTrl, 'Technology', response);
  return { currentTrl };
}
