import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { assertStorableText, isStorableText, unstorableText } from '../storable-text.js';

/**
 * What a document gives its arguments as text, found once per document: the first literal that
 * cannot be stored, and the variables its arguments take, with their paths and whether their
 * default (used when no value is given) can be stored.
 */
interface TextUses {
  unstorableLiteralAt?: string;
  variables: { name: string; path: string; unstorableDefaultAt?: string }[];
}

/** Mercurius keeps and reuses parsed documents, so each is walked once. */
const usesByDocument = new WeakMap<DocumentNode, TextUses>();

/**
 * Mercurius `preExecution` hook: before anything runs, every string given to any argument, written
 * into the query or passed as a variable, at any depth of an input object or list, must be text
 * PostgreSQL can store. The error names the argument path (`input.displayName`, `filter.search`).
 */
export function refuseUnstorableText(_schema: unknown, document: DocumentNode, _context: unknown, variables?: Record<string, unknown>): void {
  let uses = usesByDocument.get(document);
  if (!uses) usesByDocument.set(document, (uses = textUsesOf(document)));
  if (uses.unstorableLiteralAt !== undefined) throw unstorableText(uses.unstorableLiteralAt);
  for (const { name, path, unstorableDefaultAt } of uses.variables) {
    if (variables && Object.hasOwn(variables, name)) assertStorableText(variables[name], path);
    else if (unstorableDefaultAt !== undefined) throw unstorableText(unstorableDefaultAt);
  }
}

function textUsesOf(document: DocumentNode): TextUses {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  const uses: TextUses = { variables: [] };
  /** The path of the first unstorable string in `node`; variables met on the way are noted. */
  const walk = (node: ValueNode, path: string): string | undefined => {
    switch (node.kind) {
      case Kind.STRING:
        return isStorableText(node.value) ? undefined : path;
      case Kind.LIST:
        return firstOf(node.values.map((item, index) => walk(item, `${path}.${index}`)));
      case Kind.OBJECT:
        return firstOf(node.fields.map((field) => walk(field.value, `${path}.${field.name.value}`)));
      case Kind.VARIABLE: {
        const name = node.name.value;
        const fallback = defaults.get(name);
        uses.variables.push({ name, path, unstorableDefaultAt: fallback ? walk(fallback, path) : undefined });
        return undefined;
      }
      default:
        return undefined;
    }
  };
  visit(document, {
    Argument: (argument) => {
      uses.unstorableLiteralAt ??= walk(argument.value, argument.name.value);
    },
  });
  return uses;
}

const firstOf = (paths: (string | undefined)[]) => paths.find((path) => path !== undefined);
