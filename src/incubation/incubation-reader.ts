import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
import type { RequestContext } from '../common/request-context.js';
import type { IncubationApplicationsArgs, IncubationCohortsArgs, IncubationProgrammesArgs } from './dto/incubation.inputs.js';
import { applicationPage, applicationReadable, cohortPage, programmePage, type ApplicationScope } from './incubation.read.js';
import { IncubationApplicationModel, IncubationCohortModel, IncubationMilestoneModel, IncubationProgrammeModel, IncubationReportModel, IncubationMentorModel } from './incubation.model.js';

/** The incubation records a mutation answers with, by GraphQL type: their table, and the class its result union tells apart. */
const answers = {
  IncubationProgramme: { table: 'incubation_programme', model: IncubationProgrammeModel },
  IncubationCohort: { table: 'incubation_cohort', model: IncubationCohortModel },
  IncubationApplication: { table: 'incubation_application', model: IncubationApplicationModel },
  IncubationMentor: { table: 'incubation_mentor', model: IncubationMentorModel },
  IncubationMilestone: { table: 'incubation_milestone', model: IncubationMilestoneModel },
  IncubationReport: { table: 'incubation_report', model: IncubationReportModel },
} as const;

export type IncubationType = keyof typeof answers;

/** The read path of incubation: a page or a record, with whatever the client selected under it, in one statement (see `JsonReader`). */
@Injectable()
export class IncubationReader {
  constructor(private readonly reader: JsonReader) {}

  programmes(ctx: RequestContext, args: IncubationProgrammesArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'IncubationProgramme', 'p', (scope) => programmePage('p', args, scope));
  }

  /** A programme, public: null when there is none (or its runner is archived, but for platform admins). */
  programme(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.one(ctx, info, 'IncubationProgramme', 'p', (scope) => {
      const page = programmePage('p', {}, scope);
      return `${page.from} WHERE ${[...page.where, `p.id = ${scope.params.add(id)}::uuid`].join(' AND ')}`;
    });
  }

  cohorts(ctx: RequestContext, programmeId: string, args: IncubationCohortsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'IncubationCohort', 'c', (scope) => cohortPage('c', args, scope, `${scope.params.add(programmeId)}::uuid`));
  }

  applications(ctx: RequestContext, args: IncubationApplicationsArgs, info: GraphQLResolveInfo, fixed: ApplicationScope = {}): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'IncubationApplication', 'a', (scope) =>
      applicationPage('a', args, scope, { ...fixed, startup: fixed.startup ? `${scope.params.add(fixed.startup)}::uuid` : undefined }),
    );
  }

  /** An application the caller is party to; null otherwise. */
  application(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.one(ctx, info, 'IncubationApplication', 'a', (scope) => `incubation_application a WHERE a.id = ${scope.params.add(id)}::uuid AND ${applicationReadable('a', scope)}`);
  }

  /**
   * The record a mutation just wrote, read in its transaction as queries read it (confidential
   * fields as the caller may see them), as the class its result union resolves.
   */
  async answer<T extends IncubationType>(ctx: RequestContext, info: GraphQLResolveInfo, type: T, id: string): Promise<InstanceType<(typeof answers)[T]['model']>> {
    const { table, model } = answers[type];
    const row = await this.reader.one(ctx, info, type, 'x', (scope) => `${table} x WHERE x.id = ${scope.params.add(id)}::uuid`);
    return Object.assign(new model(), row) as InstanceType<(typeof answers)[T]['model']>;
  }
}
