/**
 * Mutations answer expected failures as members of a result union (`createOrganization` answers
 * Organization, SlugTakenError or InvalidInputError). These guards narrow such a union to the member
 * a test expects, by its `__typename`, and fail the test with what came instead.
 */

type Typename<U> = U extends { __typename: infer N extends string } ? N : never;

/** The member of a result union with `__typename` `N`. */
export type ResultOf<U, N extends string> = Extract<NonNullable<U>, { __typename: N }>;

/** Whether `result` is the member `typename` (for tests that branch on it). */
export function isResult<U extends { __typename?: string }, N extends Typename<U>>(result: U | null | undefined, typename: N): result is ResultOf<U, N> {
  return result?.__typename === typename;
}

/**
 * `result` as the member `typename`, or a failed test naming what it was instead (an error result,
 * null, nothing); give the `response` too and its errors are shown when there was no result.
 */
export function expectResult<U extends { __typename?: string }, N extends Typename<U>>(
  result: U | null | undefined,
  typename: N,
  response?: { errors?: unknown },
): ResultOf<U, N> {
  if (!isResult(result, typename)) {
    const got = result === undefined ? `nothing${response?.errors ? `, errors ${JSON.stringify(response.errors)}` : ''}` : JSON.stringify(result);
    throw new Error(`expected ${typename}, got ${got}`);
  }
  return result;
}
