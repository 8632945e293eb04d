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
 * The cases it is held to are in describe-device.spec.ts.
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
