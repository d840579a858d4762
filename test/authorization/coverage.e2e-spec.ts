import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType, parse, TypeInfo, validate, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';
import { queryText, type AnyOperation } from '../support/test-app.js';
import { accountRows } from './accounts.rows.js';
import { agreementRows } from './agreements.rows.js';
import { exchangeRows } from './exchange.rows.js';
import { importRows } from './imports.rows.js';
import { incubationRows } from './incubation.rows.js';
import { insightRows } from './insight.rows.js';
import { integrationRows } from './integrations.rows.js';
import { partnershipRows } from './partnerships.rows.js';
import { projectRows } from './projects.rows.js';
import { subscriptionRows } from './subscriptions.rows.js';
import { talentRows } from './talent.rows.js';
import { technologyRows } from './technologies.rows.js';

/**
 * The matrix covers the schema: every query, mutation and subscription of schema.gql, and every
 * field whose description limits who sees it, is selected by some row of the matrix's files. A new
 * operation without a row fails here, by name.
 */

const schema: GraphQLSchema = buildSchema(readFileSync(new URL('../../schema.gql', import.meta.url), 'utf8'));
const rows: { name: string; query: AnyOperation }[] = [
  ...accountRows.rows,
  ...projectRows.rows,
  ...partnershipRows.rows,
  ...technologyRows.rows,
  ...agreementRows.rows,
  ...exchangeRows.rows,
  ...insightRows.rows,
  ...importRows.rows,
  ...incubationRows.rows,
  ...integrationRows.rows,
  ...talentRows.rows,
  ...subscriptionRows,
];

/** Every field a row selects, as `Type.field` (root fields as `Query.x`, `Mutation.y`, `Subscription.z`). */
function selectedFields(query: string): string[] {
  const typeInfo = new TypeInfo(schema);
  const fields: string[] = [];
  visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) fields.push(`${parent.name}.${field.name}`);
      },
    }),
  );
  return fields;
}

const selected = new Set(rows.flatMap((row) => selectedFields(queryText(row.query))));
const rootTypes = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((type) => type != null);
const rootFields = rootTypes.flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
/** Fields shown to some callers only, by their own description (null, or an error, for the others). */
const limitedFields = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((type) => !type.name.startsWith('__') && !rootTypes.includes(type))
  .flatMap((type) => Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, description: field.description ?? '' })))
  .filter(({ description }) => /null to (others|the licensee)|null for others|null, with an error|admins only/i.test(description))
  .map(({ coordinate }) => coordinate);

describe('authorization matrix: coverage of schema.gql', () => {
  it('has rows whose operations are valid against the schema', () => {
    const invalid = rows.flatMap((row) => validate(schema, parse(queryText(row.query))).map((error) => `${row.name}: ${error.message}`));
    expect(invalid).toEqual([]);
  });

  it('has a row for every query, mutation and subscription', () => {
    expect(rootFields.length).toBeGreaterThan(100);
    expect(rootFields.filter((field) => !selected.has(field))).toEqual([]);
  });

  it('has a row for every field that only some callers see', () => {
    expect(limitedFields.length).toBeGreaterThan(10);
    expect(limitedFields.filter((field) => !selected.has(field))).toEqual([]);
  });

  it('counts the operations and cells', () => {
    const operations = rootFields.filter((field) => selected.has(field));
    // For the record: how much the matrix runs.
    console.info(`authorization matrix: ${operations.length} operations (${rootFields.length} in the schema), ${rows.length} rows, ${rows.length * 14} cells`);
    expect(operations).toHaveLength(rootFields.length);
  });
});
