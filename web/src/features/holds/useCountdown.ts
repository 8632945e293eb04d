import { useEffect, useState } from 'react';

const secondsUntil = (target: number) =>
  Number.isNaN(target) ? 0 : Math.max(0, Math.ceil((target - Date.now()) / 1000));

/** Whole seconds left until `iso`, ticking every second; 0 once passed. */
export function useCountdown(iso: string): number {
  const target = new Date(iso).getTime();
  const [seconds, setSeconds] = useState(() => secondsUntil(target));

  useEffect(() => {
    setSeconds(secondsUntil(target));
    if (secondsUntil(target) === 0) return;
    const timer = window.setInterval(() => {
      const left = secondsUntil(target);
      setSeconds(left);
      if (left === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [target]);

  return seconds;
}
