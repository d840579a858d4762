import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { unlessDatabaseUnavailable } from '../common/database-errors.js';
import { badUserInput, foundOr } from '../common/errors.js';
import type { Principal, RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { EventBus } from '../events/event-bus.js';
import { opaqueToken, sameHash, sha256 } from '../common/secrets.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { ApiKeyModel, type CreateApiKeyInput, CreatedApiKey } from './api-key.model.js';

/** API keys start with this, so they can be told from access tokens in the same header. */
export const apiKeyPrefix = 'thk_';

const keyPattern = /^thk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** How stale `lastUsedAt` may get before a use writes it again: one write per key per minute at most. */
const lastUsedPrecisionMs = 60_000;

@Injectable()
export class ApiKeyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /**
   * The principal a key stands for, or undefined if the key is unknown, revoked, expired or its
   * organisation archived. Throws SERVICE_UNAVAILABLE when the database cannot answer: a good key is
   * not "invalid" then.
   */
  authenticate(key: string): Promise<Principal | undefined> {
    return unlessDatabaseUnavailable(() => this.lookUp(key));
  }

  private async lookUp(key: string): Promise<Principal | undefined> {
    const parts = keyPattern.exec(key);
    if (!parts) return undefined;
    const [row]: (Pick<ApiKeyEntity, 'id' | 'scopes'> & { organization_id: string; created_by: string; secret_hash: Buffer; last_used_at: Date | null })[] =
      await this.dataSource.query(
        `SELECT k.id, k.organization_id, k.created_by, k.secret_hash, k.scopes, k.last_used_at FROM api_key k
           JOIN organization_fact o ON o.id = k.organization_id
          WHERE k.prefix = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) AND o.archived_at IS NULL`,
        [parts[1]],
      );
    if (!row || !sameHash(row.secret_hash, sha256(parts[2]))) return undefined;
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > lastUsedPrecisionMs) {
      await this.dataSource.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1`, [row.id]);
    }
    return { kind: 'apiKey', apiKeyId: row.id, organizationId: row.organization_id, scopes: row.scopes, createdBy: row.created_by };
  }

  /** Until when a key stays good (null: no end), or undefined when it is revoked, expired or its organisation archived. */
  async activeUntil(apiKeyId: string): Promise<Date | null | undefined> {
    const [row]: { until: Date | null }[] = await this.dataSource.query(
      `SELECT k.expires_at AS until FROM api_key k JOIN organization_fact o ON o.id = k.organization_id
        WHERE k.id = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) AND o.archived_at IS NULL`,
      [apiKeyId],
    );
    return row ? row.until : undefined;
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    await this.access.requireAccess(ctx, 'organization.manageApiKeys', input.organizationId);
    if (input.expiresAt && input.expiresAt <= new Date()) throw badUserInput('expiresAt must be in the future', 'input.expiresAt');
    const prefix = randomBytes(6).toString('hex');
    const secretPart = opaqueToken('', 32);
    const entity = await managerOf(ctx, this.dataSource).save(ApiKeyEntity, {
      organizationId: input.organizationId,
      name: input.name.trim(),
      prefix,
      secretHash: sha256(secretPart),
      scopes: [...input.scopes].sort(),
      createdBy: ctx.userId!,
      expiresAt: input.expiresAt ?? null,
      revokedAt: null,
      lastUsedAt: null,
    });
    await this.audit.record(ctx, {
      action: 'api_key.created',
      organizationId: input.organizationId,
      entityType: 'ApiKey',
      entityId: entity.id,
      changes: {
        name: { before: null, after: entity.name },
        scopes: { before: null, after: entity.scopes },
        expiresAt: { before: null, after: entity.expiresAt },
      },
    });
    const created = new CreatedApiKey();
    created.apiKey = ApiKeyModel.fromEntity(entity);
    created.secret = `${apiKeyPrefix}${prefix}_${secretPart}`;
    return created;
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKeyModel> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = foundOr(await manager.findOne(ApiKeyEntity, { where: { id }, select: { id: true, organizationId: true } }), 'API key');
    await this.access.requireAccess(ctx, 'organization.manageApiKeys', seen.organizationId);
    const key = foundOr(await manager.getRepository(ApiKeyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'API key');
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await manager.update(ApiKeyEntity, { id }, { revokedAt: key.revokedAt });
      this.events.announceRevocation(ctx, { apiKeyId: id });
      await this.audit.record(ctx, {
        action: 'api_key.revoked',
        organizationId: key.organizationId,
        entityType: 'ApiKey',
        entityId: id,
        changes: { revokedAt: { before: null, after: key.revokedAt } },
      });
    }
    return ApiKeyModel.fromEntity(key);
  }

  /** The key making the request, as its organisation's admins see it (never its secret); null for other callers. */
  async calling(ctx: RequestContext): Promise<ApiKeyModel | null> {
    if (ctx.principal.kind !== 'apiKey') return null;
    const key = await this.dataSource.getRepository(ApiKeyEntity).findOneBy({ id: ctx.principal.apiKeyId });
    return key && ApiKeyModel.fromEntity(key);
  }

  /** An organisation's keys, newest first. Organisations hold a handful, so this is a list. */
  async list(ctx: RequestContext, organizationId: string): Promise<ApiKeyModel[]> {
    await this.access.requireAccess(ctx, 'organization.manageApiKeys', organizationId);
    const keys = await this.dataSource.getRepository(ApiKeyEntity).find({ where: { organizationId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return keys.map(ApiKeyModel.fromEntity);
  }
}
