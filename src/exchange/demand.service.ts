import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import type { BudgetInput, CreateDemandInput, UpdateDemandInput } from './dto/exchange.inputs.js';
import { ExchangeItemService, type ItemSpec } from './exchange-item.service.js';
import { TechnologyDemandEntity } from './exchange.entity.js';
import { ExchangeStatus } from './exchange.enums.js';
import { BudgetRange, DemandModel } from './exchange.model.js';
import { displayAmount } from '../common/currency.js';
import { actingUserId } from '../common/acting-user.js';
import { InvalidExchangeTransitionError } from './exchange.errors.js';

/** Technology demands: any organisation's editors publish its needs. */
@Injectable()
export class DemandService extends ExchangeItemService<TechnologyDemandEntity, DemandModel> {
  protected readonly spec: ItemSpec<TechnologyDemandEntity> = {
    kind: 'demand',
    entity: TechnologyDemandEntity,
    entityType: 'TechnologyDemand',
    action: 'demand',
  };

  protected readonly auditedFields: (keyof TechnologyDemandEntity)[] = [
    'title', 'description', 'sectors', 'keywords', 'language', 'minTrl', 'budgetMin', 'budgetMax', 'budgetCurrency', 'status', 'publishedOn', 'expiresOn',
  ];

  constructor(@InjectDataSource() dataSource: DataSource, access: AccessService, audit: AuditService) {
    super(dataSource, access, audit);
  }

  protected toModel(entity: TechnologyDemandEntity): DemandModel {
    return DemandModel.fromEntity(entity);
  }

  async create(ctx: RequestContext, input: CreateDemandInput): Promise<DemandModel | InvalidInputError> {
    await this.access.requireAccess(ctx, 'organization.write', input.organizationId);
    const budget = budgetColumns(input.budget);
    if (budget instanceof InvalidInputError) return budget;
    const manager = managerOf(ctx, this.dataSource);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(TechnologyDemandEntity)
      .values({
        organizationId: input.organizationId,
        title: input.title,
        description: input.description,
        sectors: input.sectors ?? [],
        keywords: input.keywords ?? [],
        language: input.language,
        minTrl: input.minTrl ?? null,
        ...budget,
        createdBy: actingUserId(ctx),
      })
      .returning('id')
      .execute();
    const created = await manager.findOneByOrFail(TechnologyDemandEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, created, 'created', changesBetween(null, created, this.auditedFields));
    return DemandModel.fromEntity(created);
  }

  async update(ctx: RequestContext, input: UpdateDemandInput): Promise<DemandModel | VersionConflictError | InvalidInputError | InvalidExchangeTransitionError> {
    const { manager, current } = await this.lockForChange(ctx, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (current.status === ExchangeStatus.WITHDRAWN) return new InvalidExchangeTransitionError(current.status, 'edited', []);
    const changes: Partial<TechnologyDemandEntity> = {};
    for (const field of ['title', 'description', 'sectors', 'keywords', 'language'] as const) {
      if (input[field] != null) (changes as Record<string, unknown>)[field] = input[field];
    }
    if (input.minTrl !== undefined) changes.minTrl = input.minTrl ?? null;
    if (input.budget !== undefined) {
      const budget = budgetColumns(input.budget);
      if (budget instanceof InvalidInputError) return budget;
      Object.assign(changes, budget);
    }
    if (Object.keys(changesBetween(current, { ...current, ...changes }, this.auditedFields)).length === 0) return DemandModel.fromEntity(current);
    return this.write(ctx, manager, current, changes, 'updated');
  }

  /** The budget is for partners (members of verified organisations) and the seeking organisation's own members; others get null. */
  async budget(ctx: RequestContext, demand: DemandModel): Promise<BudgetRange | null> {
    if (!demand.budgetCurrency) return null;
    if (!(await this.access.can(ctx, 'exchange.readPartnerDetails')) && !(await this.access.can(ctx, 'organization.read', demand.organizationId))) return null;
    const currency = demand.budgetCurrency.trim();
    const amount = (value: string | null) => (value === null ? null : displayAmount(value, currency));
    return Object.assign(new BudgetRange(), { min: amount(demand.budgetMin), max: amount(demand.budgetMax), currency });
  }
}

/** The budget columns of a budget input: at least one end, the least not above the most (exact decimals compared as numbers). */
function budgetColumns(budget: BudgetInput | null | undefined): Pick<TechnologyDemandEntity, 'budgetMin' | 'budgetMax' | 'budgetCurrency'> | InvalidInputError {
  if (!budget) return { budgetMin: null, budgetMax: null, budgetCurrency: null };
  // An explicit null is the same as absent.
  if (budget.min == null && budget.max == null) return new InvalidInputError('Give the least or the most of the budget, or both', 'input.budget');
  if (budget.min != null && budget.max != null && compareDecimals(budget.min, budget.max) > 0) {
    return new InvalidInputError(`budget.min (${budget.min}) must not be above budget.max (${budget.max})`, 'input.budget.max');
  }
  return { budgetMin: budget.min ?? null, budgetMax: budget.max ?? null, budgetCurrency: budget.currency };
}

/** Compares two non-negative decimal strings exactly. */
export function compareDecimals(a: string, b: string): number {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  const whole = BigInt(ai) - BigInt(bi);
  if (whole !== 0n) return whole > 0n ? 1 : -1;
  const fa = af.padEnd(2, '0');
  const fb = bf.padEnd(2, '0');
  return fa === fb ? 0 : fa > fb ? 1 : -1;
}
