import { GraphQLError } from 'graphql';
import { afterEach, expect, it, vi } from 'vitest';
import { formatError } from '../../src/api/errors.ts';
import { UserError } from '../../src/errors.ts';
import { DeadlineExceeded } from '../../src/graph/deadline.ts';

const internal = { message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
/** How graphql-js hands a resolver's or the executor's failure to formatError: wrapped, sometimes twice. */
const wrapped = (error: Error) =>
  new GraphQLError(error.message, { originalError: new GraphQLError(error.message, { originalError: error }) });

afterEach(() => vi.restoreAllMocks());

it('answers work stopped at the deadline as TIMEOUT, however deeply wrapped, and logs no stack', () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  const formatted = formatError(internal, wrapped(new DeadlineExceeded()));
  expect(formatted.extensions?.code).toBe('TIMEOUT');
  expect(log).not.toHaveBeenCalled();
});

it('answers a wrapped UserError as BAD_USER_INPUT with its message', () => {
  const formatted = formatError(internal, wrapped(new UserError('no such report')));
  expect(formatted).toMatchObject({ message: 'no such report', extensions: { code: 'BAD_USER_INPUT' } });
});

it('hides anything unexpected behind "internal server error", and logs it', () => {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {});
  const formatted = formatError(internal, wrapped(new TypeError('boom')));
  expect(formatted.message).toBe('internal server error');
  expect(log).toHaveBeenCalledOnce();
});
