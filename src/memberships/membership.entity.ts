import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { VersionedEntity } from '../database/versioned.entity.js';
import { MemberRole } from '../common/access/vocabulary.js';

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  REQUESTED = 'REQUESTED',
  DECLINED = 'DECLINED',
  REMOVED = 'REMOVED',
  LEFT = 'LEFT',
}

@Entity('membership')
@Index('membership_open_key', { synchronize: false })
@Index('membership_organization_status_idx', { synchronize: false })
@Index('membership_user_id_idx', { synchronize: false })
@Check('membership_role_known', `role IN ('ADMIN', 'EDITOR', 'MEMBER')`)
@Check('membership_status_known', `status IS NOT NULL`)
@Check('membership_period_ordered', `until IS NULL OR since IS NULL OR until >= since`)
@Check('membership_position_length', `length(position) <= 200`)
export class MembershipEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'membership_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'membership_user_fk' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role: MemberRole;

  @Column({ type: 'text' })
  status: MembershipStatus;

  @Column({ type: 'text', nullable: true })
  position: string | null;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;
}
