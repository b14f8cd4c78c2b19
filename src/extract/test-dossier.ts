/** For the extraction tests: small dossiers, and a document run through sentences and mentions. */
import type { Actor, Dossier, Issue, Report, Sentence } from "../model/index.js";
import { mentionsComponent } from "./mentions.js";
import { sentencesComponent } from "./sentences.js";
import type { WorkingDoc } from "./types.js";

/** A report holding only this text, published on 2 March 2026, for running the extractor. */
export function textReport(text: string, id = "r"): Report {
  return {
    id,
    sourceId: "s",
    url: null,
    title: "",
    byline: null,
    published: "2026-03-02T10:00:00Z",
    text,
    language: "en",
    contentHash: "",
    origin: "test",
  };
}

/** An actor with every optional field empty unless given. */
export const actor = (a: Partial<Actor> & Pick<Actor, "id" | "name" | "kind">): Actor => ({
  aliases: [],
  titles: [],
  role: null,
  affiliation: null,
  gender: null,
  ...a,
});

/** A person known by full name and, as alias, by surname ("Eleni Markou", "Markou"). */
export const namedPerson = (
  id: string,
  name: string,
  role: string,
  affiliation: string,
  gender: Actor["gender"] = null,
): Actor =>
  actor({
    id,
    name,
    kind: "person",
    aliases: [name.split(" ").at(-1)!],
    role,
    affiliation,
    gender,
  });

/**
 * A plain sentence splitter, so the tests of one layer do not depend on the
 * sentence layer; with `lines`, a line break also ends a sentence (a heading).
 */
export function plainSentences(text: string, lines = false): Sentence[] {
  const re = lines ? /[^.!?\n]+(?:[.!?]+|$)/gm : /[^.!?]+(?:[.!?]+|$)/g;
  return Array.from(text.matchAll(re), (m, index) => ({
    index,
    start: m.index,
    end: m.index + m[0].length,
    paragraph: 0,
  }));
}

export function dossierOf(actors: Actor[], issues: Issue[] = []): Dossier {
  return {
    id: "t",
    title: "t",
    description: "",
    period: null,
    issues,
    sources: [],
    framework: [],
    actors,
  };
}

/** The text split into sentences and its actor mentions found through the dossier. */
export function withMentions(text: string, dossier: Dossier): WorkingDoc {
  const doc = {
    report: { text },
    sentences: [],
    tokens: [],
    mentions: [],
    quotes: [],
    discoveredActors: [],
  } as unknown as WorkingDoc;
  sentencesComponent.run(doc, { dossier });
  mentionsComponent.run(doc, { dossier });
  return doc;
}
