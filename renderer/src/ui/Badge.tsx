import type { ReactNode } from 'react';
import './Badge.css';

export type BadgeTone = 'brand' | 'warn' | 'danger' | 'ok' | 'neutral';

/** A status or a count in a pill. */
export function Badge({ tone = 'brand', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className="ui-badge" data-tone={tone}>
      {children}
    </span>
  );
}
