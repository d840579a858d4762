import type { EntityManager } from 'typeorm';
import { AppError } from './errors.js';
import type { RequestContext } from './request-context.js';

/**
 * The person a write is recorded against: the signed-in caller, or for an API key the person who
 * made the key (records name people, and a key always has a maker).
 */
export async function actingUserId(ctx: RequestContext, manager: EntityManager): Promise<string> {
  if (ctx.userId) return ctx.userId;
  if (ctx.principal.kind === 'apiKey') {
    const [row]: { created_by: string }[] = await manager.query(`SELECT created_by FROM api_key WHERE id = $1`, [ctx.principal.apiKeyId]);
    if (row) return row.created_by;
  }
  throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
}
