import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facts access decides with, each a view published by the domain that owns the rows (an
 * organisation's standing comes from `organization_fact`, published with the reports' views), so the
 * access repository reads no other domain's tables and a table can change behind its view.
 * PostgreSQL inlines simple views into the statements that use them.
 */
const views: [name: string, owner: string, columns: string, sql: string][] = [
  ['membership_role', 'memberships', 'user_id, organization_id, role, status (ACTIVE, REQUESTED, ...)',
    `SELECT user_id, organization_id, role, status FROM membership`],
  ['project_party', 'projects', 'project_id, visibility, organization_id, role, status; one row with null organisation for a project without participants',
    `SELECT p.id AS project_id, p.visibility, pp.organization_id, pp.role, pp.status
       FROM project p LEFT JOIN project_participant pp ON pp.project_id = p.id`],
  ['programme_party', 'projects', 'id, owner_id (null for a programme without owner)',
    `SELECT id, owner_organization_id AS owner_id FROM programme`],
  ['programme_request_party', 'projects', 'id, project_id, programme_owner_id (null for a programme without owner)',
    `SELECT r.id, r.project_id, pr.owner_organization_id AS programme_owner_id
       FROM programme_attachment_request r JOIN programme pr ON pr.id = r.programme_id`],
  ['technology_party', 'technologies', 'id, owner_ids (owning a share today), inventor_user_ids',
    `SELECT t.id,
            ARRAY(SELECT o.organization_id FROM technology_owner_today o WHERE o.technology_id = t.id)::text[] AS owner_ids,
            ARRAY(SELECT i.user_id FROM technology_inventor i WHERE i.technology_id = t.id AND i.user_id IS NOT NULL)::text[] AS inventor_user_ids
       FROM technology t`],
  ['disclosure_party', 'technologies', 'id, technology_id, organization_id (the institution it is disclosed to)',
    `SELECT id, technology_id, organization_id FROM invention_disclosure`],
  ['agreement_party', 'agreements', "agreement_id, organization_id, side ('LICENSOR' or 'LICENSEE')",
    `SELECT id AS agreement_id, licensee_organization_id AS organization_id, 'LICENSEE'::text AS side FROM agreement
     UNION ALL
     SELECT agreement_id, organization_id, 'LICENSOR'::text FROM agreement_licensor`],
  ['technology_licensee', 'agreements', 'technology_id, organization_id of licensees of agreements on it',
    `SELECT at.technology_id, a.licensee_organization_id AS organization_id
       FROM agreement_technology at JOIN agreement a ON a.id = at.agreement_id`],
  ['deal_party', 'exchange', 'id, broker_id, provider_id, seeker_id, offer_id, demand_id',
    `SELECT id, broker_organization_id AS broker_id, provider_organization_id AS provider_id,
            seeker_organization_id AS seeker_id, offer_id, demand_id
       FROM deal`],
  ['exchange_engagement', 'exchange', 'offer_id, demand_id, organization_id: an interest in the item, or a party to a deal on it',
    `SELECT offer_id, demand_id, organization_id FROM exchange_interest
     UNION ALL SELECT offer_id, demand_id, broker_organization_id FROM deal
     UNION ALL SELECT offer_id, demand_id, provider_organization_id FROM deal
     UNION ALL SELECT offer_id, demand_id, seeker_organization_id FROM deal`],
];

export class AccessViews1795700000000 implements MigrationInterface {
  name = 'AccessViews1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, owner, columns, sql] of views) {
      await queryRunner.query(`CREATE VIEW ${name} AS ${sql}`);
      await queryRunner.query(`COMMENT ON VIEW ${name} IS '${`Published by ${owner} for access: ${columns}`.replaceAll("'", "''")}'`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...views].reverse()) await queryRunner.query(`DROP VIEW ${name}`);
  }
}
