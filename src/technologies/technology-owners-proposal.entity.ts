import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { TechnologyEntity } from './technology.entity.js';

/**
 * The tables' description for the schema check; TechnologyOwnershipService reads and writes them with
 * SQL. A change of owners that shrinks another owner's share waits here for each such owner's consent.
 */
@Entity('technology_owners_proposal')
@Index('technology_owners_proposal_open_idx', { synchronize: false })
@Check('technology_owners_proposal_status_known', `status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'SUPERSEDED')`)
@Check('technology_owners_proposal_owners_list', `jsonb_typeof(owners) = 'array'`)
export class TechnologyOwnersProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'technology_owners_proposal_pkey' })
  id: string;

  @Column({ name: 'technology_id', type: 'uuid' })
  technologyId: string;

  @ManyToOne(() => TechnologyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'technology_owners_proposal_technology_fk' })
  technology?: TechnologyEntity;

  /** The proposed owner list, as `setTechnologyOwners` was given it. */
  @Column({ type: 'jsonb' })
  owners: unknown[];

  @Column({ type: 'text', default: 'PENDING' })
  status: string;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'proposed_by', foreignKeyConstraintName: 'technology_owners_proposal_proposed_by_fk' })
  proposer?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}

/** One owner's answer to a proposal. */
@Entity('technology_owners_consent')
@Index('technology_owners_consent_organization_idx', { synchronize: false })
@Check('technology_owners_consent_known', `consent IN ('PENDING', 'ACCEPTED', 'DECLINED')`)
export class TechnologyOwnersConsentEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid', primaryKeyConstraintName: 'technology_owners_consent_pkey' })
  proposalId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'technology_owners_consent_pkey' })
  organizationId: string;

  @ManyToOne(() => TechnologyOwnersProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'technology_owners_consent_proposal_fk' })
  proposal?: TechnologyOwnersProposalEntity;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'technology_owners_consent_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text', default: 'PENDING' })
  consent: string;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'technology_owners_consent_decided_by_fk' })
  decider?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}
