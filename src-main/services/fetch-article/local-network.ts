/**
 * Whether an address leads to this computer or its local network: a download of article text goes only to the web.
 * The address a download starts from is the renderer's word (main keeps no library), so a page that took over the
 * renderer could otherwise make main read a router's admin page, a local service or a cloud's metadata address and
 * hand back its text. The host name is resolved first and every address it has is checked, at the start and after
 * each redirect. (A name that resolves again to another address between this check and the connection — DNS
 * rebinding — is not covered: Node's fetch does not let the check sit inside its connection.)
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { reason, type FailureReason } from '../import/reason';

const LOCAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // this network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  LOCAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  LOCAL.addSubnet(network, prefix, 'ipv6');
}

/** An IPv4 address written as IPv6 (::ffff:127.0.0.1) is checked as the IPv4 address it is. */
function isLocalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return LOCAL.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 4) return LOCAL.check(address, 'ipv4');
  if (family === 6) return LOCAL.check(address, 'ipv6');
  return true; // not an address at all: nothing to connect to
}

/** Null when the address is on the web; otherwise why it is not downloaded. */
export async function localNetworkReason(url: URL): Promise<FailureReason | null> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const refused = () => reason('downloadLocalNetwork', { url: url.href.slice(0, 300) });
  if (isIP(host) !== 0) return isLocalAddress(host) ? refused() : null;
  if (host === 'localhost' || host.endsWith('.localhost')) return refused();
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    return null; // the download itself then says the site could not be reached
  }
  return addresses.some(({ address }) => isLocalAddress(address)) ? refused() : null;
}
