import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The table's description for the schema check; it is read and written with SQL by
 * IdempotencyRepository only. A row without a status is a request still under way.
 */
@Entity('idempotent_request')
@Index('idempotent_request_created_at_idx', { synchronize: false })
@Check('idempotent_request_key_format', `key ~ '^[ -~]{1,255}$'`)
@Check('idempotent_request_answer_complete', `(status_code IS NULL) = (response_body IS NULL) AND (status_code IS NULL) = (completed_at IS NULL)`)
export class IdempotentRequestEntity {
  /** `user:<id>` or `apiKey:<id>`: keys belong to their caller. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'idempotent_request_pkey' })
  principal: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'idempotent_request_pkey' })
  key: string;

  @Column({ name: 'request_hash', type: 'bytea' })
  requestHash: Buffer;

  @Column({ name: 'status_code', type: 'smallint', nullable: true })
  statusCode: number | null;

  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  /** Set in the request's own transaction: its writes are committed, whatever became of its answer. */
  @Column({ name: 'committed_at', type: 'timestamptz', precision: 3, nullable: true })
  committedAt: Date | null;
}
