/**
 * The words that name the states and blocs of a dossier: their names, their
 * one-word aliases ("Kyiv", "the Kremlin" → "kremlin") and the adjectives of
 * their countries ("Ukrainian"). Such words name a party of the negotiation,
 * not a thing it is about, so they are too common to single out a framework
 * point or a region among those a sentence names.
 */
import type { Actor } from "../model/index.js";
import { countryForms } from "./demonyms.js";

const memo = new WeakMap<readonly Actor[], ReadonlySet<string>>();

/** Lower-case, without a possessive ending: "Ukraine's" → "ukraine". */
export function partyWordKey(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, "");
}

/** The lower-case words naming the state and bloc actors of `actors`. */
export function partyWords(actors: readonly Actor[]): ReadonlySet<string> {
  const known = memo.get(actors);
  if (known) return known;
  const out = new Set<string>();
  for (const a of actors) {
    if (a.kind !== "state" && a.kind !== "bloc") continue;
    for (const w of a.name.split(/\s+/)) out.add(partyWordKey(w));
    for (const alias of a.aliases) {
      const words = alias.replace(/^the\s+/i, "").split(/\s+/);
      if (words.length === 1) out.add(partyWordKey(words[0]!));
    }
    for (const form of countryForms(a.name)) out.add(form);
  }
  out.delete("");
  memo.set(actors, out);
  return out;
}
