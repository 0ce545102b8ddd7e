import type { Ref } from 'react';
import { Input, TextField as AriaTextField } from 'react-aria-components';
import { FieldDescription, FieldErrorText, FieldLabel } from '../ui';

/**
 * A password or PIN field with the kit's look (ui-field/ui-input): the kit's TextField has no
 * hidden-input type. Never autocompleted or remembered by the browser: the desk is shared.
 */
export function SecretField(props: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string | undefined;
  autoFocus?: boolean;
  numeric?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <AriaTextField
      className="ui-field"
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isInvalid={Boolean(props.error)}
      validationBehavior="aria"
      autoComplete="off"
      autoFocus={props.autoFocus ?? false}
    >
      <FieldLabel>{props.label}</FieldLabel>
      <Input ref={props.inputRef} className="ui-input" type="password" spellCheck={false} inputMode={props.numeric ? 'numeric' : undefined} />
      <FieldDescription>{props.description}</FieldDescription>
      <FieldErrorText>{props.error}</FieldErrorText>
    </AriaTextField>
  );
}
