import type { ReactNode } from 'react';
import { Button as AriaButton, ComboBox as AriaComboBox, type ComboBoxProps as AriaComboBoxProps, Input, ListBox, ListLayout, Popover, Virtualizer } from 'react-aria-components';
import { FieldDescription, FieldErrorText, FieldLabel, fieldClass, fieldState } from './Field';
import './ComboBox.css';
import './ListBox.css';

export interface ComboBoxProps<T extends object> extends Omit<AriaComboBoxProps<T>, 'children' | 'className' | 'isInvalid' | 'validationBehavior'> {
  label: string;
  /** Options (Option / OptionSection) for the list. */
  children: ReactNode;
  /** The accessible name of the button that opens the whole list. */
  showAllLabel: string;
  placeholder?: string | undefined;
  description?: ReactNode;
  error?: string | undefined;
  /** Shown in the list when nothing matches. */
  emptyText?: string | undefined;
  /** Long lists: only the visible rows are rendered (fixed row and heading heights in px). */
  virtualized?: { rowHeight: number; headingHeight?: number } | undefined;
  className?: string | undefined;
}

/**
 * A text input with a list of suggestions (type to filter, arrow keys to move, Enter to pick).
 * Never autocomplete from the browser: the desk is shared with the public.
 */
export function ComboBox<T extends object>({ label, children, showAllLabel, placeholder, description, error, emptyText, virtualized, className, ...props }: ComboBoxProps<T>) {
  const list = (
    <ListBox className="ui-listbox" renderEmptyState={emptyText ? () => <p className="ui-listbox-empty">{emptyText}</p> : undefined}>
      {children}
    </ListBox>
  );
  return (
    <AriaComboBox {...props} className={fieldClass(className)} {...fieldState(error, props.isRequired)}>
      <FieldLabel>{label}</FieldLabel>
      <div className="ui-combobox-row">
        <Input className="ui-input" placeholder={placeholder} spellCheck={false} autoComplete="off" />
        <AriaButton className="ui-icon-button" aria-label={showAllLabel}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <path d="M2 5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </AriaButton>
      </div>
      <FieldDescription>{description}</FieldDescription>
      <FieldErrorText>{error}</FieldErrorText>
      <Popover className="ui-popover ui-combobox-popover" placement="bottom start">
        {virtualized ? (
          <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: virtualized.rowHeight, headingHeight: virtualized.headingHeight }}>
            {list}
          </Virtualizer>
        ) : (
          list
        )}
      </Popover>
    </AriaComboBox>
  );
}
