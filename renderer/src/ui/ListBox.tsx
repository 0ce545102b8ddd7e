import type { ReactNode } from 'react';
import { Header, ListBoxItem, ListBoxSection, type ListBoxItemProps } from 'react-aria-components';
import './ListBox.css';

/** One option in a Select or ComboBox list. */
export function Option({ className, ...props }: Omit<ListBoxItemProps, 'className'> & { className?: string }) {
  return <ListBoxItem {...props} className={className ? `ui-option ${className}` : 'ui-option'} />;
}

/** A group of options under a heading. */
export function OptionSection({ id, title, children }: { id?: string; title?: string | undefined; children: ReactNode }) {
  return (
    <ListBoxSection id={id}>
      {title ? <Header className="ui-listbox-header">{title}</Header> : null}
      {children}
    </ListBoxSection>
  );
}
