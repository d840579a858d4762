import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';

/** A research result that can be protected and commercialised. */
@Entity('technology')
@Index('technology_code_key', { synchronize: false })
@Index('technology_created_at_id_idx', { synchronize: false })
@Index('technology_updated_at_id_idx', { synchronize: false })
@Index('technology_current_trl_idx', { synchronize: false })
@Index('technology_fields_idx', { synchronize: false })
@Index('technology_search_idx', { synchronize: false })
@Check('technology_code_format', `code IS NOT NULL`)
@Check('technology_title_present', `length(btrim(title)) > 0`)
@Check('technology_trl_range', `current_trl IS NULL OR current_trl BETWEEN 1 AND 9`)
@Check('technology_version_positive', `version > 0`)
export class TechnologyEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  abstract: string | null;

  /** Fields of science and technology, free text such as "environmental engineering". */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  /** Kept by the database: the level of the latest TRL assessment. */
  @Column({ name: 'current_trl', type: 'smallint', nullable: true })
  currentTrl: number | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'technology_created_by_fk' })
  creator?: UserEntity;
}

/** A project the technology came out of. */
@Entity('technology_project')
@Index('technology_project_project_idx', { synchronize: false })
export class TechnologyProjectEntity {
  @PrimaryColumn({ name: 'technology_id', type: 'uuid' })
  technologyId: string;

  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => TechnologyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'technology_project_technology_fk' })
  technology?: TechnologyEntity;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'technology_project_project_fk' })
  project?: ProjectEntity;
}

/** An organisation's share of a technology over a period; shares on any day total 100. */
@Entity('technology_owner')
@Index('technology_owner_start_key', { synchronize: false })
@Index('technology_owner_organization_idx', { synchronize: false })
@Check('technology_owner_share_range', `share > 0 AND share <= 100`)
@Check('technology_owner_period_ordered', `valid_until IS NULL OR valid_until >= valid_from`)
export class TechnologyOwnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'technology_id', type: 'uuid' })
  technologyId: string;

  @ManyToOne(() => TechnologyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'technology_owner_technology_fk' })
  technology?: TechnologyEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'technology_owner_organization_fk' })
  organization?: OrganizationEntity;

  /** Percentage, exact decimal string with up to 2 decimals. */
  @Column({ type: 'numeric', precision: 5, scale: 2 })
  share: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** A person credited with the invention: a platform user or a named outsider; shares total 100. */
@Entity('technology_inventor')
@Index('technology_inventor_user_key', { synchronize: false })
@Index('technology_inventor_technology_idx', { synchronize: false })
@Index('technology_inventor_user_idx', { synchronize: false })
@Check('technology_inventor_share_range', `share > 0 AND share <= 100`)
@Check('technology_inventor_identified', `(user_id IS NULL) <> (external_name IS NULL)`)
@Check('technology_inventor_name_present', `external_name IS NULL OR length(btrim(external_name)) > 0`)
@Check('technology_inventor_orcid_valid', `orcid_valid(orcid)`)
@Check('technology_inventor_orcid_external', `orcid IS NULL OR user_id IS NULL`)
@Index('technology_inventor_orcid_idx', { synchronize: false })
export class TechnologyInventorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'technology_id', type: 'uuid' })
  technologyId: string;

  @ManyToOne(() => TechnologyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'technology_inventor_technology_fk' })
  technology?: TechnologyEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'technology_inventor_user_fk' })
  user?: UserEntity;

  @Column({ name: 'external_name', type: 'text', nullable: true })
  externalName: string | null;

  /** The ORCID iD of an inventor not on the platform, bare; a user's is on their account. */
  @Column({ type: 'text', nullable: true })
  orcid: string | null;

  /** The inventor's unit (a lab, a faculty) when it is on the platform. */
  @Column({ name: 'affiliation_organization_id', type: 'uuid', nullable: true })
  affiliationOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'affiliation_organization_id', foreignKeyConstraintName: 'technology_inventor_affiliation_fk' })
  affiliationOrganization?: OrganizationEntity;

  @Column({ name: 'affiliation_name', type: 'text', nullable: true })
  affiliationName: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 2 })
  share: string;

  /** The order in which the inventors were listed (credits are read in that order). */
  @Column({ type: 'smallint', default: 0 })
  position: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** One TRL assessment; the history is append-only (the database refuses changes). */
@Entity('trl_assessment')
@Index('trl_assessment_technology_idx', { synchronize: false })
@Check('trl_assessment_level_range', `level BETWEEN 1 AND 9`)
@Check('trl_assessment_assessor_named', `assessor_user_id IS NOT NULL OR length(btrim(assessor_name)) > 0`)
@Check('trl_assessment_evidence_present', `length(btrim(evidence)) > 0`)
export class TrlAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'technology_id', type: 'uuid' })
  technologyId: string;

  @ManyToOne(() => TechnologyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'trl_assessment_technology_fk' })
  technology?: TechnologyEntity;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ name: 'assessor_user_id', type: 'uuid', nullable: true })
  assessorUserId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'assessor_user_id', foreignKeyConstraintName: 'trl_assessment_assessor_fk' })
  assessor?: UserEntity;

  @Column({ name: 'assessor_name', type: 'text', nullable: true })
  assessorName: string | null;

  @Column({ type: 'text' })
  evidence: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'trl_assessment_recorded_by_fk' })
  recorder?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt: Date;
}
