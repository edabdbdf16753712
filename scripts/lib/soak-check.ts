// The soak's verdict: after the faults, is every save the server acknowledged still in the
// database, and does no record hold older text than the last acknowledged one? Pure, so a test
// can show it fails when a save is dropped; the soak and that test read the database the same
// way (readStoredSaves).

/** One autosaved record (an answer or a review comment), keyed `${kind}:${attempt}:${id}`. */
export type SaveRecord = { revision: number; body: string };

export type SoakLedger = {
  /** The last save the server acknowledged (2xx) for each record. */
  acknowledged: Map<string, SaveRecord>;
  /** Saves sent but never answered when the run ended (each may or may not be stored). */
  unanswered: Map<string, SaveRecord>;
};

export type SoakVerdict = {
  /** Acknowledged saves the database does not hold (row gone or revision lower). */
  lost: string[];
  /** Records whose stored text is neither the last acknowledged nor a later sent one. */
  stale: string[];
};

export function checkSaves(
  ledger: SoakLedger,
  stored: Map<string, SaveRecord>,
): SoakVerdict {
  const lost: string[] = [];
  const stale: string[] = [];
  for (const [key, acknowledged] of ledger.acknowledged) {
    const held = stored.get(key);
    if (!held || held.revision < acknowledged.revision) {
      lost.push(key);
      continue;
    }
    const later = ledger.unanswered.get(key);
    const matchesAcknowledged =
      held.revision === acknowledged.revision &&
      held.body === acknowledged.body;
    const matchesLater =
      later !== undefined &&
      held.revision === later.revision &&
      held.body === later.body;
    if (!matchesAcknowledged && !matchesLater) stale.push(key);
  }
  return { lost, stale };
}

/** Runs one SQL query and returns its rows (a pg client, PGlite, or Prisma's $queryRawUnsafe). */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Every written answer and review comment, keyed as the ledger keys them. */
export async function readStoredSaves(
  query: Query,
): Promise<Map<string, SaveRecord>> {
  const stored = new Map<string, SaveRecord>();
  const answers = await query(
    `SELECT "attemptId", "questionKey", revision, body FROM "WrittenAnswer"`,
  );
  for (const row of answers)
    stored.set(answerKey(String(row.attemptId), String(row.questionKey)), {
      revision: Number(row.revision),
      body: String(row.body),
    });
  const comments = await query(
    `SELECT "attemptId", id, revision, body FROM "ReviewComment"`,
  );
  for (const row of comments)
    stored.set(commentKey(String(row.attemptId), String(row.id)), {
      revision: Number(row.revision),
      body: String(row.body),
    });
  return stored;
}

export const answerKey = (attemptId: string, questionKey: string) =>
  `answer:${attemptId}:${questionKey}`;
export const commentKey = (attemptId: string, commentId: string) =>
  `comment:${attemptId}:${commentId}`;
