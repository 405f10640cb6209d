// Errors a user can act on: the CLI and the API print their message alone, never a stack trace.
export class UserError extends Error {
  override name = 'UserError';
}

/** An input that cannot be read as a report; names the input and the problem. */
export class ReadError extends UserError {
  override name = 'ReadError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}
