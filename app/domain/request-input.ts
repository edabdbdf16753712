// What the server accepts from a request before any form schema sees it: the body types a
// form may use, strict UTF-8, the shape of a record id in a path, and NUL characters, which
// PostgreSQL cannot store in text. Pure, so the rules are unit-tested without a server.

/** A form body larger than this is refused with 413; the largest real form (a pasted CSV of
 * 200,000 characters, or a scorecard) stays well under it. */
export const FORM_LIMITS = { bodyBytes: 1024 * 1024, fields: 1000 } as const;

export const FORM_MEDIA_TYPES = [
  "application/x-www-form-urlencoded",
  "multipart/form-data",
] as const;

/** PostgreSQL's int4, the type of every count and revision column. */
export const INT4_MAX = 2_147_483_647;

export type InputProblem = { status: 400 | 413 | 415; message: string };

/** "multipart/form-data; boundary=x" → "multipart/form-data". */
export function mediaType(contentType: string | null): string | null {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type ? type : null;
}

export function formMediaTypeProblem(
  contentType: string | null,
): InputProblem | null {
  const type = mediaType(contentType);
  if (type && (FORM_MEDIA_TYPES as readonly string[]).includes(type))
    return null;
  return {
    status: 415,
    message: `This address takes a form submission, not ${type ? `"${type.slice(0, 80)}"` : "a body without a content type"}.`,
  };
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The bytes as text, or null when they are not valid UTF-8 (a browser never sends that). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

const NOT_UTF8: InputProblem = {
  status: 400,
  message: "The form data is not valid UTF-8 text.",
};

/**
 * application/x-www-form-urlencoded, decoded strictly: URLSearchParams would turn a bad
 * percent-escape or invalid UTF-8 into U+FFFD silently, and store a corrupted value.
 */
export function decodeUrlEncoded(
  body: string,
): [string, string][] | InputProblem {
  const entries: [string, string][] = [];
  if (body === "") return entries;
  const decode = (part: string) =>
    decodeURIComponent(part.replaceAll("+", " "));
  for (const pair of body.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    const rawName = at === -1 ? pair : pair.slice(0, at);
    const rawValue = at === -1 ? "" : pair.slice(at + 1);
    try {
      entries.push([decode(rawName), decode(rawValue)]);
    } catch {
      return {
        status: 400,
        message:
          "The form data has a malformed percent-escape or is not valid UTF-8.",
      };
    }
  }
  return entries;
}

export function checkUtf8(bytes: Uint8Array): string | InputProblem {
  return decodeUtf8(bytes) ?? NOT_UTF8;
}

export function isInputProblem(value: unknown): value is InputProblem {
  return (
    typeof value === "object" &&
    value !== null &&
    "status" in value &&
    "message" in value
  );
}

/**
 * Record ids in a path (cuid, a browser-chosen comment id, a content key): anything else
 * cannot name a record, so it answers 404 before it reaches the database.
 */
export const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID.test(value);
}

export function hasNul(value: string): boolean {
  return value.includes("\u0000");
}

export function stripNul(value: string): string {
  return value.replaceAll("\u0000", "");
}

/** Strips NUL from every string in a parsed JSON value (the candidate's autosave bodies). */
export function stripNulDeep(value: unknown): unknown {
  if (typeof value === "string") return stripNul(value);
  if (Array.isArray(value)) return value.map(stripNulDeep);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        stripNul(key),
        stripNulDeep(inner),
      ]),
    );
  }
  return value;
}

/** Where in a value the first string with a NUL is, as a field path; null if none. */
export function findNul(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | null {
  if (typeof value === "string") return hasNul(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, inner] of value.entries()) {
      const found = findNul(inner, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const found = findNul(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
