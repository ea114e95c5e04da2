export interface ErrorIssue {
  path: string;
  message: string;
}

// Codes shared by every module. A module with its own codes subclasses DomainError with its own union
// and passes the status explicitly (see API-NOTES.md). Codes never change once shipped.
export const COMMON_ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_INVALID: 403,
  FORBIDDEN_ROLE: 403,
  FORBIDDEN_SCOPE: 403,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  UNIT_NOT_FOUND: 404,
  ORG_NODE_NOT_FOUND: 404,
  PERIOD_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  CONFLICT: 409,
  UNIT_CODE_TAKEN: 409,
  ORG_NODE_CODE_TAKEN: 409,
  USERNAME_TAKEN: 409,
  PERIOD_EXISTS: 409,
  PERIOD_CLOSED: 409,
  ORG_NODE_CYCLE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  TOO_MANY_ATTEMPTS: 429,
  INTERNAL_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type CommonErrorCode = keyof typeof COMMON_ERROR_STATUS;

export interface DomainErrorOptions {
  status?: number;
  issues?: ErrorIssue[];
  cause?: unknown;
}

/** Expected failures of the domain; the global filter turns them into `{ code, message, issues? }`. */
export class DomainError<C extends string = CommonErrorCode> extends Error {
  readonly status: number;
  readonly issues: ErrorIssue[] | undefined;

  constructor(
    readonly code: C,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DomainError';
    this.issues = options.issues;
    this.status = options.status ?? (COMMON_ERROR_STATUS as Record<string, number>)[code] ?? 400;
  }
}

export function notFound(code: CommonErrorCode & `${string}_NOT_FOUND`, message: string): DomainError {
  return new DomainError(code, message);
}

/**
 * The base class of a module's own errors: its codes and their HTTP statuses in one table, so a
 * module writes `class ReviewError extends moduleError('ReviewError', REVIEW_ERROR_STATUS) {}`.
 */
export function moduleError<C extends string>(name: string, statuses: Readonly<Record<C, number>>) {
  return class extends DomainError<C> {
    constructor(code: C, message: string, options: DomainErrorOptions = {}) {
      super(code, message, { ...options, status: statuses[code] });
      this.name = name;
    }
  };
}
