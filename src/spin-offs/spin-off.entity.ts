import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type { SpinOffStatus } from './spin-off.enums.js';

/** A startup founded on an institution's technologies; the startup is an organisation of its own. */
@Entity('spin_off')
@Index('spin_off_organization_key', { synchronize: false })
@Index('spin_off_parent_idx', { synchronize: false })
@Index('spin_off_created_at_id_idx', { synchronize: false })
@Index('spin_off_agreement_idx', { synchronize: false })
@Check('spin_off_not_own_parent', `organization_id <> parent_organization_id`)
@Check('spin_off_equity_range', `equity_held IS NULL OR (equity_held >= 0 AND equity_held <= 100)`)
@Check('spin_off_status_known', `status IS NOT NULL`)
@Check('spin_off_version_positive', `version > 0`)
export class SpinOffEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The startup. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'spin_off_organization_fk' })
  organization?: OrganizationEntity;

  /** The institution it spun out of. */
  @Column({ name: 'parent_organization_id', type: 'uuid' })
  parentOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'parent_organization_id', foreignKeyConstraintName: 'spin_off_parent_fk' })
  parentOrganization?: OrganizationEntity;

  /** The licence or assignment under which it uses the technologies. */
  @Column({ name: 'agreement_id', type: 'uuid', nullable: true })
  agreementId: string | null;

  @ManyToOne(() => AgreementEntity)
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'spin_off_agreement_fk' })
  agreement?: AgreementEntity;

  @Column({ name: 'founded_on', type: 'date' })
  foundedOn: string;

  /** Percent of the startup held by the parent; confidential. */
  @Column({ name: 'equity_held', type: 'numeric', precision: 5, scale: 2, nullable: true })
  equityHeld: string | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: SpinOffStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'spin_off_created_by_fk' })
  creator?: UserEntity;
}
