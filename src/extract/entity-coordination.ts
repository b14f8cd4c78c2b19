/**
 * Names in one list share a kind: "London, Paris and Tokyo", "Ford or GM",
 * "from Lyon to Kestrelford", "the iPod Classic, Nano and Shuffle". The entity
 * recogniser (entities.ts) gives an untyped name in a list the type its typed
 * neighbours agree on.
 *
 * A list is a chain of names joined by "and", "or", commas, or "from … to" /
 * "between … and". A chain of commas alone is no list: "Roe, Acme's chief"
 * or "Lyon, France" are appositions, so a chain needs at least one "and" or
 * "or", or the "from … to" frame.
 */
import type { NameRun } from "./entity-chunks.js";
import type { Token } from "./types.js";

type Link = "comma" | "conj" | "none";

/** How run `a` is joined to the run `b` right after it. */
function linkBetween(tokens: readonly Token[], a: NameRun, b: NameRun): Link {
  if (tokens[a.first]!.sentence !== tokens[b.first]!.sentence) return "none";
  // A name that owns what follows ("Acme's plant, Beta and …") is not itself a list item.
  if (a.modifier || b.modifier) return "none";
  const between = tokens
    .slice(a.last + 1, b.first)
    .map((t) => t.normal)
    .join(" ");
  if (between === ",") return "comma";
  if (["and", "or", ", and", ", or"].includes(between)) return "conj";
  if (between === "to" && tokens[a.first - 1]?.normal === "from") return "conj";
  return "none";
}

/** Lists of runs (indices into `runs`), each of at least two names. */
export function nameLists(tokens: readonly Token[], runs: readonly NameRun[]): number[][] {
  const out: number[][] = [];
  let chain: number[] = [];
  let hasConj = false;
  const close = () => {
    if (chain.length >= 2 && hasConj) out.push(chain);
    chain = [];
    hasConj = false;
  };
  runs.forEach((run, i) => {
    const prev = runs[i - 1];
    const link = prev ? linkBetween(tokens, prev, run) : "none";
    if (link === "none") close();
    if (link === "conj") hasConj = true;
    chain.push(i);
  });
  close();
  return out;
}

/**
 * For each list, the one value its valued members agree on, given to members
 * that have none; a list whose members disagree gives nothing.
 */
export function shareAcrossLists<T>(lists: readonly number[][], values: Array<T | null>): void {
  for (const list of lists) {
    const found = new Set(list.map((i) => values[i]).filter((v): v is T => v !== null));
    if (found.size !== 1) continue;
    const [value] = found;
    for (const i of list) values[i] ??= value!;
  }
}
