import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
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
import type { ReportScope } from './dto/report-scope.js';
import { scopedOrganizationsSql } from './selection.js';
import { IndicatorMeasurementEntity, MeasurementStatus } from './indicator.entity.js';
import {
  IndicatorMeasurementModel,
  type CorrectIndicatorInput,
  type IndicatorFilter,
  type IndicatorMeasurementsArgs,
  type ReportIndicatorInput,
  type ReviewIndicatorInput,
} from './indicator.model.js';
import { actingUserId } from '../common/acting-user.js';
import { updateVersioned } from '../database/versioned-update.js';

const auditedFields: (keyof IndicatorMeasurementEntity)[] = [
  'factor', 'indicator', 'value', 'unit', 'periodStart', 'periodEnd', 'evidenceUrl', 'note', 'status', 'reviewNote',
];

/**
 * Indicator measurements for the ICF self-assessment. Organisations' editors report and correct
 * their own; platform admins verify or reject them. Verified values are public; the others are for
 * the reporting organisation's members and platform admins.
 */
@Injectable()
export class IndicatorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async report(ctx: RequestContext, input: ReportIndicatorInput): Promise<IndicatorMeasurementModel | InvalidInputError> {
    await this.access.requireAccess(ctx, 'organization.write', input.organizationId);
    if (input.periodEnd < input.periodStart) return new InvalidInputError('The period cannot end before it starts', 'input.periodEnd');
    const manager = managerOf(ctx, this.dataSource);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(IndicatorMeasurementEntity)
      .values({
        organizationId: input.organizationId,
        factor: input.factor,
        indicator: input.indicator,
        value: input.value,
        unit: input.unit,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        evidenceUrl: input.evidenceUrl ?? null,
        note: input.note ?? null,
        reportedBy: actingUserId(ctx),
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) {
      return new InvalidInputError('This organisation already reported this indicator for this period: correct that measurement instead', 'input.indicator');
    }
    const measurement = await manager.findOneByOrFail(IndicatorMeasurementEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.audit.record(ctx, {
      action: 'indicator.reported',
      organizationId: measurement.organizationId,
      entityType: 'IndicatorMeasurement',
      entityId: measurement.id,
      changes: changesBetween(null, measurement, auditedFields),
    });
    return IndicatorMeasurementModel.fromEntity(measurement);
  }

  /** A corrected value goes back to REPORTED: a verification holds for the value that was checked. */
  async correct(ctx: RequestContext, input: CorrectIndicatorInput): Promise<IndicatorMeasurementModel | VersionConflictError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockFor(ctx, manager, input.id, 'organization.write');
    const next: IndicatorMeasurementEntity = {
      ...current,
      value: input.value,
      evidenceUrl: input.evidenceUrl === undefined ? current.evidenceUrl : input.evidenceUrl,
      note: input.note === undefined ? current.note : input.note,
      status: MeasurementStatus.REPORTED,
      reviewedAt: null,
      reviewedBy: null,
      reviewNote: null,
    };
    return this.write(ctx, manager, current, next, input.expectedVersion, 'indicator.corrected');
  }

  async review(ctx: RequestContext, input: ReviewIndicatorInput): Promise<IndicatorMeasurementModel | VersionConflictError | InvalidInputError> {
    await this.access.requireAccess(ctx, 'platform.administer');
    if (!input.verified && !input.note?.trim()) return new InvalidInputError('Say why the measurement is rejected', 'input.note');
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockFor(ctx, manager, input.id);
    const next: IndicatorMeasurementEntity = {
      ...current,
      status: input.verified ? MeasurementStatus.VERIFIED : MeasurementStatus.REJECTED,
      reviewedAt: new Date(),
      reviewedBy: ctx.userId!,
      reviewNote: input.note?.trim() || null,
    };
    return this.write(ctx, manager, current, next, input.expectedVersion, input.verified ? 'indicator.verified' : 'indicator.rejected');
  }

  async list(ctx: RequestContext, args: IndicatorMeasurementsArgs): Promise<ConnectionShape<IndicatorMeasurementModel>> {
    const first = args.first ?? defaultPageSize;
    const matching = await this.visible(ctx, this.filtered(args.filter));
    const keyset: KeysetOrder = { key: 'CREATED_AT:DESC', column: 'm.created_at', idColumn: 'm.id', direction: OrderDirection.DESC, kind: 'timestamp' };
    const rows = first === 0 ? [] : await keysetPage(matching, keyset, first, args.after).getMany();
    return pageOf(
      rows.map(IndicatorMeasurementModel.fromEntity),
      { first, after: args.after, precededBy: keysetPrecededBy(matching, keyset, args.after) },
      (node) => encodeCursor({ order: keyset.key, value: node.createdAt.toISOString(), id: node.id }),
      () => matching.getCount(),
    );
  }

  /** Every visible measurement of a selection, for the self-assessment (bounded by the filter, ordered for reading). */
  /** Every measurement the filter selects, of the organisations a report's scope counts when one is given. */
  async all(ctx: RequestContext, filter: IndicatorFilter, scope?: Partial<ReportScope>): Promise<IndicatorMeasurementModel[]> {
    const query = this.filtered(filter);
    if (scope?.organizationId || scope?.province) {
      query.andWhere(`m.organization_id IN (${scopedOrganizationsSql('CAST(:scopeOrganization AS uuid)', 'CAST(:scopeProvince AS text)', 'CAST(:scopeUnits AS boolean)')})`, {
        scopeOrganization: scope.organizationId ?? null,
        scopeProvince: scope.province ?? null,
        scopeUnits: scope.includeUnits ?? true,
      });
    }
    const rows = await (await this.visible(ctx, query))
      .orderBy('m.factor')
      .addOrderBy('m.indicator')
      .addOrderBy('m.period_end')
      .addOrderBy('m.id')
      .limit(10_000)
      .getMany();
    return rows.map(IndicatorMeasurementModel.fromEntity);
  }

  private filtered(filter: IndicatorFilter | undefined): SelectQueryBuilder<IndicatorMeasurementEntity> {
    const query = this.dataSource.getRepository(IndicatorMeasurementEntity).createQueryBuilder('m');
    if (filter?.factor) query.andWhere('m.factor = :factor', { factor: filter.factor });
    if (filter?.organizationId) query.andWhere('m.organization_id = :organizationId', { organizationId: filter.organizationId });
    if (filter?.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter?.fromYear != null) query.andWhere('m.period_end >= make_date(:fromYear, 1, 1)', { fromYear: filter.fromYear });
    if (filter?.toYear != null) query.andWhere('m.period_end < make_date(:toYear + 1, 1, 1)', { toYear: filter.toYear });
    return query;
  }

  private async visible(ctx: RequestContext, query: SelectQueryBuilder<IndicatorMeasurementEntity>): Promise<SelectQueryBuilder<IndicatorMeasurementEntity>> {
    const readable = await this.access.readableOrganizationIds(ctx);
    if (readable === 'all') return query;
    return query.andWhere(`(m.status = 'VERIFIED' OR m.organization_id = ANY(:readable))`, { readable });
  }

  /** The measurement, locked once the caller may see it and, when asked, holds `permission` in its organisation. */
  private async lockFor(ctx: RequestContext, manager: EntityManager, id: string, permission?: 'organization.write'): Promise<IndicatorMeasurementEntity> {
    const found = await manager.findOne(IndicatorMeasurementEntity, { where: { id }, select: { id: true, status: true, organizationId: true } });
    const visible = found && (found.status === MeasurementStatus.VERIFIED || (await this.access.can(ctx, 'organization.read', found.organizationId)));
    if (!found || !visible) throw notVisible('measurement');
    if (permission) await this.access.requireAccess(ctx, permission, found.organizationId);
    return foundOr(await manager.getRepository(IndicatorMeasurementEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'measurement');
  }

  private async write(
    ctx: RequestContext,
    manager: EntityManager,
    current: IndicatorMeasurementEntity,
    next: IndicatorMeasurementEntity,
    expectedVersion: number,
    action: string,
  ): Promise<IndicatorMeasurementModel | VersionConflictError> {
    if (current.version !== expectedVersion) return new VersionConflictError(current.version);
    const { value, evidenceUrl, note, status, reviewedAt, reviewedBy, reviewNote } = next;
    const conflict = await updateVersioned(manager, IndicatorMeasurementEntity, current, { value, evidenceUrl, note, status, reviewedAt, reviewedBy, reviewNote }, expectedVersion);
    if (conflict) return conflict;
    await this.audit.record(ctx, {
      action,
      organizationId: current.organizationId,
      entityType: 'IndicatorMeasurement',
      entityId: current.id,
      changes: changesBetween(current, next, auditedFields),
    });
    return IndicatorMeasurementModel.fromEntity(await manager.findOneByOrFail(IndicatorMeasurementEntity, { id: current.id }));
  }

}
