import type { ReactNode } from 'react';
import './RefusedLink.css';

/**
 * A link the desk could not open (the desktop app only opens sites on its allow-list). The
 * address stays on screen in a read-only field, so staff can copy it (focus selects it all, by
 * keyboard too) or read it out to the visitor; the message says what to do. Texts come from the
 * feature, like every building block here.
 */
export function RefusedLink({ message, url, addressLabel }: { message: ReactNode; url: string; addressLabel: string }) {
  return (
    <div className="ui-refused-link" role="alert">
      <p className="ui-error-message">{message}</p>
      <input
        className="ui-refused-link-url"
        type="text"
        readOnly
        value={url}
        aria-label={addressLabel}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}
