import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { PlatformRole } from '../common/access/vocabulary.js';

@Entity('user_account')
@Index('user_account_email_key', { synchronize: false })
@Check('user_account_email_normalised', `email = lower(btrim(email))`)
@Check('user_account_display_name_present', `length(btrim(display_name)) > 0`)
@Check('user_account_platform_role_known', `platform_role IN ('USER', 'PLATFORM_ADMIN')`)
@Check('user_account_orcid_valid', `orcid_valid(orcid)`)
@Index('user_account_orcid_key', { synchronize: false })
@Check('user_account_language', `language IN ('vi', 'en')`)
export class UserEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Trimmed and lower-cased; unique. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id; never leaves the identity module. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'platform_role', type: 'text', default: PlatformRole.USER })
  platformRole: PlatformRole;

  /** ORCID iD, bare (`0000-0002-1825-0097`); unique. */
  @Column({ type: 'text', nullable: true })
  orcid: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', precision: 3, nullable: true })
  disabledAt: Date | null;

  /** The language mail to the person is written in (`vi`, `en`); null: their organisation's. */
  @Column({ type: 'text', nullable: true })
  language: 'vi' | 'en' | null;
}
