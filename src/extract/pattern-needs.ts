/**
 * The strings every match of a regex must hold, read off its source: a cheap
 * check (is one of them in the sentence?) can then rule a costly scan out.
 * Only the syntax the extractor's cue patterns use is read; a pattern with
 * anything else gets no needs, and its caller scans it everywhere as before.
 */

/**
 * What every match of a regex holds, worked out from its source: `exact` lists
 * all the (lower-cased) strings it can match when they are few, `needs` lists
 * of strings such that each match holds one string of every list. Lower-cased
 * ASCII literals stand for themselves under the "i" flag (without "u", no other
 * character folds onto them), so a match found case-insensitively in a text
 * holds those strings in the text lower-cased.
 */
interface Literals {
  exact: string[] | null;
  needs: string[][];
}

/** More exact strings than this are not listed; a need of more strings is not worth checking. */
const MAX_EXACT = 24;
const MAX_NEED = 64;
/** The needs kept per regex: each one more is one more chance to rule the regex out. */
const MAX_NEEDS = 4;
const UNKNOWN: Literals = { exact: null, needs: [] };
const EMPTY: Literals = { exact: [""], needs: [] };

/** A need: its strings, less those that hold another of its strings (which then suffices). */
function need(strings: readonly string[]): string[] | null {
  const unique = [...new Set(strings)];
  if (unique.includes("")) return null;
  const kept = unique.filter((s) => !unique.some((t) => t !== s && s.includes(t)));
  return kept.length <= MAX_NEED ? kept : null;
}

/** How much a need rules out: the longer its shortest string and the fewer its strings, the more. */
const strength = (n: readonly string[]) => [Math.min(...n.map((s) => s.length)), -n.length];
const stronger = (a: readonly string[], b: readonly string[]) => {
  const [x, y] = [strength(a), strength(b)];
  return x[0]! - y[0]! || x[1]! - y[1]!;
};

/** The needs of a regex, with its exact strings as one more, strongest first. */
function needsOf(l: Literals): string[][] {
  const exact = l.exact ? need(l.exact) : null;
  return (exact ? [...l.needs, exact] : l.needs).sort((a, b) => stronger(b, a));
}

function concat(a: Literals, b: Literals): Literals {
  if (a.exact && b.exact && a.exact.length * b.exact.length <= MAX_EXACT) {
    // The joined strings hold those of either side: their own needs are all that is left.
    const exact = [...new Set(a.exact.flatMap((x) => b.exact!.map((y) => x + y)))];
    return { exact, needs: [...a.needs, ...b.needs].slice(0, MAX_NEEDS) };
  }
  return {
    exact: null,
    needs: [...needsOf(a), ...needsOf(b)].sort((x, y) => stronger(y, x)).slice(0, MAX_NEEDS),
  };
}

function union(options: Literals[]): Literals {
  const exact = options.every((o) => o.exact)
    ? [...new Set(options.flatMap((o) => o.exact!))]
    : null;
  // A match of the union is a match of one option: it holds that option's strongest need.
  const strongest = options.map((o) => needsOf(o)[0]);
  const joined = strongest.every((n) => n) ? need(strongest.flatMap((n) => n!)) : null;
  return {
    exact: exact && exact.length <= MAX_EXACT ? exact : null,
    needs: joined ? [joined] : [],
  };
}

/**
 * The literals of a regex source, for the syntax the cue regexes use; anything
 * else throws, and the caller then scans for the cue in every sentence.
 */
function literalsOf(source: string): Literals {
  let i = 0;
  const alternation = (): Literals => {
    const options = [sequence()];
    while (source[i] === "|") {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : union(options);
  };
  const sequence = (): Literals => {
    let acc = EMPTY;
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      acc = concat(acc, quantified(atom()));
    }
    return acc;
  };
  const atom = (): Literals => {
    const c = source[i++]!;
    if (c === "(") {
      const look = /^\?<?[=!]/.exec(source.slice(i, i + 4));
      if (source.startsWith("?:", i)) i += 2;
      else if (look) i += look[0].length;
      else if (source.startsWith("?<", i)) i = source.indexOf(">", i) + 1;
      else if (source[i] === "?") throw new Error(`group at ${i}`);
      const inner = alternation();
      if (source[i++] !== ")") throw new Error(`unclosed group at ${i}`);
      // A lookaround matches no text of its own.
      return look ? EMPTY : inner;
    }
    if (c === "[") {
      while (source[i] !== "]") {
        if (i >= source.length) throw new Error("unclosed class");
        i += source[i] === "\\" ? 2 : 1;
      }
      i++;
      return UNKNOWN;
    }
    if (c === "\\") {
      const e = source[i++]!;
      if (e === "b" || e === "B") return EMPTY;
      if ("sSwWdD".includes(e)) return UNKNOWN;
      if (e === "p" || e === "P") {
        i = source.indexOf("}", i) + 1;
        return UNKNOWN;
      }
      if (/[^\p{L}\p{N}]/u.test(e)) return literal(e);
      throw new Error(`escape \\${e}`);
    }
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return UNKNOWN;
    if ("*+?{}]".includes(c)) throw new Error(`stray ${c} at ${i}`);
    return literal(c);
  };
  const literal = (c: string): Literals =>
    c.charCodeAt(0) < 128 ? { exact: [c.toLowerCase()], needs: [] } : UNKNOWN;
  const quantified = (l: Literals): Literals => {
    const q = /^(?:[?*+]|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(i));
    if (!q) return l;
    i += q[0].length;
    const min = q[0][0] === "+" ? 1 : q[1] !== undefined ? Number(q[1]) : 0;
    if (min === 1 && q[1] !== undefined && q[2] === undefined) return l;
    if (min > 0) return { exact: null, needs: needsOf(l) };
    return { exact: q[0].startsWith("?") && l.exact ? [...l.exact, ""] : null, needs: [] };
  };
  const found = alternation();
  if (i !== source.length) throw new Error(`unparsed from ${i}`);
  return found;
}

/** Needs whose strings are this short are met in almost any sentence: not worth a check. */
const MIN_NEEDED = 3;

/** What each match of a regex holds (lower-cased), or no needs when that cannot be told from its source. */
export function neededLiterals(re: RegExp): string[][] {
  let needs: string[][];
  try {
    needs = needsOf(literalsOf(re.source));
  } catch {
    return [];
  }
  const distinct = new Map(needs.map((n) => [[...n].sort().join("\n"), n]));
  const kept: string[][] = [];
  for (const n of distinct.values()) {
    if (n.some((s) => s.length < MIN_NEEDED)) continue;
    // ["would", "will"] adds nothing to ["would ", "will "]: each string of that holds one of this.
    if (kept.some((k) => k.every((s) => n.some((t) => s.includes(t))))) continue;
    kept.push(n);
  }
  return kept.slice(0, MAX_NEEDS);
}
