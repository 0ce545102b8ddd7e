import type { ReactNode } from 'react';
import './EmptyState.css';

interface Props {
  /** What is (not yet) here, in a sentence. */
  children: ReactNode;
  /** The way forward (e.g. a ButtonLink to file a request). */
  action?: ReactNode;
  /** box: a screen's whole content; inline: a line inside a panel (also "loading…"). */
  variant?: 'box' | 'inline';
}

/** Nothing to show: says so, and where to go from here. */
export function EmptyState({ children, action, variant = 'box' }: Props) {
  return (
    <div className="ui-empty-state" data-variant={variant}>
      <p>{children}</p>
      {action ? <div className="ui-empty-state-action">{action}</div> : null}
    </div>
  );
}
