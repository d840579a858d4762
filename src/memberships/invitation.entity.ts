import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { type MemberRole } from '../common/access/vocabulary.js';

@Entity('invitation')
@Index('invitation_token_hash_key', { synchronize: false })
@Index('invitation_organization_id_idx', { synchronize: false })
@Check('invitation_role_known', `role IN ('ADMIN', 'EDITOR', 'MEMBER')`)
@Check('invitation_email_normalised', `email = lower(btrim(email))`)
@Check('invitation_expiry_after_creation', `expires_at > created_at`)
@Check('invitation_acceptance_complete', `(accepted_at IS NULL) = (accepted_by IS NULL)`)
@Check('invitation_position_length', `length(position) <= 200`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'invitation_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  role: MemberRole;

  /** The position (title) the invitee will hold. */
  @Column({ type: 'text', nullable: true })
  position: string | null;

  /** SHA-256 of the single-use token. */
  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'invitation_invited_by_fk' })
  inviter?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'accepted_by', foreignKeyConstraintName: 'invitation_accepted_by_fk' })
  acceptor?: UserEntity;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;
}
