import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change of a technology's owners that shrinks another owner's share waits, as a proposal, for
 * each such owner to accept it; one open proposal per technology.
 */
export class TechnologyOwnersProposals1795596300000 implements MigrationInterface {
  name = 'TechnologyOwnersProposals1795596300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE technology_owners_proposal (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        technology_id uuid NOT NULL,
        owners jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        proposed_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        decided_at timestamptz(3),
        CONSTRAINT technology_owners_proposal_pkey PRIMARY KEY (id),
        CONSTRAINT technology_owners_proposal_status_known CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'SUPERSEDED')),
        CONSTRAINT technology_owners_proposal_owners_list CHECK (jsonb_typeof(owners) = 'array'),
        CONSTRAINT technology_owners_proposal_technology_fk FOREIGN KEY (technology_id) REFERENCES technology (id) ON DELETE CASCADE,
        CONSTRAINT technology_owners_proposal_proposed_by_fk FOREIGN KEY (proposed_by) REFERENCES user_account (id)
      )`);
    // One open proposal per technology: a new one supersedes it.
    await queryRunner.query(`CREATE UNIQUE INDEX technology_owners_proposal_open_idx ON technology_owners_proposal (technology_id) WHERE status = 'PENDING'`);
    await queryRunner.query(`
      CREATE TABLE technology_owners_consent (
        proposal_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        consent text NOT NULL DEFAULT 'PENDING',
        decided_by uuid,
        decided_at timestamptz(3),
        CONSTRAINT technology_owners_consent_pkey PRIMARY KEY (proposal_id, organization_id),
        CONSTRAINT technology_owners_consent_known CHECK (consent IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        CONSTRAINT technology_owners_consent_proposal_fk FOREIGN KEY (proposal_id) REFERENCES technology_owners_proposal (id) ON DELETE CASCADE,
        CONSTRAINT technology_owners_consent_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT technology_owners_consent_decided_by_fk FOREIGN KEY (decided_by) REFERENCES user_account (id)
      )`);
    await queryRunner.query(`CREATE INDEX technology_owners_consent_organization_idx ON technology_owners_consent (organization_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE technology_owners_consent`);
    await queryRunner.query(`DROP TABLE technology_owners_proposal`);
  }
}
