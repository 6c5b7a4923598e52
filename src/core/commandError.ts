/**
 * A command refused for a reason the user should read. The message is a catalog key;
 * `params` fill its placeholders, and `keyParams` are placeholders whose value is itself a
 * catalog key (e.g. a status name), translated in the user's language by the worker.
 */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly params: Record<string, string | number> = {},
    readonly keyParams: Record<string, string> = {},
  ) {
    super(message);
  }
}
