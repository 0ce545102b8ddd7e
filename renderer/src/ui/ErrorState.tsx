import { useId, type ReactNode } from 'react';
import './ErrorState.css';

interface Props {
  /** A heading (level 2) for a failure that replaces a screen's content. */
  title?: string | undefined;
  children: ReactNode;
  /** Announce it at once (role=alert): true for a failure that follows the user's action. */
  alert?: boolean;
}

/** A failure that needs attention: what went wrong and what to do. */
export function ErrorState({ title, children, alert = true }: Props) {
  const titleId = useId();
  return (
    <section className="ui-error-state" role={alert ? 'alert' : undefined} aria-labelledby={title ? titleId : undefined}>
      {title ? <h2 id={titleId}>{title}</h2> : null}
      {children}
    </section>
  );
}

/** A failure of one action, on one line next to it (e.g. "the status could not be changed"). */
export function ErrorMessage({ children, alert = true }: { children: ReactNode; alert?: boolean }) {
  return (
    <p className="ui-error-message" role={alert ? 'alert' : undefined}>
      {children}
    </p>
  );
}
