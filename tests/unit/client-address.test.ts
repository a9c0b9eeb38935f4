import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyCount } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For and X-Real-IP with no trusted proxy (the default)", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }, 0)).toBeNull();
    expect(clientAddress({}, 0)).toBeNull();
  });

  it("takes the address the outermost trusted proxy saw: the Nth from the right", () => {
    // The client sent "6.6.6.6" itself; the one proxy appended the address it saw.
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.5" }, 1)).toBe("203.0.113.5");
    // Two proxies: the load balancer saw the client, the internal proxy saw the load balancer.
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2" }, 2)).toBe("203.0.113.5");
    // Several header lines count as one list.
    expect(clientAddress({ "x-forwarded-for": ["6.6.6.6", "203.0.113.5"] }, 1)).toBe("203.0.113.5");
    expect(clientAddress({ "x-forwarded-for": "2001:db8::1" }, 1)).toBe("2001:db8::1");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.5:41234" }, 1)).toBe("203.0.113.5");
    expect(clientAddress({ "x-forwarded-for": "[2001:db8::1]:443" }, 1)).toBe("2001:db8::1");
  });

  it("gives no address when there are fewer hops than proxies or the hop is not an address", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.5" }, 2)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, not-an-ip" }, 1)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "" }, 1)).toBeNull();
  });

  it("reads TRUSTED_PROXY_COUNT, defaulting to 0 for anything that is not a small whole number", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(trustedProxyCount("-1")).toBe(0);
    expect(trustedProxyCount("1.5")).toBe(0);
    expect(trustedProxyCount("abc")).toBe(0);
  });
});

describe("clientAddress behind the portal's own server (x-portal-peer)", () => {
  it("with no proxy, is the TCP peer, whatever X-Forwarded-For the client wrote", () => {
    expect(clientAddress({ "x-portal-peer": "198.51.100.7" }, 0)).toBe("198.51.100.7");
    expect(clientAddress({ "x-portal-peer": "198.51.100.7", "x-forwarded-for": "6.6.6.6" }, 0)).toBe(
      "198.51.100.7",
    );
    expect(clientAddress({ "x-portal-peer": "::ffff:127.0.0.1" }, 0)).toBe("127.0.0.1");
    expect(clientAddress({ "x-portal-peer": "::1" }, 0)).toBe("::1");
  });

  it("with N proxies, is the entry just before them in X-Forwarded-For followed by the peer", () => {
    // The client forged 6.6.6.6; our one proxy (10.0.0.2, the peer) appended the client it saw.
    const headers = { "x-portal-peer": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.5" };
    expect(clientAddress(headers, 1)).toBe("203.0.113.5");
    // A request that reached the server around the proxy has only the peer: never the forgery.
    expect(clientAddress({ "x-portal-peer": "198.51.100.7" }, 1)).toBeNull();
  });
});
