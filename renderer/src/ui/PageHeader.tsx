import type { ReactNode } from 'react';
import './PageHeader.css';

interface Props {
  title: string;
  /** Buttons and links beside the title. */
  actions?: ReactNode;
  /** A short line beside the title (e.g. the screen's keyboard shortcuts). */
  hint?: ReactNode;
  /**
   * The shell focuses the title after navigation, so screen readers announce the new screen.
   * false on a screen that puts the cursor elsewhere itself (the intake's question).
   */
  takesFocus?: boolean;
}

/** The screen title with its actions. */
export function PageHeader({ title, actions, hint, takesFocus = true }: Props) {
  return (
    <header className="ui-page-header">
      <h1 tabIndex={-1} data-page-title={takesFocus || undefined}>
        {title}
      </h1>
      {hint ? <p className="ui-page-header-hint">{hint}</p> : null}
      {actions ? <div className="ui-page-actions">{actions}</div> : null}
    </header>
  );
}
