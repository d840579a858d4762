import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { InvitationStatus } from '../invitation.model.js';
import { MembershipStatus } from '../membership.entity.js';
import { MemberRole } from '../../common/access/vocabulary.js';
import { ExpectedVersion, OptionalText } from '../../common/graphql/input-fields.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';

// Rules needing the database or the account policy (email format, password) are the services',
// answered as typed errors; formats are checked here and refused as BAD_USER_INPUT.

@InputType({ description: 'Whom to invite into which organisation, with which role.' })
export class InviteMemberInput {
  @Field(() => ID, { description: 'The organisation; you must be its admin.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field({ description: 'The invitee’s email address; the invitation can only be accepted by the account with this address.' })
  @IsString()
  @MaxLength(320, { message: 'email must be at most 320 characters' })
  email: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER, description: 'The role the invitee gets; MEMBER when omitted.' })
  @IsEnum(MemberRole)
  role: MemberRole = MemberRole.MEMBER;

  @Field(() => String, { nullable: true, description: 'The invitee’s position or title in the organisation (up to 200 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'position must be at most 200 characters' })
  position?: string | null;
}

@InputType({ description: 'An invitation token, and for a new account its password and name.' })
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation.' })
  @IsString()
  @MaxLength(200, { message: 'token is not an invitation token' })
  token: string;

  @Field(() => String, { nullable: true, description: 'When not signed in and no account has the invited email: the new account’s password (at least 12 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'When not signed in and no account has the invited email: the name shown to others.' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  displayName?: string | null;
}

@InputType({ description: 'A request to join an organisation.' })
export class RequestMembershipInput {
  @Field(() => ID, { description: 'The organisation to join.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @OptionalText({ max: 200, description: 'Your title or position there, e.g. "Lecturer" (up to 200 characters).' })
  position?: string | null;
}

@InputType({ description: 'A request to join to approve, and the role to give.' })
export class ApproveMembershipRequestInput {
  @Field(() => ID, { description: 'The requested membership.' })
  @IsUUID('all', { message: 'membershipId must be a membership id (UUID)' })
  membershipId: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER, description: 'The role the new member gets; MEMBER when omitted.' })
  @IsEnum(MemberRole)
  role: MemberRole = MemberRole.MEMBER;
}

@InputType({ description: 'A new role for an active member.' })
export class ChangeMemberRoleInput {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID('all', { message: 'membershipId must be a membership id (UUID)' })
  membershipId: string;

  @Field(() => MemberRole, { description: 'The new role.' })
  @IsEnum(MemberRole)
  role: MemberRole;

  @ExpectedVersion('The `version` you read; if the membership changed since, nothing is written and VersionConflictError answers.')
  expectedVersion: number;
}

@InputType({ description: 'Conditions the memberships must meet.' })
export class MemberFilter {
  @Field(() => MemberRole, { nullable: true, description: 'Only this role.' })
  @IsOptional()
  @IsEnum(MemberRole)
  role?: MemberRole;

  @Field(() => MembershipStatus, {
    nullable: true,
    description: 'Only this status. Statuses other than ACTIVE are for the organisation’s admins; without this, admins see all and others ACTIVE only.',
  })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus;
}

@ArgsType()
export class MembersArgs extends FilteredListArgs(MemberFilter, 'memberships') {}

@InputType({ description: 'Conditions on an organisation’s invitations.' })
export class InvitationFilter {
  @Field(() => InvitationStatus, { nullable: true, description: 'Only invitations standing so now.' })
  @IsOptional()
  @IsEnum(InvitationStatus)
  status?: InvitationStatus;
}

@ArgsType()
export class InvitationHistoryArgs extends FilteredListArgs(InvitationFilter, 'invitations') {}
