/**
 * The address guard: a fetch may only reach public addresses. Every name is
 * resolved first and every address it resolves to is checked; the connection
 * then goes to the checked address (no second lookup an attacker could
 * answer differently). Loopback, private, link-local, CGNAT, multicast,
 * unspecified, documentation, cloud metadata and IPv4-mapped IPv6 addresses
 * are refused unless the configured allow-list names them.
 */
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { FetchError } from "./errors.js";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Maps a host name to its addresses; tests inject one so no query leaves the machine. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

type Range = [network: string, prefix: number, why: string];

const IPV4_RANGES: Range[] = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private network"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local (cloud metadata)"],
  ["172.16.0.0", 12, "private network"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.0.2.0", 24, "documentation"],
  ["192.168.0.0", 16, "private network"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

const IPV6_RANGES: Range[] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["64:ff9b::", 96, "NAT64 (embeds an IPv4 address)"],
  ["100::", 64, "discard"],
  ["2001:db8::", 32, "documentation"],
  ["fc00::", 7, "private network (unique local)"],
  ["fe80::", 10, "link-local"],
  ["ff00::", 8, "multicast"],
];

/** One list per family: Node's BlockList matches IPv4-mapped IPv6 against IPv4 rules. */
function rangeList(ranges: Range[], type: "ipv4" | "ipv6"): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of ranges) list.addSubnet(network, prefix, type);
  return list;
}

const DENIED_V4 = rangeList(IPV4_RANGES, "ipv4");
const DENIED_V6 = rangeList(IPV6_RANGES, "ipv6");
const MAPPED_V4 = /^::ffff:/i;

/** Why an address is not public, or null when it is. */
export function forbiddenBecause(address: string): string | null {
  const family = isIP(address);
  if (family === 4) {
    if (!DENIED_V4.check(address, "ipv4")) return null;
    return IPV4_RANGES.find(([n, p]) => inRange(address, n, p, "ipv4"))?.[2] ?? "not public";
  }
  if (family === 6) {
    if (MAPPED_V4.test(address)) return "IPv4-mapped IPv6";
    if (!DENIED_V6.check(address, "ipv6")) return null;
    return IPV6_RANGES.find(([n, p]) => inRange(address, n, p, "ipv6"))?.[2] ?? "not public";
  }
  return "not an IP address";
}

function inRange(address: string, network: string, prefix: number, type: "ipv4" | "ipv6") {
  const one = new BlockList();
  one.addSubnet(network, prefix, type);
  return one.check(address, type);
}

/** "10.0.0.0/8", "127.0.0.1" or "::1" into a BlockList; a bad entry is named in the error. */
function allowList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (family === 0 || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32))
      throw new Error(`fetch.allow_addresses: '${entry}' is not an IP address or CIDR range`);
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

export class AddressGuard {
  private readonly allowed: BlockList;

  constructor(
    allowAddresses: string[],
    private readonly resolver: Resolver = systemResolver,
  ) {
    this.allowed = allowList(allowAddresses);
  }

  isAllowed(address: string): boolean {
    const family = isIP(address);
    if (family === 0) return false;
    return this.allowed.check(address, family === 6 ? "ipv6" : "ipv4");
  }

  /**
   * The addresses a URL's host may be reached at, all checked; throws a
   * FetchError naming the host, the address and the reason otherwise.
   */
  async addressesFor(url: URL): Promise<ResolvedAddress[]> {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const literal = isIP(host);
    let addresses: ResolvedAddress[];
    if (literal !== 0) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
    else {
      try {
        addresses = await this.resolver(host);
      } catch (error) {
        throw new FetchError(
          "dns",
          url.href,
          `cannot resolve ${host}: ${(error as Error).message}`,
        );
      }
    }
    if (addresses.length === 0)
      throw new FetchError("dns", url.href, `cannot resolve ${host}: no addresses`);
    for (const { address } of addresses) {
      const why = forbiddenBecause(address);
      if (why !== null && !this.isAllowed(address)) {
        const via = literal !== 0 ? address : `${host} resolves to ${address}`;
        throw new FetchError(
          "forbidden_address",
          url.href,
          `refused ${url.href}: ${via} (${why}); name it in fetch.allow_addresses to allow it`,
        );
      }
    }
    return addresses;
  }
}
