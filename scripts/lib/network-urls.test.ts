import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { localNetworkUrls } from "./network-urls";

const entry = (address: string, family: "IPv4" | "IPv6", internal = false) =>
  ({ address, family, internal, netmask: "", mac: "", cidr: null, ...(family === "IPv6" && { scopeid: 0 }) }) as NetworkInterfaceInfo;

describe("localNetworkUrls", () => {
  it("lists each IPv4 address other devices can reach, not loopback or IPv6", () => {
    const interfaces = {
      lo: [entry("127.0.0.1", "IPv4", true), entry("::1", "IPv6", true)],
      wlan0: [entry("192.168.1.20", "IPv4"), entry("fe80::1", "IPv6")],
      eth0: [entry("10.0.0.5", "IPv4")],
    };
    expect(localNetworkUrls(3000, interfaces)).toEqual(["http://192.168.1.20:3000", "http://10.0.0.5:3000"]);
  });

  it("lists nothing on a machine with no network", () => {
    expect(localNetworkUrls(3000, { lo: [entry("127.0.0.1", "IPv4", true)] })).toEqual([]);
  });
});
