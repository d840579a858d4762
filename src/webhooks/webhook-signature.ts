import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures as the Standard Webhooks specification writes them (https://www.standardwebhooks.com),
 * which Svix, OpenAI and others use, so that receivers can verify with a library or a few lines:
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`, keyed
 * with the base64 part of the endpoint's `whsec_…` secret. The id and the timestamp are signed with
 * the body, so a delivery cannot be replayed under another id or at another time.
 */

const secretPrefix = 'whsec_';

export function newWebhookSecret(): string {
  return secretPrefix + randomBytes(32).toString('base64');
}

export function webhookSignature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(secretPrefix.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The headers of one delivery. */
export function signedHeaders(secret: string, id: string, body: string, now = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': webhookSignature(secret, id, timestamp, body) };
}

/**
 * What a receiver does (the README shows the same): recompute, compare in constant time, and refuse
 * a timestamp more than `toleranceSeconds` away from now. The header may list several signatures
 * (during a secret's rotation), separated by spaces.
 */
export function verifyWebhook(secret: string, headers: Record<string, string | undefined>, body: string, now = new Date(), toleranceSeconds = 300): boolean {
  const id = headers['webhook-id'];
  const timestamp = Number(headers['webhook-timestamp']);
  const given = headers['webhook-signature'];
  if (!id || !Number.isInteger(timestamp) || !given) return false;
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(secret, id, timestamp, body));
  return given.split(' ').some((candidate) => {
    const value = Buffer.from(candidate);
    return value.length === expected.length && timingSafeEqual(value, expected);
  });
}
