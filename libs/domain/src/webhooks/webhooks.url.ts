import { DomainError } from '../kernel';
import { MAX_WEBHOOK_URL_LENGTH } from './webhooks.types';

/**
 * Where webhooks may go (docs/webhooks.md, "Where requests may go"). `https:` only, with no user
 * name or password in it, and never to this platform's own network: loopback, private, link-local
 * (cloud metadata), carrier-grade NAT, multicast and unspecified addresses are refused, as are
 * `localhost` and names under `.localhost`, `.local` and `.internal`. `allowLoopbackHttp` (any
 * mode but production) also lets `http://` and `https://` reach 127.0.0.1, [::1] and localhost,
 * so a developer can receive on their own machine. Names are checked again when they resolve
 * (the sender refuses a name whose address is in those ranges, in production).
 */
export function checkWebhookUrl(raw: string, allowLoopbackHttp: boolean): string {
  const refuse = (why: string) => {
    throw DomainError.validation('webhook.url-refused', `Webhook URL refused: ${why}`);
  };
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) refuse(`longer than ${MAX_WEBHOOK_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') refuse('only https URLs are accepted');
  if (url.username || url.password) refuse('a URL may not carry a user name or password');
  if (url.hash) refuse('a URL may not carry a #fragment');
  // A trailing dot names the same host (`localhost.`): checked without it.
  const host = url.hostname.toLowerCase().replace(/\.+$/, '');
  const loopback = isLoopbackHost(host);
  if (loopback && allowLoopbackHttp) return url.toString();
  if (url.protocol !== 'https:') refuse('only https URLs are accepted (http only to localhost outside production)');
  if (loopback || isInternalName(host) || isPrivateAddress(host))
    refuse(`${host} is a loopback, private or internal address`);
  if (!host.includes('.') && !host.startsWith('[')) refuse(`${host} is not a public host name`);
  return url.toString();
}

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

function isInternalName(host: string): boolean {
  return /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/.test(host);
}

/**
 * An IP literal (IPv4 dotted, or IPv6 in brackets or bare) in a range a webhook must never reach.
 * A host name is not an address: false.
 */
export function isPrivateAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (v4) return isPrivateV4(v4.slice(1).map(Number));
  if (!h.includes(':')) return false;
  const mapped = /^(?:0*:)*:?ffff:(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (mapped) return isPrivateV4(mapped.slice(1).map(Number));
  const hexMapped = /^(?:0*:)*:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (hexMapped) {
    const [hi, lo] = [parseInt(hexMapped[1], 16), parseInt(hexMapped[2], 16)];
    return isPrivateV4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  }
  if (h === '::' || h === '::1') return true;
  const first = parseInt(h.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xff00) === 0xff00 || // multicast
    h.startsWith('64:ff9b:') || // NAT64 (may embed a private v4)
    h.startsWith('::') // v4-compatible and other special forms
  );
}

function isPrivateV4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224 // multicast, reserved, broadcast
  );
}
