import type { RequestContext } from '../request-context.js';

/** The WebSocket a subscription runs on: closed when the credential it was opened with goes. */
export interface LiveSocket {
  close(code: number, reason: string): void;
  onClose(listener: () => void): void;
}

/** What every subscription's context holds, beside what Mercurius adds. */
export interface SubscriptionContext {
  requestContext: RequestContext;
  liveSocket: LiveSocket;
}

/** graphql-ws' close code for refused credentials (Forbidden), also used when they are revoked. */
export const forbiddenCloseCode = 4403;
