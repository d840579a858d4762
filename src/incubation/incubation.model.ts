import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate } from '../common/graphql/scalars.js';
import { Connection } from '../common/pagination/connection.js';
import { UserModel } from '../identity/user.model.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { Money } from '../projects/money.js';
import { IncubationApplicationStatus, IncubationCohortStatus, IncubationMilestoneStatus, IncubationProgrammeKind } from './incubation.enums.js';

/*
 * Incubation records are read in SQL (see incubation.read.ts), also as the answers of mutations, so
 * their relations are plain fields here; only connections with arguments have resolvers in code.
 */

@ObjectType('IncubationProgramme', { description: 'An incubation or acceleration programme run by an organisation; public.' })
export class IncubationProgrammeModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => IncubationProgrammeKind, { description: 'Incubator or accelerator.' })
  kind: IncubationProgrammeKind;

  @Field({ description: 'Name as the runner writes it (Vietnamese where it applies).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn: string | null;

  @Field(() => String, { nullable: true, description: 'What the programme offers and to whom.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Public website, an http(s) URL.' })
  website: string | null;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => OrganizationModel, { nullable: true, description: 'The organisation running it (null if archived).' })
  organization: OrganizationModel | null;

  organizationId: string;
}

@ObjectType('IncubationCohort', { description: 'One intake of a programme, with its dates and seats; public.' })
export class IncubationCohortModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Name of the intake, e.g. "2026 spring".' })
  name: string;

  @Field(() => CalendarDate, { description: 'First day (YYYY-MM-DD).' })
  startsOn: string;

  @Field(() => CalendarDate, { description: 'Last day (YYYY-MM-DD), not before `startsOn`.' })
  endsOn: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day applications are taken while OPEN; none: until the cohort moves on.' })
  applicationsCloseOn: string | null;

  @Field(() => Int, { nullable: true, description: 'How many startups it admits at most; null: no limit.' })
  seats: number | null;

  @Field(() => IncubationCohortStatus, { description: 'Where it stands.' })
  status: IncubationCohortStatus;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  @Field(() => IncubationProgrammeModel, { description: 'The programme it belongs to.' })
  programme: IncubationProgrammeModel;

  @Field(() => [OrganizationModel], { description: 'Startups that graduated from it and consent to it being shown; public. By name.' })
  graduates: OrganizationModel[];
}

@ObjectType('IncubationMentor', { description: 'A person mentoring an admitted startup, for the organisation they come from.' })
export class IncubationMentorModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => UserModel, { nullable: true, description: 'The mentor.' })
  user: UserModel | null;

  @Field(() => OrganizationModel, { nullable: true, description: 'The organisation the mentor comes from, of any helix (null if archived).' })
  organization: OrganizationModel | null;

  @Field(() => CalendarDate, { description: 'First day of the mentoring.' })
  since: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day of the mentoring; null while current.' })
  endedOn: string | null;

  @Field({ description: 'Whether the mentoring goes on (not ended).' })
  current: boolean;
}

@ObjectType('IncubationMilestone', { description: 'A milestone an admitted startup works towards.' })
export class IncubationMilestoneModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'What is to be reached.' })
  title: string;

  @Field(() => CalendarDate, { description: 'When it is due.' })
  dueOn: string;

  @Field(() => IncubationMilestoneStatus, { description: 'Where it stands.' })
  status: IncubationMilestoneStatus;

  @Field(() => CalendarDate, { nullable: true, description: 'The day it was met (MET only).' })
  metOn: string | null;

  @Field(() => String, { nullable: true, description: 'A note on it.' })
  note: string | null;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was added.' })
  createdAt: Date;
}

@ObjectType('IncubationReport', { description: 'What a startup reports for a period: the funds it raised and the jobs it has.' })
export class IncubationReportModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => CalendarDate, { description: 'First day of the period.' })
  periodStart: string;

  @Field(() => CalendarDate, { description: 'Last day of the period.' })
  periodEnd: string;

  @Field(() => Money, { description: 'Funds raised in the period (investment, grants, loans), in an ISO 4217 currency.' })
  fundsRaised: Money;

  @Field(() => Int, { description: 'Jobs (people employed) at the end of the period.' })
  jobs: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was reported.' })
  createdAt: Date;
}

@ObjectType('IncubationApplication', {
  description:
    'A startup’s file in a cohort: its application, the decision, mentors, milestones and reports. The parties read it: members of the startup and of the runner, the current mentors, platform admins. Anyone sees a graduation the startup consented to show, without its confidential fields.',
})
export class IncubationApplicationModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => IncubationApplicationStatus, { description: 'Where it stands.' })
  status: IncubationApplicationStatus;

  @Field(() => GraphQLISODateTime, { description: 'When the startup applied.' })
  appliedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the runner admitted or declined it.' })
  decidedAt: Date | null;

  @Field(() => CalendarDate, { nullable: true, description: 'The day it graduated, left or failed.' })
  endedOn: string | null;

  @Field({ description: 'Whether the startup consents to its graduation being shown publicly.' })
  publicConsent: boolean;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => OrganizationModel, { nullable: true, description: 'The startup (null if archived).' })
  startup: OrganizationModel | null;

  @Field(() => IncubationCohortModel, { description: 'The cohort applied to.' })
  cohort: IncubationCohortModel;

  @Field(() => IncubationProgrammeModel, { description: 'The programme of the cohort.' })
  programme: IncubationProgrammeModel;

  @Field(() => String, { nullable: true, description: 'The startup’s pitch; confidential: the parties to the file only (null to others).' })
  pitch: string | null;

  @Field(() => String, { nullable: true, description: 'Why the runner decided or ended it as it did; the parties to the file only (null to others).' })
  decisionReason: string | null;

  @Field(() => [IncubationMentorModel], { description: 'Mentors, current and past, by start; the parties to the file only (empty to others).' })
  mentors: IncubationMentorModel[];

  @Field(() => [IncubationMilestoneModel], { description: 'Milestones by due day; the parties to the file only (empty to others).' })
  milestones: IncubationMilestoneModel[];

  @Field(() => [IncubationReportModel], { description: 'Reports, latest period first; the parties to the file only (empty to others).' })
  reports: IncubationReportModel[];
}

@ObjectType({ description: 'A page of incubation programmes, newest first (Relay cursor connection).' })
export class IncubationProgrammeConnection extends Connection(IncubationProgrammeModel, 'IncubationProgramme', 'incubation programmes') {}

@ObjectType({ description: 'A page of cohorts, latest start first (Relay cursor connection).' })
export class IncubationCohortConnection extends Connection(IncubationCohortModel, 'IncubationCohort', 'cohorts') {}

@ObjectType({ description: 'A page of incubation applications, newest first (Relay cursor connection).' })
export class IncubationApplicationConnection extends Connection(IncubationApplicationModel, 'IncubationApplication', 'incubation applications') {}
