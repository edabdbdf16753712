// What a review comment says, as the defect matcher reads it: words reduced to their stems
// (Porter, from the `stemmer` package), signal terms found in them with the text that
// matched, and the clauses whose wording approves or denies rather than flags a problem
// ("auth is fine here", "no N+1 here", "LGTM").
import { stemmer } from "stemmer";

export type Token = { stem: string; start: number; end: number };

/** One signal term: a phrase matched on word stems, or `/regex/` on the raw text. */
export type CompiledTerm =
  | { kind: "phrase"; source: string; stems: string[] }
  | { kind: "pattern"; source: string; pattern: RegExp };

/** A signal group: any of its terms shows the same piece of understanding. */
export type CompiledGroup = CompiledTerm[];

/** Where a group matched, and the words that matched it, for the reason text. */
export type GroupHit = { group: number; quote: string; start: number };

// British spellings end up on the same stem as American ones (authorisation, sanitise).
const BRITISH = /is(e|ed|es|ing|ation|ations|er|ers)$/;

function stemOf(word: string): string {
  const plain = word.toLowerCase().replace(/['’]/g, "");
  return stemmer(plain.replace(BRITISH, "iz$1"));
}

// Words, with identifiers split into their parts (canAccessCustomer → can access customer,
// team_id → team id) so a term written either way matches either way.
const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;
const PART = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+(?:['’][a-z]+)*|[0-9]+/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const word of text.matchAll(WORD)) {
    for (const part of word[0].matchAll(PART)) {
      const start = word.index + part.index;
      tokens.push({
        stem: stemOf(part[0]),
        start,
        end: start + part[0].length,
      });
    }
  }
  return tokens;
}

export function compileTerm(source: string): CompiledTerm {
  const regex = /^\/(.+)\/$/.exec(source);
  if (regex?.[1]) {
    return { kind: "pattern", source, pattern: new RegExp(regex[1], "gi") };
  }
  return {
    kind: "phrase",
    source,
    stems: tokenize(source).map((t) => t.stem),
  };
}

export const compileGroups = (groups: readonly (readonly string[])[]) =>
  groups.map((group) => group.map(compileTerm));

/** Every place a term matches: [start, end) offsets into the text. */
function termMatches(
  term: CompiledTerm,
  text: string,
  tokens: readonly Token[],
): [number, number][] {
  if (term.kind === "pattern") {
    return [...text.matchAll(term.pattern)].map((m) => [
      m.index,
      m.index + m[0].length,
    ]);
  }
  const { stems } = term;
  if (stems.length === 0) return [];
  const found: [number, number][] = [];
  for (let i = 0; i + stems.length <= tokens.length; i++) {
    if (stems.every((stem, j) => tokens[i + j]?.stem === stem)) {
      found.push([tokens[i]!.start, tokens[i + stems.length - 1]!.end]);
    }
  }
  return found;
}

// Clause boundaries: a sentence, a paragraph or list item, or a turn ("…, but …") starts a
// new thought. A single line break does not: wrapped text is one sentence.
const CLAUSE_BREAK =
  /[.!?;]+(?=\s|$)|:(?=\s)|\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)|,?\s+(?:but|however|although|though|except)\s+/gi;

export type Clause = { start: number; end: number; question: boolean };

export function clauses(text: string): Clause[] {
  const result: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    result.push({ start, end: m.index, question: m[0].includes("?") });
    start = m.index + m[0].length;
  }
  result.push({ start, end: text.length, question: false });
  return result.filter((c) => text.slice(c.start, c.end).trim() !== "");
}

// Wording that says there is nothing to fix. Kept to what reviewers write when they approve
// or dismiss, so "nothing checks the owner" or "no validation" still read as findings.
const APPROVING = [
  /\blgtm\b/i,
  /\blooks? (?:good|great|fine|ok|okay|correct|right|solid)\b/i,
  /\b(?:is|are|seems?|looks?|should be|that'?s|it'?s|all) (?:totally |perfectly |probably |already )?(?:fine|ok|okay|safe|good|correct)\b/i,
  /\bfine (?:here|as is|for now|to me)\b/i,
  /\bsafe (?:from|against|here|enough)\b/i,
  /\b(?:not|isn'?t|no) (?:an? )?(?:real |big |actual )?(?:issue|problem|concern|risk|worry)\b/i,
  /\bno (?:n ?\+ ?1|injection|sqli|idor|leak|risk|bug)\b/i,
  /\bnothing (?:to worry|wrong|to fix|to change)\b/i,
  /\bno need to\b/i,
  /\b(?:already|properly|correctly) (?:handled|protected|covered|validated|checked|guarded|escaped|bound|parameteri[sz]ed)\b/i,
  /\bnice\b|\bgood (?:job|call|catch|idea|that)\b|\bglad (?:to see|that)\b|\bwell done\b|\bship it\b|👍/i,
  /\bok(?:ay)? as (?:is|it is)\b|\bas intended\b/i,
];

// A reviewer taking the point back ("was going to flag…, but it's fine"): nothing in the
// comment is a finding.
const RETRACTING =
  /\b(?:was going to|i was about to|wanted to) (?:flag|say|comment|mention|suggest)|\bfalse alarm\b|\bnever ?mind\b|\bscratch that\b|\bignore (?:this|me|that)\b/i;

// "not safe", "isn't fine", "far from ok": the approval is itself denied.
const DENIED_APPROVAL =
  /\b(?:not|isn'?t|aren'?t|never|hardly|far from|nowhere near|un)\s*(?:\w+\s+)?(?:fine|ok|okay|safe|good|correct)\b/i;

/** The approving or denying phrase of a clause, if that is what the clause does. */
export function approvingWords(clauseText: string): string | undefined {
  if (DENIED_APPROVAL.test(clauseText)) return undefined;
  for (const pattern of APPROVING) {
    const m = pattern.exec(clauseText);
    if (m) return m[0];
  }
  return undefined;
}

export type Wording = {
  text: string;
  tokens: Token[];
  clauses: (Clause & { approving?: string })[];
};

export function readWording(text: string): Wording {
  const retracted = RETRACTING.exec(text)?.[0];
  return {
    text,
    tokens: tokenize(text),
    clauses: clauses(text).map((clause) => {
      if (retracted) return { ...clause, approving: retracted };
      // A question ("is this safe?") asks; it does not approve.
      const approving = clause.question
        ? undefined
        : approvingWords(text.slice(clause.start, clause.end));
      return approving ? { ...clause, approving } : clause;
    }),
  };
}

/**
 * Which signal groups the text shows, outside approving clauses, within [from, to): one hit
 * per group (the first), and the approving phrases that cancelled a group that would
 * otherwise have counted.
 */
export function findSignals(
  wording: Wording,
  groups: readonly CompiledGroup[],
  from = 0,
  to = wording.text.length,
): { hits: GroupHit[]; cancelledBy: string[] } {
  const hits: GroupHit[] = [];
  const cancelledBy = new Set<string>();
  groups.forEach((group, index) => {
    let hit: GroupHit | undefined;
    for (const term of group) {
      for (const [start, end] of termMatches(
        term,
        wording.text,
        wording.tokens,
      )) {
        if (start < from || end > to) continue;
        const clause = wording.clauses.find(
          (c) => start >= c.start && start < c.end,
        );
        if (clause?.approving) {
          cancelledBy.add(clause.approving);
          continue;
        }
        if (!hit || start < hit.start) {
          hit = { group: index, quote: wording.text.slice(start, end), start };
        }
      }
    }
    if (hit) hits.push(hit);
  });
  return { hits, cancelledBy: [...cancelledBy] };
}

/**
 * Stretches of a summary read one at a time: each paragraph or list item, and within a long
 * one each pair of neighbouring sentences, so one point's signals are not added to another's.
 */
export function summaryPoints(text: string): { start: number; end: number }[] {
  const points: { start: number; end: number }[] = [];
  const items = /\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)/g;
  let start = 0;
  const addItem = (from: number, to: number) => {
    const sentenceEnds = [
      ...text.slice(from, to).matchAll(/(?<!^\s*\d+)[.!?]+(?=\s|$)/g),
    ].map((m) => from + m.index + m[0].length);
    const bounds = [from, ...sentenceEnds.filter((e) => e < to), to];
    if (bounds.length <= 3) {
      points.push({ start: from, end: to });
      return;
    }
    for (let i = 0; i + 2 < bounds.length; i++) {
      points.push({ start: bounds[i]!, end: bounds[i + 2]! });
    }
  };
  for (const m of text.matchAll(items)) {
    addItem(start, m.index);
    start = m.index + m[0].length;
  }
  addItem(start, text.length);
  return points.filter((p) => text.slice(p.start, p.end).trim() !== "");
}
