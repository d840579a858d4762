import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VirtualColumn } from 'typeorm';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { TechnologyEntity } from '../technologies/technology.entity.js';
import { effectiveStatusSql } from './exchange-lifecycle.js';
import type { DealStage, ExchangeLanguage, ExchangeSector, ExchangeStatus, InterestStatus, OfferKind } from './exchange.enums.js';

/** What offers and demands share: owner, text, sectors, language and publication period. */
export abstract class ExchangeItemEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: ExchangeSector[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  @Column({ type: 'text' })
  language: ExchangeLanguage;

  /** As last written; read `effectiveStatus`. */
  @Column({ type: 'text', default: 'DRAFT' })
  status: ExchangeStatus;

  @VirtualColumn({ type: 'text', query: (alias) => `SELECT ${effectiveStatusSql(alias)}` })
  effectiveStatus: ExchangeStatus;

  @Column({ name: 'published_on', type: 'date', nullable: true })
  publishedOn: string | null;

  /** The last day it is on the exchange. */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  /** Glossary concepts found in the public text; kept by a trigger on every write of that text. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  concepts: string[];

  /** The public text normalised (`exchange_document`), kept by the same trigger, for search and matching. */
  @Column({ type: 'text', default: '', select: false })
  document: string;

  /** Its meaningful words (`exchange_words`), kept by the same trigger. */
  @Column({ type: 'text', array: true, default: () => "'{}'", select: false })
  words: string[];

  /** The title normalised (`exchange_normalize`), kept by the same trigger. */
  @Column({ name: 'title_normalized', type: 'text', default: '', select: false })
  titleNormalized: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}

/** A technology an organisation offers for licence, transfer or cooperation. */
@Entity('technology_offer')
@Check('technology_offer_money_iso4217', `(price_currency IS NULL OR currency_minor_unit(price_currency) IS NOT NULL) AND money_fits(price_amount, price_currency)`)
@Index('technology_offer_created_at_id_idx', { synchronize: false })
@Index('technology_offer_updated_at_id_idx', { synchronize: false })
@Index('technology_offer_organization_idx', { synchronize: false })
@Index('technology_offer_status_expires_idx', { synchronize: false })
@Index('technology_offer_sectors_idx', { synchronize: false })
@Index('technology_offer_concepts_idx', { synchronize: false })
@Index('technology_offer_search_idx', { synchronize: false })
@Index('technology_offer_text_idx', { synchronize: false })
@Index('technology_offer_technology_idx', { synchronize: false })
@Index('technology_offer_trl_idx', { synchronize: false })
@Check('technology_offer_title_present', `length(btrim(title)) > 0`)
@Check('technology_offer_language_known', `language IS NOT NULL`)
@Check('technology_offer_status_known', `status IS NOT NULL`)
@Check('technology_offer_published_dated', `status IS NOT NULL`)
@Check('technology_offer_period_ordered', `expires_on IS NULL OR published_on IS NULL OR expires_on >= published_on`)
@Check('technology_offer_sectors_known', `sectors IS NOT NULL`)
@Check('technology_offer_version_positive', `version > 0`)
@Check('technology_offer_kind_known', `kind IS NOT NULL`)
@Check('technology_offer_summary_present', `length(btrim(summary)) > 0`)
@Check('technology_offer_trl_range', `trl BETWEEN 1 AND 9`)
@Check('technology_offer_price_complete', `(price_amount IS NULL) = (price_currency IS NULL)`)
@Check('technology_offer_price_not_negative', `price_amount IS NULL OR price_amount >= 0`)
@Check('technology_offer_price_currency_code', `price_currency IS NULL OR price_currency ~ '^[A-Z]{3}$'`)
export class TechnologyOfferEntity extends ExchangeItemEntity {
  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'technology_offer_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ name: 'technology_id', type: 'uuid' })
  technologyId: string;

  @ManyToOne(() => TechnologyEntity)
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'technology_offer_technology_fk' })
  technology?: TechnologyEntity;

  @Column({ type: 'text' })
  kind: OfferKind;

  /** Public. */
  @Column({ type: 'text' })
  summary: string;

  /** For partners (members of verified organisations) only. */
  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Column({ type: 'smallint' })
  trl: number;

  @Column({ name: 'price_amount', type: 'numeric', precision: 20, scale: 2, nullable: true })
  priceAmount: string | null;

  @Column({ name: 'price_currency', type: 'char', length: 3, nullable: true })
  priceCurrency: string | null;

  /** Free text such as "negotiable". */
  @Column({ name: 'price_note', type: 'text', nullable: true })
  priceNote: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'technology_offer_created_by_fk' })
  creator?: UserEntity;
}

/** A need an organisation publishes: what technology it looks for, how mature, for what budget. */
@Entity('technology_demand')
@Check('technology_demand_money_iso4217', `(budget_currency IS NULL OR currency_minor_unit(budget_currency) IS NOT NULL) AND money_fits(budget_min, budget_currency) AND money_fits(budget_max, budget_currency)`)
@Index('technology_demand_created_at_id_idx', { synchronize: false })
@Index('technology_demand_updated_at_id_idx', { synchronize: false })
@Index('technology_demand_organization_idx', { synchronize: false })
@Index('technology_demand_status_expires_idx', { synchronize: false })
@Index('technology_demand_sectors_idx', { synchronize: false })
@Index('technology_demand_concepts_idx', { synchronize: false })
@Index('technology_demand_search_idx', { synchronize: false })
@Index('technology_demand_text_idx', { synchronize: false })
@Index('technology_demand_min_trl_idx', { synchronize: false })
@Check('technology_demand_title_present', `length(btrim(title)) > 0`)
@Check('technology_demand_language_known', `language IS NOT NULL`)
@Check('technology_demand_status_known', `status IS NOT NULL`)
@Check('technology_demand_published_dated', `status IS NOT NULL`)
@Check('technology_demand_period_ordered', `expires_on IS NULL OR published_on IS NULL OR expires_on >= published_on`)
@Check('technology_demand_sectors_known', `sectors IS NOT NULL`)
@Check('technology_demand_version_positive', `version > 0`)
@Check('technology_demand_description_present', `length(btrim(description)) > 0`)
@Check('technology_demand_min_trl_range', `min_trl IS NULL OR min_trl BETWEEN 1 AND 9`)
@Check('technology_demand_budget_currency', `budget_currency IS NULL OR budget_currency IS NOT NULL`)
@Check('technology_demand_budget_range', `budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max`)
@Check('technology_demand_budget_not_negative', `budget_min IS NULL OR budget_min >= 0`)
export class TechnologyDemandEntity extends ExchangeItemEntity {
  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'technology_demand_organization_fk' })
  organization?: OrganizationEntity;

  /** Public. */
  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'min_trl', type: 'smallint', nullable: true })
  minTrl: number | null;

  @Column({ name: 'budget_min', type: 'numeric', precision: 20, scale: 2, nullable: true })
  budgetMin: string | null;

  @Column({ name: 'budget_max', type: 'numeric', precision: 20, scale: 2, nullable: true })
  budgetMax: string | null;

  @Column({ name: 'budget_currency', type: 'char', length: 3, nullable: true })
  budgetCurrency: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'technology_demand_created_by_fk' })
  creator?: UserEntity;
}

/** An organisation's interest in an offer or a demand (exactly one); at most one open per organisation and item. */
@Entity('exchange_interest')
@Index('exchange_interest_open_offer_key', { synchronize: false })
@Index('exchange_interest_open_demand_key', { synchronize: false })
@Index('exchange_interest_created_at_id_idx', { synchronize: false })
@Index('exchange_interest_organization_idx', { synchronize: false })
@Index('exchange_interest_offer_idx', { synchronize: false })
@Index('exchange_interest_demand_idx', { synchronize: false })
@Check('exchange_interest_one_item', `(offer_id IS NULL) <> (demand_id IS NULL)`)
@Check('exchange_interest_status_known', `status IS NOT NULL`)
@Check('exchange_interest_withdrawn_dated', `(status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)`)
@Check('exchange_interest_message_present', `length(btrim(message)) > 0`)
export class ExchangeInterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'exchange_interest_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId: string | null;

  @ManyToOne(() => TechnologyOfferEntity)
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'exchange_interest_offer_fk' })
  offer?: TechnologyOfferEntity;

  @Column({ name: 'demand_id', type: 'uuid', nullable: true })
  demandId: string | null;

  @ManyToOne(() => TechnologyDemandEntity)
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'exchange_interest_demand_fk' })
  demand?: TechnologyDemandEntity;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'text', default: 'OPEN' })
  status: InterestStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'exchange_interest_created_by_fk' })
  creator?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;
}

/**
 * A match a broker (an INTERMEDIARY organisation) carries between the provider of an offer and a
 * seeker. A trigger keeps the parties consistent with the offer, demand and interest, and an AGREED
 * deal's agreement between them.
 */
@Entity('deal')
@Index('deal_created_at_id_idx', { synchronize: false })
@Index('deal_broker_idx', { synchronize: false })
@Index('deal_provider_idx', { synchronize: false })
@Index('deal_seeker_idx', { synchronize: false })
@Index('deal_offer_idx', { synchronize: false })
@Index('deal_demand_idx', { synchronize: false })
@Index('deal_interest_idx', { synchronize: false })
@Index('deal_agreement_idx', { synchronize: false })
@Index('deal_stage_idx', { synchronize: false })
@Check('deal_stage_known', `stage IS NOT NULL`)
@Check('deal_agreement_when_agreed', `(stage = 'AGREED') = (agreement_id IS NOT NULL)`)
@Check('deal_parties_distinct', `provider_organization_id <> seeker_organization_id`)
@Check('deal_version_positive', `version > 0`)
export class DealEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'broker_organization_id', type: 'uuid' })
  brokerOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'broker_organization_id', foreignKeyConstraintName: 'deal_broker_fk' })
  broker?: OrganizationEntity;

  @Column({ name: 'provider_organization_id', type: 'uuid' })
  providerOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'provider_organization_id', foreignKeyConstraintName: 'deal_provider_fk' })
  provider?: OrganizationEntity;

  @Column({ name: 'seeker_organization_id', type: 'uuid' })
  seekerOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'seeker_organization_id', foreignKeyConstraintName: 'deal_seeker_fk' })
  seeker?: OrganizationEntity;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @ManyToOne(() => TechnologyOfferEntity)
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'deal_offer_fk' })
  offer?: TechnologyOfferEntity;

  @Column({ name: 'demand_id', type: 'uuid', nullable: true })
  demandId: string | null;

  @ManyToOne(() => TechnologyDemandEntity)
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'deal_demand_fk' })
  demand?: TechnologyDemandEntity;

  @Column({ name: 'interest_id', type: 'uuid', nullable: true })
  interestId: string | null;

  @ManyToOne(() => ExchangeInterestEntity)
  @JoinColumn({ name: 'interest_id', foreignKeyConstraintName: 'deal_interest_fk' })
  interest?: ExchangeInterestEntity;

  @Column({ type: 'text', default: 'INTEREST' })
  stage: DealStage;

  @Column({ name: 'agreement_id', type: 'uuid', nullable: true })
  agreementId: string | null;

  @ManyToOne(() => AgreementEntity)
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'deal_agreement_fk' })
  agreement?: AgreementEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'deal_created_by_fk' })
  creator?: UserEntity;
}

/** One move of a deal, append-only (the database refuses changes). */
@Entity('deal_stage_change')
@Index('deal_stage_change_deal_idx', { synchronize: false })
@Check('deal_stage_change_stages_known', `to_stage IS NOT NULL`)
@Check('deal_stage_change_note_length', `note IS NULL OR length(note) <= 2000`)
export class DealStageChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @ManyToOne(() => DealEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'deal_stage_change_deal_fk' })
  deal?: DealEntity;

  /** Null for the opening of the deal. */
  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage: DealStage | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage: DealStage;

  @Column({ name: 'changed_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  changedAt: Date;

  /** The person; null when an API key made the change. */
  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'changed_by', foreignKeyConstraintName: 'deal_stage_change_changed_by_fk' })
  changer?: UserEntity;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** One phrase of the bilingual glossary that lets Vietnamese and English texts meet. */
@Entity('exchange_term')
@Index('exchange_term_concept_phrase_key', { synchronize: false })
@Index('exchange_term_preferred_key', { synchronize: false })
@Check('exchange_term_concept_format', `concept IS NOT NULL`)
@Check('exchange_term_language_known', `language IN ('vi', 'en')`)
@Check('exchange_term_folded', `folded IS NOT NULL`)
export class ExchangeTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A stable code such as `water_quality`. */
  @Column({ type: 'text' })
  concept: string;

  @Column({ type: 'text' })
  language: ExchangeLanguage;

  @Column({ type: 'text' })
  phrase: string;

  /** `exchange_normalize(phrase)`: how documents are matched. */
  @Column({ type: 'text' })
  folded: string;

  /** The label of the concept in its language. */
  @Column({ type: 'boolean', default: false })
  preferred: boolean;
}
