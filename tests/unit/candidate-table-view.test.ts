import { describe, expect, it } from "vitest";
import {
  applyTableView,
  readTableView,
} from "#app/domain/candidate-table-view";

const rows = [
  {
    name: "Zoë Adler",
    email: "zoe@example.com",
    code: "C-AAAA",
    stage: "invited",
    decision: null,
  },
  {
    name: "Ben Ortiz",
    email: "ben@example.com",
    code: "C-BBBB",
    stage: "scored",
    decision: "HOLD",
  },
  {
    name: "Ana Silva",
    email: "ana@corp.test",
    code: "C-CCCC",
    stage: "submitted",
    decision: null,
  },
  {
    name: "Chen Li",
    email: "chen@example.com",
    code: "C-DDDD",
    stage: "scored",
    decision: "ADVANCE",
  },
] as const;
const view = (query: string) => readTableView(new URLSearchParams(query));
const names = (query: string) =>
  applyTableView([...rows], view(query)).map((row) => row.name);

describe("the candidate table's view", () => {
  it("shows every row in the page's order by default", () => {
    expect(names("")).toEqual([
      "Zoë Adler",
      "Ben Ortiz",
      "Ana Silva",
      "Chen Li",
    ]);
  });

  it("searches name, email and code, every word, ignoring case and accents", () => {
    expect(names("q=zoe")).toEqual(["Zoë Adler"]);
    expect(names("q=corp")).toEqual(["Ana Silva"]);
    expect(names("q=c-dddd")).toEqual(["Chen Li"]);
    expect(names("q=example+ben")).toEqual(["Ben Ortiz"]);
    expect(names("q=nobody")).toEqual([]);
  });

  it("filters by stage and by decision, 'none' meaning not decided yet", () => {
    expect(names("stage=scored")).toEqual(["Ben Ortiz", "Chen Li"]);
    expect(names("decision=ADVANCE")).toEqual(["Chen Li"]);
    expect(names("decision=none")).toEqual(["Zoë Adler", "Ana Silva"]);
    expect(names("stage=scored&decision=none")).toEqual([]);
  });

  it("sorts by name, by stage (furthest first) and by decision, ties in the page's order", () => {
    expect(names("sort=name")).toEqual([
      "Ana Silva",
      "Ben Ortiz",
      "Chen Li",
      "Zoë Adler",
    ]);
    expect(names("sort=stage")).toEqual([
      "Ben Ortiz",
      "Chen Li",
      "Ana Silva",
      "Zoë Adler",
    ]);
    expect(names("sort=decision")).toEqual([
      "Chen Li",
      "Ben Ortiz",
      "Zoë Adler",
      "Ana Silva",
    ]);
  });

  it("ignores what it does not know, so a shared link always opens", () => {
    expect(view("stage=bogus&decision=maybe&sort=%00")).toEqual({
      q: "",
      stage: null,
      decision: null,
      sort: "added",
    });
  });
});
