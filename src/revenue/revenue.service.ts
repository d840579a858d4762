import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { AgreementStatus } from '../agreements/agreement.enums.js';
import { AgreementService, type Agreement } from '../agreements/agreement.service.js';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { foundOr, notVisible } from '../common/errors.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { encodeCursor } from '../common/pagination/cursor.js';
import { keysetPage, keysetPrecededBy, type KeysetOrder } from '../common/pagination/keyset.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { databaseToday, futureDayProblem } from '../common/database-today.js';
import { decimalPattern, Money } from '../projects/money.js';
import { fromMinor, toMinor } from '../common/currency.js';
import type { DistributeRevenueArgs, MarkDistributionLinePaidInput, MyDistributionLinesArgs, RecordRevenueCostInput, RecordRevenueReceiptInput, SetDistributionPolicyInput } from './dto/revenue.inputs.js';
import { computeDistribution, percentToHundredths, whole, type SplitPolicy, type SplitTechnology } from './revenue-split.js';
import { DistributionLineEntity, DistributionPolicyEntity, RevenueCostEntity, RevenueDistributionEntity, RevenueReceiptEntity } from './revenue.entity.js';
import { DistributionLineStatus } from './revenue.enums.js';
import { DistributionLineModel, DistributionPolicyModel, RevenueCostModel, RevenueDistributionModel, RevenueReceiptModel } from './revenue.model.js';
import { actingUserId } from '../common/acting-user.js';
import { updateVersioned } from '../database/versioned-update.js';
import { AgreementStateError } from '../agreements/agreement.errors.js';
import { DistributionLinePaidError, MissingDistributionPolicyError, NegativeNetRevenueError, NothingToDistributeError } from './revenue.errors.js';
import { TechnologyService } from '../technologies/technology.service.js';
import { OrganizationService } from '../organizations/organization.service.js';

/**
 * Revenue of agreements: receipts and deductible costs (the licensors' editors record them; the
 * parties read them), the owners' distribution policies, and distributions of net income.
 */
@Injectable()
export class RevenueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly agreements: AgreementService,
    private readonly technologies: TechnologyService,
    private readonly organizations: OrganizationService,
  ) {}

  async recordReceipt(ctx: RequestContext, input: RecordRevenueReceiptInput): Promise<RevenueReceiptModel | InvalidInputError | AgreementStateError> {
    const manager = managerOf(ctx, this.dataSource);
    const agreement = await this.agreements.lockToManage(ctx, manager, input.agreementId);
    const problem =
      signedProblem(agreement) ??
      amountProblem(input.amount, agreement.currency) ??
      futureDayProblem(await databaseToday(ctx, this.dataSource), [['input.receivedOn', input.receivedOn]]);
    if (problem) return problem;
    if (input.milestonePaymentId) {
      if (input.kind !== 'MILESTONE') return new InvalidInputError('Only MILESTONE receipts settle a milestone payment', 'input.milestonePaymentId');
      const unsettled = await this.agreements.settleMilestonePayment(manager, agreement.id, input.milestonePaymentId);
      if (unsettled) return unsettled;
    }
    const inserted = await manager.insert(RevenueReceiptEntity, {
      agreementId: agreement.id,
      kind: input.kind,
      amount: input.amount,
      currency: agreement.currency,
      receivedOn: input.receivedOn,
      reference: input.reference ?? null,
      note: input.note ?? null,
      milestonePaymentId: input.milestonePaymentId ?? null,
      recordedBy: actingUserId(ctx),
    });
    const receipt = await manager.findOneByOrFail(RevenueReceiptEntity, { id: (inserted.identifiers[0] as { id: string }).id });
    await this.auditToLicensors(ctx, manager, agreement.id, 'revenue.receipt_recorded', 'RevenueReceipt', receipt.id,
      changesBetween(null, receipt, ['kind', 'amount', 'currency', 'receivedOn', 'reference', 'milestonePaymentId']));
    return RevenueReceiptModel.fromEntity(receipt);
  }

  async recordCost(ctx: RequestContext, input: RecordRevenueCostInput): Promise<RevenueCostModel | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const agreement = await this.agreements.lockToManage(ctx, manager, input.agreementId);
    const problem = amountProblem(input.amount, agreement.currency) ?? futureDayProblem(await databaseToday(ctx, this.dataSource), [['input.incurredOn', input.incurredOn]]);
    if (problem) return problem;
    if (input.technologyId) {
      if (!(await this.agreements.technologyIdsOf(manager, agreement.id)).includes(input.technologyId)) return new InvalidInputError('The technology is not under this agreement', 'input.technologyId');
    }
    const inserted = await manager.insert(RevenueCostEntity, {
      agreementId: agreement.id,
      kind: input.kind,
      amount: input.amount,
      currency: agreement.currency,
      incurredOn: input.incurredOn,
      description: input.description ?? null,
      technologyId: input.technologyId ?? null,
      filingReference: input.filingReference ?? null,
      recordedBy: actingUserId(ctx),
    });
    const cost = await manager.findOneByOrFail(RevenueCostEntity, { id: (inserted.identifiers[0] as { id: string }).id });
    await this.auditToLicensors(ctx, manager, agreement.id, 'revenue.cost_recorded', 'RevenueCost', cost.id,
      changesBetween(null, cost, ['kind', 'amount', 'currency', 'incurredOn', 'technologyId', 'filingReference']));
    return RevenueCostModel.fromEntity(cost);
  }

  /** Admins of an organisation set its policy from a day on; earlier policies keep applying before it. */
  async setPolicy(ctx: RequestContext, input: SetDistributionPolicyInput): Promise<DistributionPolicyModel | InvalidInputError> {
    await this.access.requireAccess(ctx, 'organization.update', input.organizationId);
    const total = percentToHundredths(input.inventorsShare) + percentToHundredths(input.unitsShare) + percentToHundredths(input.institutionShare);
    if (total !== whole) return new InvalidInputError(`The shares total ${fromMinor(total, 'EUR')}, not 100`, 'input.institutionShare');
    const manager = managerOf(ctx, this.dataSource);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(DistributionPolicyEntity)
      .values({
        organizationId: input.organizationId,
        inventorsShare: input.inventorsShare,
        unitsShare: input.unitsShare,
        institutionShare: input.institutionShare,
        validFrom: input.validFrom,
        note: input.note ?? null,
        createdBy: actingUserId(ctx),
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return new InvalidInputError('The organisation already has a policy from that day', 'input.validFrom');
    const policy = await manager.findOneByOrFail(DistributionPolicyEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.audit.record(ctx, {
      action: 'revenue.policy_set',
      organizationId: input.organizationId,
      entityType: 'DistributionPolicy',
      entityId: policy.id,
      changes: changesBetween(null, policy, ['inventorsShare', 'unitsShare', 'institutionShare', 'validFrom']),
    });
    return DistributionPolicyModel.fromEntity(policy);
  }

  /** An organisation's policies, newest first; its members only (null to others). */
  async policiesOf(ctx: RequestContext, organizationId: string): Promise<DistributionPolicyModel[] | null> {
    if (!(await this.access.can(ctx, 'organization.read', organizationId))) return null;
    const rows = await ctx
      .loader('revenue.policies', () => new DataLoader<string, DistributionPolicyEntity[]>(async (ids) => {
        const found = await this.dataSource
          .getRepository(DistributionPolicyEntity)
          .createQueryBuilder('p')
          .where('p.organization_id IN (:...ids)', { ids })
          .orderBy('p.valid_from', 'DESC')
          .getMany();
        return ids.map((id) => found.filter((row) => row.organizationId === id));
      }))
      .load(organizationId);
    return rows.map(DistributionPolicyModel.fromEntity);
  }

  /**
   * Distributes the agreement's undistributed receipts and undeducted costs up to `upTo`. When costs
   * exceed receipts nothing is written and the costs carry forward to later receipts. Receipts and
   * costs are tied to the distribution, so they are never counted again.
   */
  async distribute(
    ctx: RequestContext,
    { agreementId, upTo }: DistributeRevenueArgs,
  ): Promise<RevenueDistributionModel | MissingDistributionPolicyError | NegativeNetRevenueError | NothingToDistributeError | AgreementStateError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const agreement = await this.agreements.lockToManage(ctx, manager, agreementId);
    const signed = signedProblem(agreement);
    if (signed) return signed;
    const currency = agreement.currency.trim();
    const receipts: { id: string; amount: string }[] = await manager.query(
      `SELECT id, amount FROM revenue_receipt WHERE agreement_id = $1 AND distribution_id IS NULL AND received_on <= $2 ORDER BY id FOR UPDATE`,
      [agreementId, upTo],
    );
    if (receipts.length === 0) return new NothingToDistributeError(`No undistributed receipts on or before ${upTo}`, 'upTo');
    const costs: { id: string; amount: string }[] = await manager.query(
      `SELECT id, amount FROM revenue_cost WHERE agreement_id = $1 AND distribution_id IS NULL AND incurred_on <= $2 ORDER BY id FOR UPDATE`,
      [agreementId, upTo],
    );

    const technologies = await this.splitTechnologies(manager, agreementId, upTo);
    if (typeof technologies === 'string') return new InvalidInputError(`Technology ${technologies} has no owners on ${upTo}`, 'upTo');
    const ownerIds = [...new Set(technologies.flatMap((technology) => technology.owners.map((owner) => owner.organizationId)))];
    const policyRows: { organization_id: string; inventors_share: string; units_share: string; institution_share: string }[] = await manager.query(
      `SELECT DISTINCT ON (organization_id) organization_id, inventors_share, units_share, institution_share
         FROM distribution_policy WHERE organization_id = ANY($1) AND valid_from <= $2
        ORDER BY organization_id, valid_from DESC`,
      [ownerIds, upTo],
    );
    const policies = new Map<string, SplitPolicy>(
      policyRows.map((row) => [
        row.organization_id,
        { inventors: percentToHundredths(row.inventors_share), units: percentToHundredths(row.units_share), institution: percentToHundredths(row.institution_share) },
      ]),
    );
    const missing = ownerIds.find((id) => !policies.has(id));
    if (missing) {
      const owner = await this.organizations.standingOf(manager, missing);
      return new MissingDistributionPolicyError(missing, owner?.name ?? missing);
    }

    const result = computeDistribution(currency, receipts.map((r) => r.amount), costs.map((c) => c.amount), technologies, policies);
    if (result === 'NEGATIVE_NET') {
      const sum = (rows: { amount: string }[]) => fromMinor(rows.reduce((total, row) => total + toMinor(row.amount, currency)!, 0n), currency);
      return new NegativeNetRevenueError(Money.of(sum(receipts), currency)!, Money.of(sum(costs), currency)!);
    }
    // Each receipt fits an amount column; their sum may not (costs and lines are at most the gross).
    const gross = fromMinor(result.gross, currency);
    if (!decimalPattern.test(gross)) {
      return new InvalidInputError(`The receipts up to ${upTo} add up to ${gross}, more than an amount can hold (18 digits); distribute an earlier period first`, 'upTo');
    }

    const inserted = await manager.insert(RevenueDistributionEntity, {
      agreementId,
      periodEnd: upTo,
      currency,
      gross: fromMinor(result.gross, currency),
      costs: fromMinor(result.costs, currency),
      net: fromMinor(result.net, currency),
      createdBy: actingUserId(ctx),
    });
    const distributionId = (inserted.identifiers[0] as { id: string }).id;
    const inventors = new Map(
      technologies.flatMap((technology) => technology.inventors).map((inventor) => [inventor.id, inventor as typeof inventor & { userId: string | null; externalName: string | null }]),
    );
    const lines = result.lines.filter((line) => line.amount > 0n);
    if (lines.length > 0) {
      await manager.insert(
        DistributionLineEntity,
        lines.map((line) => {
          const inventor = line.technologyInventorId ? inventors.get(line.technologyInventorId)! : null;
          return {
            distributionId,
            payerOrganizationId: line.payerOrganizationId,
            beneficiaryKind: line.kind,
            technologyInventorId: line.technologyInventorId,
            userId: inventor?.userId ?? null,
            externalName: inventor?.externalName ?? null,
            organizationId: line.organizationId,
            amount: fromMinor(line.amount, currency),
            currency,
          };
        }),
      );
    }
    await manager.query(`UPDATE revenue_receipt SET distribution_id = $1 WHERE id = ANY($2)`, [distributionId, receipts.map((r) => r.id)]);
    if (costs.length > 0) await manager.query(`UPDATE revenue_cost SET distribution_id = $1 WHERE id = ANY($2)`, [distributionId, costs.map((c) => c.id)]);
    const distribution = await manager.findOneByOrFail(RevenueDistributionEntity, { id: distributionId });
    await this.auditToLicensors(ctx, manager, agreementId, 'revenue.distributed', 'RevenueDistribution', distributionId,
      changesBetween(null, distribution, ['periodEnd', 'currency', 'gross', 'costs', 'net']));
    return RevenueDistributionModel.fromEntity(distribution);
  }

  /** The licensors' editors record a line paid; a paid line stays paid. */
  async markLinePaid(
    ctx: RequestContext,
    input: MarkDistributionLinePaidInput,
  ): Promise<DistributionLineModel | VersionConflictError | DistributionLinePaidError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await manager.findOne(DistributionLineEntity, { where: { id: input.lineId }, select: { id: true, distributionId: true } });
    const distribution = seen && (await manager.findOneBy(RevenueDistributionEntity, { id: seen.distributionId }));
    if (!seen || !distribution) throw notVisible('distribution line');
    await this.access.requireAccess(ctx, 'agreement.manage', distribution.agreementId);
    const line = foundOr(await manager.getRepository(DistributionLineEntity).findOne({ where: { id: input.lineId }, lock: { mode: 'pessimistic_write' } }), 'distribution line');
    if (line.version !== input.expectedVersion) return new VersionConflictError(line.version);
    if (line.status === DistributionLineStatus.PAID) return new DistributionLinePaidError(`It was paid on ${line.paidOn}`, 'input.lineId');
    const future = futureDayProblem(await databaseToday(ctx, this.dataSource), [['input.paidOn', input.paidOn]]);
    if (future) return future;
    const conflict = await updateVersioned(manager, DistributionLineEntity, line, { status: DistributionLineStatus.PAID, paidOn: input.paidOn, paymentReference: input.reference ?? null }, input.expectedVersion);
    if (conflict) return conflict;
    const after = await manager.findOneByOrFail(DistributionLineEntity, { id: line.id });
    await this.audit.record(ctx, {
      action: 'revenue.line_paid',
      organizationId: line.payerOrganizationId,
      entityType: 'DistributionLine',
      entityId: line.id,
      changes: changesBetween(line, after, ['status', 'paidOn', 'paymentReference']),
    });
    return (await this.lineModels(manager, [after]))[0];
  }

  receiptsOf(ctx: RequestContext, agreementId: string): Promise<RevenueReceiptModel[]> {
    return this.byAgreement(ctx, 'revenue.receipts', RevenueReceiptEntity, 'received_on', agreementId).then((rows) => rows.map(RevenueReceiptModel.fromEntity));
  }

  /** The licensors' costs; null for the licensee, whose business they are not. */
  async costsOf(ctx: RequestContext, agreementId: string): Promise<RevenueCostModel[] | null> {
    if (!(await this.access.can(ctx, 'agreement.readLicensorSide', agreementId))) return null;
    return (await this.byAgreement(ctx, 'revenue.costs', RevenueCostEntity, 'incurred_on', agreementId)).map(RevenueCostModel.fromEntity);
  }

  /** How the licensors shared the income (inventors' payouts included); null for the licensee. */
  async distributionsOf(ctx: RequestContext, agreementId: string): Promise<RevenueDistributionModel[] | null> {
    if (!(await this.access.can(ctx, 'agreement.readLicensorSide', agreementId))) return null;
    return (await this.byAgreement(ctx, 'revenue.distributions', RevenueDistributionEntity, 'created_at', agreementId)).map(RevenueDistributionModel.fromEntity);
  }

  /** A distribution's lines (reached through the licensors' side of the agreement), batched per request. */
  async linesOf(ctx: RequestContext, distributionId: string): Promise<DistributionLineModel[]> {
    const rows = await ctx
      .loader('revenue.lines', () => new DataLoader<string, DistributionLineEntity[]>(async (ids) => {
        const found = await this.dataSource
          .getRepository(DistributionLineEntity)
          .createQueryBuilder('l')
          .innerJoin(RevenueDistributionEntity, 'd', 'd.id = l.distribution_id')
          .leftJoin('organization_fact', 'payer', 'payer.id = l.payer_organization_id')
          .where('l.distribution_id IN (:...ids)', { ids })
          .orderBy('payer.name')
          .addOrderBy('l.payer_organization_id')
          .addOrderBy(`CASE l.beneficiary_kind WHEN 'INVENTOR' THEN 0 WHEN 'UNIT' THEN 1 ELSE 2 END`)
          .addOrderBy('l.amount', 'DESC')
          .addOrderBy('l.id')
          .getMany();
        return ids.map((id) => found.filter((row) => row.distributionId === id));
      }))
      .load(distributionId);
    return this.lineModels(this.dataSource.manager, rows);
  }

  /** The caller's own lines as an inventor, newest first. */
  async myLines(ctx: RequestContext, args: MyDistributionLinesArgs): Promise<ConnectionShape<DistributionLineModel>> {
    const first = args.first ?? defaultPageSize;
    const orderKey = 'CREATED_AT:DESC';
    const query = this.dataSource.getRepository(DistributionLineEntity).createQueryBuilder('l').where('l.user_id = :me', { me: ctx.userId ?? null });
    const keyset: KeysetOrder = { key: orderKey, column: 'l.created_at', idColumn: 'l.id', direction: OrderDirection.DESC, kind: 'timestamp' };
    const page = keysetPage(query, keyset, first, args.after);
    const rows = first === 0 || !ctx.userId ? [] : await page.getMany();
    const created = new Map(rows.map((row) => [row.id, row.createdAt]));
    return pageOf(
      await this.lineModels(this.dataSource.manager, rows),
      { first, after: args.after, precededBy: keysetPrecededBy(query, keyset, args.after) },
      (node) => encodeCursor({ order: orderKey, value: created.get(node.id)!.toISOString(), id: node.id }),
      () => (ctx.userId ? query.getCount() : Promise.resolve(0)),
    );
  }

  private async lineModels(manager: EntityManager, rows: DistributionLineEntity[]): Promise<DistributionLineModel[]> {
    if (rows.length === 0) return [];
    const extras: { id: string; period_end: string; agreement_id: string; display_name: string | null }[] = await manager.query(
      `SELECT l.id, d.period_end::text AS period_end, d.agreement_id, u.display_name
         FROM distribution_line l JOIN revenue_distribution d ON d.id = l.distribution_id LEFT JOIN user_fact u ON u.id = l.user_id
        WHERE l.id = ANY($1)`,
      [rows.map((row) => row.id)],
    );
    const byId = new Map(extras.map((row) => [row.id, row]));
    return rows.map((row) => {
      const extra = byId.get(row.id)!;
      return DistributionLineModel.fromEntity(row, { periodEnd: extra.period_end, agreementId: extra.agreement_id, inventorName: extra.display_name });
    });
  }

  private async byAgreement<T extends { agreementId: string }>(
    ctx: RequestContext,
    key: string,
    entity: new () => T,
    orderColumn: string,
    agreementId: string,
  ): Promise<T[]> {
    return ctx
      .loader(key, () => new DataLoader<string, T[]>(async (ids) => {
        const found = await this.dataSource
          .getRepository(entity)
          .createQueryBuilder('r')
          .where('r.agreement_id IN (:...ids)', { ids })
          .orderBy(`r.${orderColumn}`)
          .addOrderBy('r.created_at')
          .addOrderBy('r.id')
          .getMany();
        return ids.map((id) => found.filter((row) => row.agreementId === id));
      }))
      .load(agreementId);
  }

  /** The agreement's technologies with owners on `day` and inventors; the id of one without owners that day. */
  private async splitTechnologies(manager: EntityManager, agreementId: string, day: string): Promise<SplitTechnology[] | string> {
    const technologyIds = await this.agreements.technologyIdsOf(manager, agreementId);
    const { owners, inventors } = await this.technologies.sharesOn(manager, technologyIds, day);
    const unowned = technologyIds.find((id) => !owners.some((row) => row.technologyId === id));
    if (unowned) return unowned;
    return technologyIds.map((id) => ({
      id,
      owners: owners.filter((row) => row.technologyId === id).map((row) => ({ organizationId: row.organizationId, share: percentToHundredths(row.share) })),
      inventors: inventors
        .filter((row) => row.technologyId === id)
        .map((row) => ({ id: row.id, share: percentToHundredths(row.share), unitOrganizationId: row.affiliationOrganizationId, userId: row.userId, externalName: row.externalName })),
    }));
  }

  private async auditToLicensors(ctx: RequestContext, manager: EntityManager, agreementId: string, action: string, entityType: string, entityId: string, changes: ReturnType<typeof changesBetween>) {
    const { licensorIds } = await this.agreements.partiesOf(manager, agreementId);
    await this.agreements.auditTo(ctx, licensorIds, { action, entityType, entityId, changes });
  }
}

function signedProblem(agreement: Agreement): AgreementStateError | undefined {
  if (agreement.status === AgreementStatus.NEGOTIATING) {
    return new AgreementStateError('Revenue is recorded only once the agreement is signed (EXECUTED or later)', agreement.status, 'input.agreementId');
  }
  return undefined;
}

function amountProblem(amount: string, currency: string): InvalidInputError | undefined {
  const minor = toMinor(amount, currency.trim());
  if (minor === undefined) return new InvalidInputError(`amount has more decimals than ${currency.trim()} allows`, 'input.amount');
  if (minor === 0n) return new InvalidInputError('amount must be more than zero', 'input.amount');
  return undefined;
}
