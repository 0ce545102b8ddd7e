import type { ReactNode, Ref } from 'react';
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

/**
 * LEGACY, only for features/woo/fields.tsx until the Woo screens move to the kit (TextField,
 * TextAreaField, FieldDescription in ui/index.ts); delete this file then. The look (class names)
 * is the caller's; the kit's components have one look of their own.
 */

export interface FieldLook {
  field: string;
  label: string;
  input: string;
  textarea: string;
  description: string;
  error: string;
}

/** The description under a field, when there is one, in the given look. */
export function FieldDescription({ look, children }: { look: FieldLook; children?: ReactNode }) {
  return children ? (
    <Text slot="description" className={look.description}>
      {children}
    </Text>
  ) : null;
}

interface TextProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  description?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  type?: 'text' | 'tel' | 'email' | 'datetime-local';
  className?: string;
  isRequired?: boolean;
  autoFocus?: boolean;
  look: FieldLook;
}

interface FrameProps extends Omit<TextProps, 'inputRef' | 'type'> {
  /** The input or text area. */
  children: ReactNode;
  hint?: ReactNode;
}

/** The TextField around an input or text area: label, control, description, hint, error. */
function TextFieldFrame({ name, label, value, onChange, onBlur, error, description, className, isRequired, autoFocus, look, children, hint }: FrameProps) {
  return (
    <TextField
      className={`${look.field} ${className ?? ''}`}
      name={name}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
      autoComplete="off"
      autoFocus={autoFocus}
    >
      <Label className={look.label}>{label}</Label>
      {children}
      <FieldDescription look={look}>{description}</FieldDescription>
      {hint}
      <FieldError className={look.error}>{error}</FieldError>
    </TextField>
  );
}

export function TextInput({ inputRef, type = 'text', ...props }: TextProps) {
  const look = props.look;
  return (
    <TextFieldFrame {...props}>
      <Input ref={inputRef} className={look.input} type={type} spellCheck={false} />
    </TextFieldFrame>
  );
}

interface AreaProps extends Omit<TextProps, 'inputRef' | 'type'> {
  inputRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
  /** Shown between the description and the error (e.g. a character counter). */
  hint?: ReactNode;
}

export function TextAreaInput({ inputRef, rows = 3, autoFocus, ...props }: AreaProps) {
  const look = props.look;
  // The text area takes autoFocus on the element itself, not through the TextField.
  return (
    <TextFieldFrame {...props}>
      <TextArea ref={inputRef} className={look.textarea} rows={rows} autoFocus={autoFocus} />
    </TextFieldFrame>
  );
}
