import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** A signed-in session: one family of refresh tokens. Revoking it ends every token of the family. */
@Entity('auth_session')
@Index('auth_session_user_id_idx', { synchronize: false })
@Check('auth_session_revocation_explained', `(revoked_at IS NULL) = (revoked_reason IS NULL)`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'auth_session_user_fk' })
  user?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;
}

@Entity('refresh_token')
@Index('refresh_token_session_id_idx', { synchronize: false })
export class RefreshTokenEntity {
  /** SHA-256 of the opaque token; the token itself is never stored. */
  @PrimaryColumn({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'refresh_token_session_fk' })
  session?: SessionEntity;

  @Column({ name: 'issued_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  issuedAt: Date;

  @Column({ name: 'rotated_at', type: 'timestamptz', precision: 3, nullable: true })
  rotatedAt: Date | null;
}
