import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService, changesBetween, type AuditChanges } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { foundOr } from '../common/errors.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { encodeCursor } from '../common/pagination/cursor.js';
import { keysetPage, keysetPrecededBy, type KeysetOrder } from '../common/pagination/keyset.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { matchEveryWord } from '../common/search.js';
import { managerOf } from '../common/transaction.js';
import { isKnownCurrency, toMinor } from '../common/currency.js';
import { TechnologyService } from '../technologies/technology.service.js';
import { TechnologyModel } from '../technologies/technology.model.js';
import { AgreementEntity, AgreementLicensorEntity, AgreementTechnologyEntity } from './agreement.entity.js';
import { AgreementStatus } from './agreement.enums.js';
import { AgreementModel, AgreementTermsModel, MilestonePaymentModel, moneyIn } from './agreement.model.js';
import type { AgreementFilter, AgreementsArgs, CreateAgreementInput, MilestonePaymentInput, TransitionAgreementInput, UpdateAgreementInput } from './dto/agreement.inputs.js';
import { AgreementMilestonePaymentEntity } from './obligation.entity.js';
import { MilestonePaymentStatus } from './obligation.enums.js';
import { agreementLifecycle } from './obligation.enums.js';
import { actingUserId } from '../common/acting-user.js';
import { databaseToday } from '../common/database-today.js';
import { updateVersioned } from '../database/versioned-update.js';
import { AgreementCodeTakenError, AgreementStateError, InvalidAgreementTransitionError } from './agreement.errors.js';
import { OrganizationService } from '../organizations/organization.service.js';

/** An agreement as other domains receive it from this one. */
export type Agreement = AgreementEntity;

const auditedFields: (keyof AgreementEntity)[] = [
  'code', 'title', 'type', 'status', 'licenseeOrganizationId', 'territory', 'fieldOfUse', 'currency', 'upfrontFee', 'royaltyRate',
  'effectiveOn', 'expiresOn', 'executedOn', 'endedOn',
];

/** Must stay identical to the expression of `agreement_search_idx`. */
const searchDocument = `fold_text(a.code || ' ' || a.title || ' ' || coalesce(a.field_of_use, ''))`;

type Problem = InvalidInputError | undefined;

@Injectable()
export class AgreementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly technologies: TechnologyService,
    private readonly organizations: OrganizationService,
  ) {}

  /** A new agreement, NEGOTIATING, on technologies the caller manages. */
  async create(ctx: RequestContext, input: CreateAgreementInput): Promise<AgreementModel | AgreementCodeTakenError | InvalidInputError> {
    for (const technologyId of input.technologyIds) await this.access.requireAccess(ctx, 'technology.manage', technologyId);
    const manager = managerOf(ctx, this.dataSource);
    const currency = input.currency ?? 'VND';
    const problem =
      termsProblem(currency, input.upfrontFee ?? null, input.milestonePayments ?? []) ??
      periodProblem(input.effectiveOn ?? null, input.expiresOn ?? null);
    if (problem) return problem;
    if (input.licensorIds.includes(input.licenseeId)) return new InvalidInputError('The licensee must not also be a licensor', 'input.licenseeId');
    if (!(await this.organizations.isActive(manager, input.licenseeId))) return new InvalidInputError('No such licensee organisation', 'input.licenseeId');
    const owning: { organization_id: string }[] = await manager.query(
      `SELECT DISTINCT organization_id FROM technology_owner_today
        WHERE technology_id = ANY($1) AND organization_id = ANY($2)`,
      [input.technologyIds, input.licensorIds],
    );
    const notOwners = input.licensorIds.filter((id) => !owning.some((row) => row.organization_id === id));
    if (notOwners.length > 0) {
      return new InvalidInputError(`Every licensor must currently own one of the technologies; these do not: ${notOwners.join(', ')}`, 'input.licensorIds');
    }

    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(AgreementEntity)
      .values({
        code: input.code,
        title: input.title,
        type: input.type,
        licenseeOrganizationId: input.licenseeId,
        territory: input.territory ?? [],
        fieldOfUse: input.fieldOfUse ?? null,
        currency,
        upfrontFee: input.upfrontFee ?? null,
        royaltyRate: input.royaltyRate ?? null,
        effectiveOn: input.effectiveOn ?? null,
        expiresOn: input.expiresOn ?? null,
        createdBy: actingUserId(ctx),
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return new AgreementCodeTakenError(`The code ${input.code} is taken; choose another`, 'input.code');
    const id = (inserted.raw as { id: string }[])[0].id;
    await manager.insert(AgreementTechnologyEntity, input.technologyIds.map((technologyId) => ({ agreementId: id, technologyId })));
    await manager.insert(AgreementLicensorEntity, input.licensorIds.map((organizationId) => ({ agreementId: id, organizationId })));
    await this.replaceMilestonePayments(manager, id, input.milestonePayments ?? []);
    const agreement = await manager.findOneByOrFail(AgreementEntity, { id });
    await this.auditTo(ctx, input.licensorIds, {
      action: 'agreement.created',
      entityId: id,
      changes: {
        ...changesBetween(null, agreement, auditedFields),
        technologyIds: { before: null, after: input.technologyIds },
        licensorIds: { before: null, after: input.licensorIds },
      },
    });
    ctx.clearLoaders();
    return AgreementModel.fromEntity(agreement);
  }

  async update(ctx: RequestContext, input: UpdateAgreementInput): Promise<AgreementModel | VersionConflictError | InvalidInputError | AgreementStateError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockToManage(ctx, manager, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (agreementLifecycle.isFinal(current.status)) {
      return new AgreementStateError(`A ${current.status} agreement can no longer change`, current.status, 'input.id');
    }
    const termsChanged = (['territory', 'fieldOfUse', 'currency', 'upfrontFee', 'royaltyRate', 'milestonePayments'] as const).filter((field) => input[field] !== undefined);
    if (termsChanged.length > 0 && current.status !== AgreementStatus.NEGOTIATING) {
      return new AgreementStateError(`Terms change only while NEGOTIATING; this agreement is ${current.status}`, current.status, `input.${termsChanged[0]}`);
    }
    const next: AgreementEntity = { ...current };
    if (input.title != null) next.title = input.title;
    if (input.territory != null) next.territory = input.territory;
    if (input.currency != null) next.currency = input.currency;
    for (const field of ['fieldOfUse', 'upfrontFee', 'royaltyRate', 'effectiveOn', 'expiresOn'] as const) {
      if (input[field] !== undefined) next[field] = input[field] ?? null;
    }
    const payments = input.milestonePayments ?? (await this.milestoneEntities(manager, current.id)).map((payment) => ({ ...payment, amount: payment.amount }));
    const problem =
      termsProblem(next.currency, next.upfrontFee, payments) ??
      periodProblem(next.effectiveOn, next.expiresOn);
    if (problem) return problem;
    const written = await this.write(ctx, manager, current, next, input.expectedVersion, 'agreement.updated');
    if (written instanceof VersionConflictError) return written;
    if (input.milestonePayments) await this.replaceMilestonePayments(manager, current.id, input.milestonePayments);
    return written;
  }

  /** Moves the agreement along NEGOTIATING -> EXECUTED -> ACTIVE -> TERMINATED | EXPIRED; an illegal move names the legal ones. */
  async transition(
    ctx: RequestContext,
    input: TransitionAgreementInput,
  ): Promise<AgreementModel | InvalidAgreementTransitionError | VersionConflictError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockToManage(ctx, manager, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (!agreementLifecycle.canMove(current.status, input.status)) {
      return new InvalidAgreementTransitionError(current.status, input.status, agreementLifecycle.allowedFrom(current.status));
    }
    const next: AgreementEntity = { ...current, status: input.status };
    const today = await databaseToday(ctx, this.dataSource);
    switch (input.status) {
      case AgreementStatus.EXECUTED:
        if (!input.on) return new InvalidInputError('Give the day it was signed as `on`', 'input.on');
        next.executedOn = input.on;
        break;
      case AgreementStatus.ACTIVE:
        next.effectiveOn = current.effectiveOn ?? input.on ?? today;
        break;
      default:
        next.endedOn = input.on ?? today;
        if (current.executedOn && next.endedOn < current.executedOn) return new InvalidInputError('It cannot end before it was signed', 'input.on');
    }
    const problem = periodProblem(next.effectiveOn, next.expiresOn);
    if (problem) return problem;
    return this.write(ctx, manager, current, next, input.expectedVersion, 'agreement.status_changed', true);
  }

  /** An agreement by id for relations from elsewhere, batched; null when the caller is no party. */
  async findById(ctx: RequestContext, id: string): Promise<AgreementModel | null> {
    const agreement = await ctx
      .loader('agreement.byId', () => new DataLoader<string, AgreementEntity | null>(async (ids) => {
        const rows = await (ctx.manager ?? this.dataSource.manager).getRepository(AgreementEntity).createQueryBuilder('a').where('a.id IN (:...ids)', { ids }).getMany();
        return ids.map((key) => rows.find((row) => row.id === key) ?? null);
      }))
      .load(id);
    if (!agreement || !(await this.access.can(ctx, 'agreement.read', id))) return null;
    return AgreementModel.fromEntity(agreement);
  }

  /** Agreements the caller is party to, filtered and keyset-paginated, newest first. */
  async list(ctx: RequestContext, args: AgreementsArgs): Promise<ConnectionShape<AgreementModel>> {
    const first = args.first ?? defaultPageSize;
    const orderKey = 'CREATED_AT:DESC';
    const matching = this.filtered(args.filter);
    const readable = await this.access.readableAgreementsCondition(ctx, 'a');
    if (readable !== 'all') matching.andWhere(readable.sql, readable.params);
    const keyset: KeysetOrder = { key: orderKey, column: 'a.created_at', idColumn: 'a.id', direction: OrderDirection.DESC, kind: 'timestamp' };
    const page = keysetPage(matching, keyset, first, args.after);
    const rows = first === 0 ? [] : await page.getMany();
    return pageOf(
      rows.map(AgreementModel.fromEntity),
      { first, after: args.after, precededBy: keysetPrecededBy(matching, keyset, args.after) },
      (node) => encodeCursor({ order: orderKey, value: node.createdAt.toISOString(), id: node.id }),
      () => matching.getCount(),
    );
  }

  /** The licensor organisation ids, batched per request. */
  licensorIdsOf(ctx: RequestContext, agreementId: string): Promise<string[]> {
    return ctx
      .loader('agreement.licensorIds', () => new DataLoader<string, string[]>(async (ids) => {
        const rows: { agreement_id: string; organization_id: string }[] = await this.dataSource.query(
          `SELECT l.agreement_id, l.organization_id FROM agreement_licensor l JOIN organization_fact o ON o.id = l.organization_id
            WHERE l.agreement_id = ANY($1) ORDER BY o.name, o.id`,
          [[...ids]],
        );
        return ids.map((id) => rows.filter((row) => row.agreement_id === id).map((row) => row.organization_id));
      }))
      .load(agreementId);
  }

  /**
   * Whether the agreement is one a brokered deal produced: the provider among its licensors, the
   * seeker its licensee, the technology among those it covers. Undefined when it is not; else
   * whether it is signed (executed).
   */
  async dealFit(manager: EntityManager, agreementId: string, deal: { providerId: string; seekerId: string; technologyId: string }): Promise<{ signed: boolean } | undefined> {
    const [fit]: { signed: boolean }[] = await manager.query(
      `SELECT a.executed_on IS NOT NULL AS signed FROM agreement a
         JOIN agreement_licensor l ON l.agreement_id = a.id AND l.organization_id = $2
         JOIN agreement_technology t ON t.agreement_id = a.id AND t.technology_id = $4
        WHERE a.id = $1 AND a.licensee_organization_id = $3`,
      [agreementId, deal.providerId, deal.seekerId, deal.technologyId],
    );
    return fit;
  }

  /** The ids of the agreement's technologies, read in `manager`'s transaction, in id order. */
  async technologyIdsOf(manager: EntityManager, agreementId: string): Promise<string[]> {
    const rows = await manager.find(AgreementTechnologyEntity, { where: { agreementId }, order: { technologyId: 'ASC' } });
    return rows.map((row) => row.technologyId);
  }

  /** The agreement's technologies the caller may read, by code; batched per request. */
  async technologiesOf(ctx: RequestContext, agreementId: string): Promise<TechnologyModel[]> {
    const technologyIds = await ctx
      .loader('agreement.technologyIds', () => new DataLoader<string, string[]>(async (ids) => {
        const rows = await this.dataSource.getRepository(AgreementTechnologyEntity).findBy({ agreementId: In([...ids]) });
        return ids.map((id) => rows.filter((row) => row.agreementId === id).map((row) => row.technologyId));
      }))
      .load(agreementId);
    const technologies = (await Promise.all(technologyIds.map((id) => this.technologies.findById(ctx, id)))).filter((technology) => technology !== null);
    // By code in code-point order, as the database's C collation orders them.
    return technologies.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  /** The financial terms; the agreement is visible only to parties, who see them. */
  async termsOf(ctx: RequestContext, agreement: AgreementModel): Promise<AgreementTermsModel> {
    const payments = await ctx
      .loader('agreement.milestonePayments', () => new DataLoader<string, AgreementMilestonePaymentEntity[]>(async (ids) => {
        const rows = await this.dataSource
          .getRepository(AgreementMilestonePaymentEntity)
          .createQueryBuilder('m')
          .where('m.agreement_id IN (:...ids)', { ids })
          .orderBy('m.position')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.agreementId === id));
      }))
      .load(agreement.id);
    return Object.assign(new AgreementTermsModel(), {
      currency: agreement.currency,
      upfrontFee: moneyIn(agreement.upfrontFee, agreement.currency),
      royaltyRate: agreement.royaltyRate === null ? null : trimDecimal(agreement.royaltyRate),
      milestonePayments: payments.map((payment) => MilestonePaymentModel.fromEntity(payment, agreement.currency)),
    });
  }

  /**
   * Marks a milestone payment of the agreement received (locked first, so it is settled once), for a
   * receipt that settles it; the answer says why it cannot be.
   */
  async settleMilestonePayment(manager: EntityManager, agreementId: string, paymentId: string): Promise<InvalidInputError | undefined> {
    const payment = await manager.findOne(AgreementMilestonePaymentEntity, { where: { id: paymentId, agreementId }, lock: { mode: 'pessimistic_write' } });
    if (!payment) return new InvalidInputError('No such milestone payment in this agreement', 'input.milestonePaymentId');
    if (payment.status === MilestonePaymentStatus.PAID) return new InvalidInputError('That milestone payment was already received', 'input.milestonePaymentId');
    await manager.update(AgreementMilestonePaymentEntity, { id: payment.id }, { status: MilestonePaymentStatus.PAID });
    return undefined;
  }

  /** The agreement, locked for a change by the licensors' editors; NOT_FOUND for non-parties, FORBIDDEN for other parties. */
  async lockToManage(ctx: RequestContext, manager: EntityManager, id: string): Promise<AgreementEntity> {
    await this.access.requireAccess(ctx, 'agreement.manage', id);
    return foundOr(await manager.getRepository(AgreementEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'agreement');
  }

  /** The agreement for reading by a party; NOT_FOUND otherwise. */
  async requireReadable(ctx: RequestContext, id: string): Promise<AgreementEntity> {
    await this.access.requireAccess(ctx, 'agreement.read', id);
    return foundOr(await managerOf(ctx, this.dataSource).findOneBy(AgreementEntity, { id }), 'agreement');
  }

  /**
   * Records an agreement change in the audit trail once per organisation concerned (the licensors,
   * and for stage changes the licensee), so each one's activity subscribers hear of it.
   */
  async auditTo(ctx: RequestContext, organizationIds: string[], record: { action: string; entityId: string; entityType?: string; changes?: AuditChanges }): Promise<void> {
    await this.audit.recordForEach(ctx, organizationIds, { entityType: 'Agreement', ...record });
  }

  /** Licensors (and the licensee) of an agreement, read in the caller's transaction. */
  async partiesOf(manager: EntityManager, agreementId: string): Promise<{ licensorIds: string[]; licenseeId: string }> {
    const [row]: { licensee_id: string; licensor_ids: string[] }[] = await manager.query(
      `SELECT a.licensee_organization_id AS licensee_id,
              ARRAY(SELECT organization_id FROM agreement_licensor WHERE agreement_id = a.id ORDER BY organization_id)::text[] AS licensor_ids
         FROM agreement a WHERE a.id = $1`,
      [agreementId],
    );
    return { licensorIds: row.licensor_ids, licenseeId: row.licensee_id };
  }


  private async write(
    ctx: RequestContext,
    manager: EntityManager,
    current: AgreementEntity,
    next: AgreementEntity,
    expectedVersion: number,
    action: string,
    stageChange = false,
  ): Promise<AgreementModel | VersionConflictError> {
    const changes = changesBetween(current, next, auditedFields);
    const conflict = await updateVersioned(
      manager,
      AgreementEntity,
      current,
      {
        title: next.title, territory: next.territory, fieldOfUse: next.fieldOfUse, currency: next.currency, upfrontFee: next.upfrontFee,
        royaltyRate: next.royaltyRate, effectiveOn: next.effectiveOn, expiresOn: next.expiresOn, executedOn: next.executedOn,
        endedOn: next.endedOn, status: next.status,
      },
      expectedVersion,
    );
    if (conflict) return conflict;
    const parties = await this.partiesOf(manager, current.id);
    await this.auditTo(ctx, stageChange ? [...parties.licensorIds, parties.licenseeId] : parties.licensorIds, { action, entityId: current.id, changes });
    return AgreementModel.fromEntity(await manager.findOneByOrFail(AgreementEntity, { id: current.id }));
  }

  private milestoneEntities(manager: EntityManager, agreementId: string): Promise<AgreementMilestonePaymentEntity[]> {
    return manager.find(AgreementMilestonePaymentEntity, { where: { agreementId }, order: { position: 'ASC' } });
  }

  private async replaceMilestonePayments(manager: EntityManager, agreementId: string, payments: MilestonePaymentInput[]): Promise<void> {
    await manager.delete(AgreementMilestonePaymentEntity, { agreementId });
    if (payments.length === 0) return;
    await manager.insert(
      AgreementMilestonePaymentEntity,
      payments.map((payment, position) => ({ agreementId, position, description: payment.description, amount: payment.amount, dueOn: payment.dueOn ?? null })),
    );
  }

  private filtered(filter: AgreementFilter | undefined): SelectQueryBuilder<AgreementEntity> {
    const query = this.dataSource.getRepository(AgreementEntity).createQueryBuilder('a');
    if (!filter) return query;
    if (filter.status?.length) query.andWhere('a.status IN (:...statuses)', { statuses: filter.status });
    if (filter.type?.length) query.andWhere('a.type IN (:...types)', { types: filter.type });
    if (filter.organizationId) {
      query.andWhere(
        `(a.licensee_organization_id = :filterOrganizationId
          OR EXISTS (SELECT 1 FROM agreement_licensor fl WHERE fl.agreement_id = a.id AND fl.organization_id = :filterOrganizationId))`,
        { filterOrganizationId: filter.organizationId },
      );
    }
    if (filter.technologyId) {
      query.andWhere(`EXISTS (SELECT 1 FROM agreement_technology ft WHERE ft.agreement_id = a.id AND ft.technology_id = :filterTechnologyId)`, {
        filterTechnologyId: filter.technologyId,
      });
    }
    matchEveryWord(query, searchDocument, filter.search);
    return query;
  }
}

/** Amounts fit the currency: no fractions of a đồng. */
function termsProblem(currency: string, upfrontFee: string | null, payments: { amount: string }[]): Problem {
  if (!isKnownCurrency(currency)) return undefined;
  if (upfrontFee !== null && toMinor(upfrontFee, currency) === undefined) {
    return new InvalidInputError(`upfrontFee has more decimals than ${currency} allows`, 'input.upfrontFee');
  }
  const index = payments.findIndex((payment) => {
    const minor = toMinor(payment.amount, currency);
    return minor === undefined || minor === 0n;
  });
  if (index >= 0) return new InvalidInputError(`milestone payment amounts must be positive and fit ${currency}`, `input.milestonePayments.${index}.amount`);
  return undefined;
}

function periodProblem(effectiveOn: string | null, expiresOn: string | null): Problem {
  if (effectiveOn && expiresOn && expiresOn < effectiveOn) return new InvalidInputError('expiresOn must not be before effectiveOn', 'input.expiresOn');
  return undefined;
}

/** "3.5000" -> "3.5", "5.0000" -> "5". */
function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
