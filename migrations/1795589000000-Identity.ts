import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, sessions (refresh-token families), memberships, invitations with their outbox, API keys,
 * the audit trail, and archiving of organisations.
 */
export class Identity1795589000000 implements MigrationInterface {
  name = 'Identity1795589000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization ADD COLUMN archived_at timestamptz(3)`);

    await queryRunner.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        platform_role text NOT NULL DEFAULT 'USER',
        disabled_at timestamptz(3),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT user_account_email_normalised CHECK (email = lower(btrim(email)) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$' AND length(email) <= 254),
        CONSTRAINT user_account_display_name_present CHECK (length(btrim(display_name)) > 0 AND length(display_name) <= 200),
        CONSTRAINT user_account_platform_role_known CHECK (platform_role IN ('USER', 'PLATFORM_ADMIN'))
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX user_account_email_key ON user_account (email)`);

    // A session is one refresh-token family: every rotation stays in it, and reuse revokes it whole.
    await queryRunner.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        revoked_at timestamptz(3),
        revoked_reason text,
        CONSTRAINT auth_session_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT auth_session_revocation_explained CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )
    `);
    await queryRunner.query(`CREATE INDEX auth_session_user_id_idx ON auth_session (user_id)`);
    await queryRunner.query(`
      CREATE TABLE refresh_token (
        token_hash bytea PRIMARY KEY,
        session_id uuid NOT NULL,
        issued_at timestamptz(3) NOT NULL DEFAULT now(),
        rotated_at timestamptz(3),
        CONSTRAINT refresh_token_session_fk FOREIGN KEY (session_id) REFERENCES auth_session (id) ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`CREATE INDEX refresh_token_session_id_idx ON refresh_token (session_id)`);

    await queryRunner.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL,
        status text NOT NULL,
        position text,
        since date,
        until date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT membership_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE,
        CONSTRAINT membership_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
        CONSTRAINT membership_role_known CHECK (role IN ('ADMIN', 'EDITOR', 'MEMBER')),
        CONSTRAINT membership_status_known CHECK (status IN ('ACTIVE', 'REQUESTED', 'DECLINED', 'REMOVED', 'LEFT')),
        CONSTRAINT membership_period_ordered CHECK (until IS NULL OR since IS NULL OR until >= since),
        CONSTRAINT membership_position_length CHECK (length(position) <= 200)
      )
    `);
    // One open (active or requested) membership per person and organisation.
    await queryRunner.query(`CREATE UNIQUE INDEX membership_open_key ON membership (organization_id, user_id) WHERE status IN ('ACTIVE', 'REQUESTED')`);
    await queryRunner.query(`CREATE INDEX membership_organization_status_idx ON membership (organization_id, status, created_at, id)`);
    await queryRunner.query(`CREATE INDEX membership_user_id_idx ON membership (user_id, status)`);

    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        email text NOT NULL,
        role text NOT NULL,
        token_hash bytea NOT NULL,
        invited_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        accepted_at timestamptz(3),
        accepted_by uuid,
        revoked_at timestamptz(3),
        CONSTRAINT invitation_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE,
        CONSTRAINT invitation_invited_by_fk FOREIGN KEY (invited_by) REFERENCES user_account (id),
        CONSTRAINT invitation_accepted_by_fk FOREIGN KEY (accepted_by) REFERENCES user_account (id),
        CONSTRAINT invitation_role_known CHECK (role IN ('ADMIN', 'EDITOR', 'MEMBER')),
        CONSTRAINT invitation_email_normalised CHECK (email = lower(btrim(email))),
        CONSTRAINT invitation_expiry_after_creation CHECK (expires_at > created_at),
        CONSTRAINT invitation_acceptance_complete CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX invitation_token_hash_key ON invitation (token_hash)`);
    await queryRunner.query(`CREATE INDEX invitation_organization_id_idx ON invitation (organization_id, created_at)`);

    // Messages for people, kept until a delivery worker sends them; nothing here sends mail.
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        recipient text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3)
      )
    `);
    await queryRunner.query(`CREATE INDEX outbox_message_unsent_idx ON outbox_message (created_at) WHERE sent_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name text NOT NULL,
        prefix text NOT NULL,
        secret_hash bytea NOT NULL,
        scopes text[] NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3),
        revoked_at timestamptz(3),
        last_used_at timestamptz(3),
        CONSTRAINT api_key_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE,
        CONSTRAINT api_key_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT api_key_scopes_known CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['READ', 'WRITE']::text[]),
        CONSTRAINT api_key_name_present CHECK (length(btrim(name)) > 0 AND length(name) <= 100)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX api_key_prefix_key ON api_key (prefix)`);
    await queryRunner.query(`CREATE INDEX api_key_organization_id_idx ON api_key (organization_id, created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        request_id text,
        actor_user_id uuid,
        actor_api_key_id uuid,
        organization_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        changes jsonb NOT NULL DEFAULT '{}'
      )
    `);
    await queryRunner.query(`CREATE INDEX audit_event_organization_id_idx ON audit_event (organization_id, id)`);
    await queryRunner.query(`CREATE INDEX audit_event_actor_user_id_idx ON audit_event (actor_user_id, id)`);
    // Append-only, whoever connects: rows can be added, never changed or removed.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$
    `);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP TABLE api_key`);
    await queryRunner.query(`DROP TABLE outbox_message`);
    await queryRunner.query(`DROP TABLE invitation`);
    await queryRunner.query(`DROP TABLE membership`);
    await queryRunner.query(`DROP TABLE refresh_token`);
    await queryRunner.query(`DROP TABLE auth_session`);
    await queryRunner.query(`DROP TABLE user_account`);
    await queryRunner.query(`ALTER TABLE organization DROP COLUMN archived_at`);
  }
}
