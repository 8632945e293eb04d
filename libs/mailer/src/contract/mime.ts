/**
 * Just enough MIME to read back what an SMTP client sent: headers (unfolded, RFC 2047 words
 * decoded), nested multiparts, base64 and quoted-printable bodies in UTF-8. Test support only.
 */
export type ParsedMessage = Readonly<{
  /** Header names lower-cased; the first value of each. */
  headers: Readonly<Record<string, string>>;
  headerNames: readonly string[];
  text?: string;
  html?: string;
}>;

type Part = { headers: Record<string, string>; names: string[]; body: string };

export function parseMessage(raw: Buffer): ParsedMessage {
  const root = splitPart(raw.toString('latin1')); // bytes as chars; decoded per part below
  const leaves: { type: string; content: string }[] = [];
  collectLeaves(root, leaves);
  const decodedHeaders = Object.fromEntries(
    Object.entries(root.headers).map(([name, value]) => [name, decodeWords(value)]),
  );
  return {
    headers: decodedHeaders,
    headerNames: root.names,
    text: leaves.find((leaf) => leaf.type === 'text/plain')?.content,
    html: leaves.find((leaf) => leaf.type === 'text/html')?.content,
  };
}

function splitPart(source: string): Part {
  const end = source.indexOf('\r\n\r\n');
  const head = end === -1 ? source : source.slice(0, end);
  const body = end === -1 ? '' : source.slice(end + 4);
  const headers: Record<string, string> = {};
  const names: string[] = [];
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    names.push(name);
    headers[name] ??= line.slice(colon + 1).trim();
  }
  return { headers, names, body };
}

function collectLeaves(part: Part, into: { type: string; content: string }[]): void {
  const contentType = part.headers['content-type'] ?? 'text/plain';
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (boundary === undefined) throw new Error(`multipart without boundary: ${contentType}`);
    const sections = part.body.split(`--${boundary}`).slice(1); // drop the preamble
    for (const section of sections) {
      if (section.startsWith('--')) break; // closing delimiter
      collectLeaves(splitPart(section.replace(/^\r\n/, '').replace(/\r\n$/, '')), into);
    }
    return;
  }
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(part.body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(part.body)
        : Buffer.from(part.body, 'latin1');
  into.push({ type, content: bytes.toString('utf8') });
}

function decodeQuotedPrintable(body: string): Buffer {
  const joined = body.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?Q?Caf=C3=A9?=`); whitespace between adjacent words is dropped. */
export function decodeWords(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  return value.replace(/\?=\s+=\?/g, '?==?').replace(word, (_all, _charset: string, kind: string, data: string) => {
    const bytes =
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : decodeQuotedPrintable(data.replace(/_/g, ' ').replace(/=\r\n/g, ''));
    return bytes.toString('utf8');
  });
}
