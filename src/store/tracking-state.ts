/**
 * The kept tracking state as both stores read it back. It is a copy of what
 * tracking makes afresh, so a row that no longer parses counts as none kept.
 */
import type { Tracking } from "../model/index.js";

export function parseTrackingState(json: string | null): Tracking | null {
  if (json === null) return null;
  try {
    const state = JSON.parse(json) as Tracking | null;
    return state && typeof state === "object" && state.matrix && state.framework ? state : null;
  } catch {
    return null;
  }
}
