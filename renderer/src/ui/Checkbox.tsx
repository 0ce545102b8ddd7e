import { type ReactNode, type Ref, useCallback } from 'react';
import { Check } from 'lucide-react';
import { CheckboxButton, CheckboxField, CheckboxGroup as AriaCheckboxGroup } from 'react-aria-components';
import { FieldDescription, FieldErrorText, FieldLabel, fieldClass, fieldState } from './Field';
import './Checkbox.css';

export interface CheckboxProps {
  children: ReactNode;
  /** Standalone: its state. Inside a CheckboxGroup leave these out and give a value. */
  isSelected?: boolean | undefined;
  onChange?: ((value: boolean) => void) | undefined;
  /** Inside a CheckboxGroup: the value it adds to the group's list. */
  value?: string | undefined;
  isDisabled?: boolean | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** Announced keyboard shortcut (aria-keyshortcuts), e.g. "Alt+T". */
  shortcut?: string | undefined;
  /** Layout class on the checkbox's root. */
  className?: string | undefined;
}

/** A checkbox with a drawn box and its label beside it. */
export function Checkbox({ children, isSelected, onChange, value, isDisabled, inputRef, shortcut, className }: CheckboxProps) {
  // react-aria does not pass aria-keyshortcuts on to the input, which is what has the focus and
  // is announced: set it there.
  const setInput = useCallback(
    (input: HTMLInputElement | null) => {
      if (input && shortcut) input.setAttribute('aria-keyshortcuts', shortcut);
      if (typeof inputRef === 'function') inputRef(input);
      else if (inputRef) inputRef.current = input;
    },
    [inputRef, shortcut],
  );
  return (
    <CheckboxField className={className} isSelected={isSelected} onChange={onChange} value={value} isDisabled={isDisabled} inputRef={setInput}>
      <CheckboxButton className="ui-checkbox">
        {({ isSelected: selected }) => (
          <>
            <span className="ui-checkbox-box" aria-hidden="true">
              {selected ? <Check size={16} strokeWidth={3} /> : null}
            </span>
            <span className="ui-checkbox-label">{children}</span>
          </>
        )}
      </CheckboxButton>
    </CheckboxField>
  );
}

export interface CheckboxGroupProps {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  /** The Checkboxes, each with a value. */
  children: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  className?: string | undefined;
}

/** Several independent choices under one label, laid out in columns. */
export function CheckboxGroup({ label, value, onChange, children, description, error, className }: CheckboxGroupProps) {
  return (
    <AriaCheckboxGroup className={fieldClass(className, 'ui-checkbox-group')} value={value} onChange={onChange} {...fieldState(error)}>
      <FieldLabel>{label}</FieldLabel>
      <FieldDescription>{description}</FieldDescription>
      <div className="ui-checkbox-list">{children}</div>
      <FieldErrorText>{error}</FieldErrorText>
    </AriaCheckboxGroup>
  );
}
