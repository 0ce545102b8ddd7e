import type { ReactNode } from 'react';

/** The screen title; it receives focus after navigation so screen readers announce the new screen. */
export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <h1 tabIndex={-1} data-page-title>
        {title}
      </h1>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
