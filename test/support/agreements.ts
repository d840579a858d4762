import { graphql } from '../graphql/index.js';
import type { AgreementStatus, CreateAgreementInput } from '../graphql/graphql.js';
import type { Account } from './accounts.js';
import { expectResult } from './results.js';
import type { TestApp } from './test-app.js';

let sequence = 0;
const unique = () => `${process.pid}-${++sequence}`;

export interface SqlTechnologyOptions {
  createdBy: string;
  owners: { organizationId: string; share: string; validFrom?: string }[];
  inventors?: { userId?: string; externalName?: string; affiliationOrganizationId?: string; share: string }[];
  title?: string;
}

/**
 * A technology written straight into the database (owners and inventors in one transaction, so the
 * deferred share checks see the complete set). Sample data.
 */
export async function insertTechnology(t: TestApp, options: SqlTechnologyOptions): Promise<{ id: string; code: string; inventorIds: string[] }> {
  const code = `SAMPLE-T-${unique()}`;
  return t.dataSource.transaction(async (manager) => {
    const [{ id }] = await manager.query(`INSERT INTO technology (code, title, abstract, created_by) VALUES ($1, $2, 'Sample data.', $3) RETURNING id`, [
      code,
      options.title ?? `Sample technology ${code}`,
      options.createdBy,
    ]);
    for (const owner of options.owners) {
      await manager.query(`INSERT INTO technology_owner (technology_id, organization_id, share, valid_from) VALUES ($1, $2, $3, $4)`, [
        id,
        owner.organizationId,
        owner.share,
        owner.validFrom ?? '2020-01-01',
      ]);
    }
    const inventorIds: string[] = [];
    for (const inventor of options.inventors ?? []) {
      const [row] = await manager.query(
        `INSERT INTO technology_inventor (technology_id, user_id, external_name, affiliation_organization_id, share) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [id, inventor.userId ?? null, inventor.externalName ?? null, inventor.affiliationOrganizationId ?? null, inventor.share],
      );
      inventorIds.push(row.id);
    }
    return { id, code, inventorIds };
  });
}

export const agreementFields = graphql(`fragment AgreementFields on Agreement {
  id code title type status territory fieldOfUse effectiveOn expiresOn executedOn endedOn version
  licensors { id } licensee { id } technologies { id code }
  terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { id description amount { amount currency } dueOn status } }
}`);

export const createAgreementMutation = graphql(`mutation CreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {
  __typename
  ... on Agreement { ...AgreementFields }
  ... on ErrorResult { code message field }
} }`);

export const transitionAgreementMutation = graphql(`mutation TransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {
  __typename
  ... on Agreement { id status version executedOn effectiveOn endedOn }
  ... on InvalidAgreementTransitionError { currentStatus allowedStatuses }
  ... on ErrorResult { code message field }
} }`);

/** What createAgreement needs; code, title, type and currency have sample defaults. */
export type AgreementOptions = Pick<CreateAgreementInput, 'technologyIds' | 'licensorIds' | 'licenseeId'> & Partial<CreateAgreementInput>;

/** An agreement made through the API as `caller`; throws unless it is created. */
export async function createAgreement(t: TestApp, caller: Account, options: AgreementOptions) {
  const input: CreateAgreementInput = { code: `SAMPLE-A-${unique()}`, title: 'Sample data: licence', type: 'LICENCE_NON_EXCLUSIVE', currency: 'VND', ...options };
  const response = await t.graphql(createAgreementMutation, { input }, caller.headers);
  return expectResult(response.data?.createAgreement, 'Agreement', response);
}

/** Moves an agreement through the API; throws unless it moves. */
export async function moveAgreement(t: TestApp, caller: Account, id: string, status: AgreementStatus, version: number, on?: string) {
  const response = await t.graphql(transitionAgreementMutation, { input: { id, status, expectedVersion: version, on } }, caller.headers);
  return expectResult(response.data?.transitionAgreement, 'Agreement', response);
}

/** NEGOTIATING -> EXECUTED -> ACTIVE; returns the version after. */
export async function activateAgreement(t: TestApp, caller: Account, id: string, version: number): Promise<number> {
  const executed = await moveAgreement(t, caller, id, 'EXECUTED', version, '2026-01-15');
  const active = await moveAgreement(t, caller, id, 'ACTIVE', executed.version, '2026-02-01');
  return active.version;
}
