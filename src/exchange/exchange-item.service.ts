import DataLoader from 'dataloader';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AuditService, changesBetween, type AuditChanges } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { foundOr } from '../common/errors.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { encodeCursor } from '../common/pagination/cursor.js';
import { keysetPage, keysetPrecededBy, type KeysetOrder } from '../common/pagination/keyset.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize, type PaginationArgs } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { matchEveryWord } from '../common/search.js';
import { managerOf } from '../common/transaction.js';
import type { PublishExchangeItemInput, WithdrawExchangeItemInput } from './dto/exchange.inputs.js';
import { exchangeLifecycle, expiryProblem, renewableStatuses, searchWords, statusCondition, type PublicationWindow } from './exchange-lifecycle.js';
import type { ExchangeItemEntity } from './exchange.entity.js';
import { ExchangeSector, ExchangeStatus } from './exchange.enums.js';
import { updateVersioned } from '../database/versioned-update.js';
import { InvalidExchangeTransitionError } from './exchange.errors.js';

/** What tells offers and demands apart for the operations they share. */
export interface ItemSpec<E> {
  kind: 'offer' | 'demand';
  entity: new () => E;
  /** Entity type in the audit trail, and the prefix of its actions. */
  entityType: 'TechnologyOffer' | 'TechnologyDemand';
  action: 'offer' | 'demand';
}

/** The filter fields offers and demands share. */
export interface ItemFilter {
  status?: ExchangeStatus;
  organizationId?: string;
  sector?: ExchangeSector;
  search?: string;
  expiringWithinDays?: number;
}

const order = 'CREATED_AT:DESC';

/** Newest first; the cursor carries the creation time and id. */
const keyset: KeysetOrder = { key: order, column: 'x.created_at', idColumn: 'x.id', direction: OrderDirection.DESC, kind: 'timestamp' };

/**
 * The operations offers and demands share: reading what the caller may see, listing, and the
 * publication moves (publish, renew, withdraw). The stored status catches up with the calendar
 * lazily: whenever an item is locked for a change and its expiry date has passed while it was
 * PUBLISHED, EXPIRED is written first (without a new version: it is what readers were already
 * served) and audited, before the change is considered.
 */
export abstract class ExchangeItemService<E extends ExchangeItemEntity, M> {
  protected abstract readonly spec: ItemSpec<E>;
  protected abstract readonly auditedFields: (keyof E)[];
  protected abstract toModel(entity: E): M;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly access: AccessService,
    protected readonly audit: AuditService,
  ) {}

  /** The item if the caller may read it, else null; batched per request. */
  findById(ctx: RequestContext, id: string): Promise<M | null> {
    return this.visibleById(ctx).load(id).then((entity) => (entity ? this.toModel(entity) : null));
  }

  /** The item, or NOT_FOUND when the caller may not read it. */
  async require(ctx: RequestContext, id: string): Promise<E> {
    const entity = foundOr(await this.visibleById(ctx).load(id), this.spec.action);
    return entity;
  }

  protected async listItems(
    ctx: RequestContext,
    args: PaginationArgs,
    filter: ItemFilter | undefined,
    narrow: (query: SelectQueryBuilder<E>) => void,
  ): Promise<ConnectionShape<M>> {
    const first = args.first ?? defaultPageSize;
    const query = this.dataSource.getRepository(this.spec.entity).createQueryBuilder('x') as SelectQueryBuilder<E>;
    await this.restrictToReadable(ctx, query);
    if (filter?.status) query.andWhere(statusCondition(filter.status));
    if (filter?.organizationId) query.andWhere('x.organization_id = :organizationId', { organizationId: filter.organizationId });
    if (filter?.sector) query.andWhere('x.sectors @> ARRAY[:sector]::text[]', { sector: filter.sector });
    if (filter?.expiringWithinDays !== undefined) {
      query.andWhere(`${statusCondition(ExchangeStatus.PUBLISHED)} AND x.expires_on <= CURRENT_DATE + CAST(:days AS integer)`, { days: filter.expiringWithinDays });
    }
    matchEveryWord(query, 'x.document', searchWords(filter?.search));
    narrow(query);
    const rows = first === 0 ? [] : await keysetPage(query, keyset, first, args.after).getMany();
    const page = pageOf(
      rows,
      { first, after: args.after, precededBy: keysetPrecededBy(query, keyset, args.after) },
      (node) => encodeCursor({ order, value: node.createdAt.toISOString(), id: node.id }),
      () => query.getCount(),
    );
    return { ...page, edges: page.edges.map((edge) => ({ node: this.toModel(edge.node), cursor: edge.cursor })) };
  }

  /** DRAFT -> PUBLISHED until `expiresOn`. */
  async publish(ctx: RequestContext, input: PublishExchangeItemInput): Promise<M | InvalidExchangeTransitionError | InvalidInputError | VersionConflictError> {
    const { manager, current } = await this.lockForChange(ctx, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (current.status !== ExchangeStatus.DRAFT) {
      return new InvalidExchangeTransitionError(current.status, ExchangeStatus.PUBLISHED, exchangeLifecycle.allowedFrom(current.status));
    }
    const window = await this.window(manager);
    const problem = expiryProblem(input.expiresOn, window);
    if (problem) return new InvalidInputError(problem, 'input.expiresOn');
    const refusal = await this.publicationRefusal(ctx, manager, current);
    if (refusal) return refusal;
    return this.write(ctx, manager, current, { status: ExchangeStatus.PUBLISHED, publishedOn: window.today, expiresOn: input.expiresOn } as Partial<E>, 'published');
  }

  /**
   * Renewal: a PUBLISHED or EXPIRED item is PUBLISHED until the new date, which must be after today
   * and, for a published item, after its current expiry date (renewal never shortens the period).
   * An expired item counts as published anew from today; a published one keeps its publication day.
   */
  async renew(ctx: RequestContext, input: PublishExchangeItemInput): Promise<M | InvalidExchangeTransitionError | InvalidInputError | VersionConflictError> {
    const { manager, current } = await this.lockForChange(ctx, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (!renewableStatuses.includes(current.status)) {
      return new InvalidExchangeTransitionError(current.status, 'renewed', exchangeLifecycle.allowedFrom(current.status));
    }
    const window = await this.window(manager);
    const wasPublished = current.status === ExchangeStatus.PUBLISHED;
    const problem = expiryProblem(input.expiresOn, window, wasPublished ? current.expiresOn : null);
    if (problem) return new InvalidInputError(problem, 'input.expiresOn');
    const refusal = await this.publicationRefusal(ctx, manager, current);
    if (refusal) return refusal;
    const publishedOn = wasPublished ? current.publishedOn : window.today;
    return this.write(ctx, manager, current, { status: ExchangeStatus.PUBLISHED, publishedOn, expiresOn: input.expiresOn } as Partial<E>, 'renewed');
  }

  async withdraw(ctx: RequestContext, input: WithdrawExchangeItemInput): Promise<M | InvalidExchangeTransitionError | VersionConflictError> {
    const { manager, current } = await this.lockForChange(ctx, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (!exchangeLifecycle.canMove(current.status, ExchangeStatus.WITHDRAWN)) {
      return new InvalidExchangeTransitionError(current.status, ExchangeStatus.WITHDRAWN, exchangeLifecycle.allowedFrom(current.status));
    }
    return this.write(ctx, manager, current, { status: ExchangeStatus.WITHDRAWN } as Partial<E>, 'withdrawn');
  }

  /** Whether the item may go (back) on the exchange; offers check their organisation still owns the technology. */
  protected publicationRefusal(_ctx: RequestContext, _manager: EntityManager, _item: E): Promise<InvalidInputError | undefined> {
    return Promise.resolve(undefined);
  }

  /**
   * The item locked for a change, after the caller's rights are checked: those who may not read it
   * are told it does not exist, readers who are not its organisation's editors FORBIDDEN. An item
   * whose expiry date has passed is stored as EXPIRED here.
   */
  protected async lockForChange(ctx: RequestContext, id: string): Promise<{ manager: EntityManager; current: E }> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await this.require(ctx, id);
    if (!(await this.access.can(ctx, 'organization.write', seen.organizationId))) {
      throw this.access.forbidden(ctx, `Only editors and admins of the organisation may change its ${this.spec.action}s`);
    }
    const current = foundOr(await manager.getRepository(this.spec.entity).findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } }), this.spec.action);
    if (current.status === ExchangeStatus.PUBLISHED && current.effectiveStatus === ExchangeStatus.EXPIRED) {
      await manager.createQueryBuilder().update(this.spec.entity).set({ status: ExchangeStatus.EXPIRED } as never).where('id = :id', { id }).execute();
      await this.record(ctx, current, 'expired', { status: { before: ExchangeStatus.PUBLISHED, after: ExchangeStatus.EXPIRED } });
      current.status = ExchangeStatus.EXPIRED;
    }
    return { manager, current };
  }

  /** Writes the change with a new version, audits it with the owning organisation, and answers the item as it now is. */
  protected async write(ctx: RequestContext, manager: EntityManager, current: E, changes: Partial<E>, verb: string): Promise<M | VersionConflictError> {
    const next = { ...current, ...changes } as E;
    const audited = changesBetween(current, next, this.auditedFields);
    const conflict = await updateVersioned<E>(manager, this.spec.entity, current, changes as never);
    if (conflict) return conflict;
    await this.record(ctx, current, verb, audited);
    ctx.clearLoaders();
    return this.toModel(await manager.getRepository(this.spec.entity).findOneByOrFail({ id: current.id } as never));
  }

  protected record(ctx: RequestContext, item: { id: string; organizationId: string }, verb: string, changes: AuditChanges): Promise<void> {
    return this.audit.record(ctx, {
      action: `${this.spec.action}.${verb}`,
      organizationId: item.organizationId,
      entityType: this.spec.entityType,
      entityId: item.id,
      changes,
    });
  }

  /** Today and the latest expiry date allowed, by the database's calendar (the one expiry is judged by). */
  protected async window(manager: EntityManager): Promise<PublicationWindow> {
    const [row]: PublicationWindow[] = await manager.query(
      `SELECT CURRENT_DATE::text AS today, (CURRENT_DATE + interval '2 years')::date::text AS latest`,
    );
    return row;
  }

  private async restrictToReadable<T extends ObjectLiteral>(ctx: RequestContext, query: SelectQueryBuilder<T>): Promise<void> {
    const readable = await this.access.readableExchangeItemsCondition(ctx, 'x', this.spec.kind);
    if (readable !== 'all') query.andWhere(readable.sql, readable.params);
  }

  private visibleById(ctx: RequestContext): DataLoader<string, E | null> {
    return ctx.loader(`exchange.${this.spec.kind}.visibleById`, () => new DataLoader<string, E | null>(async (ids) => {
      const query = managerOf(ctx, this.dataSource).getRepository(this.spec.entity).createQueryBuilder('x').where('x.id IN (:...ids)', { ids: [...ids] }) as SelectQueryBuilder<E>;
      await this.restrictToReadable(ctx, query);
      const found = await query.getMany();
      const byId = new Map(found.map((entity) => [entity.id, entity]));
      return ids.map((id) => byId.get(id) ?? null);
    }));
  }
}
