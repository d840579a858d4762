import http from 'node:http';
import https from 'node:https';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { recordCommand } from '../audit/audit.service.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobQueue } from '../jobs/job-queue.js';
import { Metrics } from '../observability/metrics.js';
import type { Counter } from 'prom-client';
import { MailOutbox } from '../mail/mail-outbox.js';
import { OutboxCipher } from '../mail/outbox-cipher.js';
import { endpointUrlProblem, guardedLookup } from './safe-target.js';
import { WebhookDeliveryAttemptEntity, WebhookDeliveryEntity, WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity, WebhookEndpointStatus } from './webhook-endpoint.entity.js';
import { eventTypeOfEntity } from './webhook-events.js';
import { signedHeaders } from './webhook-signature.js';

const deliverJob = 'webhook.deliver';
/** Changes routed, or deliveries queued, per relay run and transaction. */
const batch = 200;
/** What the delivery log keeps of an error. */
const errorLength = 500;

/**
 * Webhook delivery, from a transactional outbox: every audited change with an organisation or a
 * project lands in `webhook_pending_change` in the transaction that makes it (a trigger on the audit
 * trail). The routing relay turns each into one delivery per active endpoint that listens to its kind
 * and may see it (its organisation's own changes, and those of projects it actively takes part in),
 * and queues the deliveries; `webhook.deliver` POSTs each, signed. A failed attempt is tried again
 * after 15 s, then twice as long each time up to an hour (WEBHOOK_RETRY_DELAY_SECONDS,
 * WEBHOOK_RETRY_MAX_DELAY_SECONDS, with jitter), for 26 hours after the event
 * (WEBHOOK_RETRY_WINDOW_SECONDS): quick while a receiver restarts, never more than an hour apart
 * through a long outage. When every attempt fails and nothing reached the endpoint since, the endpoint
 * is disabled and its organisation's admins are told by mail. At least once: receivers drop repeats
 * by `webhook-id`.
 */
@Injectable()
export class WebhookJobs implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly cipher: OutboxCipher,
    private readonly mail: MailOutbox,
    metrics: Metrics,
  ) {
    this.attempts = metrics.counter({ name: 'webhook_delivery_attempts_total', help: 'Webhook delivery attempts, by outcome (succeeded, retrying, failed: the last attempt failed, skipped).', labelNames: ['outcome'] });
  }

  private readonly attempts: Counter<'outcome'>;

  onModuleInit(): void {
    this.jobs.define<{ deliveryId: string }>({
      name: deliverJob,
      // Retries are scheduled here (see `nextAttempt`), each as a job of its own: the queue's doubling has no ceiling.
      retry: { retryLimit: 0, retryDelay: 0, retryBackoff: false },
      concurrency: 10,
      handle: (job) => this.deliver(job),
    });
    this.jobs.relay({ name: 'webhook routing', run: () => this.route() });
    this.jobs.relay({ name: 'webhook deliveries', run: () => this.queue() });
  }

  /** Routes pending changes to the endpoints that receive them, and forgets them: one statement per batch. */
  private async route(): Promise<void> {
    for (let routed = batch; routed === batch; ) {
      routed = await this.dataSource.transaction(async (manager) => {
        const [{ count }]: { count: number }[] = await manager.query(
          `WITH claimed AS (
             SELECT audit_event_id, event_id FROM webhook_pending_change ORDER BY audit_event_id LIMIT ${batch} FOR UPDATE SKIP LOCKED
           ), routed AS (
             INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload)
             SELECT e.id, c.event_id, a.action,
                    jsonb_build_object(
                      'id', c.event_id, 'type', a.action, 'category', $1::jsonb ->> a.entity_type,
                      'occurredAt', to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                      'organizationId', a.organization_id, 'projectId', a.project_id,
                      'entity', jsonb_build_object('type', a.entity_type, 'id', a.entity_id),
                      'changedFields', to_jsonb(a.changed_fields))
               FROM claimed c
               JOIN audit_change a ON a.id = c.audit_event_id
               JOIN webhook_endpoint e ON e.status = 'ACTIVE' AND ($1::jsonb ->> a.entity_type) = ANY (e.event_types)
                AND (e.organization_id = a.organization_id
                     OR (a.project_id IS NOT NULL AND EXISTS (
                           SELECT 1 FROM project_party pp WHERE pp.project_id = a.project_id AND pp.organization_id = e.organization_id AND pp.status = 'ACTIVE')))
             RETURNING 1
           ), forgotten AS (
             DELETE FROM webhook_pending_change WHERE audit_event_id IN (SELECT audit_event_id FROM claimed) RETURNING 1
           )
           SELECT (SELECT count(*) FROM forgotten)::int AS count`,
          [JSON.stringify(eventTypeOfEntity)],
        );
        return count;
      });
    }
  }

  /** Hands new deliveries (routed, redelivered, tests) to the queue, in one transaction with marking them queued. */
  private async queue(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const deliveries: { id: string }[] = await manager.query(
        `SELECT id FROM webhook_delivery WHERE queued_at IS NULL ORDER BY created_at LIMIT ${batch} FOR UPDATE SKIP LOCKED`,
      );
      for (const { id } of deliveries) await this.jobs.enqueue(manager, deliverJob, { deliveryId: id });
      if (deliveries.length > 0) await manager.query(`UPDATE webhook_delivery SET queued_at = now() WHERE id = ANY($1)`, [deliveries.map(({ id }) => id)]);
    });
  }

  private async deliver(job: PgBoss.Job<{ deliveryId: string }>): Promise<void> {
    const delivery = await this.dataSource.getRepository(WebhookDeliveryEntity).findOneBy({ id: job.data.deliveryId });
    if (!delivery || delivery.finishedAt) return;
    const endpoint = await this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id: delivery.endpointId });
    if (!endpoint || endpoint.status !== WebhookEndpointStatus.ACTIVE) {
      await this.finish(this.dataSource.manager, delivery, WebhookDeliveryStatus.SKIPPED, {});
      this.attempts.inc({ outcome: 'skipped' });
      return;
    }
    const secret = this.cipher.open(endpoint.sealedSecret, endpoint.id);
    const body = JSON.stringify(delivery.payload);
    const started = Date.now();
    const outcome = secret === null ? { statusCode: null, error: 'the signing secret cannot be opened (OUTBOX_SECRET changed): rotate it' } : await this.post(endpoint.url, secret, delivery.eventId, body);
    const succeeded = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const retryAt = succeeded ? undefined : this.nextAttempt(delivery);
    const status = succeeded ? WebhookDeliveryStatus.SUCCEEDED : retryAt ? WebhookDeliveryStatus.RETRYING : WebhookDeliveryStatus.FAILED;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(WebhookDeliveryAttemptEntity).insert({ deliveryId: delivery.id, statusCode: outcome.statusCode, error: outcome.error, durationMs: Date.now() - started });
      await this.finish(manager, delivery, status, { lastStatusCode: outcome.statusCode, lastError: outcome.error });
      if (retryAt) await this.jobs.enqueue(manager, deliverJob, { deliveryId: delivery.id }, { startAfter: retryAt });
    });
    this.attempts.inc({ outcome: status.toLowerCase() });
    if (status !== WebhookDeliveryStatus.FAILED) return;
    await this.disableIfDead(endpoint, delivery, outcome.error ?? `HTTP ${outcome.statusCode}`);
    // The last attempt fails its job, which the queue keeps as failed (job_queue_jobs{state="failed"}).
    throw new Error(`delivery ${delivery.id} to ${endpoint.url} failed: ${outcome.error ?? `HTTP ${outcome.statusCode}`}`);
  }

  /**
   * When to try a delivery again after its attempt number `delivery.attempts + 1` failed: the delay
   * doubles from WEBHOOK_RETRY_DELAY_SECONDS up to WEBHOOK_RETRY_MAX_DELAY_SECONDS, give or take a
   * fifth (so that a receiver back from an outage is not hit by every delivery at once); undefined once
   * that would fall past the retry window of the event.
   */
  private nextAttempt(delivery: WebhookDeliveryEntity): Date | undefined {
    const { retryDelaySeconds, retryMaxDelaySeconds, retryWindowSeconds } = this.config.webhooks;
    const delaySeconds = Math.min(retryDelaySeconds * 2 ** Math.min(delivery.attempts, 30), retryMaxDelaySeconds) * (0.8 + 0.4 * Math.random());
    const at = new Date(Date.now() + delaySeconds * 1000);
    return at.getTime() <= delivery.createdAt.getTime() + retryWindowSeconds * 1000 ? at : undefined;
  }

  private async finish(manager: EntityManager, delivery: WebhookDeliveryEntity, status: WebhookDeliveryStatus, last: { lastStatusCode?: number | null; lastError?: string | null }): Promise<void> {
    const finished = status !== WebhookDeliveryStatus.RETRYING;
    await manager.getRepository(WebhookDeliveryEntity).update(delivery.id, {
      status,
      ...last,
      attempts: status === WebhookDeliveryStatus.SKIPPED ? delivery.attempts : delivery.attempts + 1,
      finishedAt: finished ? new Date() : null,
    });
  }

  /** One POST, never longer than WEBHOOK_TIMEOUT_MS, to an address the configuration admits. */
  private post(url: string, secret: string, eventId: string, body: string): Promise<{ statusCode: number | null; error: string | null }> {
    const allowed = this.config.webhooks.allowPrivateTargets;
    const problem = endpointUrlProblem(url, allowed);
    if (problem) return Promise.resolve({ statusCode: null, error: `url ${problem}` });
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const request = client.request(
        target,
        {
          method: 'POST',
          lookup: guardedLookup(allowed),
          timeout: this.config.webhooks.timeoutMs,
          headers: { 'content-type': 'application/json', 'user-agent': 'TripleHelix-Webhooks/1', ...signedHeaders(secret, eventId, body) },
        },
        (response) => {
          // The answer's body is not kept: only its status counts. Reading it frees the socket.
          response.resume();
          response.on('end', () => resolve({ statusCode: response.statusCode ?? null, error: null }));
          response.on('error', (error) => resolve({ statusCode: response.statusCode ?? null, error: error.message.slice(0, errorLength) }));
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${this.config.webhooks.timeoutMs} ms`)));
      request.on('error', (error) => resolve({ statusCode: null, error: error.message.slice(0, errorLength) }));
      request.end(body);
    });
  }

  /** Disables an endpoint whose delivery failed every attempt when nothing has reached it since, and tells its admins. */
  private async disableIfDead(endpoint: WebhookEndpointEntity, delivery: WebhookDeliveryEntity, lastError: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [{ reached }]: { reached: boolean }[] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM webhook_delivery WHERE endpoint_id = $1 AND status = 'SUCCEEDED' AND finished_at > $2) AS reached`,
        [endpoint.id, delivery.createdAt],
      );
      if (reached) return;
      const reason = `every attempt to deliver ${delivery.eventType} (${delivery.eventId}) failed; the last: ${lastError}`.slice(0, errorLength);
      const disabled = await manager
        .createQueryBuilder()
        .update(WebhookEndpointEntity)
        .set({ status: WebhookEndpointStatus.DISABLED, disabledAt: () => 'now()', disabledReason: reason, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where(`id = :id AND status = 'ACTIVE'`, { id: endpoint.id })
        .execute();
      if (disabled.affected === 0) return;
      await recordCommand(manager, `job:${deliverJob}`, {
        action: 'webhook_endpoint.disabled',
        organizationId: endpoint.organizationId,
        entityType: 'WebhookEndpoint',
        entityId: endpoint.id,
        changes: { status: { before: WebhookEndpointStatus.ACTIVE, after: WebhookEndpointStatus.DISABLED } },
      });
      await this.tellAdmins(manager, endpoint, reason);
    });
  }

  private async tellAdmins(manager: EntityManager, endpoint: WebhookEndpointEntity, reason: string): Promise<void> {
    const admins: { email: string; language: 'vi' | 'en' | null; name: string; country: string }[] = await manager.query(
      `SELECT c.email, c.language, o.name, o.country FROM organization_admin_contact c JOIN organization_fact o ON o.id = c.organization_id WHERE c.organization_id = $1`,
      [endpoint.organizationId],
    );
    await this.mail.writeToEach(manager, 'webhook_disabled', admins, (admin) => ({ payload: { organizationName: admin.name, url: endpoint.url, reason } }));
  }
}
