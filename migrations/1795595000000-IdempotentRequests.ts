import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers to creating requests sent with an `Idempotency-Key`, per caller, kept 24 hours so that a
 * client that lost an answer can ask again without writing twice. A row without a status is a
 * request still under way; `committed_at` is written in the request's own transaction, so a request
 * whose process died after its writes committed is never run again.
 */
export class IdempotentRequests1795595000000 implements MigrationInterface {
  name = 'IdempotentRequests1795595000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotent_request (
        principal text NOT NULL,
        key text NOT NULL,
        request_hash bytea NOT NULL,
        status_code smallint,
        response_body text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        completed_at timestamptz(3),
        committed_at timestamptz(3),
        CONSTRAINT idempotent_request_pkey PRIMARY KEY (principal, key),
        CONSTRAINT idempotent_request_key_format CHECK (key ~ '^[ -~]{1,255}$'),
        CONSTRAINT idempotent_request_answer_complete CHECK ((status_code IS NULL) = (response_body IS NULL) AND (status_code IS NULL) = (completed_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX idempotent_request_created_at_idx ON idempotent_request (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotent_request`);
  }
}
