import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type LocalServer,
  respond,
  startLocalServer,
} from "../../test-support/local-http-server.js";
import { AddressGuard, forbiddenBecause, type Resolver } from "./address-guard.js";
import { FetchError } from "./errors.js";
import { fetchDocument } from "./fetcher.js";
import { nodeRequest, type RequestFunction } from "./http-get.js";

/** Test names and where they point; nothing here is ever asked of a real DNS server. */
const NAMES: Record<string, string> = {
  "private.test": "10.0.0.1",
  "home-router.test": "192.168.1.1",
  "metadata.test": "169.254.169.254",
  "loopback6.test": "::1",
  "loopback.test": "127.0.0.1",
  "cgnat.test": "100.64.0.9",
  "mapped.test": "::ffff:127.0.0.1",
};

const resolver: Resolver = async (host) => {
  const address = NAMES[host];
  if (!address) throw new Error(`unknown test name ${host}`);
  return [{ address, family: address.includes(":") ? 6 : 4 }];
};

function options(guard: AddressGuard, request: RequestFunction) {
  return {
    guard,
    userAgent: "test",
    timeoutMs: 2_000,
    maxBytes: 1_000_000,
    maxDecodedBytes: 1_000_000,
    maxRedirects: 5,
    request,
  };
}

describe("forbiddenBecause", () => {
  it("names why an address is not public and passes public ones", () => {
    expect(forbiddenBecause("10.1.2.3")).toBe("private network");
    expect(forbiddenBecause("172.20.0.1")).toBe("private network");
    expect(forbiddenBecause("127.0.0.1")).toBe("loopback");
    expect(forbiddenBecause("169.254.169.254")).toMatch(/metadata/);
    expect(forbiddenBecause("100.100.100.200")).toBe("carrier-grade NAT");
    expect(forbiddenBecause("0.0.0.0")).toBe("unspecified");
    expect(forbiddenBecause("239.1.1.1")).toBe("multicast");
    expect(forbiddenBecause("::1")).toBe("loopback");
    expect(forbiddenBecause("::")).toBe("unspecified");
    expect(forbiddenBecause("fe80::1")).toBe("link-local");
    expect(forbiddenBecause("fd00:ec2::254")).toMatch(/unique local/);
    expect(forbiddenBecause("ff02::1")).toBe("multicast");
    expect(forbiddenBecause("::ffff:8.8.8.8")).toBe("IPv4-mapped IPv6");
    expect(forbiddenBecause("93.184.216.34")).toBeNull();
    expect(forbiddenBecause("2606:4700::1111")).toBeNull();
  });
});

describe("the address guard", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ "/ok": respond("fine") });
  });
  afterAll(() => server.close());

  it.each(Object.keys(NAMES))("refuses %s before any socket is opened", async (name) => {
    const request = vi.fn(nodeRequest);
    const guard = new AddressGuard([], resolver);
    const attempt = fetchDocument(
      `http://${name}:${new URL(server.origin).port}/ok`,
      options(guard, request),
    );
    await expect(attempt).rejects.toMatchObject({ code: "forbidden_address" });
    await expect(attempt).rejects.toThrow(/fetch\.allow_addresses/);
    expect(request).not.toHaveBeenCalled();
  });

  it("refuses private address literals in the URL itself", async () => {
    const request = vi.fn(nodeRequest);
    const guard = new AddressGuard([], resolver);
    for (const url of [
      "http://10.0.0.1/",
      "http://[::1]/",
      "http://169.254.169.254/latest/meta-data/",
    ]) {
      await expect(fetchDocument(url, options(guard, request))).rejects.toBeInstanceOf(FetchError);
    }
    expect(request).not.toHaveBeenCalled();
  });

  it("lets an allow-listed address through", async () => {
    const guard = new AddressGuard(["127.0.0.1"], resolver);
    const result = await fetchDocument(server.url("/ok"), options(guard, nodeRequest));
    expect(result.body.toString()).toBe("fine");
  });

  it("refuses a redirect from an allowed server to a forbidden name, without connecting to it", async () => {
    server.route(
      "/to-metadata",
      respond("", { location: "http://metadata.test/latest/meta-data/" }, 302),
    );
    server.route(
      "/to-loopback6",
      respond("", { location: `http://loopback6.test:${new URL(server.origin).port}/ok` }, 301),
    );
    const request = vi.fn(nodeRequest);
    const guard = new AddressGuard(["127.0.0.1/32"], resolver);
    await expect(
      fetchDocument(server.url("/to-metadata"), options(guard, request)),
    ).rejects.toMatchObject({
      code: "forbidden_address",
      message: expect.stringContaining("169.254.169.254"),
    });
    expect(request).toHaveBeenCalledTimes(1);
    // Allowing 127.0.0.1 allows that address only: ::1 stays refused.
    request.mockClear();
    await expect(
      fetchDocument(server.url("/to-loopback6"), options(guard, request)),
    ).rejects.toMatchObject({
      code: "forbidden_address",
      message: expect.stringContaining("::1"),
    });
    expect(request).toHaveBeenCalledTimes(1);
  });

  it("refuses a bad allow-list entry by name", () => {
    expect(() => new AddressGuard(["10.0.0.0/40"], resolver)).toThrow(/'10.0.0.0\/40'/);
  });
});
