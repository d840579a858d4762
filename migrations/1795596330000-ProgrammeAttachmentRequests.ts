import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A project's coordinator asks a programme's owner to take the project into the programme; the
 * owner accepts or declines, the coordinator may withdraw. One open request per project and
 * programme; a decided request is final.
 */
export class ProgrammeAttachmentRequests1795596330000 implements MigrationInterface {
  name = 'ProgrammeAttachmentRequests1795596330000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme_attachment_request (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        requesting_organization_id uuid NOT NULL,
        from_programme_id uuid,
        message text,
        status text NOT NULL DEFAULT 'PENDING',
        requested_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        decided_by uuid,
        decided_at timestamptz(3),
        reason text,
        CONSTRAINT programme_attachment_request_pkey PRIMARY KEY (id),
        CONSTRAINT programme_attachment_request_status_known CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        CONSTRAINT programme_attachment_request_decided_when_closed CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CONSTRAINT programme_attachment_request_undecided_when_open CHECK (status <> 'PENDING' OR (decided_by IS NULL AND reason IS NULL)),
        CONSTRAINT programme_attachment_request_reason_when_refused CHECK (reason IS NULL OR status IN ('DECLINED', 'WITHDRAWN')),
        CONSTRAINT programme_attachment_request_message_length CHECK (message IS NULL OR length(btrim(message)) BETWEEN 1 AND 2000),
        CONSTRAINT programme_attachment_request_reason_length CHECK (reason IS NULL OR length(btrim(reason)) BETWEEN 1 AND 2000),
        CONSTRAINT programme_attachment_request_elsewhere CHECK (from_programme_id IS DISTINCT FROM programme_id),
        CONSTRAINT programme_attachment_request_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
        CONSTRAINT programme_attachment_request_programme_fk FOREIGN KEY (programme_id) REFERENCES programme (id),
        CONSTRAINT programme_attachment_request_from_programme_fk FOREIGN KEY (from_programme_id) REFERENCES programme (id),
        CONSTRAINT programme_attachment_request_organization_fk FOREIGN KEY (requesting_organization_id) REFERENCES organization (id),
        CONSTRAINT programme_attachment_request_requested_by_fk FOREIGN KEY (requested_by) REFERENCES user_account (id),
        CONSTRAINT programme_attachment_request_decided_by_fk FOREIGN KEY (decided_by) REFERENCES user_account (id)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX programme_attachment_request_open_key ON programme_attachment_request (project_id, programme_id) WHERE status = 'PENDING'`,
    );
    // The pages of a programme's requests, all of them or of one status, newest first.
    await queryRunner.query(`CREATE INDEX programme_attachment_request_programme_idx ON programme_attachment_request (programme_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX programme_attachment_request_programme_status_idx ON programme_attachment_request (programme_id, status, created_at, id)`);
    await queryRunner.query(`CREATE INDEX programme_attachment_request_project_idx ON programme_attachment_request (project_id, created_at, id)`);
    await queryRunner.query(`
      CREATE FUNCTION programme_attachment_request_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'PENDING' THEN
          RAISE EXCEPTION 'programme attachment request % is % and cannot change', OLD.id, OLD.status
            USING ERRCODE = '23514', CONSTRAINT = 'programme_attachment_request_final';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER programme_attachment_request_final BEFORE UPDATE ON programme_attachment_request
        FOR EACH ROW EXECUTE FUNCTION programme_attachment_request_final()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE programme_attachment_request`);
    await queryRunner.query(`DROP FUNCTION programme_attachment_request_final()`);
  }
}
