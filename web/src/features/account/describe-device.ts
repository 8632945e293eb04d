// Turns a session's raw user agent into something a person recognises ("Firefox on Windows").
// Deliberately small: the browsers and systems people sign in from, no user-agent library.

/** The longest raw string shown when the user agent is not recognised. */
export const RAW_DEVICE_MAX = 60;

// First match wins: the Chromium-based browsers also say "Chrome/" (and Chrome says "Safari/"),
// so the more specific tokens come first.
const BROWSERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b|\bOPiOS\/|\bOPT\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bHeadlessChrome\//, 'Headless Chrome'],
  [/\bChromium\//, 'Chromium'],
  [/\bChrome\/|\bCriOS\//, 'Chrome'],
  [/\bSafari\//, 'Safari'],
];

// iOS says "like Mac OS X" and Android says "Linux": those come before macOS and Linux.
const SYSTEMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\biPod\b/, 'iPod'],
  [/\bAndroid\b/, 'Android'],
  [/\bWindows\b/, 'Windows'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

const APPLE = new Set(['iPhone', 'iPad', 'iPod', 'macOS']);

/** Social sign-ins are stored as "<user agent> via <provider>". */
const VIA = / via ([\w .-]{1,40})$/;

const firstMatch = (text: string, table: ReadonlyArray<readonly [RegExp, string]>) =>
  table.find(([pattern]) => pattern.test(text))?.[1];

const truncate = (text: string) =>
  text.length > RAW_DEVICE_MAX ? `${text.slice(0, RAW_DEVICE_MAX - 1).trimEnd()}…` : text;

/**
 * A readable name for a session's device, from its user agent: "Browser on System", or just the browser
 * if the system is unknown. Anything else (API clients, unknown browsers) is shown as is, cut to
 * {@link RAW_DEVICE_MAX} characters. A social sign-in's " via <provider>" suffix is kept.
 *
 * Cases, one per line as `user agent` → `result` (web has no unit test runner: a throwaway script reads
 * this list and checks each line against the function):
 *
 * - `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36` → `Chrome on Linux`
 * - `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0` → `Firefox on Windows`
 * - `Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1` → `Safari on iPhone`
 * - `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0` → `Edge on Windows`
 * - `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15` → `Safari on macOS`
 * - `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0` → `Opera on macOS`
 * - `Opera/9.80 (Windows NT 6.1; U; en) Presto/2.12.388 Version/12.18` → `Opera on Windows`
 * - `Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36` → `Chrome on Android`
 * - `Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0` → `Firefox on Android`
 * - `Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 EdgA/126.0.0.0` → `Edge on Android`
 * - `Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36` → `Samsung Internet on Android`
 * - `Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.153 Mobile/15E148 Safari/604.1` → `Chrome on iPad`
 * - `Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15` → `Firefox on iPhone`
 * - `Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/126.0.2592.56 Mobile/15E148 Safari/604.1` → `Edge on iPhone`
 * - `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.6478.126 Safari/537.36` → `Headless Chrome on Linux`
 * - `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/125.0.6422.141 Chrome/125.0.6422.141 Safari/537.36` → `Chromium on Linux`
 * - `Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36` → `Chrome on ChromeOS`
 * - `Mozilla/5.0 Firefox/127.0` → `Firefox`
 * - `Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0 via Google` → `Firefox on Linux via Google`
 * - `Mozilla/5.0 (Linux; U; Android 4.4.2; GT-I9505) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30` → `Mozilla/5.0 (Linux; U; Android 4.4.2; GT-I9505) AppleWebKit…`
 * - `curl/8.5.0` → `curl/8.5.0`
 * - `` → `Unknown device`
 * - `unknown device` → `Unknown device`
 * - `unknown device via GitHub` → `Unknown device via GitHub`
 */
export function describeDevice(userAgent: string): string {
  const raw = userAgent.trim();
  const via = VIA.exec(raw);
  const agent = via ? raw.slice(0, via.index).trim() : raw;
  const suffix = via ? ` via ${via[1]}` : '';
  if (!agent || agent.toLowerCase() === 'unknown device') return `Unknown device${suffix}`;

  const system = firstMatch(agent, SYSTEMS);
  let browser = firstMatch(agent, BROWSERS);
  // Only Apple ships Safari today; old Android browsers also say "Safari/" and are better left raw.
  if (browser === 'Safari' && !(system && APPLE.has(system))) browser = undefined;
  if (!browser) return truncate(raw);
  return `${system ? `${browser} on ${system}` : browser}${suffix}`;
}
