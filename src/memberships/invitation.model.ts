import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import { AuthPayload } from '../identity/user.model.js';
import type { InvitationEntity } from './invitation.entity.js';
import { MembershipModel } from './membership.model.js';
import { MemberRole } from '../common/access/vocabulary.js';

/** How long an invitation can be accepted. */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands, derived from its dates.',
  valuesMap: {
    PENDING: { description: 'Can be accepted until it expires.' },
    ACCEPTED: { description: 'Was accepted; it cannot be used again.' },
    EXPIRED: { description: 'Was not accepted in time.' },
    REVOKED: { description: 'An admin withdrew it.' },
  },
});

export enum InvitationInvalidReason {
  UNKNOWN = 'UNKNOWN',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
  REVOKED = 'REVOKED',
  WRONG_ACCOUNT = 'WRONG_ACCOUNT',
  SIGN_IN_FIRST = 'SIGN_IN_FIRST',
}

registerEnumType(InvitationInvalidReason, {
  name: 'InvitationInvalidReason',
  description: 'Why an invitation cannot be used (or changed).',
  valuesMap: {
    UNKNOWN: { description: 'No invitation has this token.' },
    EXPIRED: { description: 'The invitation was not accepted in time; ask for a new one.' },
    USED: { description: 'The invitation was already accepted; each works once.' },
    REVOKED: { description: 'An admin withdrew the invitation.' },
    WRONG_ACCOUNT: { description: 'You are signed in with another email address than the one invited.' },
    SIGN_IN_FIRST: { description: 'An account with the invited email exists: sign in to it, then accept.' },
  },
});

@ObjectType('Invitation', { description: 'An invitation for an email address to join an organisation with a role. Seen by the organisation’s admins.' })
export class InvitationModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'The invited email address (normalised: trimmed, lower case).' })
  email: string;

  @Field(() => MemberRole, { description: 'The role the invitee gets on accepting.' })
  role: MemberRole;

  @Field(() => String, { nullable: true, description: 'The position or title the invitee will hold.' })
  position: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the invitation was made.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the invitation stops working if not accepted.' })
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was accepted; null until then.' })
  acceptedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When an admin revoked it; null unless revoked.' })
  revokedAt: Date | null;

  @Field(() => InvitationStatus, { description: 'Where the invitation stands now.' })
  status: InvitationStatus;

  /** Not fields: `organization` and `invitedBy` resolve through them, batched. */
  organizationId: string;
  invitedById: string;

  static fromEntity(entity: InvitationEntity, now = new Date()): InvitationModel {
    const model = new InvitationModel();
    model.id = entity.id;
    model.organizationId = entity.organizationId;
    model.invitedById = entity.invitedBy;
    model.email = entity.email;
    model.role = entity.role;
    model.position = entity.position;
    model.createdAt = entity.createdAt;
    model.expiresAt = entity.expiresAt;
    model.acceptedAt = entity.acceptedAt;
    model.revokedAt = entity.revokedAt;
    model.status = entity.acceptedAt
      ? InvitationStatus.ACCEPTED
      : entity.revokedAt
        ? InvitationStatus.REVOKED
        : entity.expiresAt <= now
          ? InvitationStatus.EXPIRED
          : InvitationStatus.PENDING;
    return model;
  }
}

@ObjectType({
  description:
    'A new invitation and its token. No mail has been sent: a message waits in the outbox for a delivery service that does not exist yet, so pass the token on to the invitee yourself.',
})
export class InvitationCreated {
  @Field(() => InvitationModel, { description: 'The invitation.' })
  invitation: InvitationModel;

  @Field({ description: 'The single-use token the invitee passes to `acceptInvitation`. Shown this once: only a hash is kept.' })
  token: string;
}

@ObjectType({ description: 'An accepted invitation: the new membership, and a session when the acceptance created the account.' })
export class AcceptedInvitation {
  @Field(() => MembershipModel, { description: 'The active membership.' })
  membership: MembershipModel;

  @Field(() => AuthPayload, { nullable: true, description: 'Tokens of the account just created; null when you accepted while signed in.' })
  session: AuthPayload | null;
}


@ObjectType({ description: 'A page of an organisation’s invitations, newest first.' })
export class InvitationConnection extends Connection(InvitationModel, 'Invitation', 'invitations') {}
