/**
 * For the stance tests: a made-up negotiation (a river dam, water shares,
 * hostages, a border, a truce, trade) between invented states, and the
 * stances the whole extractor reads from a text about it, as sorted
 * "actor position issue" strings, and one runner for the tables of sentences
 * the stance tests are written as.
 */

import { expect, it } from "vitest";
import { extractReport } from "../extract/index.js";
import { actor, dossierOf, textReport } from "../extract/test-dossier.js";
import type { Issue } from "../model/index.js";

const ISSUES: Issue[] = [
  {
    id: "border",
    label: "Border",
    vocabulary: ["border", "border region", "territory", "land", "frontier"],
  },
  {
    id: "water",
    label: "Water share",
    vocabulary: ["water share", "water quota", "quota", "water flow", "river flow"],
  },
  { id: "dam", label: "Dam", vocabulary: ["dam", "reservoir"] },
  {
    id: "hostages",
    label: "Hostages",
    vocabulary: ["hostages", "hostage", "captives", "prisoner exchange", "prisoner swap"],
  },
  { id: "ceasefire", label: "Ceasefire", vocabulary: ["ceasefire", "truce", "cease-fire"] },
  { id: "tariffs", label: "Tariffs", vocabulary: ["tariffs", "tariff", "trade deal", "duties"] },
  { id: "monitors", label: "Monitors", vocabulary: ["monitors", "observers", "inspectors"] },
  { id: "talks", label: "Talks", vocabulary: ["talks", "negotiations", "summit"] },
  { id: "attacks", label: "Attacks", vocabulary: ["shelled", "shelling", "attack", "strikes"] },
  { id: "framework", label: "Plan", vocabulary: ["plan", "framework", "roadmap"] },
];

export const stressDossier = dossierOf(
  [
    actor({ id: "norland", name: "Norland", kind: "state", aliases: ["Varn"] }),
    actor({ id: "suthia", name: "Suthia", kind: "state", aliases: ["Keld"] }),
    actor({ id: "estmark", name: "Estmark", kind: "state", aliases: ["Orsk"] }),
    actor({
      id: "red-ridge",
      name: "Red Ridge Front",
      kind: "organization",
      aliases: ["the Front"],
    }),
    actor({
      id: "ada-morel",
      name: "Ada Morel",
      kind: "person",
      aliases: ["Morel"],
      affiliation: "norland",
      role: "President of Norland",
      gender: "female",
    }),
    actor({
      id: "ivo-tesk",
      name: "Ivo Tesk",
      kind: "person",
      aliases: ["Tesk"],
      affiliation: "suthia",
      role: "President of Suthia",
      gender: "male",
    }),
    actor({
      id: "lena-brack",
      name: "Lena Brack",
      kind: "person",
      aliases: ["Brack"],
      affiliation: "suthia",
      role: "Suthian government spokeswoman",
      gender: "female",
    }),
    actor({
      id: "pavel-drin",
      name: "Pavel Drin",
      kind: "person",
      aliases: ["Drin"],
      affiliation: "estmark",
      role: "Foreign Minister of Estmark",
      gender: "male",
    }),
    actor({
      id: "omar-vey",
      name: "Omar Vey",
      kind: "person",
      aliases: ["Vey"],
      role: "mediator",
      gender: "male",
    }),
  ],
  ISSUES,
);

export function stressStances(text: string): string[] {
  const out = extractReport(textReport(text, "stress"), { dossier: stressDossier });
  return [...new Set(out.stances.map((s) => `${s.actorId} ${s.position} ${s.issue}`))].sort();
}

/** A constructed sentence and the stances it states, sorted or not; none when it states none. */
export interface StanceRow {
  text: string;
  want: string[];
  /** A known miss: the row runs as `it.fails` until the rule is there, and must lose the mark then. */
  gap?: string;
}

/** One test per row: the whole extractor's stances for the sentence equal the row's. */
export function stanceRows(rows: readonly StanceRow[]): void {
  for (const row of rows) {
    const run = () => expect(stressStances(row.text)).toEqual([...row.want].sort());
    if (row.gap) it.fails(`${row.text} (gap: ${row.gap})`, run);
    else it(row.text, run);
  }
}
