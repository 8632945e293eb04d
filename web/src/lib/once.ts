// One-shot requests (a single-use token or authorization code) must not be sent twice, e.g. when
// React StrictMode runs an effect twice: the second caller gets the first call's promise.
const calls = new Map<string, Promise<unknown>>();

export function once<T>(key: string, run: () => Promise<T>): Promise<T> {
  let call = calls.get(key) as Promise<T> | undefined;
  if (!call) {
    call = run();
    calls.set(key, call);
  }
  return call;
}
