import { asksForMutation, isFault, isValidIdempotencyKey, requestHash } from './idempotent-request.js';

describe('idempotent requests', () => {
  it('applies to mutations only, by the operation the request names', () => {
    expect(asksForMutation({ query: 'mutation { logout }' })).toBe(true);
    expect(asksForMutation({ query: '{ me { id } }' })).toBe(false);
    expect(asksForMutation({ query: 'query A { me { id } } mutation B { logout }', operationName: 'B' })).toBe(true);
    expect(asksForMutation({ query: 'query A { me { id } } mutation B { logout }', operationName: 'A' })).toBe(false);
    expect(asksForMutation({ query: 'query A { me { id } } mutation B { logout }' })).toBe(false);
    expect(asksForMutation({ query: 'mutation {' })).toBe(false);
    expect(asksForMutation('mutation { logout }')).toBe(true);
    expect(asksForMutation({ query: 42 })).toBe(false);
  });

  it('takes variables in any key order for one request, and other values for another', () => {
    const a = requestHash({ query: 'mutation($x: X) { f(x: $x) }', variables: { x: { a: 1, b: [1, { c: 2, d: 3 }] } } });
    const b = requestHash({ variables: { x: { b: [1, { d: 3, c: 2 }], a: 1 } }, query: 'mutation($x: X) { f(x: $x) }' });
    const c = requestHash({ query: 'mutation($x: X) { f(x: $x) }', variables: { x: { a: 2, b: [1, { c: 2, d: 3 }] } } });
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it('accepts 1 to 255 printable ASCII characters', () => {
    expect(isValidIdempotencyKey('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isValidIdempotencyKey('x'.repeat(255))).toBe(true);
    for (const bad of ['', 'x'.repeat(256), 'tab\t', 'é', ['a', 'b'], undefined]) expect(isValidIdempotencyKey(bad)).toBe(false);
  });

  it('keeps outcomes and lets faults be retried', () => {
    const answer = (code?: string) => JSON.stringify(code ? { data: null, errors: [{ extensions: { code } }] } : { data: { f: 1 } });
    expect(isFault(200, answer())).toBe(false);
    expect(isFault(200, answer('FORBIDDEN'))).toBe(false);
    expect(isFault(400, answer('BAD_USER_INPUT'))).toBe(false);
    expect(isFault(503, answer('SERVICE_UNAVAILABLE'))).toBe(true);
    expect(isFault(200, answer('INTERNAL'))).toBe(true);
    expect(isFault(200, answer('RATE_LIMITED'))).toBe(true);
    expect(isFault(200, 'not json')).toBe(true);
  });
});
