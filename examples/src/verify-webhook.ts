/**
 * Verifying a webhook the platform sends, per the Standard Webhooks spec (https://www.standardwebhooks.com):
 *
 *   webhook-id:        msg_...        the message's id (the same on every retry: use it to drop duplicates)
 *   webhook-timestamp: 1767600000     seconds since the epoch, when it was sent
 *   webhook-signature: v1,<base64>    HMAC-SHA256 of "<id>.<timestamp>.<body>" under the endpoint's secret;
 *                                     several, separated by spaces, while a secret is being rotated
 *
 * The secret is `whsec_<base64 key>`: the key is the base64 after the prefix. Verify the raw body, byte
 * for byte as received (not JSON parsed and written again), compare in constant time, and refuse
 * timestamps more than 5 minutes away from now (replays).
 *
 * Run it (`node dist/verify-webhook.js`) to check the function against the test vectors below.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** How far a message's timestamp may be from now, either way. */
export const toleranceSeconds = 5 * 60;

export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
}

export interface WebhookHeaders {
  'webhook-id'?: string;
  'webhook-timestamp'?: string;
  'webhook-signature'?: string;
}

/** The `v1,<base64>` signature of a message: what the platform sends. */
export function sign(secret: string, id: string, timestamp: number, body: string | Buffer): string {
  const mac = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.`).update(body).digest('base64');
  return `v1,${mac}`;
}

/**
 * Returns normally when the message is authentic and fresh; throws `WebhookVerificationError` saying
 * why not. `body` is the raw request body; `now` is in milliseconds (tests pass a fixed one).
 */
export function verifyWebhook(secret: string, headers: WebhookHeaders, body: string | Buffer, now = Date.now()): void {
  const id = headers['webhook-id'];
  const timestampText = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestampText || !signatures) throw new WebhookVerificationError('missing webhook-id, webhook-timestamp or webhook-signature');
  if (!/^\d{1,12}$/.test(timestampText)) throw new WebhookVerificationError('webhook-timestamp is not a number of seconds');
  const timestamp = Number(timestampText);
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) throw new WebhookVerificationError('webhook-timestamp is more than 5 minutes away from now');

  const expected = Buffer.from(sign(secret, id, timestamp, body).slice('v1,'.length), 'base64');
  for (const entry of signatures.split(' ')) {
    const [version, mac] = entry.split(',', 2);
    if (version !== 'v1' || !mac) continue;
    const given = Buffer.from(mac, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return;
  }
  throw new WebhookVerificationError('no webhook-signature matches');
}

function keyOf(secret: string): Buffer {
  if (!secret.startsWith('whsec_')) throw new WebhookVerificationError('the secret must start with whsec_');
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  if (key.length === 0) throw new WebhookVerificationError('the secret has no key after whsec_');
  return key;
}

/** Test vectors: the spec's published example, and one made here (32-byte key, JSON body). */
const vectors = [
  {
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    timestamp: 1614265330,
    body: '{"test": 2432232314}',
    signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  },
  {
    secret: 'whsec_dHJpcGxlLWhlbGl4IHdlYmhvb2sgZXhhbXBsZSBrZXk=',
    id: 'msg_2mXqY8Xw7d0uT1rG',
    timestamp: 1767600000,
    body: '{"type":"organization.verified","timestamp":"2026-01-05T08:00:00Z","data":{"organizationId":"0b7e1f4a-3c55-4a8e-9a51-6f0b8d1e2c3a"}}',
    signature: 'v1,wcUg552LwRv9Dk4N0pZP9N+mZP1mNCTa0pI00pOOcMU=',
  },
];

function expectRefused(what: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof WebhookVerificationError) return;
    throw error;
  }
  throw new Error(`accepted ${what}`);
}

function selfTest(): void {
  for (const { secret, id, timestamp, body, signature } of vectors) {
    const headers = { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
    const sentAt = timestamp * 1000;
    if (sign(secret, id, timestamp, body) !== signature) throw new Error(`signing ${id} gave ${sign(secret, id, timestamp, body)}, not ${signature}`);
    verifyWebhook(secret, headers, body, sentAt);
    verifyWebhook(secret, headers, Buffer.from(body), sentAt + toleranceSeconds * 1000);
    // Rotation: the old secret's signature beside the new one.
    verifyWebhook(secret, { ...headers, 'webhook-signature': `v1,${Buffer.alloc(32).toString('base64')} ${signature}` }, body, sentAt);
    expectRefused('a changed body', () => verifyWebhook(secret, headers, `${body} `, sentAt));
    expectRefused('another id', () => verifyWebhook(secret, { ...headers, 'webhook-id': `${id}x` }, body, sentAt));
    expectRefused('another secret', () => verifyWebhook('whsec_' + Buffer.from('another key').toString('base64'), headers, body, sentAt));
    expectRefused('an old message', () => verifyWebhook(secret, headers, body, sentAt + (toleranceSeconds + 1) * 1000));
    expectRefused('a message from the future', () => verifyWebhook(secret, headers, body, sentAt - (toleranceSeconds + 1) * 1000));
    expectRefused('an unknown version', () => verifyWebhook(secret, { ...headers, 'webhook-signature': signature.replace('v1,', 'v2,') }, body, sentAt));
    expectRefused('no signature', () => verifyWebhook(secret, { ...headers, 'webhook-signature': undefined }, body, sentAt));
    console.log(`webhook ${id}: signature verified; changed, stale and foreign messages refused`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    selfTest();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
