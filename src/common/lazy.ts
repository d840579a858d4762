/**
 * A promise-like value that starts its work only when someone awaits it. GraphQL awaits a field's
 * value only when the field is selected, so a connection's `totalCount` costs nothing unless asked.
 */
export function lazy<T>(load: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= load()).then(onFulfilled, onRejected),
  };
}
