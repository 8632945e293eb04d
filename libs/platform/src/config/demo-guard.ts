/**
 * Demo mode publishes the demo personas' passwords (an admin's among them) on the login page and
 * opens the dev mailbox. A production-shaped process must never run it: refused when NODE_ENV is
 * production or the event/read store is a server (KurrentDB, MongoDB), unless the process listens
 * on loopback only (trying the production adapters on one's own machine).
 */
export function refuseDemoInProduction(
  env: NodeJS.ProcessEnv,
  setting: { demoMode: boolean; host: string; eventStore: string; readStore: string },
): void {
  if (!setting.demoMode || isLoopback(setting.host)) return;
  const reasons = [
    env.NODE_ENV === 'production' ? 'NODE_ENV=production' : undefined,
    setting.eventStore === 'kurrentdb' ? 'a KurrentDB event store' : undefined,
    setting.readStore === 'mongodb' ? 'a MongoDB read store' : undefined,
  ].filter(Boolean);
  if (reasons.length === 0) return;
  throw new Error(
    `DEMO_MODE=true is refused with ${reasons.join(', ')} on HOST=${setting.host}: demo mode publishes ` +
      'the demo accounts’ passwords. Set DEMO_MODE=false, or listen on loopback (HOST=127.0.0.1) to try it locally.',
  );
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
