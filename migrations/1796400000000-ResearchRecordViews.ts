import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createPublishedViews, dropPublishedViews, type PublishedView } from './published-views.js';

/**
 * What each domain publishes of its records for the research-information export (CERIF over
 * OAI-PMH): the public columns under their own names, so the export's access conditions read them
 * as they read the tables. People come from identity's `user_fact`, which keeps emails and password
 * hashes to itself.
 */
const views: [owner: string, view: PublishedView][] = [
  ['organizations', {
    name: 'organization_record',
    row: 'an organisation as research-information systems describe it',
    from: 'organization',
    columns: [
      ['id', 'the organisation'], ['name', 'official name'], ['name_en', 'English name'], ['short_name', 'abbreviation'], ['kind', 'kind of body'],
      ['helix', 'primary helix'], ['secondary_helices', 'further helices'], ['country', 'ISO 3166-1 code'], ['website', 'public website'],
      ['ror_id', 'ROR ID, bare'], ['parent_id', 'the organisation it belongs to'], ['verified', 'verified by a platform admin'],
      ['archived_at', 'when archived, or null'], ['updated_at', 'last change'],
    ],
  }],
  ['projects', {
    name: 'project_record',
    row: 'a joint project with what decides who reads it',
    from: 'project',
    columns: [
      ['id', 'the project'], ['code', 'its code'], ['title', 'title'], ['summary', 'summary'], ['start_date', 'start'], ['end_date', 'end'],
      ['status', 'lifecycle status'], ['keywords', 'keywords'], ['visibility', 'PUBLIC or PARTNERS'],
      ['readers', 'organisations that read its confidential fields'], ['updated_at', 'last change'],
    ],
  }],
  ['projects', {
    name: 'project_participant_record',
    row: 'an organisation taking part in a project, with its contribution',
    from: 'project_participant',
    columns: [
      ['id', 'the participation'], ['project_id', 'the project'], ['organization_id', 'the organisation'], ['role', 'CERIF role'], ['status', 'ACTIVE, INVITED...'],
      ['since', 'from'], ['until', 'to'], ['cash_amount', 'cash given'], ['cash_currency', 'its currency'], ['in_kind_value_amount', 'value in kind'],
      ['in_kind_value_currency', 'its currency'], ['in_kind_description', 'what in kind'], ['created_at', 'when it joined the record'],
    ],
  }],
  ['technologies', {
    name: 'technology_record',
    row: 'a technology (a research output)',
    from: 'technology',
    columns: [['id', 'the technology'], ['code', 'its code'], ['title', 'title'], ['abstract', 'abstract'], ['fields', 'fields of science'], ['keywords', 'keywords'], ['updated_at', 'last change']],
  }],
  ['technologies', {
    name: 'technology_inventor_record',
    row: 'an inventor credited on a technology, in order',
    from: 'technology_inventor',
    columns: [
      ['id', 'the credit'], ['technology_id', 'the technology'], ['user_id', 'the person, when on the platform'], ['external_name', 'the name otherwise'],
      ['orcid', 'ORCID iD of an inventor not on the platform'], ['affiliation_organization_id', 'their unit on the platform'],
      ['affiliation_name', 'their unit otherwise'], ['position', 'order of credit'],
    ],
  }],
  ['technologies', {
    name: 'ip_filing_record',
    row: 'an application or right protecting a technology',
    from: 'ip_filing',
    columns: [
      ['id', 'the filing'], ['technology_id', 'the technology'], ['type', 'PATENT, UTILITY_SOLUTION...'], ['jurisdiction', 'office'], ['title', 'title'],
      ['application_number', 'application number'], ['registration_number', 'patent or registration number'], ['publication_number', 'publication number'],
      ['filing_date', 'filed'], ['publication_date', 'published'], ['grant_date', 'granted'], ['status', 'status'],
      ['parent_filing_id', 'the filing whose priority it claims'], ['updated_at', 'last change'],
    ],
  }],
];

export class ResearchRecordViews1796400000000 implements MigrationInterface {
  name = 'ResearchRecordViews1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [owner, view] of views) await createPublishedViews(queryRunner, owner, [view]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropPublishedViews(queryRunner, views.map(([, view]) => view));
  }
}
