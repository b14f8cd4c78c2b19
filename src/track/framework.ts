/**
 * The framework tracker: each point of a negotiated text (from the dossier)
 * with its status, agreed / open / disputed, and the evidence for it. Evidence
 * comes from two places: report sentences about the point that say in words
 * where it stands ("remains unresolved", "agreed in Paris"), and the parties'
 * current stances on the point's issue (one proposes, another rejects: disputed).
 * The latest evidence decides; with none, a point is open.
 */
import { buildIssueMatcher, partyWordKey, partyWords } from "../extract/index.js";
import type {
  Actor,
  Dossier,
  ExtractedReport,
  FrameworkPoint,
  FrameworkPointStatus,
  PointEvidence,
  PointStatus,
  Position,
  StanceMatrix,
  TrackingDigest,
} from "../model/index.js";

/**
 * Words of a point's label too common to tie a sentence to that point. The
 * names of the negotiation's parties are too (party-words.ts): they come from
 * the dossier's state and bloc actors.
 */
const GENERIC = new Set(
  "state europe agreement signed after before between which their there where while with from that this into under over still kept held holds becomes become defined basis share elsewhere other parties party partners".split(
    " ",
  ),
);

const OPEN_CUE =
  /\b(?:open|unresolved|unsettled|undecided|outstanding|not (?:yet )?(?:been )?(?:agreed|settled|resolved|decided)|no agreement|(?:still|remains?|remained) (?:under discussion|being (?:negotiated|discussed))|sticking points?|less progress|stalls?|stalled|gaps?|to be (?:decided|settled|agreed))\b/i;
const DISPUTED_CUE =
  /\b(?:disputed?|disputes|rejects?|rejected|refuses?|refused|opposes?|opposed|objects?|objected|denies|denied|contest(?:s|ed)?)\b/i;
/** Agreement told as a fact ("has been agreed", "signed a declaration"), not as a hypothesis ("once a deal is signed"). */
const AGREED_CUE =
  /\b(?:(?:has|have|had|was|were) (?:been )?(?:agreed|settled|resolved|accepted|finali[sz]ed)|agreed (?:on|to|in)|agreement (?:on|over)|signed (?:a|the)|nearly complete|largely (?:finished|agreed|settled)|consensus)\b/i;

const SUPPORTIVE: Position[] = ["demands", "proposes", "supports", "accepts"];
const AGAINST: Position[] = ["rejects", "opposes", "denies"];

const stem = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’']s$/, "")
    .slice(0, 7);
const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N},.'’-]*[\p{L}\p{N}]/gu) ?? [];

/**
 * Anchors: the label's words that single the point out among its siblings
 * on the same issue: numbers, names, and long content words no sibling uses.
 * `parties` are the lower-case words naming the dossier's states and blocs.
 */
export function pointAnchors(
  point: FrameworkPoint,
  all: FrameworkPoint[],
  parties: ReadonlySet<string> = new Set(),
): string[] {
  const siblings = all.filter((p) => p.id !== point.id);
  const siblingStems = new Set(siblings.flatMap((p) => words(p.label).map(stem)));
  return [
    ...new Set(
      words(point.label)
        .filter((w) => /\d/.test(w) || w.length >= 6 || /^[A-Z]{2,}/.test(w))
        .filter(
          (w) =>
            !GENERIC.has(w.toLowerCase()) &&
            !parties.has(partyWordKey(w)) &&
            !siblingStems.has(stem(w)),
        )
        .map(stem),
    ),
  ];
}

/** What a sentence says about a point's status, from its words; null when it says nothing. */
export function statusInWords(text: string): PointStatus | null {
  if (OPEN_CUE.test(text)) return "open";
  if (DISPUTED_CUE.test(text)) return "disputed";
  if (AGREED_CUE.test(text)) return "agreed";
  return null;
}

/** The sentences that say something about a status, found once for all points, indexed by their word stems. */
interface StatusSentences {
  evidence: PointEvidence[];
  /** Stem → the indexes (ascending) of the sentences that have a word of it. */
  byStem: Map<string, number[]>;
}

/** The report's sentences that say something of a status: what its digest keeps for the framework. */
export function statusSentencesOf(x: ExtractedReport): TrackingDigest["statusSentences"] {
  const out: TrackingDigest["statusSentences"] = [];
  for (const s of x.sentences) {
    const text = x.report.text.slice(s.start, s.end).replace(/\s+/g, " ").trim();
    const says = statusInWords(text);
    if (says)
      out.push({ sentence: s.index, text, says, stems: [...new Set(words(text).map(stem))] });
  }
  return out;
}

function statusSentences(digests: TrackingDigest[]): StatusSentences {
  const out: StatusSentences = { evidence: [], byStem: new Map() };
  for (const d of digests) {
    for (const { sentence, text, says, stems } of d.statusSentences) {
      const evidence: PointEvidence = {
        reportId: d.reportId,
        sentence,
        text,
        asOf: d.published,
        says,
        via: "text",
      };
      const at = out.evidence.push(evidence) - 1;
      for (const s of stems) {
        const list = out.byStem.get(s);
        if (list) list.push(at);
        else out.byStem.set(s, [at]);
      }
    }
  }
  return out;
}

/** The status sentences with a word of an anchor that speak of the point's issue, in their order. */
function textEvidence(
  anchors: string[],
  sentences: StatusSentences,
  onIssue: (text: string) => boolean,
): PointEvidence[] {
  const found = new Set<number>();
  for (const a of anchors) for (const i of sentences.byStem.get(a) ?? []) found.add(i);
  return [...found]
    .sort((x, y) => x - y)
    .map((i) => sentences.evidence[i]!)
    .filter((e) => onIssue(e.text))
    .map((e) => ({ ...e }));
}

/** The side an actor is on: the state or bloc it belongs to, else itself. */
function sideOf(actors: Map<string, Actor>, id: string): string {
  let current = id;
  for (let i = 0; i < 4; i++) {
    const next = actors.get(current)?.affiliation;
    if (!next || next === current) break;
    current = next;
  }
  return current;
}

function stanceEvidence(
  point: FrameworkPoint,
  matrix: StanceMatrix,
  actors: Map<string, Actor>,
  alone: boolean,
): PointEvidence[] {
  // Stances are on issues; they speak of a point only when it is the one point on its issue.
  if (!alone) return [];
  const cells = matrix.cells.filter((c) => c.issue === point.issue);
  const sides = new Map<string, Position>();
  for (const c of cells) sides.set(sideOf(actors, c.actorId), c.current);
  if (sides.size < 2) return [];
  const positions = [...sides.values()];
  const split =
    positions.some((p) => SUPPORTIVE.includes(p)) && positions.some((p) => AGAINST.includes(p));
  const allAccept = positions.every((p) => p === "accepts" || p === "supports");
  if (!split && !allAccept) return [];
  const last = cells
    .map((c) => c.history[c.history.length - 1]!)
    .sort((a, b) => a.asOf.localeCompare(b.asOf))
    .pop()!;
  return [
    {
      reportId: last.reportId,
      sentence: last.sentence,
      text: last.evidence.replace(/\s+/g, " ").trim(),
      asOf: last.asOf,
      says: split ? "disputed" : "agreed",
      via: "stances",
    },
  ];
}

const WEIGHT: Record<PointStatus, number> = { agreed: 0, open: 1, disputed: 2 };

export function trackFramework(
  dossier: Pick<Dossier, "framework" | "issues"> & Partial<Pick<Dossier, "actors">>,
  digests: TrackingDigest[],
  matrix: StanceMatrix,
  actorList: Actor[],
): FrameworkPointStatus[] {
  const matcher = buildIssueMatcher(dossier);
  const actors = new Map(actorList.map((a) => [a.id, a]));
  const sentences = statusSentences(digests);
  const parties = partyWords(dossier.actors ?? []);
  return dossier.framework.map((point) => {
    const anchors = pointAnchors(point, dossier.framework, parties);
    const onIssue = (text: string) => matcher.termsOf(text, point.issue).length > 0;
    const evidence = [
      ...textEvidence(anchors, sentences, onIssue),
      ...stanceEvidence(
        point,
        matrix,
        actors,
        dossier.framework.filter((p) => p.issue === point.issue).length === 1,
      ),
    ].sort((a, b) => a.asOf.localeCompare(b.asOf) || a.reportId.localeCompare(b.reportId));
    const latestDay = evidence[evidence.length - 1]?.asOf.slice(0, 10);
    // On the latest day the weightier reading wins: a dispute outweighs a report of agreement.
    const decisive = evidence
      .filter((e) => e.asOf.slice(0, 10) === latestDay)
      .sort((a, b) => WEIGHT[b.says] - WEIGHT[a.says])[0];
    const status = decisive?.says ?? "open";
    return {
      pointId: point.id,
      label: point.label,
      issue: point.issue,
      status,
      reason: reasonFor(decisive),
      evidence,
    };
  });
}

function reasonFor(decisive: PointEvidence | undefined): string {
  if (!decisive) return "no report says where it stands";
  const day = decisive.asOf.slice(0, 10);
  if (decisive.via === "text") return `the latest report on it (${day}) calls it ${decisive.says}`;
  return decisive.says === "disputed"
    ? `the parties' current positions on its issue oppose each other (as of ${day})`
    : `every party that took a position accepts it (as of ${day})`;
}
