/** People, states, organisations and blocs that speak or are spoken of. */
export type ActorKind = "person" | "state" | "organization" | "bloc";

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** Other names and spellings: "Zelensky", "Zelenskiy", "Kyiv", "the Kremlin". */
  aliases: string[];
  /** Descriptions that designate this actor alone: "the Kremlin spokesman". */
  titles: string[];
  /** What the actor is, in words: "Kremlin spokesman". */
  role: string | null;
  /** The actor this one speaks for or belongs to (a state, a bloc), by id. */
  affiliation: string | null;
  /** For pronoun resolution of persons: "he" or "she"; null when unknown. */
  gender: "male" | "female" | null;
  /** True for people found in reports rather than named by the dossier. */
  discovered?: boolean | undefined;
}
