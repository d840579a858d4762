import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import { MembershipStatus, type MembershipEntity } from './membership.entity.js';
import { MemberRole } from '../common/access/vocabulary.js';
import { CalendarDate } from '../common/graphql/scalars.js';

registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'What a member may do in an organisation.',
  valuesMap: {
    ADMIN: { description: 'Manages members, the profile and API keys, and reads the audit trail; also edits.' },
    EDITOR: { description: 'Creates and edits the organisation’s records.' },
    MEMBER: { description: 'Reads what the organisation’s partners may read.' },
  },
});

registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Where a membership stands.',
  valuesMap: {
    ACTIVE: { description: 'A member now, with the rights of its role.' },
    REQUESTED: { description: 'The person asked to join; an admin has not yet approved or declined.' },
    DECLINED: { description: 'The request to join was declined by an admin.' },
    REMOVED: { description: 'An admin ended the membership.' },
    LEFT: { description: 'The person left the organisation (or withdrew their request).' },
  },
});

@ObjectType('Membership', { description: 'A person’s tie to an organisation: role, status and period.' })
export class MembershipModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => MemberRole, { description: 'The role in the organisation (for requests: the role it would start with).' })
  role: MemberRole;

  @Field(() => MembershipStatus, { description: 'Where the membership stands.' })
  status: MembershipStatus;

  @Field(() => String, { nullable: true, description: 'Title or position in the organisation, e.g. "Head of research".' })
  position: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Day the membership began (ISO 8601 date, `YYYY-MM-DD`); null while requested.' })
  since: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Day the membership ended (ISO 8601 date); null while it lasts.' })
  until: string | null;

  @Field(() => Int, { description: 'Changes with every change; pass it as `expectedVersion` to `changeMemberRole`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When the membership (or the request) was created.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the membership last changed.' })
  updatedAt: Date;

  /** Not fields: `organization` and `user` resolve through them, batched. */
  organizationId: string;
  userId: string;

  static fromEntity(entity: MembershipEntity): MembershipModel {
    const model = new MembershipModel();
    model.id = entity.id;
    model.organizationId = entity.organizationId;
    model.userId = entity.userId;
    model.role = entity.role;
    model.status = entity.status;
    model.position = entity.position;
    model.since = entity.since;
    model.until = entity.until;
    model.version = entity.version;
    model.createdAt = entity.createdAt;
    model.updatedAt = entity.updatedAt;
    return model;
  }
}

@ObjectType({ description: 'A page of an organisation’s memberships, oldest first (Relay cursor connection).' })
export class MembershipConnection extends Connection(MembershipModel, 'Membership', 'memberships') {}

