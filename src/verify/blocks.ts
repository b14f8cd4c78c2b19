/**
 * The blocks a full verification clusters one at a time. Claims are compared
 * only inside a block, so a run that reads each block's claims, clusters
 * them and writes the result holds one block's claims at once, not the corpus:
 * - claims with a figure: one block per slot key (cluster.ts compares figures
 *   only within a slot);
 * - statements: the connected components of claims that share a distinctive
 *   term carried by at most LINK_TERM_LIMIT claims (the blocks clusterClaims
 *   makes, worked out here from term numbers instead of claims);
 * - venue claims: one block.
 * Denials are kept apart: they are placed once the clusters they may deny exist.
 *
 * What the plan holds per claim is a few numbers: its id packed as report,
 * sentence and rank, and for a statement the numbers of its terms.
 */
import type { Claim } from "../model/index.js";
import { slotKey } from "./slot-keys.js";
import { isVenue } from "./venues.js";

export type BlockKind = "figure" | "statement" | "venue";

export interface ClaimBlock {
  kind: BlockKind;
  /** Claim ids, in the order they were planned (ascending when added so). */
  ids: string[];
}

/** A list of 32-bit integers that grows as it is filled. */
class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(i: number): number {
    return this.data[i]!;
  }

  /** Adds one to the value at i (growing with zeros up to it). */
  bump(i: number): void {
    while (i >= this.length) this.push(0);
    this.data[i]!++;
  }
}

/** The `${reportId}:${sentence}:${rank}` shape claim ids have; others are kept whole. */
const CLAIM_ID = /^(.+):(0|[1-9]\d{0,8}):(0|[1-9]\d{0,8})$/;

/**
 * Claim ids by number: an id of the usual shape is kept as its report's
 * number, sentence and rank, the report id once for all its claims.
 */
export class ClaimIds {
  private readonly reports: string[] = [];
  private readonly reportNumbers = new Map<string, number>();
  private readonly report = new IntList();
  private readonly sentence = new IntList();
  private readonly rank = new IntList();
  private readonly whole = new Map<number, string>();

  get size(): number {
    return this.report.length;
  }

  add(id: string): number {
    const at = this.report.length;
    const m = CLAIM_ID.exec(id);
    if (!m) {
      this.whole.set(at, id);
      this.report.push(-1);
      this.sentence.push(0);
      this.rank.push(0);
      return at;
    }
    let n = this.reportNumbers.get(m[1]!);
    if (n === undefined) {
      n = this.reports.length;
      this.reports.push(m[1]!);
      this.reportNumbers.set(m[1]!, n);
    }
    this.report.push(n);
    this.sentence.push(Number(m[2]));
    this.rank.push(Number(m[3]));
    return at;
  }

  get(at: number): string {
    const n = this.report.at(at);
    if (n < 0) return this.whole.get(at)!;
    return `${this.reports[n]}:${this.sentence.at(at)}:${this.rank.at(at)}`;
  }
}

/** A term carried by more claims than this does not link statements into one block. */
export const BLOCK_LINK_LIMIT = 40;

/** Plans the blocks of claims added one at a time, in ascending id order. */
export class BlockPlan {
  private readonly ids = new ClaimIds();
  private readonly figures = new Map<string, IntList>();
  private readonly venues = new IntList();
  private readonly denialList = new IntList();
  /** Statements: their claim numbers, and their terms as numbers in one list (CSR). */
  private readonly statements = new IntList();
  private readonly termStart = new IntList();
  private readonly terms = new IntList();
  private readonly termNumbers = new Map<string, number>();
  /** Per term number: how many times statements carry it. */
  private readonly holders = new IntList();
  private last: string | null = null;

  constructor(private readonly linkLimit = BLOCK_LINK_LIMIT) {}

  add(claim: Claim): void {
    if (this.last !== null && claim.id <= this.last) {
      throw new Error(`block plan: claim ${claim.id} comes after ${this.last}; ids must ascend`);
    }
    this.last = claim.id;
    const at = this.ids.add(claim.id);
    if (claim.polarity === "deny") {
      this.denialList.push(at);
    } else if (claim.quantity !== null) {
      const key = slotKey(claim.slot);
      let list = this.figures.get(key);
      if (!list) {
        list = new IntList();
        this.figures.set(key, list);
      }
      list.push(at);
    } else if (isVenue(claim)) {
      this.venues.push(at);
    } else {
      this.statements.push(at);
      this.termStart.push(this.terms.length);
      for (const term of claim.terms) {
        if (term.startsWith("issue:")) continue;
        let n = this.termNumbers.get(term);
        if (n === undefined) {
          n = this.termNumbers.size;
          this.termNumbers.set(term, n);
        }
        this.terms.push(n);
        this.holders.bump(n);
      }
    }
  }

  /** How many claims were planned. */
  get size(): number {
    return this.ids.size;
  }

  /** The denials' ids, ascending. */
  denials(): string[] {
    return this.list(this.denialList);
  }

  /** Every block: figure slots, then statement components, then the venues. */
  *blocks(): Generator<ClaimBlock> {
    for (const key of [...this.figures.keys()].sort()) {
      yield { kind: "figure", ids: this.list(this.figures.get(key)!) };
    }
    yield* this.statementBlocks();
    if (this.venues.length > 0) yield { kind: "venue", ids: this.list(this.venues) };
  }

  /**
   * Blocks gathered into batches of at most `limit` claims (a larger block is a
   * batch of its own), so each batch's claims are read together.
   */
  *batches(limit: number): Generator<ClaimBlock[]> {
    let batch: ClaimBlock[] = [];
    let size = 0;
    for (const block of this.blocks()) {
      if (size > 0 && size + block.ids.length > limit) {
        yield batch;
        batch = [];
        size = 0;
      }
      batch.push(block);
      size += block.ids.length;
    }
    if (batch.length > 0) yield batch;
  }

  private list(numbers: IntList): string[] {
    const out: string[] = [];
    for (let i = 0; i < numbers.length; i++) out.push(this.ids.get(numbers.at(i)));
    return out;
  }

  /** Connected components of the statements through terms few statements carry. */
  private *statementBlocks(): Generator<ClaimBlock> {
    const n = this.statements.length;
    if (n === 0) return;
    const parent = new Int32Array(n);
    for (let i = 0; i < n; i++) parent[i] = i;
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]!]!;
        i = parent[i]!;
      }
      return i;
    };
    // The first statement seen with each linking term; later holders join it.
    const first = new Int32Array(this.termNumbers.size).fill(-1);
    for (let s = 0; s < n; s++) {
      const end = s + 1 < n ? this.termStart.at(s + 1) : this.terms.length;
      for (let k = this.termStart.at(s); k < end; k++) {
        const term = this.terms.at(k);
        const count = this.holders.at(term);
        if (count < 2 || count > this.linkLimit) continue;
        if (first[term] === -1) first[term] = s;
        else {
          const a = find(s);
          const b = find(first[term]!);
          if (a !== b) parent[a] = b;
        }
      }
    }
    // Components numbered by their first statement; statements laid out by component.
    const component = new Int32Array(n).fill(-1);
    const sizes: number[] = [];
    const of = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      const root = find(s);
      if (component[root] === -1) {
        component[root] = sizes.length;
        sizes.push(0);
      }
      of[s] = component[root]!;
      sizes[of[s]!]!++;
    }
    const start = new Int32Array(sizes.length + 1);
    for (let c = 0; c < sizes.length; c++) start[c + 1] = start[c]! + sizes[c]!;
    const fill = start.slice(0, sizes.length);
    const laid = new Int32Array(n);
    for (let s = 0; s < n; s++) laid[fill[of[s]!]!++] = s;
    for (let c = 0; c < sizes.length; c++) {
      const ids: string[] = [];
      for (let k = start[c]!; k < start[c + 1]!; k++)
        ids.push(this.ids.get(this.statements.at(laid[k]!)));
      yield { kind: "statement", ids };
    }
  }
}
