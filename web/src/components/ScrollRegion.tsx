import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a phone: a labelled region keyboard users can focus and scroll.
 * Positioned, so visually hidden (absolutely positioned) cell text is clipped here, not laid out
 * beyond the page's right edge.
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ position: 'relative', overflowX: 'auto', maxWidth: '100%' }}
    >
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
