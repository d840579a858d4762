import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { notVisible } from '../common/errors.js';
import { InvalidInputError, type VersionConflictError } from '../common/graphql/common-errors.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { defaultPageSize, type PaginationArgs } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { updateVersioned } from '../database/versioned-update.js';
import { OutboxCipher } from '../mail/outbox-cipher.js';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './dto/webhook.inputs.js';
import { endpointUrlProblem } from './safe-target.js';
import { WebhookDeliveryAttemptEntity, WebhookDeliveryEntity, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity, WebhookEndpointStatus } from './webhook-endpoint.entity.js';
import { WebhookDeliveryAttemptModel, WebhookDeliveryModel, WebhookEndpointModel, WebhookEndpointWithSecret } from './webhook.model.js';
import { newWebhookSecret } from './webhook-signature.js';

/** Endpoints an organisation may register: enough for every system of a partner, few enough to fan out cheaply. */
const endpointsPerOrganization = 20;

const deliveryOrder = 'CREATED_AT:DESC';

/**
 * An organisation's admins register webhook endpoints, read their deliveries and ask for
 * redelivery; what each endpoint receives is decided when changes are routed (see `WebhookJobs`).
 */
@Injectable()
export class WebhookService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly cipher: OutboxCipher,
  ) {}

  async list(ctx: RequestContext, organizationId: string): Promise<WebhookEndpointModel[]> {
    await this.access.requireAccess(ctx, 'organization.manageWebhooks', organizationId);
    const endpoints = await managerOf(ctx, this.dataSource).find(WebhookEndpointEntity, { where: { organizationId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return endpoints.map(WebhookEndpointModel.fromEntity);
  }

  async create(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecret | InvalidInputError> {
    await this.access.requireAccess(ctx, 'organization.manageWebhooks', input.organizationId);
    const problem = endpointUrlProblem(input.url, this.config.webhooks.allowPrivateTargets);
    if (problem) return new InvalidInputError(`url ${problem}`, 'input.url');
    const manager = managerOf(ctx, this.dataSource);
    // Counted under a lock of the organisation's endpoints, so that two registrations at once cannot pass the limit together.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('webhook_endpoint:' || $1, 0))`, [input.organizationId]);
    if ((await manager.countBy(WebhookEndpointEntity, { organizationId: input.organizationId })) >= endpointsPerOrganization) {
      return new InvalidInputError(`An organisation may have at most ${endpointsPerOrganization} webhook endpoints: remove one first`, 'input.organizationId');
    }
    const id = randomUUID();
    const secret = newWebhookSecret();
    const endpoint = manager.create(WebhookEndpointEntity, {
      id,
      organizationId: input.organizationId,
      url: input.url,
      description: input.description ?? null,
      eventTypes: [...input.eventTypes].sort(),
      sealedSecret: this.cipher.seal(secret, id),
      createdBy: ctx.userId ?? null,
    });
    await manager.save(WebhookEndpointEntity, endpoint, { reload: false });
    const saved = await manager.findOneByOrFail(WebhookEndpointEntity, { id });
    await this.record(ctx, 'webhook_endpoint.created', saved, changesBetween(null, saved, ['url', 'eventTypes', 'description']));
    return Object.assign(new WebhookEndpointWithSecret(), { endpoint: WebhookEndpointModel.fromEntity(saved), secret });
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointModel | InvalidInputError | VersionConflictError> {
    const { manager, endpoint } = await this.locked(ctx, input.id);
    if (input.url !== undefined) {
      const problem = endpointUrlProblem(input.url, this.config.webhooks.allowPrivateTargets);
      if (problem) return new InvalidInputError(`url ${problem}`, 'input.url');
    }
    const enabling = input.enabled === true && endpoint.status === WebhookEndpointStatus.DISABLED;
    const disabling = input.enabled === false && endpoint.status === WebhookEndpointStatus.ACTIVE;
    const next: Pick<Partial<WebhookEndpointEntity>, 'url' | 'eventTypes' | 'description' | 'status' | 'disabledAt' | 'disabledReason'> = {
      url: input.url ?? endpoint.url,
      eventTypes: input.eventTypes ? [...input.eventTypes].sort() : endpoint.eventTypes,
      description: input.description === undefined ? endpoint.description : input.description,
      ...(enabling ? { status: WebhookEndpointStatus.ACTIVE, disabledAt: null, disabledReason: null } : {}),
      ...(disabling ? { status: WebhookEndpointStatus.DISABLED, disabledAt: new Date(), disabledReason: 'Disabled by an admin of the organisation' } : {}),
    };
    const conflict = await updateVersioned(manager, WebhookEndpointEntity, endpoint, next, input.expectedVersion);
    if (conflict) return conflict;
    const after = await manager.findOneByOrFail(WebhookEndpointEntity, { id: endpoint.id });
    await this.record(ctx, 'webhook_endpoint.updated', after, changesBetween(endpoint, after, ['url', 'eventTypes', 'description', 'status']));
    return WebhookEndpointModel.fromEntity(after);
  }

  /** A new signing secret, shown once; the old one stops signing at once. */
  async rotateSecret(ctx: RequestContext, id: string): Promise<WebhookEndpointWithSecret> {
    const { manager, endpoint } = await this.locked(ctx, id);
    const secret = newWebhookSecret();
    await manager.update(WebhookEndpointEntity, { id }, { sealedSecret: this.cipher.seal(secret, id), version: () => 'version + 1', updatedAt: () => 'now()' });
    const after = await manager.findOneByOrFail(WebhookEndpointEntity, { id });
    await this.record(ctx, 'webhook_endpoint.secret_rotated', endpoint, {});
    return Object.assign(new WebhookEndpointWithSecret(), { endpoint: WebhookEndpointModel.fromEntity(after), secret });
  }

  /** Removes the endpoint and its delivery log; deliveries under way stop. */
  async remove(ctx: RequestContext, id: string): Promise<WebhookEndpointModel> {
    const { manager, endpoint } = await this.locked(ctx, id);
    await manager.delete(WebhookEndpointEntity, { id });
    await this.record(ctx, 'webhook_endpoint.removed', endpoint, changesBetween(endpoint, {}, ['url']));
    return WebhookEndpointModel.fromEntity(endpoint);
  }

  async deliveries(ctx: RequestContext, endpointId: string, args: PaginationArgs & { status?: WebhookDeliveryStatus }): Promise<ConnectionShape<WebhookDeliveryModel>> {
    await this.visible(ctx, endpointId);
    const first = args.first ?? defaultPageSize;
    const matching = managerOf(ctx, this.dataSource).getRepository(WebhookDeliveryEntity).createQueryBuilder('d').where('d.endpoint_id = :endpointId', { endpointId });
    if (args.status) matching.andWhere('d.status = :status', { status: args.status });
    const after = args.after != null ? decodeCursor(args.after, deliveryOrder, 'timestamp') : undefined;
    const page = matching.clone();
    if (after) page.andWhere('(d.created_at, d.id) < (:at, :id)', { at: after.value, id: after.id });
    const rows = first === 0 ? [] : await page.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC').limit(first + 1).getMany();
    return pageOf(
      rows.map(WebhookDeliveryModel.fromEntity),
      { first, after: args.after, precededBy: async () => after !== undefined && (await matching.clone().andWhere('(d.created_at, d.id) >= (:at, :id)', { at: after.value, id: after.id }).getExists()) },
      (node) => encodeCursor({ order: deliveryOrder, value: node.createdAt.toISOString(), id: node.id }),
      () => matching.getCount(),
    );
  }

  /** The attempts of the deliveries of one page, in one statement per request. */
  attemptsOf(ctx: RequestContext, deliveryId: string): Promise<WebhookDeliveryAttemptModel[]> {
    const loader = ctx.loader('webhookDeliveryAttempts', () => new DataLoader<string, WebhookDeliveryAttemptModel[]>(async (ids) => {
      const attempts = await managerOf(ctx, this.dataSource).find(WebhookDeliveryAttemptEntity, { where: { deliveryId: In([...ids]) }, order: { id: 'ASC' } });
      return ids.map((id) => attempts.filter((attempt) => attempt.deliveryId === id).map(WebhookDeliveryAttemptModel.fromEntity));
    }));
    return loader.load(deliveryId);
  }

  /** Sends a delivery again, as a new delivery of the same event (same `webhook-id`). */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<WebhookDeliveryModel | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const original = await manager.findOneBy(WebhookDeliveryEntity, { id: deliveryId });
    if (!original) throw notVisible('webhook delivery');
    const endpoint = await this.visible(ctx, original.endpointId, 'webhook delivery');
    if (endpoint.status !== WebhookEndpointStatus.ACTIVE) return new InvalidInputError('The endpoint is disabled: enable it first', 'deliveryId');
    return this.deliver(ctx, manager, endpoint, { eventId: original.eventId, eventType: original.eventType, payload: original.payload, redeliveryOf: original.id });
  }

  /** A `webhook.test` delivery, to try an endpoint and its signature check. */
  async sendTest(ctx: RequestContext, endpointId: string): Promise<WebhookDeliveryModel | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const endpoint = await this.visible(ctx, endpointId);
    if (endpoint.status !== WebhookEndpointStatus.ACTIVE) return new InvalidInputError('The endpoint is disabled: enable it first', 'endpointId');
    const eventId = randomUUID();
    const payload = { id: eventId, type: 'webhook.test', occurredAt: new Date().toISOString(), organizationId: endpoint.organizationId, projectId: null, entity: { type: 'WebhookEndpoint', id: endpoint.id }, changedFields: [] };
    return this.deliver(ctx, manager, endpoint, { eventId, eventType: 'webhook.test', payload, redeliveryOf: null });
  }

  private async deliver(
    ctx: RequestContext,
    manager: EntityManager,
    endpoint: WebhookEndpointEntity,
    delivery: Pick<WebhookDeliveryEntity, 'eventId' | 'eventType' | 'payload' | 'redeliveryOf'>,
  ): Promise<WebhookDeliveryModel> {
    const id = randomUUID();
    await manager.save(WebhookDeliveryEntity, manager.create(WebhookDeliveryEntity, { id, endpointId: endpoint.id, ...delivery }), { reload: false });
    await this.record(ctx, delivery.redeliveryOf ? 'webhook_delivery.redelivered' : 'webhook_delivery.tested', endpoint, {});
    return WebhookDeliveryModel.fromEntity(await manager.findOneByOrFail(WebhookDeliveryEntity, { id }));
  }

  /** The endpoint, when the caller manages its organisation's webhooks; NOT_FOUND otherwise (hidden and missing alike). */
  private async visible(ctx: RequestContext, id: string, what = 'webhook endpoint'): Promise<WebhookEndpointEntity> {
    const endpoint = await managerOf(ctx, this.dataSource).findOneBy(WebhookEndpointEntity, { id });
    if (!endpoint || !(await this.access.can(ctx, 'organization.manageWebhooks', endpoint.organizationId))) throw notVisible(what);
    return endpoint;
  }

  /** Checks first, then locks: the endpoint as this transaction will change it. */
  private async locked(ctx: RequestContext, id: string): Promise<{ manager: EntityManager; endpoint: WebhookEndpointEntity }> {
    // Hidden endpoints are NOT_FOUND; an archived organisation's are refused as every change in its name is.
    await this.access.requireAccess(ctx, 'organization.manageWebhooks', (await this.visible(ctx, id)).organizationId);
    const manager = managerOf(ctx, this.dataSource);
    const endpoint = await manager.findOne(WebhookEndpointEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!endpoint) throw notVisible('webhook endpoint');
    return { manager, endpoint };
  }

  private record(ctx: RequestContext, action: string, endpoint: WebhookEndpointEntity, changes: ReturnType<typeof changesBetween>): Promise<void> {
    return this.audit.record(ctx, { action, organizationId: endpoint.organizationId, entityType: 'WebhookEndpoint', entityId: endpoint.id, changes });
  }
}
