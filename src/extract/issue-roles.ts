/**
 * What kind of issue a general cue is about: a figure of land held, of how
 * much of a text is agreed, of a truce's length, of guarantees' years, of a
 * call's length, of drones launched, of an army's size; an event verb (a
 * capture, an attack, a meeting) or a proposal. Each kind is told by words
 * an issue's vocabulary would hold; the dossier's issue that holds one (the
 * earliest word of the kind first, then the dossier's order) is the issue of
 * that kind. A dossier with no issue holding any of a kind's words has none,
 * and the cues of that kind put nothing on an issue of their own.
 */
import type { Issue, IssueId } from "../model/index.js";

export type IssueRole = "land" | "text" | "guarantees" | "truce" | "talks" | "attacks" | "forces";

/** Words of each kind, the most telling first. Matched against whole vocabulary terms. */
export const ROLE_WORDS: Readonly<Record<IssueRole, readonly string[]>> = {
  land: ["territory", "territories", "land", "lands"],
  text: ["framework", "frameworks", "peace plan", "draft", "drafts"],
  guarantees: ["security guarantees", "security guarantee", "guarantees", "guarantee"],
  truce: ["ceasefire", "cease-fire", "truce", "armistice"],
  talks: ["talks", "negotiations", "meeting", "meetings", "summit", "call"],
  attacks: ["attacks", "attack", "strikes", "strike", "shelling", "drone", "missile"],
  forces: ["troops", "army", "armed forces", "military"],
};

export type IssueRoles = ReadonlyMap<IssueRole, IssueId>;

const memo = new WeakMap<readonly Issue[], IssueRoles>();

/** The issue of each kind among `issues`; a kind none of them holds is absent. */
export function issueRoles(issues: readonly Issue[]): IssueRoles {
  const known = memo.get(issues);
  if (known) return known;
  const vocabularies = issues.map((i) => ({
    id: i.id,
    terms: new Set(i.vocabulary.map((t) => t.toLowerCase())),
  }));
  const out = new Map<IssueRole, IssueId>();
  for (const [role, words] of Object.entries(ROLE_WORDS) as [IssueRole, readonly string[]][]) {
    for (const word of words) {
      const found = vocabularies.find((v) => v.terms.has(word));
      if (found) {
        out.set(role, found.id);
        break;
      }
    }
  }
  memo.set(issues, out);
  return out;
}
