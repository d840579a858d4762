import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';

/** The limits every operation is checked against before it runs (configuration, with defaults). */
export interface OperationLimits {
  /** Lexical tokens in the document: bounds the work of parsing anything else. */
  maxTokens: number;
  maxAliases: number;
  /** Nesting of fields; the standard introspection query is exempt (its cost still counts). */
  maxDepth: number;
  maxDirectives: number;
  /** Estimated objects (see `estimateCost`). */
  maxCost: number;
  introspection: boolean;
}

export type LimitName = 'tokens' | 'aliases' | 'depth' | 'directives' | 'cost' | 'attempts';

/** The error of an operation over a limit: QUERY_TOO_COMPLEX, naming the limit, its maximum and what was found. */
export function limitError(limit: LimitName, maximum: number, found: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, found } });
}

/**
 * Mutations that check a secret or create an account: one of them per operation, so that aliases do
 * not turn one request into many guesses (each one is also limited per address and per account).
 */
export const guardedMutations: ReadonlySet<string> = new Set(['login', 'register', 'acceptInvitation', 'changePassword', 'refreshSession']);

/** graphql-armor reports "… limit of N exceeded, found M."; its rules are turned into our error. */
function armorRule(
  rule: (options: { n: number; onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[]; propagateOnRejection: boolean }) => ValidationRule,
  limit: LimitName,
  maximum: number,
  describe: (found: number) => string,
): ValidationRule {
  return rule({
    n: maximum,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? maximum + 1);
        context?.reportError(limitError(limit, maximum, found, describe(found)));
      },
    ],
  });
}

const guardedMutationsOnce: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation !== 'mutation') return;
    const guarded = operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD && guardedMutations.has(selection.name.value));
    if (guarded.length > 1) {
      context.reportError(
        limitError('attempts', 1, guarded.length, `Send one sign-in, registration, invitation, refresh or password change per request (found ${guarded.length})`),
      );
    }
  },
});

/** The validation rules that enforce the limits; they run once per distinct document (results are cached). */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  return [
    ...(limits.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    armorRule(maxAliasesRule as never, 'aliases', limits.maxAliases, (found) => `The operation has ${found} aliases; the limit is ${limits.maxAliases}`),
    armorRule(
      (options) => maxDepthRule({ ...options, ignoreIntrospection: true, flattenFragments: true }),
      'depth',
      limits.maxDepth,
      (found) => `The query is nested ${found} levels deep; the limit is ${limits.maxDepth}. Split it into several queries.`,
    ),
    armorRule(maxDirectivesRule as never, 'directives', limits.maxDirectives, (found) => `The operation has ${found} directives; the limit is ${limits.maxDirectives}`),
    guardedMutationsOnce,
  ];
}

/** graphql-js stops parsing past `maxTokens`; its message becomes QUERY_TOO_COMPLEX. */
export function tokenLimitError(message: string, maxTokens: number): GraphQLError | undefined {
  if (!/Document contains more (?:that|than) \d+ tokens/.test(message)) return undefined;
  return limitError('tokens', maxTokens, maxTokens + 1, `The document has more than ${maxTokens} tokens; the limit is ${maxTokens}`);
}
