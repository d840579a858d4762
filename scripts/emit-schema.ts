import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { describeRootTypes, printApiSchema } from '../src/common/graphql/schema.js';
import { schemaResolvers } from '../src/schema-resolvers.js';

/**
 * Prints the GraphQL schema to schema.gql (integrators read it; reviews see its changes), or with
 * --check fails when the committed file is not what the code produces. Needs no database.
 */
async function main(): Promise<void> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  const schema = describeRootTypes(await context.get(GraphQLSchemaFactory).create(schemaResolvers));
  await context.close();
  const printed = printApiSchema(schema);
  if (process.argv.includes('--check')) {
    const committed = await readFile('schema.gql', 'utf8').catch(() => '');
    if (committed !== printed) {
      console.error('schema.gql is stale: run `npm run schema` and commit the result');
      process.exit(1);
    }
    console.log('schema.gql is up to date');
    return;
  }
  await writeFile('schema.gql', printed);
  console.log('wrote schema.gql');
}

void main();
