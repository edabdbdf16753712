// The candidate's review comments as the page shows them: what the server sent, what this
// page session changed, and comments still waiting on this device from an earlier visit
// (written offline, then the tab was closed). All of them go through the autosave store.
import { useEffect, useMemo } from "react";
import {
  commentValue,
  compareComments,
  type CommentValue,
} from "#app/domain/review";
import type { RecordSnapshot } from "#app/autosave/store";
import {
  useAutosaveSnapshot,
  useAutosaveStore,
} from "#app/autosave/use-autosave";

export type ServerComment = CommentValue & { id: string; revision: number };

export type ReviewComment = {
  id: string;
  key: string;
  url: string;
  /** The latest value; for a comment deleted here but changed elsewhere, the server's. */
  value: CommentValue;
  record: RecordSnapshot<CommentValue> | null;
};

const PREFIX = "comment:";
export const commentKey = (id: string) => `${PREFIX}${id}`;
export const commentUrl = (id: string) => `/assessment/comments/${id}`;

/** A fresh id for a new comment, chosen here so that a retried creation cannot duplicate it. */
export function newCommentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function useReviewComments(
  serverComments: ServerComment[],
): ReviewComment[] {
  const store = useAutosaveStore();
  const snapshot = useAutosaveSnapshot();

  useEffect(() => {
    if (!store) return;
    const known = new Set<string>();
    for (const comment of serverComments) {
      known.add(commentKey(comment.id));
      store.register(commentKey(comment.id), commentUrl(comment.id), {
        value: commentValue(comment),
        revision: comment.revision,
      });
    }
    for (const draft of store.localDrafts(PREFIX)) {
      if (known.has(draft.key)) continue;
      const id = draft.key.slice(PREFIX.length);
      store.register(draft.key, commentUrl(id), null);
    }
  }, [store, serverComments]);

  return useMemo(() => {
    const comments: ReviewComment[] = [];
    for (const [key, raw] of snapshot?.records ?? []) {
      if (!key.startsWith(PREFIX)) continue;
      const record = raw as RecordSnapshot<CommentValue>;
      const value = record.value ?? record.conflict?.serverValue ?? null;
      // Deleted here and on its way to the server: already gone from the candidate's view.
      if (!value) continue;
      const id = key.slice(PREFIX.length);
      comments.push({ id, key, url: commentUrl(id), value, record });
    }
    // The loader's copy until the store tracks a comment; once it has, only the store's, so
    // a comment deleted in this session does not come back from the loader's older data.
    for (const comment of serverComments) {
      const key = commentKey(comment.id);
      if (snapshot?.known.has(key)) continue;
      comments.push({
        id: comment.id,
        key,
        url: commentUrl(comment.id),
        value: commentValue(comment),
        record: null,
      });
    }
    return comments.sort((a, b) => compareComments(a.value, b.value));
  }, [snapshot, serverComments]);
}
