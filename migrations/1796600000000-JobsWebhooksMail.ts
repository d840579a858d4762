import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/**
 * Mail sent from the outbox (its language and delivery state), the person's language, the project an
 * audited change belongs to, and webhooks: endpoints, the changes waiting to be routed to them (filled
 * by a trigger on the audit trail, in the transaction of the change), deliveries and their attempts.
 */
const views: PublishedView[] = [
  {
    name: 'audit_change',
    row: 'an audited change, as webhooks announce it',
    from: 'audit_event',
    columns: [
      ['id', 'the audit row'],
      ['occurred_at', 'when it was made'],
      ['organization_id', 'the organisation it belongs to (null: none)'],
      ['project_id', 'the project it belongs to (null: none)'],
      ['action', 'what happened, as <thing>.<verb>'],
      ['entity_type', 'the kind of record changed'],
      ['entity_id', 'the record changed'],
      ['changed_fields', 'the names of the fields that changed (never their values)', `ARRAY(SELECT jsonb_object_keys(changes) ORDER BY 1)`],
    ],
  },
];

const contacts: PublishedView[] = [
  {
    name: 'organization_admin_contact',
    row: "an active admin of an organisation, with where and in which language to write to them (notices about the organisation's integrations and deadlines)",
    from: `membership m JOIN user_account u ON u.id = m.user_id AND u.disabled_at IS NULL WHERE m.status = 'ACTIVE' AND m.role = 'ADMIN'`,
    columns: [
      ['organization_id', 'the organisation', 'm.organization_id'],
      ['user_id', 'the admin', 'm.user_id'],
      ['email', 'their address', 'u.email'],
      ['language', 'the language they chose (null: the organisation’s)', 'u.language'],
    ],
  },
];

export class JobsWebhooksMail1796600000000 implements MigrationInterface {
  name = 'JobsWebhooksMail1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outbox_message
        ADD COLUMN language text NOT NULL DEFAULT 'vi',
        ADD COLUMN queued_at timestamptz(3),
        ADD COLUMN attempts int NOT NULL DEFAULT 0,
        ADD COLUMN last_error text,
        ADD COLUMN failed_at timestamptz(3),
        ADD COLUMN once_key text,
        ADD CONSTRAINT outbox_message_language CHECK (language IN ('vi', 'en')),
        ADD CONSTRAINT outbox_message_sent_or_failed CHECK (sent_at IS NULL OR failed_at IS NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX outbox_message_once_key ON outbox_message (once_key) WHERE once_key IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX outbox_message_unqueued_idx ON outbox_message (created_at) WHERE queued_at IS NULL AND sent_at IS NULL AND failed_at IS NULL`);
    await queryRunner.query(`ALTER TABLE user_account ADD COLUMN language text, ADD CONSTRAINT user_account_language CHECK (language IN ('vi', 'en'))`);

    await queryRunner.query(`ALTER TABLE audit_event ADD COLUMN project_id uuid`);
    await createPublishedViews(queryRunner, 'audit', views);
    await createPublishedViews(queryRunner, 'memberships', contacts);

    await queryRunner.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        url text NOT NULL,
        description text,
        event_types text[] NOT NULL,
        sealed_secret text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE',
        disabled_at timestamptz(3),
        disabled_reason text,
        created_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT webhook_endpoint_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT webhook_endpoint_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT webhook_endpoint_url_https CHECK (url ~ '^https?://[^\\s]+$' AND length(url) <= 2000),
        CONSTRAINT webhook_endpoint_event_types_present CHECK (cardinality(event_types) > 0),
        CONSTRAINT webhook_endpoint_status CHECK (status IN ('ACTIVE', 'DISABLED')),
        CONSTRAINT webhook_endpoint_disabled_explained CHECK ((status = 'DISABLED') = (disabled_at IS NOT NULL AND disabled_reason IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX webhook_endpoint_organization_idx ON webhook_endpoint (organization_id, created_at, id)`);

    // Changes waiting to be routed to endpoints: written by the trigger, removed once routed.
    await queryRunner.query(`
      CREATE TABLE webhook_pending_change (
        audit_event_id bigint PRIMARY KEY,
        event_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE FUNCTION webhook_pending_change_of_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.organization_id IS NOT NULL OR NEW.project_id IS NOT NULL THEN
          INSERT INTO webhook_pending_change (audit_event_id, event_id) VALUES (NEW.id, gen_random_uuid());
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_webhooks AFTER INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION webhook_pending_change_of_audit()`);

    await queryRunner.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        attempts int NOT NULL DEFAULT 0,
        last_status_code int,
        last_error text,
        redelivery_of uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        queued_at timestamptz(3),
        finished_at timestamptz(3),
        CONSTRAINT webhook_delivery_endpoint_fk FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
        CONSTRAINT webhook_delivery_redelivery_fk FOREIGN KEY (redelivery_of) REFERENCES webhook_delivery (id) ON DELETE SET NULL,
        CONSTRAINT webhook_delivery_status CHECK (status IN ('PENDING', 'RETRYING', 'SUCCEEDED', 'FAILED', 'SKIPPED')),
        CONSTRAINT webhook_delivery_finished CHECK ((status IN ('SUCCEEDED', 'FAILED', 'SKIPPED')) = (finished_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_unqueued_idx ON webhook_delivery (created_at) WHERE queued_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE webhook_delivery_attempt (
        id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
        delivery_id uuid NOT NULL,
        attempted_at timestamptz(3) NOT NULL DEFAULT now(),
        status_code int,
        error text,
        duration_ms int NOT NULL,
        CONSTRAINT webhook_delivery_attempt_delivery_fk FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX webhook_delivery_attempt_delivery_idx ON webhook_delivery_attempt (delivery_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_delivery_attempt`);
    await queryRunner.query(`DROP TABLE webhook_delivery`);
    await queryRunner.query(`DROP TRIGGER audit_event_webhooks ON audit_event`);
    await queryRunner.query(`DROP FUNCTION webhook_pending_change_of_audit()`);
    await queryRunner.query(`DROP TABLE webhook_pending_change`);
    await queryRunner.query(`DROP TABLE webhook_endpoint`);
    await dropPublishedViews(queryRunner, contacts);
    await dropPublishedViews(queryRunner, views);
    await queryRunner.query(`ALTER TABLE audit_event DROP COLUMN project_id`);
    await queryRunner.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_language, DROP COLUMN language`);
    await queryRunner.query(`DROP INDEX outbox_message_unqueued_idx`);
    await queryRunner.query(`DROP INDEX outbox_message_once_key`);
    await queryRunner.query(`
      ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_sent_or_failed, DROP CONSTRAINT outbox_message_language,
        DROP COLUMN once_key, DROP COLUMN failed_at, DROP COLUMN last_error, DROP COLUMN attempts, DROP COLUMN queued_at, DROP COLUMN language`);
  }
}
