/**
 * The WHERE conditions and ORDER BY of a ClusterFilter, shared by both
 * backends so they list the same clusters in the same order. Each backend
 * writes its own placeholders.
 */
import type { ClusterFilter } from "./store.js";

/** ORDER BY of each ClusterFilter.order, on the clusters table's columns. */
export const CLUSTER_ORDERS = {
  id: "id",
  weight: "status_rank, independent_sources DESC, report_count DESC, id",
} as const;

/** The filter's conditions as column = value pairs, the unset ones left out. */
export function clusterConditions(filter: ClusterFilter): [string, string][] {
  const pairs: [string, string | undefined][] = [
    ["status", filter.status],
    ["issue", filter.issue],
    ["slot", filter.slot],
  ];
  return pairs.filter((p): p is [string, string] => p[1] !== undefined);
}
