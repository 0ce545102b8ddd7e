import type { ReactNode } from 'react';
import { FieldError, Label, Text } from 'react-aria-components';
import './Field.css';

/**
 * The parts every field of the kit shares. Inside a react-aria field (TextField, Select,
 * RadioGroup, …) the label names the control and the description and error are linked to it
 * through aria-describedby, so screen readers read them. Texts arrive already translated.
 */
export function FieldLabel({ children }: { children: ReactNode }) {
  return <Label className="ui-label">{children}</Label>;
}

/** The description under a field, when there is one. */
export function FieldDescription({ children }: { children?: ReactNode }) {
  return children ? (
    <Text slot="description" className="ui-description">
      {children}
    </Text>
  ) : null;
}

/** The error under a field; shown only while the field is invalid. */
export function FieldErrorText({ children }: { children?: ReactNode }) {
  return <FieldError className="ui-error">{children}</FieldError>;
}

/** react-aria's validation props for a field whose error the form decides (aria: never blocks input). */
export function fieldState(error: string | undefined, isRequired?: boolean) {
  return { isInvalid: Boolean(error), isRequired, validationBehavior: 'aria' as const };
}

/** The root class of a field plus the caller's layout class. */
export function fieldClass(className: string | undefined, base = 'ui-field'): string {
  return className ? `${base} ${className}` : base;
}
