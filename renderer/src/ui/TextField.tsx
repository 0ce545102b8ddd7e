import type { ReactNode, Ref } from 'react';
import { Input, SearchField as AriaSearchField, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { FieldDescription, FieldErrorText, FieldLabel, fieldClass, fieldState } from './Field';

/**
 * Text fields: a visible label on every control, the description and the error message under
 * the field (linked to it), and never autocomplete or spell-check – at a public desk the browser
 * must not offer the previous visitor's details. The error is shown whenever it is given; when to
 * give it is the form's decision.
 */
interface CommonProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  error?: string | undefined;
  description?: ReactNode;
  /** Layout class on the field's root. */
  className?: string | undefined;
  isRequired?: boolean | undefined;
  autoFocus?: boolean | undefined;
}

interface FrameProps extends CommonProps {
  /** The input or text area. */
  children: ReactNode;
  /** Shown between the description and the error (e.g. a character counter). */
  hint?: ReactNode;
}

function TextFieldFrame({ name, label, value, onChange, onBlur, error, description, className, isRequired, autoFocus, children, hint }: FrameProps) {
  return (
    <AriaTextField
      className={fieldClass(className)}
      name={name}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      {...fieldState(error, isRequired)}
      autoComplete="off"
      autoFocus={autoFocus}
    >
      <FieldLabel>{label}</FieldLabel>
      {children}
      <FieldDescription>{description}</FieldDescription>
      {hint}
      <FieldErrorText>{error}</FieldErrorText>
    </AriaTextField>
  );
}

export interface TextFieldProps extends CommonProps {
  inputRef?: Ref<HTMLInputElement> | undefined;
  type?: 'text' | 'tel' | 'email' | 'datetime-local';
  placeholder?: string | undefined;
}

export function TextField({ inputRef, type = 'text', placeholder, ...props }: TextFieldProps) {
  return (
    <TextFieldFrame {...props}>
      <Input ref={inputRef} className="ui-input" type={type} placeholder={placeholder} spellCheck={false} />
    </TextFieldFrame>
  );
}

export interface TextAreaFieldProps extends CommonProps {
  inputRef?: Ref<HTMLTextAreaElement> | undefined;
  rows?: number;
  hint?: ReactNode;
}

export function TextAreaField({ inputRef, rows = 3, autoFocus, ...props }: TextAreaFieldProps) {
  // The text area takes autoFocus on the element itself, not through the TextField.
  return (
    <TextFieldFrame {...props}>
      <TextArea ref={inputRef} className="ui-input" rows={rows} autoFocus={autoFocus} />
    </TextFieldFrame>
  );
}

export interface SearchFieldProps extends Omit<CommonProps, 'name'> {
  name?: string | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** large: the screen's main control (bigger text). */
  size?: 'medium' | 'large';
}

/** A search box (role searchbox; Escape clears it). */
export function SearchField({ name, label, value, onChange, error, description, className, autoFocus, inputRef, size = 'medium' }: SearchFieldProps) {
  return (
    <AriaSearchField
      className={fieldClass(className)}
      data-size={size}
      name={name}
      value={value}
      onChange={onChange}
      {...fieldState(error)}
      autoFocus={autoFocus}
    >
      <FieldLabel>{label}</FieldLabel>
      <Input ref={inputRef} className="ui-input" autoComplete="off" spellCheck={false} />
      <FieldDescription>{description}</FieldDescription>
      <FieldErrorText>{error}</FieldErrorText>
    </AriaSearchField>
  );
}
