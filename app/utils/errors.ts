// A failure the user can act on: the message is safe to show, the field names the input.
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}
