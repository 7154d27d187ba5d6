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

export function isConflict(err: unknown): err is ConflictError {
  return err instanceof ConflictError;
}
