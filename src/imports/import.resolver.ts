import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/allow.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { ImportReportModel, ImportSpreadsheetInput } from './import.model.js';
import { ImportService } from './import.service.js';

@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Allow('user', 'apiKey')
  @Mutation(() => ImportReportModel, {
    description:
      'Imports a spreadsheet (CSV or .xlsx) of organisations, invitations, projects or technologies, each row through the same rules and access checks as the API. A dry run (the default) reports every problem by row and column and writes nothing; a real run writes all rows or none, and the same file run again changes nothing (rows are matched by slug, email or code). Organisation directory: platform admins (an organisation’s admins: its units); people: the organisation’s admins; projects and technologies: its editors and WRITE keys. Templates: GET /imports/templates/<kind>.csv or .xlsx.',
  })
  importSpreadsheet(@Ctx() ctx: RequestContext, @Args('input', { description: 'The file and what it holds.' }) input: ImportSpreadsheetInput): Promise<ImportReportModel> {
    return this.imports.importSpreadsheet(ctx, input);
  }
}
