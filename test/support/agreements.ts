import { graphql } from '../graphql/index.js';
import type { AgreementStatus, CreateAgreementInput } from '../graphql/graphql.js';
import type { Account } from './accounts.js';
import { expectResult } from './results.js';
import type { TestApp } from './test-app.js';

let sequence = 0;
const unique = () => `${process.pid}-${++sequence}`;

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
