/** The plain records every stage reads and writes. */
export type * from "./actor.js";
export type * from "./annotations.js";
export type * from "./claim.js";
export { VENUE_PREDICATE, VENUE_TERMS } from "./claim.js";
export type * from "./document.js";
export type * from "./dossier.js";
export type * from "./report.js";
export type * from "./source.js";
export { ownerOrigin } from "./source.js";
export type * from "./tracking.js";
export { groupOf } from "./tracking.js";
export type * from "./verification.js";
export { VERDICT_WEIGHT } from "./verification.js";
