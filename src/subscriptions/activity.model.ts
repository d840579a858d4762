import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Something done to or within an organisation (what, not the details: those are in its audit trail).' })
export class OrganizationActivity {
  @Field(() => ID, { description: 'The organisation.' })
  organizationId: string;

  @Field({ description: 'What happened, e.g. `membership.accepted`, `project.updated`.' })
  action: string;

  @Field({ description: 'The kind of record concerned.' })
  entityType: string;

  @Field(() => String, { nullable: true, description: 'The record concerned.' })
  entityId: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was committed.' })
  occurredAt: string;
}

@ObjectType({ description: 'A committed change to a project, its participants or its milestones.' })
export class ProjectChange {
  @Field(() => ID, { description: 'The project.' })
  projectId: string;

  @Field({ description: 'What happened, e.g. `project.status_changed`, `project.participant_accepted`.' })
  action: string;

  @Field({ description: 'The kind of record concerned: Project, ProjectParticipant or Milestone.' })
  entityType: string;

  @Field(() => String, { nullable: true, description: 'The record concerned.' })
  entityId: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was committed.' })
  occurredAt: string;
}
