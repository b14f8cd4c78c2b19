/**
 * The keys clusters are grouped and named by: a slot made generic over
 * duration units, and a stable cluster id.
 */
import { createHash } from "node:crypto";
import { canonicalUnit } from "./values.js";

const DURATION_UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "year"]);

/**
 * The key claims are grouped by: the slot, with a trailing duration unit made
 * generic, so "talks:call:minute" and "talks:call:hour" meet and their figures
 * are compared after conversion ("about 75 minutes" against "two hours").
 */
export function slotKey(slot: string): string {
  let key = slotKeys.get(slot);
  if (key === undefined) {
    key = genericSlot(slot);
    slotKeys.set(slot, key);
  }
  return key;
}

/** Slots repeat across thousands of claims; their keys are worked out once. */
const slotKeys = new Map<string, string>();

function genericSlot(slot: string): string {
  const parts = slot.split(":");
  const last = parts.at(-1) ?? "";
  if (parts.length < 2 || !DURATION_UNITS.has(canonicalUnit(last))) return slot;
  return [...parts.slice(0, -1), "duration"].join(":");
}

/** A stable id: the same slot and the same first claim give the same id on every run. */
export function clusterId(slot: string, firstClaimId: string): string {
  const digest = createHash("sha256").update(`${slot}\u0000${firstClaimId}`).digest("hex");
  return `c-${digest.slice(0, 12)}`;
}
