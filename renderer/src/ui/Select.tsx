import type { ReactNode, Ref } from 'react';
import { Button as AriaButton, ListBox, Popover, Select as AriaSelect, SelectValue } from 'react-aria-components';
import { FieldDescription, FieldErrorText, FieldLabel, fieldClass, fieldState } from './Field';
import { Option, OptionSection } from './ListBox';
import './Select.css';

export interface SelectOption {
  id: string;
  label: string;
  /** The option's own language (e.g. a language's name in that language). */
  lang?: string | undefined;
}

export interface SelectProps {
  label: string;
  value: string;
  /** '' when the choice is cleared (only possible with a placeholder). */
  onChange: (value: string) => void;
  options: ReadonlyArray<SelectOption>;
  /** A second group under its own heading (e.g. less common languages). */
  moreOptions?: { title: string; options: ReadonlyArray<SelectOption> } | undefined;
  name?: string | undefined;
  placeholder?: string | undefined;
  error?: string | undefined;
  description?: ReactNode;
  buttonRef?: Ref<HTMLButtonElement> | undefined;
  /** inline: the label beside the button (a compact control in a bar). */
  layout?: 'stacked' | 'inline';
  className?: string | undefined;
}

/** A choice from a list that opens as a pop-up; type-ahead and arrow keys as a native select. */
export function Select({ label, value, onChange, options, moreOptions, name, placeholder, error, description, buttonRef, layout = 'stacked', className }: SelectProps) {
  const item = (option: SelectOption) => (
    <Option key={option.id} id={option.id} textValue={option.label} lang={option.lang}>
      {option.label}
    </Option>
  );
  return (
    <AriaSelect
      className={fieldClass(className, 'ui-select')}
      data-layout={layout}
      name={name}
      value={value === '' ? null : value}
      onChange={(key) => onChange(key === null ? '' : String(key))}
      placeholder={placeholder}
      {...fieldState(error)}
    >
      <FieldLabel>{label}</FieldLabel>
      <AriaButton ref={buttonRef} className="ui-select-button">
        <SelectValue className="ui-select-value" />
        <span aria-hidden="true" className="ui-chevron" />
      </AriaButton>
      <FieldDescription>{description}</FieldDescription>
      <FieldErrorText>{error}</FieldErrorText>
      <Popover className="ui-popover">
        <ListBox className="ui-listbox">
          {moreOptions ? (
            <>
              <OptionSection id="main">{options.map(item)}</OptionSection>
              <OptionSection id="more" title={moreOptions.title}>
                {moreOptions.options.map(item)}
              </OptionSection>
            </>
          ) : (
            options.map(item)
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
