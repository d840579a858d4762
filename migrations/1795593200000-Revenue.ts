import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What follows a commercialisation agreement: its obligations and milestone payments, spin-off
 * companies, revenue received and costs deducted, the owners' distribution policies, and the
 * distributions of net income to inventors, their units and institutions.
 *
 * Receipts and costs are tied to the distribution that counted them, and a settled one can no longer
 * change, so nothing is counted twice; a distribution's lines total its net exactly (checked at
 * commit).
 */
/** Currencies without a minor unit (ISO 4217 exponent 0): their amounts are whole. */
const wholeUnitCheck = (amount: string) =>
  `currency NOT IN ('VND', 'JPY', 'KRW', 'CLP', 'ISK', 'PYG', 'UGX', 'XAF', 'XOF') OR ${amount} = trunc(${amount})`;

export class Revenue1795593200000 implements MigrationInterface {
  name = 'Revenue1795593200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement_obligation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        kind text NOT NULL,
        description text NOT NULL,
        due_on date NOT NULL,
        owed_by text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        met_on date,
        outcome_note text,
        reported_met_on date,
        reported_by uuid,
        reported_at timestamptz(3),
        decided_by uuid,
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT agreement_obligation_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
        CONSTRAINT agreement_obligation_reported_by_fk FOREIGN KEY (reported_by) REFERENCES user_account (id),
        CONSTRAINT agreement_obligation_decided_by_fk FOREIGN KEY (decided_by) REFERENCES user_account (id),
        CONSTRAINT agreement_obligation_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT agreement_obligation_kind_known CHECK (kind IN ('REPORT', 'DILIGENCE_MILESTONE', 'PAYMENT', 'OTHER')),
        CONSTRAINT agreement_obligation_owed_by_known CHECK (owed_by IN ('LICENSEE', 'LICENSOR')),
        CONSTRAINT agreement_obligation_status_known CHECK (status IN ('PENDING', 'MET', 'MISSED', 'WAIVED')),
        CONSTRAINT agreement_obligation_description_present CHECK (length(btrim(description)) > 0 AND length(description) <= 2000),
        CONSTRAINT agreement_obligation_met_on_when_met CHECK ((status = 'MET') = (met_on IS NOT NULL)),
        CONSTRAINT agreement_obligation_version_positive CHECK (version > 0)
      )
    `);
    await queryRunner.query(`CREATE INDEX agreement_obligation_agreement_idx ON agreement_obligation (agreement_id, due_on, id)`);
    await queryRunner.query(`CREATE INDEX agreement_obligation_due_idx ON agreement_obligation (due_on, id) WHERE status = 'PENDING'`);

    await queryRunner.query(`
      CREATE TABLE agreement_milestone_payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        position smallint NOT NULL,
        description text NOT NULL,
        amount numeric(20, 2) NOT NULL,
        due_on date,
        status text NOT NULL DEFAULT 'PENDING',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT agreement_milestone_payment_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
        CONSTRAINT agreement_milestone_payment_description_present CHECK (length(btrim(description)) > 0 AND length(description) <= 500),
        CONSTRAINT agreement_milestone_payment_amount_positive CHECK (amount > 0),
        CONSTRAINT agreement_milestone_payment_status_known CHECK (status IN ('PENDING', 'PAID'))
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX agreement_milestone_payment_position_key ON agreement_milestone_payment (agreement_id, position)`);

    await queryRunner.query(`
      CREATE TABLE spin_off (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        parent_organization_id uuid NOT NULL,
        agreement_id uuid,
        founded_on date NOT NULL,
        equity_held numeric(5, 2),
        status text NOT NULL DEFAULT 'ACTIVE',
        created_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT spin_off_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT spin_off_parent_fk FOREIGN KEY (parent_organization_id) REFERENCES organization (id),
        CONSTRAINT spin_off_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
        CONSTRAINT spin_off_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT spin_off_not_own_parent CHECK (organization_id <> parent_organization_id),
        CONSTRAINT spin_off_equity_range CHECK (equity_held IS NULL OR (equity_held >= 0 AND equity_held <= 100)),
        CONSTRAINT spin_off_status_known CHECK (status IN ('ACTIVE', 'ACQUIRED', 'CLOSED', 'IPO')),
        CONSTRAINT spin_off_version_positive CHECK (version > 0)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX spin_off_organization_key ON spin_off (organization_id)`);
    await queryRunner.query(`CREATE INDEX spin_off_parent_idx ON spin_off (parent_organization_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX spin_off_created_at_id_idx ON spin_off (created_at, id)`);
    await queryRunner.query(`CREATE INDEX spin_off_agreement_idx ON spin_off (agreement_id) WHERE agreement_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE distribution_policy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        inventors_share numeric(5, 2) NOT NULL,
        units_share numeric(5, 2) NOT NULL,
        institution_share numeric(5, 2) NOT NULL,
        valid_from date NOT NULL,
        note text,
        created_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT distribution_policy_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT distribution_policy_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT distribution_policy_shares_range CHECK (inventors_share >= 0 AND units_share >= 0 AND institution_share >= 0),
        CONSTRAINT distribution_policy_shares_total CHECK (inventors_share + units_share + institution_share = 100)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX distribution_policy_start_key ON distribution_policy (organization_id, valid_from)`);

    await queryRunner.query(`
      CREATE TABLE revenue_distribution (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        period_end date NOT NULL,
        currency char(3) NOT NULL,
        gross numeric(20, 2) NOT NULL,
        costs numeric(20, 2) NOT NULL,
        net numeric(20, 2) NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT revenue_distribution_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
        CONSTRAINT revenue_distribution_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
        CONSTRAINT revenue_distribution_amounts CHECK (gross >= 0 AND costs >= 0 AND net >= 0 AND net = gross - costs),
        CONSTRAINT revenue_distribution_whole_units CHECK (${wholeUnitCheck('gross')} AND ${wholeUnitCheck('costs')})
      )
    `);
    await queryRunner.query(`CREATE INDEX revenue_distribution_agreement_idx ON revenue_distribution (agreement_id, created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE distribution_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        distribution_id uuid NOT NULL,
        payer_organization_id uuid NOT NULL,
        beneficiary_kind text NOT NULL,
        technology_inventor_id uuid,
        user_id uuid,
        external_name text,
        organization_id uuid,
        amount numeric(20, 2) NOT NULL,
        currency char(3) NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        paid_on date,
        payment_reference text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT distribution_line_distribution_fk FOREIGN KEY (distribution_id) REFERENCES revenue_distribution (id) ON DELETE CASCADE,
        CONSTRAINT distribution_line_payer_fk FOREIGN KEY (payer_organization_id) REFERENCES organization (id),
        CONSTRAINT distribution_line_inventor_fk FOREIGN KEY (technology_inventor_id) REFERENCES technology_inventor (id) ON DELETE SET NULL,
        CONSTRAINT distribution_line_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
        CONSTRAINT distribution_line_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT distribution_line_kind_known CHECK (beneficiary_kind IN ('INVENTOR', 'UNIT', 'INSTITUTION')),
        CONSTRAINT distribution_line_beneficiary CHECK (CASE beneficiary_kind
          WHEN 'INVENTOR' THEN organization_id IS NULL AND (user_id IS NULL) <> (external_name IS NULL)
          ELSE organization_id IS NOT NULL AND technology_inventor_id IS NULL AND user_id IS NULL AND external_name IS NULL END),
        CONSTRAINT distribution_line_amount_positive CHECK (amount > 0),
        CONSTRAINT distribution_line_whole_units CHECK (${wholeUnitCheck('amount')}),
        CONSTRAINT distribution_line_status_known CHECK (status IN ('PENDING', 'PAID')),
        CONSTRAINT distribution_line_paid_on_when_paid CHECK ((status = 'PAID') = (paid_on IS NOT NULL)),
        CONSTRAINT distribution_line_version_positive CHECK (version > 0)
      )
    `);
    await queryRunner.query(`CREATE INDEX distribution_line_distribution_idx ON distribution_line (distribution_id, id)`);
    await queryRunner.query(`CREATE INDEX distribution_line_user_idx ON distribution_line (user_id, created_at, id) WHERE user_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX distribution_line_inventor_idx ON distribution_line (technology_inventor_id) WHERE technology_inventor_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX distribution_line_organization_idx ON distribution_line (organization_id) WHERE organization_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX distribution_line_payer_idx ON distribution_line (payer_organization_id)`);

    await queryRunner.query(`
      CREATE TABLE revenue_receipt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        kind text NOT NULL,
        amount numeric(20, 2) NOT NULL,
        currency char(3) NOT NULL,
        received_on date NOT NULL,
        reference text,
        note text,
        milestone_payment_id uuid,
        distribution_id uuid,
        recorded_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT revenue_receipt_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
        CONSTRAINT revenue_receipt_milestone_payment_fk FOREIGN KEY (milestone_payment_id) REFERENCES agreement_milestone_payment (id),
        CONSTRAINT revenue_receipt_distribution_fk FOREIGN KEY (distribution_id) REFERENCES revenue_distribution (id),
        CONSTRAINT revenue_receipt_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES user_account (id),
        CONSTRAINT revenue_receipt_kind_known CHECK (kind IN ('UPFRONT', 'ROYALTY', 'MILESTONE', 'EQUITY_SALE')),
        CONSTRAINT revenue_receipt_amount_positive CHECK (amount > 0),
        CONSTRAINT revenue_receipt_whole_units CHECK (${wholeUnitCheck('amount')}),
        CONSTRAINT revenue_receipt_milestone_kind CHECK (milestone_payment_id IS NULL OR kind = 'MILESTONE')
      )
    `);
    await queryRunner.query(`CREATE INDEX revenue_receipt_agreement_idx ON revenue_receipt (agreement_id, received_on, id)`);
    await queryRunner.query(`CREATE INDEX revenue_receipt_distribution_idx ON revenue_receipt (distribution_id) WHERE distribution_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX revenue_receipt_milestone_payment_key ON revenue_receipt (milestone_payment_id) WHERE milestone_payment_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE revenue_cost (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL,
        kind text NOT NULL,
        amount numeric(20, 2) NOT NULL,
        currency char(3) NOT NULL,
        incurred_on date NOT NULL,
        description text,
        technology_id uuid,
        filing_reference text,
        distribution_id uuid,
        recorded_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT revenue_cost_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id),
        CONSTRAINT revenue_cost_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id),
        CONSTRAINT revenue_cost_distribution_fk FOREIGN KEY (distribution_id) REFERENCES revenue_distribution (id),
        CONSTRAINT revenue_cost_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES user_account (id),
        CONSTRAINT revenue_cost_kind_known CHECK (kind IN ('PATENT', 'LEGAL', 'OTHER')),
        CONSTRAINT revenue_cost_amount_positive CHECK (amount > 0),
        CONSTRAINT revenue_cost_whole_units CHECK (${wholeUnitCheck('amount')})
      )
    `);
    await queryRunner.query(`CREATE INDEX revenue_cost_agreement_idx ON revenue_cost (agreement_id, incurred_on, id)`);
    await queryRunner.query(`CREATE INDEX revenue_cost_distribution_idx ON revenue_cost (distribution_id) WHERE distribution_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX revenue_cost_technology_idx ON revenue_cost (technology_id) WHERE technology_id IS NOT NULL`);

    // Receipts and costs are in the agreement's currency, costs name one of its technologies, and once
    // a distribution has counted them they never change again.
    await queryRunner.query(`
      CREATE FUNCTION revenue_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.distribution_id IS NOT NULL THEN
          RAISE EXCEPTION '% % was distributed and cannot change', TG_TABLE_NAME, OLD.id USING ERRCODE = 'check_violation', CONSTRAINT = TG_TABLE_NAME || '_settled';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        IF NEW.currency <> (SELECT currency FROM agreement WHERE id = NEW.agreement_id) THEN
          RAISE EXCEPTION '% must be in the agreement''s currency', TG_TABLE_NAME USING ERRCODE = 'check_violation', CONSTRAINT = TG_TABLE_NAME || '_currency_matches';
        END IF;
        -- Nested: a receipt row has no technology_id to read.
        IF TG_TABLE_NAME = 'revenue_cost' THEN
          IF NEW.technology_id IS NOT NULL AND NOT EXISTS (
               SELECT 1 FROM agreement_technology WHERE agreement_id = NEW.agreement_id AND technology_id = NEW.technology_id) THEN
            RAISE EXCEPTION 'the cost''s technology is not under the agreement' USING ERRCODE = 'check_violation', CONSTRAINT = 'revenue_cost_technology_licensed';
          END IF;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.distribution_id IS NOT NULL AND
           (SELECT agreement_id FROM revenue_distribution WHERE id = NEW.distribution_id) <> NEW.agreement_id THEN
          RAISE EXCEPTION 'a distribution counts only its own agreement''s revenue' USING ERRCODE = 'check_violation', CONSTRAINT = TG_TABLE_NAME || '_same_agreement';
        END IF;
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`CREATE TRIGGER revenue_receipt_guard BEFORE INSERT OR UPDATE OR DELETE ON revenue_receipt FOR EACH ROW EXECUTE FUNCTION revenue_entry_guard()`);
    await queryRunner.query(`CREATE TRIGGER revenue_cost_guard BEFORE INSERT OR UPDATE OR DELETE ON revenue_cost FOR EACH ROW EXECUTE FUNCTION revenue_entry_guard()`);

    // A distribution reconciles at commit: its receipts total its gross, its costs its costs, and its
    // lines its net, to the last minor unit.
    await queryRunner.query(`
      CREATE FUNCTION revenue_distribution_reconciles() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        d revenue_distribution;
      BEGIN
        SELECT * INTO d FROM revenue_distribution WHERE id = NEW.id;
        IF d.gross <> (SELECT coalesce(sum(amount), 0) FROM revenue_receipt WHERE distribution_id = d.id)
           OR d.costs <> (SELECT coalesce(sum(amount), 0) FROM revenue_cost WHERE distribution_id = d.id)
           OR d.net <> (SELECT coalesce(sum(amount), 0) FROM distribution_line WHERE distribution_id = d.id) THEN
          RAISE EXCEPTION 'distribution % does not reconcile', d.id USING ERRCODE = 'check_violation', CONSTRAINT = 'revenue_distribution_reconciles';
        END IF;
        RETURN NULL;
      END $$
    `);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER revenue_distribution_reconciles AFTER INSERT ON revenue_distribution
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION revenue_distribution_reconciles()
    `);
    // Paying a line records when and how; its amount and beneficiary never change.
    await queryRunner.query(`
      CREATE FUNCTION distribution_line_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.amount <> OLD.amount OR NEW.distribution_id <> OLD.distribution_id OR NEW.payer_organization_id <> OLD.payer_organization_id
           OR NEW.beneficiary_kind <> OLD.beneficiary_kind OR NEW.user_id IS DISTINCT FROM OLD.user_id
           OR NEW.organization_id IS DISTINCT FROM OLD.organization_id OR NEW.external_name IS DISTINCT FROM OLD.external_name THEN
          RAISE EXCEPTION 'a distribution line''s amount and beneficiary are fixed' USING ERRCODE = 'check_violation', CONSTRAINT = 'distribution_line_fixed';
        END IF;
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`CREATE TRIGGER distribution_line_fixed BEFORE UPDATE ON distribution_line FOR EACH ROW EXECUTE FUNCTION distribution_line_fixed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE revenue_cost`);
    await queryRunner.query(`DROP TABLE revenue_receipt`);
    await queryRunner.query(`DROP FUNCTION revenue_entry_guard()`);
    await queryRunner.query(`DROP TABLE distribution_line`);
    await queryRunner.query(`DROP FUNCTION distribution_line_fixed()`);
    await queryRunner.query(`DROP TABLE revenue_distribution`);
    await queryRunner.query(`DROP FUNCTION revenue_distribution_reconciles()`);
    await queryRunner.query(`DROP TABLE distribution_policy`);
    await queryRunner.query(`DROP TABLE spin_off`);
    await queryRunner.query(`DROP TABLE agreement_milestone_payment`);
    await queryRunner.query(`DROP TABLE agreement_obligation`);
  }
}
