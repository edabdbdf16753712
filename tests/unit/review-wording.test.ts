// How the matcher reads a comment's words: stems, identifiers split into parts, British and
// American spellings alike, approving clauses, and a summary read one point at a time.
import { describe, expect, it } from "vitest";
import {
  approvingWords,
  compileGroups,
  findSignals,
  readWording,
  summaryPoints,
  tokenize,
} from "#app/domain/review-wording";

describe("tokenize", () => {
  it("splits identifiers and stems words, keeping where each came from", () => {
    const tokens = tokenize("canAccessCustomer on team_id, authorisation");
    expect(tokens.map((t) => t.stem)).toEqual([
      "can",
      "access",
      "custom",
      "on",
      "team",
      "id",
      "author",
    ]);
    expect(tokens[0]).toMatchObject({ start: 0, end: 3 });
  });
});

describe("findSignals", () => {
  const groups = compileGroups([
    ["another customer", "IDOR"],
    ["/\\bn\\s*\\+\\s*1\\b/"],
    ["authorization"],
  ]);

  it("matches a phrase on stems, a pattern on the text, and quotes what matched", () => {
    const { hits } = findSignals(
      readWording(
        "Other customers? No: another customer's orders, an N+1, and authorisation.",
      ),
      groups,
    );
    expect(hits.map((h) => h.quote)).toEqual([
      "another customer's",
      "N+1",
      "authorisation",
    ]);
  });

  it("drops what an approving clause says, and keeps what the next clause flags", () => {
    const { hits, cancelledBy } = findSignals(
      readWording(
        "Authorization is fine here, but another customer can still read it.",
      ),
      groups,
    );
    expect(hits.map((h) => h.quote)).toEqual(["another customer"]);
    expect(cancelledBy).toEqual(["is fine"]);
  });

  it("reads a retraction as taking back the whole comment", () => {
    const { hits } = findSignals(
      readWording("Was going to flag the IDOR, but the middleware checks it."),
      groups,
    );
    expect(hits).toEqual([]);
  });
});

describe("approvingWords", () => {
  it("tells approval from its denial and from a finding that uses a negation", () => {
    expect(approvingWords("LGTM")).toBe("LGTM");
    expect(
      approvingWords("team_id is an int, so this is safe from injection"),
    ).toBe("is safe");
    expect(approvingWords("this is not safe")).toBeUndefined();
    expect(
      approvingWords("nothing checks that the customer is theirs"),
    ).toBeUndefined();
    expect(approvingWords("no validation on pageSize")).toBeUndefined();
  });

  it("does not take a question for approval", () => {
    expect(readWording("Is this safe?").clauses[0]?.approving).toBeUndefined();
  });
});

describe("summaryPoints", () => {
  it("reads each list item alone, and a long paragraph two sentences at a time", () => {
    const text =
      "Two blockers:\n\n1. The IDOR on the route.\n2. The N+1 in the loop.\n\nOne. Two. Three.";
    const points = summaryPoints(text).map((p) =>
      text.slice(p.start, p.end).trim(),
    );
    expect(points).toEqual([
      "Two blockers:",
      "1. The IDOR on the route.",
      "2. The N+1 in the loop.",
      "One. Two.",
      "Two. Three.",
    ]);
  });
});
