// Errors the API answers with: a clear message and a code in `extensions.code`; stack traces only in development.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { UserError } from '../errors.ts';
import { DeadlineExceeded } from '../graph/deadline.ts';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  AMBIGUOUS: 'AMBIGUOUS',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  TIMEOUT: 'TIMEOUT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COSTLY: 400,
  TIMEOUT: 503,
  TOO_MANY_REQUESTS: 429,
};

/** An error with a code; `status` overrides the HTTP status (which only applies before execution starts). */
export function apiError(code: ErrorCode, message: string, status = HTTP_STATUS[code]): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}) } });
}

export const badInput = (message: string) => apiError(ErrorCode.BAD_USER_INPUT, message);
export const notFound = (message: string) => apiError(ErrorCode.NOT_FOUND, message);
export const unauthenticated = (message: string) => apiError(ErrorCode.UNAUTHENTICATED, message);

export const isDevelopment = () => process.env.NODE_ENV === 'development';

/** The error under Apollo's and graphql-js's wrappers (work stopped at the deadline may arrive wrapped twice). */
function causeOf(error: unknown): unknown {
  let cause = unwrapResolverError(error);
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * Apollo's formatError: a UserError from the store or the extractor becomes BAD_USER_INPUT with its message; work
 * stopped at the request's deadline (a read cut, a write rolled back) becomes TIMEOUT; anything unexpected becomes "internal server error" (logged with its stack), unless in development.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = causeOf(error);
  if (original instanceof UserError) {
    return { ...formatted, message: original.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (original instanceof DeadlineExceeded) {
    return { ...formatted, message: original.message, extensions: { code: ErrorCode.TIMEOUT } };
  }
  const code = formatted.extensions?.code;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR && !isDevelopment()) {
    console.error(
      'kg serve: internal error:',
      original instanceof Error ? (original.stack ?? original.message) : original,
    );
    return {
      message: 'internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  return formatted;
}
