/**
 * What clustering compares, claim against claim: each claim's weighted term
 * profile and the days its time covers, worked out once; whether two claims
 * share an anchor or a stance; and the sample a large cluster is measured by.
 */
import type { Claim } from "../model/index.js";
import { firstAndLatest } from "./average-link.js";
import {
  profileContainment,
  profileSimilarity,
  type TermProfile,
  type TermWeights,
  termProfile,
} from "./similarity.js";
import { DAY_SLACK, daySpan } from "./time.js";

/** Factor on the similarity of figure-less claims whose times cannot be the same day. */
export const TIME_MISMATCH_FACTOR = 0.6;
/** Terms that anchor a statement (extract/anchors.ts), as the terms are normalised. */
const ANCHOR_TERM = "anchor:";
/** An event anchor by place (extract/anchors.ts): "anchor:event:meeting:2026-01-06:@paris". */
const PLACED_EVENT = /^anchor:event:([a-z_]+):(\d{4}-\d{2}-\d{2}):@(.+)$/;
/** Terms that name a stance the claim's sentence takes (extract/anchors.ts). */
const STANCE_TERM = "stance:";

/**
 * What the clustering compares, worked out once per claim: its weighted term
 * profile and the days its time covers. Every similarity below goes through it,
 * so a claim compared with hundreds of others is normalised and weighed once.
 * What is worked out is held only as long as the claim is: a full run that
 * reads its claims block by block lets each block's go.
 */
export class ClaimMeasure {
  private readonly profiles = new WeakMap<Claim, TermProfile>();
  private readonly spans = new WeakMap<Claim, { from: number; to: number } | null>();
  private readonly anchorSets = new WeakMap<Claim, readonly string[]>();
  private readonly stanceSets = new WeakMap<Claim, readonly string[]>();
  private readonly placedSets = new WeakMap<Claim, readonly { key: string; day: number }[]>();

  constructor(readonly weights: TermWeights) {}

  profile(claim: Claim): TermProfile {
    let p = this.profiles.get(claim);
    if (!p) {
      p = termProfile(claim.terms, this.weights);
      this.profiles.set(claim, p);
    }
    return p;
  }

  /** True unless both times are known and cannot be the same moment (see time.ts). */
  timesCompatible(a: Claim, b: Claim): boolean {
    const x = this.span(a);
    const y = this.span(b);
    if (!x || !y) return true;
    return x.from <= y.to + DAY_SLACK && y.from <= x.to + DAY_SLACK;
  }

  /**
   * True when both claims carry one same anchor term, or name one kind of
   * event in one place on days at most DAY_SLACK apart ("will meet in Paris on
   * January 6" / "will gather in Paris on January 7"): one event, whose days
   * verification then shows as variants.
   */
  shareAnchor(a: Claim, b: Claim): boolean {
    if (this.share(this.anchorSets, ANCHOR_TERM, a, b)) return true;
    const x = this.placedEvents(a);
    if (x.length === 0) return false;
    const y = this.placedEvents(b);
    return x.some((p) => y.some((q) => p.key === q.key && Math.abs(p.day - q.day) <= DAY_SLACK));
  }

  /** The "kind@place" and day of each placed event anchor of a claim. */
  private placedEvents(claim: Claim): readonly { key: string; day: number }[] {
    const kept = this.placedSets.get(claim);
    if (kept) return kept;
    const found: { key: string; day: number }[] = [];
    for (const term of this.profile(claim).weights.keys()) {
      const m = PLACED_EVENT.exec(term);
      if (m) found.push({ key: `${m[1]}@${m[3]}`, day: Date.parse(m[2]!) / 86_400_000 });
    }
    this.placedSets.set(claim, found);
    return found;
  }

  /** True when both claims take one same stance. */
  shareStance(a: Claim, b: Claim): boolean {
    return this.share(this.stanceSets, STANCE_TERM, a, b);
  }

  private share(
    cache: WeakMap<Claim, readonly string[]>,
    prefix: string,
    a: Claim,
    b: Claim,
  ): boolean {
    let x = cache.get(a);
    if (!x) {
      x = [...this.profile(a).weights.keys()].filter((t) => t.startsWith(prefix));
      cache.set(a, x);
    }
    if (x.length === 0) return false;
    const y = this.profile(b).weights;
    return x.some((t) => y.has(t));
  }

  jaccard(a: Claim, b: Claim): number {
    return profileSimilarity(this.profile(a), this.profile(b));
  }

  containment(a: Claim, b: Claim): number {
    return profileContainment(this.profile(a), this.profile(b));
  }

  private span(claim: Claim) {
    let span = this.spans.get(claim);
    if (span === undefined) {
      span = claim.time ? daySpan(claim.time) : null;
      this.spans.set(claim, span);
    }
    return span;
  }
}

/** The mean of a similarity between one claim and others; 0 for none. */
export function meanSimilarity(
  claim: Claim,
  others: readonly Claim[],
  similarity: (a: Claim, b: Claim) => number,
): number {
  if (others.length === 0) return 0;
  let sum = 0;
  for (const other of others) sum += similarity(claim, other);
  return sum / others.length;
}

/** Members a denial is weighed against: all of them, or the first and latest of a large cluster. */
export const DENIAL_SAMPLE = 32;

export function representatives(claims: readonly Claim[]): readonly Claim[] {
  return firstAndLatest(claims, DENIAL_SAMPLE);
}
