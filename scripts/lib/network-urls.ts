import { networkInterfaces } from "node:os";

/** The app's address on each local network this machine is on (IPv4, loopback left out): what other devices open. */
export function localNetworkUrls(port: number, interfaces = networkInterfaces()): string[] {
  const addresses = Object.values(interfaces).flat().filter((i) => i?.family === "IPv4" && !i.internal);
  return [...new Set(addresses.map((i) => `http://${i!.address}:${port}`))];
}
