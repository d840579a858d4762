import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ApiKeyScope } from '../common/access/vocabulary.js';

@Entity('api_key')
@Index('api_key_prefix_key', { synchronize: false })
@Index('api_key_organization_id_idx', { synchronize: false })
@Check('api_key_scopes_known', `cardinality(scopes) > 0`)
@Check('api_key_name_present', `length(btrim(name)) > 0`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'api_key_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  name: string;

  /** Public part of the key, shown in listings so people can tell keys apart. */
  @Column({ type: 'text' })
  prefix: string;

  /** SHA-256 of the secret part; the secret is shown once, at creation. */
  @Column({ name: 'secret_hash', type: 'bytea' })
  secretHash: Buffer;

  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  // Named, not imported: accounts are identity's, and identity authenticates with keys.
  @ManyToOne('UserEntity')
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'api_key_created_by_fk' })
  creator?: { id: string };

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3, nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt: Date | null;
}
