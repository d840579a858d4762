import {
  GraphQLError,
  GraphQLScalarType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { AppError } from '../errors.js';
import { isCalendarDate } from '../validation.js';

const calendarDateProblem = 'must be a calendar date written YYYY-MM-DD';

/**
 * A value a scalar refuses. Its message is complete when the argument path of the value is known (a
 * literal, see `inputLiteralPaths`); for a variable the error formatter finds the path in graphql-js'
 * message and words it the same way (`input.validFrom must be …` as `validFrom must be …`, field `input.validFrom`).
 */
export class InvalidScalarValue extends GraphQLError {
  constructor(
    /** What the value must be, e.g. `must be a calendar date written YYYY-MM-DD`. */
    readonly problem: string,
    path: string | undefined,
    node?: ValueNode,
  ) {
    super(`${path ? lastName(path) : 'the value'} ${problem}`, {
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT', ...(path ? { field: path } : {}) },
    });
  }
}

/** The last named step of a path: `validFrom` of `input.owners.0.validFrom`. */
export function lastName(path: string): string {
  return (
    path
      .split('.')
      .filter((step) => !/^\d+$/.test(step))
      .at(-1) ?? path
  );
}

/** The argument path of each literal value of the document being validated, set as validation enters its parent. */
const literalPaths = new WeakMap<ValueNode, string>();

/**
 * Validation rule: notes the argument path (`input.owners.0.validFrom`) of every literal so that a
 * scalar refusing one names it. Parents are entered before the values in them, so the paths are known
 * when graphql-js' own rule asks the scalar to parse a value, whatever the order of the rules.
 */
export const inputLiteralPaths: ValidationRule = (): ASTVisitor => {
  const note = (node: ValueNode, path: string) => {
    literalPaths.set(node, path);
    if (node.kind === Kind.LIST) node.values.forEach((item, index) => note(item, `${path}.${index}`));
    if (node.kind === Kind.OBJECT) for (const field of node.fields) note(field.value, `${path}.${field.name.value}`);
  };
  return {
    Argument: (argument) => note(argument.value, argument.name.value),
    VariableDefinition: (definition) => {
      if (definition.defaultValue) note(definition.defaultValue, definition.variable.name.value);
    },
  };
};

/**
 * `Date`: a calendar day written `YYYY-MM-DD` (ISO 8601), e.g. `2026-03-01`. The wire format is the
 * same string clients sent and read when these fields were `String`; a value that is not a real day
 * (`2023-02-29`, `15/03/2024`, a timestamp) is BAD_USER_INPUT naming the field.
 */
export const CalendarDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day written YYYY-MM-DD (ISO 8601), such as 2026-03-01: a real day of the years 0001 to 9999, without time or time zone.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize(value) {
    // Answers come from `date` columns, already real days written YYYY-MM-DD: checking each again would
    // cost every date of every answer for nothing. Input is checked (parseValue, parseLiteral).
    if (typeof value === 'string') return value;
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      // The driver reads a `date` column as local midnight.
      const day = `${String(value.getFullYear()).padStart(4, '0')}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
      if (isCalendarDate(day)) return day;
    }
    throw new GraphQLError(`Date cannot represent ${typeof value === 'string' ? JSON.stringify(value) : typeof value}`);
  },
  parseValue(value) {
    if (isCalendarDate(value)) return value;
    throw new InvalidScalarValue(calendarDateProblem, undefined);
  },
  parseLiteral(node) {
    if (node.kind === Kind.STRING && isCalendarDate(node.value)) return node.value;
    throw new InvalidScalarValue(calendarDateProblem, literalPaths.get(node), node);
  },
});

/**
 * Mercurius `preExecution` hook: the `Date` values of the variables checked with their paths, as
 * graphql-js checks them. A compiled query (graphql-jit) coerces variables itself and would refuse a
 * bad day without naming the field; this names it whichever way the operation runs.
 */
export function refuseInvalidDateVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): void {
  if (!variables) return;
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (type && Object.hasOwn(variables, name)) checkDates(type as GraphQLInputType, variables[name], name);
  }
}

function checkDates(type: GraphQLInputType, value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkDates(type.ofType, value, path);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkDates(type.ofType, item, `${path}.${index}`));
    else checkDates(type.ofType, value, path);
    return;
  }
  if (type === CalendarDate) {
    if (!isCalendarDate(value)) throw new AppError('BAD_USER_INPUT', `${lastName(path)} ${calendarDateProblem}`, path);
    return;
  }
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return;
  for (const field of Object.values(type.getFields())) {
    if (Object.hasOwn(value, field.name)) checkDates(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`);
  }
}
