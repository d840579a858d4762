import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { PlatformRole } from '../common/access/vocabulary.js';

@Entity('user_account')
@Index('user_account_email_key', { synchronize: false })
@Check('user_account_email_normalised', `email = lower(btrim(email))`)
@Check('user_account_display_name_present', `length(btrim(display_name)) > 0`)
@Check('user_account_platform_role_known', `platform_role IN ('USER', 'PLATFORM_ADMIN')`)
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

  @Column({ name: 'disabled_at', type: 'timestamptz', precision: 3, nullable: true })
  disabledAt: Date | null;
}
