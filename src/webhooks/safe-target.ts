import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where webhooks may not go: an endpoint's URL is the caller's, so without this a registered endpoint
 * could make the service reach into its own network (the database, a cloud's metadata service). The
 * addresses are checked when the connection is made, after DNS, so a name that resolves elsewhere
 * later (DNS rebinding) is caught too.
 */

export type PrivateTargets = 'none' | 'loopback' | 'private';

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const otherPrivate = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  otherPrivate.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  otherPrivate.addSubnet(network, prefix, 'ipv6');
}

/** Why an address is refused, or undefined when webhooks may go there. */
export function refusedAddress(address: string, allowed: PrivateTargets): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const [plain, type] = mapped ? [mapped[1], 'ipv4' as const] : [address, family === 4 ? ('ipv4' as const) : ('ipv6' as const)];
  if (allowed === 'private') return undefined;
  if (loopback.check(plain, type)) return allowed === 'loopback' ? undefined : 'a loopback address';
  if (otherPrivate.check(plain, type)) return 'a private, link-local or reserved address';
  return undefined;
}

/** Why a URL cannot be an endpoint, or undefined. */
export function endpointUrlProblem(value: string, allowed: PrivateTargets): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
  if (url.protocol === 'http:' && allowed === 'none') return 'must be an https URL';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (value.length > 2_000) return 'must be at most 2,000 characters';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const refused = refusedAddress(host, allowed);
    if (refused) return `must not point to ${refused}`;
  } else if (/^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host) && allowed === 'none') {
    return 'must not point to a local host name';
  }
  return undefined;
}

/** A DNS lookup for outgoing connections that refuses the addresses `allowed` does not admit. */
export function guardedLookup(allowed: PrivateTargets): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as LookupAddress[];
      const refused = list.map((entry) => refusedAddress(entry.address, allowed)).find(Boolean);
      if (refused || list.length === 0) {
        const problem = Object.assign(new Error(`${hostname} resolves to ${refused ?? 'nothing'}: webhooks do not go there`), { code: 'EADDRNOTALLOWED' });
        return callback(problem, '', 0);
      }
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
