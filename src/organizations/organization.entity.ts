import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Helix, OrganizationKind } from './organization.enums.js';
import { VersionedEntity } from '../database/versioned.entity.js';

/** A row of `organization`; the GraphQL type is `OrganizationModel`, mapped from this. */
// Indexes and checks are written by hand in the migrations (expression, GIN and trigram indexes that
// TypeORM cannot describe); naming them here keeps `migration:generate` from proposing to drop them.
@Entity('organization')
@Index('organization_slug_key', { synchronize: false })
@Index('organization_name_id_idx', { synchronize: false })
@Index('organization_created_at_id_idx', { synchronize: false })
@Index('organization_updated_at_id_idx', { synchronize: false })
@Index('organization_helix_idx', { synchronize: false })
@Index('organization_secondary_helices_idx', { synchronize: false })
@Index('organization_kind_idx', { synchronize: false })
@Index('organization_country_idx', { synchronize: false })
@Index('organization_parent_id_idx', { synchronize: false })
@Index('organization_search_idx', { synchronize: false })
@Index('organization_ror_id_key', { synchronize: false })
@Check('organization_slug_format', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80`)
@Check('organization_name_present', `length(btrim(name)) > 0 AND length(name) <= 300`)
@Check('organization_helix_known', `helix IN ('GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY')`)
@Check('organization_secondary_helices_known', `NOT helix = ANY (secondary_helices)`)
@Check('organization_kind_known', `kind IS NOT NULL`)
@Check('organization_country_code', `country ~ '^[A-Z]{2}$'`)
@Check('organization_website_url', `website ~ '^https?://'`)
@Check('organization_not_own_parent', `parent_id <> id`)
@Check('organization_version_positive', `version > 0`)
@Check('organization_ror_id_valid', `ror_id_valid(ror_id)`)
export class OrganizationEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text', collation: 'vi-x-icu' })
  name: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ name: 'short_name', type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'text' })
  helix: Helix;

  @Column({ name: 'secondary_helices', type: 'text', array: true, default: () => "'{}'" })
  secondaryHelices: Helix[];

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'organization_parent_fk' })
  parent?: OrganizationEntity;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', nullable: true })
  province: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** Its ROR ID, bare (`05dxps055`); unique. */
  @Column({ name: 'ror_id', type: 'text', nullable: true })
  rorId: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Column({ name: 'archived_at', type: 'timestamptz', precision: 3, nullable: true })
  archivedAt: Date | null;
}
