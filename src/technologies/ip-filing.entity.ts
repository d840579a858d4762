import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { IpFilingStatus, IpType } from './technology.enums.js';
import { TechnologyEntity } from './technology.entity.js';

/** An application for (or a grant of) an IP right protecting a technology in one jurisdiction or route. */
@Entity('ip_filing')
@Index('ip_filing_application_number_key', { synchronize: false })
@Index('ip_filing_technology_idx', { synchronize: false })
@Index('ip_filing_created_at_id_idx', { synchronize: false })
@Index('ip_filing_updated_at_id_idx', { synchronize: false })
@Index('ip_filing_status_idx', { synchronize: false })
@Index('ip_filing_jurisdiction_idx', { synchronize: false })
@Index('ip_filing_parent_idx', { synchronize: false })
@Check('ip_filing_type_known', `type IS NOT NULL`)
@Check('ip_filing_status_known', `status IS NOT NULL`)
@Check('ip_filing_jurisdiction_format', `jurisdiction IS NOT NULL`)
@Check('ip_filing_application_number_present', `application_number IS NULL OR length(btrim(application_number)) > 0`)
@Check('ip_filing_priority_not_after_filing', `priority_date <= filing_date`)
@Check('ip_filing_dates_after_filing', `publication_date IS NULL OR publication_date >= filing_date`)
@Check('ip_filing_published_dated', `status <> 'PUBLISHED' OR publication_date IS NOT NULL`)
@Check('ip_filing_granted_registered', `grant_date IS NOT NULL`)
@Check('ip_filing_not_own_parent', `parent_filing_id IS NULL OR parent_filing_id <> id`)
@Check('ip_filing_version_positive', `version > 0`)
export class IpFilingEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'technology_id', type: 'uuid' })
  technologyId: string;

  @ManyToOne(() => TechnologyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'ip_filing_technology_fk' })
  technology?: TechnologyEntity;

  @Column({ type: 'text' })
  type: IpType;

  /** ISO country code or route (PCT, EP...). */
  @Column({ type: 'text' })
  jurisdiction: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ name: 'application_number', type: 'text', nullable: true })
  applicationNumber: string | null;

  /** The earliest date claimed: the filing date when no earlier filing's priority is claimed. */
  @Column({ name: 'priority_date', type: 'date' })
  priorityDate: string;

  @Column({ name: 'filing_date', type: 'date' })
  filingDate: string;

  @Column({ name: 'publication_date', type: 'date', nullable: true })
  publicationDate: string | null;

  @Column({ name: 'publication_number', type: 'text', nullable: true })
  publicationNumber: string | null;

  @Column({ name: 'grant_date', type: 'date', nullable: true })
  grantDate: string | null;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber: string | null;

  @Column({ name: 'expiry_date', type: 'date', nullable: true })
  expiryDate: string | null;

  @Column({ type: 'text', default: IpFilingStatus.FILED })
  status: IpFilingStatus;

  /** The earlier filing whose priority this one claims (a PCT application from a VN one, a national phase from a PCT). */
  @Column({ name: 'parent_filing_id', type: 'uuid', nullable: true })
  parentFilingId: string | null;

  @ManyToOne(() => IpFilingEntity)
  @JoinColumn({ name: 'parent_filing_id', foreignKeyConstraintName: 'ip_filing_parent_fk' })
  parentFiling?: IpFilingEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'ip_filing_created_by_fk' })
  creator?: UserEntity;
}
