/** Tracking the negotiation over time: who stands where, and what changed. */
export { findShifts } from "./shifts.js";
export { buildStanceMatrix } from "./stance-matrix.js";
