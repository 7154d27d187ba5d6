/** Someone else changed (412) or created (409) the document first: reload and show the current state. */
export class ConflictError extends Error {
  readonly kind = 'conflict';
  constructor(readonly documentId: string) {
    super(`conflict on ${documentId}`);
    this.name = 'ConflictError';
  }
}

/** A store failure other than the expected 404/409/412, with what we were doing. Carries ids only. */
export class StoreError extends Error {
  constructor(
    readonly operation: string,
    readonly code: number | string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`store ${operation} failed${code === undefined ? '' : ` (${code})`}`, options);
    this.name = 'StoreError';
  }
}

/** Cosmos DB turned the request away for its request units (429), after the client's own retries. */
export function isThrottled(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; statusCode?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    i++
  ) {
    if (e.code === 429 || e.statusCode === 429) return true;
    e = e.cause as typeof e;
  }
  return false;
}

export function isConflict(err: unknown): err is ConflictError {
  return err instanceof ConflictError;
}
