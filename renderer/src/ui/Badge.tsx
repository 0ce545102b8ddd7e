import type { ReactNode } from 'react';
import { TriangleAlert } from 'lucide-react';
import './Badge.css';

export type BadgeTone = 'brand' | 'warn' | 'danger' | 'ok' | 'neutral';

/** A status or a count in a pill. */
/** A warning in words with an icon (e.g. "Te laat"), readable without colour. */
export function WarningFlag({ children }: { children: ReactNode }) {
  return (
    <span className="ui-flag">
      <TriangleAlert className="ui-flag-icon" aria-hidden="true" size={16} />
      {children}
    </span>
  );
}

export function Badge({ tone = 'brand', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className="ui-badge" data-tone={tone}>
      {children}
    </span>
  );
}
