/**
 * Finds reports that repeat another report's text: wire copy reprinted under a
 * new headline, a sibling outlet's story reused with light edits. Only the
 * body text is compared (headlines are what a reprint desk changes first).
 * Candidates come from MinHash LSH, so the work grows near-linearly with the
 * number of reports; each candidate is confirmed by its estimated Jaccard.
 */
import type { Report, Reprint, Source } from "../model/index.js";
import { estimatedJaccard, lshBuckets, minhashSignature } from "./minhash.js";
import { sourceOwnerKey } from "./origins.js";
import { wordShingles } from "./shingles.js";

/**
 * Estimated Jaccard of 4-word shingles above which two texts are copies. On
 * the dev sets, reprints (a dropped paragraph, a rewritten sentence) score
 * 0.49–0.93 and different stories on the same event at most 0.08; 0.35
 * leaves room for the estimate's sampling error (±0.045 at 128 hashes).
 */
export const REPRINT_THRESHOLD = 0.35;

/** Refuses reports that cannot be ordered or told apart, naming the report. */
function checkReports(reports: readonly Report[]): void {
  const seen = new Set<string>();
  for (const report of reports) {
    if (seen.has(report.id)) throw new Error(`findReprints: report id ${report.id} appears twice`);
    seen.add(report.id);
    if (Number.isNaN(Date.parse(report.published))) {
      throw new Error(
        `findReprints: report ${report.id} has an unreadable published date "${report.published}"`,
      );
    }
  }
}

/** Smaller means "more likely the original": wire copy first, then the earliest, then by id. */
function originalRank(sourcesById: ReadonlyMap<string, Source>): (a: Report, b: Report) => number {
  const isWire = (r: Report) => (sourcesById.get(r.sourceId)?.kind === "wire" ? 0 : 1);
  return (a, b) =>
    isWire(a) - isWire(b) ||
    Date.parse(a.published) - Date.parse(b.published) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Union-find over indices, with path halving. */
function disjointSets(count: number) {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    let x = i;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const join = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  return { find, join };
}

/**
 * Groups of texts linked by confirmed similarity. Within an LSH bucket each
 * member is compared with one representative of each group already present
 * in the bucket, not with every member: a bucket of a thousand copies of one
 * wire story costs a thousand comparisons, not half a million.
 */
function linkedGroups(signatures: readonly Uint32Array[]): number[][] {
  const sets = disjointSets(signatures.length);
  for (const bucket of lshBuckets(signatures)) {
    const representatives: number[] = [];
    for (const member of bucket) {
      let linked = false;
      for (const rep of representatives) {
        if (sets.find(rep) === sets.find(member)) {
          linked = true;
          continue;
        }
        if (estimatedJaccard(signatures[member]!, signatures[rep]!) >= REPRINT_THRESHOLD) {
          sets.join(member, rep);
          linked = true;
        }
      }
      if (!linked) representatives.push(member);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < signatures.length; i++) {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** A copy's link to its original: how alike they are, and whether one owner publishes both. */
function reprintLink(
  copy: { report: Report; signature: Uint32Array },
  original: { report: Report; signature: Uint32Array },
  sourcesById: ReadonlyMap<string, Source>,
): Reprint {
  const [a, b] = [copy.report.sourceId, original.report.sourceId];
  const sameOwner = a !== b && sourceOwnerKey(a, sourcesById) === sourceOwnerKey(b, sourcesById);
  return {
    reportId: copy.report.id,
    originalId: original.report.id,
    similarity: Math.round(estimatedJaccard(copy.signature, original.signature) * 1000) / 1000,
    reason: sameOwner ? "same-owner" : "near-duplicate",
  };
}

/** A text's MinHash signature over its word shingles; null for a text too short to shingle. */
export function reportSignature(text: string): Uint32Array | null {
  const shingles = wordShingles(text);
  return shingles.length > 0 ? minhashSignature(shingles) : null;
}

/** A signature as a stored key, and back. */
export function encodeSignature(signature: Uint32Array): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString(
    "base64",
  );
}

export function decodeSignature(text: string): Uint32Array | null {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % 4 !== 0 || bytes.length === 0) return null;
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.length / 4);
}

/**
 * Every report that copies another, linked to the root original of its group
 * (so chains resolve to one original). The reason is "same-owner" when the
 * copy's source and the original's are different outlets of one owner.
 */
export function findReprints(
  reports: readonly Report[],
  sources: readonly Source[],
  known?: ReadonlyMap<string, Uint32Array | null>,
): Reprint[] {
  checkReports(reports);
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  const signed = reports
    .map((r) => ({ r, signature: known?.has(r.id) ? known.get(r.id)! : reportSignature(r.text) }))
    .filter((x): x is { r: Report; signature: Uint32Array } => x.signature !== null);
  const withText = signed.map((x) => x.r);
  const signatures = signed.map((x) => x.signature);
  const rank = originalRank(sourcesById);
  const reprints: Reprint[] = [];
  for (const group of linkedGroups(signatures)) {
    const ordered = [...group].sort((a, b) => rank(withText[a]!, withText[b]!));
    const rootIndex = ordered[0]!;
    for (const index of ordered.slice(1)) {
      reprints.push(
        reprintLink(
          { report: withText[index]!, signature: signatures[index]! },
          { report: withText[rootIndex]!, signature: signatures[rootIndex]! },
          sourcesById,
        ),
      );
    }
  }
  return reprints.sort((a, b) => (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0));
}

/** What adding reports changes in one reprint group. */
export interface AddedGroup {
  root: string;
  /**
   * The reports to link to the root: the added ones, and every report of a
   * stored group that had another original (its group was joined to this one,
   * or an added report ranks before its original). The copies of a stored
   * group that keeps its original keep their links.
   */
  copies: string[];
  /** Stored reports whose stored links are replaced: those of groups that had another original. */
  rewritten: string[];
}

/**
 * The reprint groups that reports added to a verified store join, found from
 * the links stored and the added reports' likeness to the stored reports near
 * them (those that share MinHash bands), not by grouping every linked report
 * again. A stored group keeps its original unless an added report ranks before
 * it (wire copy first, then the earliest); an added report that is a copy of
 * two groups joins them. Groups are only ever joined, as in a full run, which
 * links by the same threshold.
 */
export function planAddedGroups(input: {
  added: readonly string[];
  /** For each added report, the stored reports near it. */
  near: ReadonlyMap<string, readonly string[]>;
  stored: readonly Reprint[];
  /** Signatures of the added reports and of the stored ones near them (null: too short). */
  signatures: ReadonlyMap<string, Uint32Array | null>;
  /** Every added report, and every stored one near or a group's original: for ranking. */
  reports: ReadonlyMap<string, Report>;
  sources: readonly Source[];
}): AddedGroup[] {
  const rootOf = new Map<string, string>();
  const copiesOf = new Map<string, string[]>();
  for (const l of input.stored) {
    rootOf.set(l.reportId, l.originalId);
    const list = copiesOf.get(l.originalId);
    if (list) list.push(l.reportId);
    else copiesOf.set(l.originalId, [l.reportId]);
  }
  const groupOf = (id: string) => rootOf.get(id) ?? id;
  // Union-find over group keys: a stored group's original, or an added report.
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let x = key;
    for (let next = parent.get(x); next !== undefined && next !== x; next = parent.get(x)) {
      const grand = parent.get(next) ?? next;
      parent.set(x, grand);
      x = grand;
    }
    return x;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  const signature = (id: string) => input.signatures.get(id) ?? null;
  const similar = (a: string, b: string) => {
    const [sa, sb] = [signature(a), signature(b)];
    return sa !== null && sb !== null && estimatedJaccard(sa, sb) >= REPRINT_THRESHOLD;
  };
  const touched = new Set<string>();
  for (const a of input.added) {
    parent.set(a, find(a));
    for (const c of input.near.get(a) ?? []) {
      if (!similar(a, c)) continue;
      join(a, groupOf(c));
      touched.add(groupOf(c));
    }
  }
  // Added reports are linked to each other as a full run links any reports (LSH buckets).
  const signed = input.added.filter((a) => signature(a) !== null);
  for (const group of linkedGroups(signed.map((a) => signature(a)!)))
    for (const i of group.slice(1)) join(signed[i]!, signed[group[0]!]!);
  const components = new Map<string, { stored: string[]; added: string[] }>();
  const componentOf = (key: string) => {
    const root = find(key);
    let c = components.get(root);
    if (!c) {
      c = { stored: [], added: [] };
      components.set(root, c);
    }
    return c;
  };
  for (const a of input.added) componentOf(a).added.push(a);
  for (const g of touched) componentOf(g).stored.push(g);
  const rank = originalRank(new Map(input.sources.map((s) => [s.id, s])));
  const report = (id: string) => {
    const r = input.reports.get(id);
    if (!r) throw new Error(`planAddedGroups: report ${id} is not among the reports given`);
    return r;
  };
  const out: AddedGroup[] = [];
  for (const { stored, added } of components.values()) {
    if (stored.length === 0 && added.length < 2) continue;
    // A stored group's original ranks first in it, so the group's is the first of these.
    const root = [...stored, ...added].map(report).sort(rank)[0]!.id;
    const rewritten = stored
      .filter((g) => g !== root)
      .flatMap((g) => [g, ...(copiesOf.get(g) ?? [])]);
    out.push({ root, copies: [...rewritten, ...added].filter((id) => id !== root), rewritten });
  }
  return out;
}

/** The links of a group to its original, as findReprints writes them. */
export function groupLinks(
  group: { root: string; copies: readonly string[] },
  signatures: ReadonlyMap<string, Uint32Array | null>,
  reports: ReadonlyMap<string, Report>,
  sources: readonly Source[],
): Reprint[] {
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  // Every linked report has a signature: a text too short to shingle is never linked.
  const end = (id: string) => {
    const report = reports.get(id);
    const signature = signatures.get(id);
    if (!report || !signature)
      throw new Error(
        `reprint link of report ${id}: its ${report ? "signature" : "report"} is missing`,
      );
    return { report, signature };
  };
  const original = end(group.root);
  return group.copies.map((id) => reprintLink(end(id), original, sourcesById));
}
