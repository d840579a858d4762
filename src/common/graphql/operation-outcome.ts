import type { DocumentNode } from 'graphql';

const codesOf = Symbol('error codes');

type NotedRequest = { [codesOf]?: string[] };

/**
 * Notes the codes an operation answered with: its errors' `extensions.code` and the `code` of the
 * error results its mutations returned as data. Read once the request is answered (metrics).
 */
export function noteErrorCodes(request: object | undefined, codes: Iterable<unknown>): void {
  if (!request) return;
  for (const code of codes) {
    if (typeof code === 'string') ((request as NotedRequest)[codesOf] ??= []).push(code);
  }
}

/** The codes noted for a request, in the order they were met; none when it went well. */
export function errorCodesOf(request: object): readonly string[] {
  return (request as NotedRequest)[codesOf] ?? [];
}

/** The name of the operation a document runs: the one asked for, or its only operation's. */
export function operationNameIn(document: DocumentNode, asked: string | undefined): string | undefined {
  if (asked) return asked;
  const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
  return operations.length === 1 ? operations[0].name?.value : undefined;
}
