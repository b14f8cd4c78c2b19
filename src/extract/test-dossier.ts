/** For the extraction tests: small dossiers, and a document run through sentences and mentions. */
import type { Actor, Dossier, Issue } from "../model/index.js";
import { mentionsComponent } from "./mentions.js";
import { sentencesComponent } from "./sentences.js";
import type { WorkingDoc } from "./types.js";

/** An actor with every optional field empty unless given. */
export const actor = (a: Partial<Actor> & Pick<Actor, "id" | "name" | "kind">): Actor => ({
  aliases: [],
  titles: [],
  role: null,
  affiliation: null,
  gender: null,
  ...a,
});

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
