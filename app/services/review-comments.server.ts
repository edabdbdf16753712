// The candidate's review comments as every service reads them (the review page, the autosave,
// the panel's workspace, the comparison): one select and one order, so a new column is added
// in one place.
import type { Prisma } from "#app/generated/prisma/client";

/** A comment's id, anchor, text and the candidate's own rating of it. */
export const reviewCommentSelect = {
  id: true,
  filePath: true,
  side: true,
  startLine: true,
  endLine: true,
  body: true,
  category: true,
  severity: true,
} satisfies Prisma.ReviewCommentSelect;

/** The order a code host lists comments in: by file, then line, then the older first. */
export const reviewCommentOrder = [
  { filePath: "asc" },
  { startLine: "asc" },
  { createdAt: "asc" },
] satisfies Prisma.ReviewCommentOrderByWithRelationInput[];
