import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../../config/config.js';

/** Request headers a page of an allowed origin may send: credentials, the body's type and the API's own headers. */
export const corsAllowedHeaders = ['Authorization', 'Content-Type', 'Accept', 'X-Api-Key', 'Idempotency-Key', 'X-Request-Id'];

/** Response headers such a page may read beyond the safelisted ones: the request id, the budget, retries, replays, feed caching. */
export const corsExposedHeaders = ['X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'Idempotent-Replayed', 'ETag', 'Link'];

/** How long a browser may keep a preflight's answer, in seconds. */
export const corsMaxAgeSeconds = 600;

/**
 * Cross-origin reads for the pages of the origins `CORS_ORIGINS` lists, and for nobody else: an origin
 * not listed gets no CORS header, and its preflight is not answered (404), so the browser keeps the
 * answer from the page. Credentials travel in the Authorization or X-Api-Key header, never in cookies,
 * so the answers do not allow credentials (`Access-Control-Allow-Credentials` is never sent). With no
 * origin listed, nothing is registered at all.
 */
export async function registerCors(fastify: FastifyInstance, config: AppConfig['cors']): Promise<void> {
  if (config.origins.length === 0) return;
  const any = config.origins.includes('*');
  const allowed = new Set(config.origins);
  const options: FastifyCorsOptions = {
    origin: (origin, callback) => callback(null, any ? '*' : origin !== undefined && allowed.has(origin) ? origin : false),
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: corsAllowedHeaders,
    exposedHeaders: corsExposedHeaders,
    credentials: false,
    maxAge: corsMaxAgeSeconds,
    strictPreflight: true,
  };
  await fastify.register(cors, options);
}
