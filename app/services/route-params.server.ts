// Record ids from a path, checked once: an id of the wrong shape (a NUL, a slash, 500
// characters) cannot name a record, so it answers 404 before it reaches the database.
import { isRecordId } from "#app/domain/request-input";
import { notFound } from "./auth.server";

export function requireRecordId(value: string | undefined): string {
  if (!isRecordId(value)) throw notFound();
  return value;
}
