import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { assertStorableText, isStorableText, unstorableText } from '../storable-text.js';

/**
 * Mercurius `preExecution` hook: before anything runs, every string given to any argument, written
 * into the query or passed as a variable, at any depth of an input object or list, must be text
 * PostgreSQL can store. The error names the argument path (`input.displayName`, `filter.search`).
 */
export function refuseUnstorableText(_schema: unknown, document: DocumentNode, _context: unknown, variables?: Record<string, unknown>): void {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  const check = (node: ValueNode, path: string): void => {
    switch (node.kind) {
      case Kind.STRING:
        if (!isStorableText(node.value)) throw unstorableText(path);
        return;
      case Kind.LIST:
        node.values.forEach((item, index) => check(item, `${path}.${index}`));
        return;
      case Kind.OBJECT:
        for (const field of node.fields) check(field.value, `${path}.${field.name.value}`);
        return;
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (variables && Object.hasOwn(variables, name)) assertStorableText(variables[name], path);
        else if (defaults.has(name)) check(defaults.get(name)!, path);
        return;
      }
      default:
        return;
    }
  };
  visit(document, { Argument: (argument) => check(argument.value, argument.name.value) });
}
