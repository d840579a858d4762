import { AppError } from './errors.js';
import type { RequestContext } from './request-context.js';

/**
 * The person a write is recorded against: the signed-in caller, or for an API key the person who
 * made the key (records name people, and a key always has a maker).
 */
export function actingUserId(ctx: RequestContext): string {
  if (ctx.userId) return ctx.userId;
  if (ctx.principal.kind === 'apiKey') return ctx.principal.createdBy;
  throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
}
