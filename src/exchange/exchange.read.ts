import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { columnFields, columnsAt, timestamp, type Column, type NestedPage, type ReadModel, type ReadScope, type RelationField } from '../common/read/read-model.js';
import { displayAmountSql, isoTimestamp, moneySql } from '../common/read/sql.js';
import { escapeLike } from '../common/search.js';
import { agreementAt } from '../agreements/agreement.read.js';
import { organizationAt, organizationVisible } from '../organizations/organization.read.js';
import { technologyAt } from '../technologies/technology.read.js';
import type { DealsArgs, DemandsArgs, InterestsArgs } from './dto/exchange.inputs.js';
import { OffersArgs } from './dto/exchange.inputs.js';
import { effectiveStatusSql, searchWords, statusCondition } from './exchange-lifecycle.js';
import { ExchangeStatus } from './exchange.enums.js';

/**
 * Offers, demands, expressions of interest and deals as the read path serves them: the rules of
 * `AccessService.readableExchangeItemsCondition`, `isExchangePartner` and `canOnDeal` ('read')
 * written as SQL over the caller's readable organisations.
 */

export type ItemKind = 'offer' | 'demand';

export const itemTable: Record<ItemKind, string> = { offer: 'technology_offer', demand: 'technology_demand' };

const itemColumns: Record<string, Column> = {
  id: 'id',
  title: 'title',
  sectors: 'sectors',
  keywords: 'keywords',
  language: 'language',
  // Served as the calendar has it, whether or not EXPIRED was written yet.
  status: (x) => effectiveStatusSql(x),
  publishedOn: 'published_on',
  expiresOn: 'expires_on',
  concepts: 'concepts',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

/** The offered technology's TRL as last assessed, from what technologies publish. */
export const assessedTrlOf = (x: string) => `(SELECT tf.current_trl FROM technology_fact tf WHERE tf.id = ${x}.technology_id)`;

/** The TRL filters and matching go by: the offer's, unless a later assessment put the technology lower. */
export const effectiveTrlOf = (x: string) => `LEAST(${x}.trl, coalesce(${assessedTrlOf(x)}, 0))`;

const offerColumns: Record<string, Column> = {
  ...itemColumns,
  kind: 'kind',
  summary: 'summary',
  trl: 'trl',
  assessedTrl: (x) => assessedTrlOf(x),
  trlVerified: (x) => `coalesce(${x}.trl <= ${assessedTrlOf(x)}, false)`,
};

const demandColumns: Record<string, Column> = { ...itemColumns, description: 'description', minTrl: 'min_trl' };

const interestColumns: Record<string, Column> = {
  id: 'id',
  status: 'status',
  message: 'message',
  createdAt: timestamp('created_at'),
  withdrawnAt: timestamp('withdrawn_at'),
};

const dealColumns: Record<string, Column> = {
  id: 'id',
  stage: 'stage',
  agreementId: 'agreement_id',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

/**
 * Whether the caller may read the offer or demand at `alias`: anyone a published, unexpired one; the
 * owning organisation's members all of its items; organisations that expressed interest in it or are
 * party to a deal on it keep reading it.
 */
export function exchangeItemReadable(alias: string, kind: ItemKind, scope: ReadScope): string {
  if (scope.all) return 'true';
  const column = kind === 'offer' ? 'offer_id' : 'demand_id';
  const readers = scope.readable;
  return `((${alias}.status = 'PUBLISHED' AND ${alias}.expires_on >= CURRENT_DATE) OR ${alias}.organization_id = ANY(${readers})
     OR EXISTS (SELECT 1 FROM exchange_interest ri WHERE ri.${column} = ${alias}.id AND ri.organization_id = ANY(${readers}))
     OR EXISTS (SELECT 1 FROM deal rd WHERE rd.${column} = ${alias}.id AND (rd.broker_organization_id = ANY(${readers})
                OR rd.provider_organization_id = ANY(${readers}) OR rd.seeker_organization_id = ANY(${readers}))))`;
}

/**
 * Whether the offer or demand at `alias` was on the exchange and has left it: withdrawn after it was
 * published, or expired (as the calendar has it). The feed shows such an item to those who may no longer
 * read it as a tombstone (its id, kind, status and change time), so that copies elsewhere are removed.
 * A draft, withdrawn or not, was never public and never counts.
 */
export function exchangeItemRetired(alias: string): string {
  return `((${statusCondition(ExchangeStatus.WITHDRAWN, alias)} AND ${alias}.published_on IS NOT NULL) OR ${statusCondition(ExchangeStatus.EXPIRED, alias)})`;
}

/**
 * When the item at `alias` last changed as readers see it: its last write, or the start of the day after
 * its expiry date once that day has come (expiry is the calendar's doing, written lazily without a new
 * version), whichever is later. Never in the future.
 */
export function exchangeItemChangedAt(alias: string): string {
  return `GREATEST(${alias}.updated_at, CASE WHEN ${alias}.status IN ('PUBLISHED', 'EXPIRED') AND ${alias}.expires_on < CURRENT_DATE THEN (${alias}.expires_on + 1)::timestamptz END)`;
}

/**
 * A condition implied by `exchangeItemChangedAt(alias) >= at` (a timestamptz expression) that the
 * indexes on (updated_at, id) and (status, expires_on) can answer.
 */
export function exchangeItemChangedSince(alias: string, at: string): string {
  return `(${alias}.updated_at >= ${at} OR (${alias}.status IN ('PUBLISHED', 'EXPIRED') AND ${alias}.expires_on >= (${at})::date - 1 AND ${alias}.expires_on < CURRENT_DATE))`;
}

/**
 * The public summary of the offer or demand at `alias` as JSON, for those who read it under `scope`:
 * the fields the read model serves to everyone (never details, price, budget or who created it), and its
 * organisation's public name and country while the organisation is visible.
 */
export function exchangeItemSummaryJson(alias: string, kind: ItemKind, scope: ReadScope): string {
  const columns = columnsAt(kind === 'offer' ? offerColumns : demandColumns, alias);
  const organization = `(SELECT json_build_object('name', o.name, 'nameEn', o.name_en, 'country', o.country)
                           FROM organization_fact o WHERE o.id = ${alias}.organization_id AND ${organizationVisible('o', scope)})`;
  const pairs: [string, string][] = [
    ['title', columns.title],
    ['summary', kind === 'offer' ? columns.summary : columns.description],
    ['sectors', columns.sectors],
    ['keywords', columns.keywords],
    ['language', columns.language],
    ['offerKind', kind === 'offer' ? columns.kind : 'NULL'],
    ['trl', kind === 'offer' ? columns.trl : 'NULL'],
    ['assessedTrl', kind === 'offer' ? columns.assessedTrl : 'NULL'],
    ['minTrl', kind === 'demand' ? columns.minTrl : 'NULL'],
    ['publishedOn', columns.publishedOn],
    ['expiresOn', columns.expiresOn],
    ['organization', organization],
  ];
  return `json_build_object(${pairs.map(([key, value]) => `'${key}', ${value}`).join(', ')})`;
}

/** Partners (members of a verified organisation that is not archived, or its API keys) and members of `organizationId` read an item's terms. */
function termsReadable(organizationId: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${organizationId} = ANY(${scope.readable})
    OR EXISTS (SELECT 1 FROM organization_fact po WHERE po.id = ANY(${scope.readable}) AND po.verified AND po.archived_at IS NULL))`;
}

/** The organisation owning the item of the interest at `alias`. */
function interestItemOwner(alias: string): string {
  return `coalesce((SELECT io.organization_id FROM technology_offer io WHERE io.id = ${alias}.offer_id),
                   (SELECT id2.organization_id FROM technology_demand id2 WHERE id2.id = ${alias}.demand_id))`;
}

/** The interested organisation's members and the item's organisation's members read an expression of interest. */
export function interestReadable(alias: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${alias}.organization_id = ANY(${scope.readable}) OR ${interestItemOwner(alias)} = ANY(${scope.readable}))`;
}

/** Members of the broker, the provider and the seeker read a deal. */
export function dealReadable(alias: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${alias}.broker_organization_id = ANY(${scope.readable}) OR ${alias}.provider_organization_id = ANY(${scope.readable})
    OR ${alias}.seeker_organization_id = ANY(${scope.readable}))`;
}

/** The offer or demand a column of another row points at, null when the caller may not read it. */
export function exchangeItemAt(kind: ItemKind, idColumn: string): RelationField {
  return {
    type: kind === 'offer' ? 'TechnologyOffer' : 'TechnologyDemand',
    from: (alias, target, scope) => `${itemTable[kind]} ${target} WHERE ${target}.id = ${alias}.${idColumn} AND ${exchangeItemReadable(target, kind, scope)}`,
  };
}

const newestFirst = (x: string) => ({
  key: 'CREATED_AT:DESC',
  kind: 'timestamp' as const,
  column: `${x}.created_at`,
  id: `${x}.id`,
  cursorValue: isoTimestamp(`${x}.created_at`),
  direction: OrderDirection.DESC,
});

/** A page of offers or demands, over `x`, among those the caller may read; newest first. */
export function exchangeItemPage(x: string, kind: ItemKind, args: OffersArgs | DemandsArgs, scope: ReadScope): NestedPage {
  const { params } = scope;
  const filter = args.filter;
  const where = scope.all ? [] : [exchangeItemReadable(x, kind, scope)];
  if (filter?.status) where.push(statusCondition(filter.status, x));
  if (filter?.organizationId) where.push(`${x}.organization_id = ${params.add(filter.organizationId)}::uuid`);
  if (filter?.sector) where.push(`${x}.sectors @> ARRAY[${params.add(filter.sector)}::text]`);
  if (filter?.expiringWithinDays !== undefined) {
    where.push(`${statusCondition(ExchangeStatus.PUBLISHED, x)} AND ${x}.expires_on <= CURRENT_DATE + ${params.add(filter.expiringWithinDays)}::integer`);
  }
  for (const word of (searchWords(filter?.search) ?? '').split(/\s+/).filter(Boolean)) {
    where.push(`${x}.document LIKE '%' || fold_text(${params.add(escapeLike(word))}::text) || '%'`);
  }
  if (kind === 'offer') {
    const offers = (args as OffersArgs).filter;
    if (offers?.minTrl !== undefined) where.push(`${effectiveTrlOf(x)} >= ${params.add(offers.minTrl)}::integer`);
    if (offers?.maxTrl !== undefined) where.push(`${effectiveTrlOf(x)} <= ${params.add(offers.maxTrl)}::integer`);
    if (offers?.kind) where.push(`${x}.kind = ${params.add(offers.kind)}::text`);
    if (offers?.technologyId) where.push(`${x}.technology_id = ${params.add(offers.technologyId)}::uuid`);
  } else {
    const demands = (args as DemandsArgs).filter;
    if (demands?.minTrl !== undefined) where.push(`${x}.min_trl >= ${params.add(demands.minTrl)}::integer`);
    if (demands?.maxTrl !== undefined) where.push(`(${x}.min_trl IS NULL OR ${x}.min_trl <= ${params.add(demands.maxTrl)}::integer)`);
  }
  return { from: `${itemTable[kind]} ${x}`, where, keyset: newestFirst(x), first: args.first ?? defaultPageSize, after: args.after };
}

/** A page of expressions of interest, over `i`, among those the caller may read; newest first. */
export function interestPage(i: string, args: InterestsArgs, scope: ReadScope): NestedPage {
  const { params } = scope;
  const filter = args.filter;
  const where = scope.all ? [] : [interestReadable(i, scope)];
  if (filter?.offerId) where.push(`${i}.offer_id = ${params.add(filter.offerId)}::uuid`);
  if (filter?.demandId) where.push(`${i}.demand_id = ${params.add(filter.demandId)}::uuid`);
  if (filter?.status) where.push(`${i}.status = ${params.add(filter.status)}::text`);
  if (filter?.organizationId) {
    const party = `${params.add(filter.organizationId)}::uuid`;
    where.push(`(${i}.organization_id = ${party} OR ${interestItemOwner(i)} = ${party})`);
  }
  return { from: `exchange_interest ${i}`, where, keyset: newestFirst(i), first: args.first ?? defaultPageSize, after: args.after };
}

/** A page of deals, over `d`, among those the caller is party to; newest first. */
export function dealPage(d: string, args: DealsArgs, scope: ReadScope): NestedPage {
  const { params } = scope;
  const where = scope.all ? [] : [dealReadable(d, scope)];
  if (args.filter?.stage) where.push(`${d}.stage = ${params.add(args.filter.stage)}::text`);
  if (args.filter?.organizationId) {
    const party = `${params.add(args.filter.organizationId)}::uuid`;
    where.push(`(${d}.broker_organization_id = ${party} OR ${d}.provider_organization_id = ${party} OR ${d}.seeker_organization_id = ${party})`);
  }
  return { from: `deal ${d}`, where, keyset: newestFirst(d), first: args.first ?? defaultPageSize, after: args.after };
}

/** The expressions of interest in an item that the caller may read, newest first. */
function interestsIn(column: 'offer_id' | 'demand_id'): RelationField {
  return {
    type: 'ExchangeInterest',
    from: (x, target, scope) => `exchange_interest ${target} WHERE ${target}.${column} = ${x}.id AND ${interestReadable(target, scope)}`,
    orderBy: (target) => `${target}.created_at DESC, ${target}.id DESC`,
  };
}

export const exchangeReadModels: ReadModel[] = [
  {
    type: 'TechnologyOffer',
    // Details and price stay out of the base: only their guarded fields below answer them.
    base: (x) => ({ ...columnsAt(offerColumns, x), organizationId: `${x}.organization_id`, technologyId: `${x}.technology_id` }),
    fields: {
      ...columnFields(offerColumns),
      details: { value: (x, scope) => `CASE WHEN ${termsReadable(`${x}.organization_id`, scope)} THEN ${x}.details END` },
      price: { value: (x, scope) => `CASE WHEN ${termsReadable(`${x}.organization_id`, scope)} THEN ${moneySql(`${x}.price_amount`, `${x}.price_currency`)} END` },
      priceNote: { value: (x, scope) => `CASE WHEN ${termsReadable(`${x}.organization_id`, scope)} THEN ${x}.price_note END` },
      organization: organizationAt('organization_id'),
      // Only for those who may read the technology; the offer's public fields never need it.
      technology: technologyAt('technology_id'),
      interests: interestsIn('offer_id'),
    },
  },
  {
    type: 'TechnologyDemand',
    base: (x) => ({ ...columnsAt(demandColumns, x), organizationId: `${x}.organization_id` }),
    fields: {
      ...columnFields(demandColumns),
      budget: {
        value: (x, scope) =>
          `CASE WHEN ${x}.budget_currency IS NOT NULL AND ${termsReadable(`${x}.organization_id`, scope)} THEN json_build_object(
             'min', ${displayAmountSql(`${x}.budget_min`, `${x}.budget_currency`)},
             'max', ${displayAmountSql(`${x}.budget_max`, `${x}.budget_currency`)},
             'currency', trim(${x}.budget_currency)) END`,
      },
      organization: organizationAt('organization_id'),
      interests: interestsIn('demand_id'),
    },
  },
  {
    type: 'ExchangeInterest',
    base: (i) => ({ ...columnsAt(interestColumns, i), organizationId: `${i}.organization_id`, offerId: `${i}.offer_id`, demandId: `${i}.demand_id` }),
    fields: {
      ...columnFields(interestColumns),
      organization: organizationAt('organization_id'),
      offer: exchangeItemAt('offer', 'offer_id'),
      demand: exchangeItemAt('demand', 'demand_id'),
    },
  },
  {
    type: 'Deal',
    base: (d) => ({
      ...columnsAt(dealColumns, d),
      brokerOrganizationId: `${d}.broker_organization_id`,
      providerOrganizationId: `${d}.provider_organization_id`,
      seekerOrganizationId: `${d}.seeker_organization_id`,
      offerId: `${d}.offer_id`,
      demandId: `${d}.demand_id`,
      interestId: `${d}.interest_id`,
    }),
    fields: {
      ...columnFields(dealColumns),
      broker: organizationAt('broker_organization_id'),
      provider: organizationAt('provider_organization_id'),
      seeker: organizationAt('seeker_organization_id'),
      offer: exchangeItemAt('offer', 'offer_id'),
      demand: exchangeItemAt('demand', 'demand_id'),
      interest: {
        type: 'ExchangeInterest',
        from: (d, target, scope) => `exchange_interest ${target} WHERE ${target}.id = ${d}.interest_id AND ${interestReadable(target, scope)}`,
      },
      agreement: agreementAt('agreement_id'),
      history: {
        type: 'DealStageChange',
        from: (d, target) => `deal_stage_change ${target} WHERE ${target}.deal_id = ${d}.id`,
        orderBy: (target) => `${target}.changed_at, ${target}.id`,
      },
    },
  },
  {
    type: 'DealStageChange',
    fields: columnFields({
      from: 'from_stage',
      to: 'to_stage',
      at: timestamp('changed_at'),
      byUserId: 'changed_by',
      byName: (h) => `(SELECT u.display_name FROM user_fact u WHERE u.id = ${h}.changed_by)`,
      note: 'note',
    }),
  },
  {
    // Offers of a technology, below it (the technology's own model lives with the technologies).
    type: 'Technology',
    fields: {
      offers: {
        type: 'TechnologyOffer',
        args: OffersArgs,
        page: (t, target, args: OffersArgs, scope) => {
          const page = exchangeItemPage(target, 'offer', { ...args, filter: args.filter && { ...args.filter, technologyId: undefined } }, scope);
          return { ...page, where: [...page.where, `${target}.technology_id = ${t}.id`] };
        },
      },
    },
  },
];
