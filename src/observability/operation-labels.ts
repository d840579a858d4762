/** Names of GraphQL operations as the `operation` label takes them. */
const operationName = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
/** Codes as the `outcome` and `code` labels take them: the API's codes are upper-case words. */
const errorCode = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * The `operation` label: operation names are chosen by callers, so the distinct names kept are capped
 * (the first `limit` seen; well-behaved clients use a few dozen). A request without a name is
 * `anonymous`; a name over the cap is `other`, so a caller who makes up names cannot grow the series.
 */
export class OperationLabels {
  private readonly known = new Set<string>();

  constructor(private readonly limit = 200) {}

  of(name: string | undefined): string {
    if (name === undefined || !operationName.test(name)) return 'anonymous';
    if (this.known.has(name)) return name;
    if (this.known.size >= this.limit) return 'other';
    this.known.add(name);
    return name;
  }
}

/** Codes for answers refused without one of ours in the body (Fastify's own, a route's 404). */
const codeOfStatus: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** A code fit for a label; anything else the API would never send is `OTHER`. */
export function codeLabel(code: string): string {
  return errorCode.test(code) ? code : 'OTHER';
}

/**
 * How a request ended: `ok`, or the first code it answered with (an error's, or an error result's),
 * or, for an answer without one, the code its HTTP status stands for.
 */
export function outcomeOf(codes: readonly string[], status: number): string {
  if (codes.length > 0) return codeLabel(codes[0]);
  if (status < 400) return 'ok';
  return codeOfStatus[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_USER_INPUT');
}
