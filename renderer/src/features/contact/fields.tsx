import type { ReactNode, Ref } from 'react';
import {
  Button,
  CheckboxButton,
  CheckboxField,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Header,
  Popover,
  RadioButton,
  RadioField,
  RadioGroup,
  Select,
  SelectValue,
} from 'react-aria-components';
import { FieldDescription } from '../../ui/fields';

/**
 * Field components of the intake and its dialogs besides the shared text fields (ui/fields): a
 * visible label on every control and the error message under the field, linked to it, so screen
 * readers read it.
 */

export interface Option {
  id: string;
  label: string;
  lang?: string;
}

interface SelectProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** A second group under its own heading (e.g. less common languages). */
  moreOptions?: { title: string; options: Option[] };
  placeholder: string;
  error?: string | undefined;
  description?: ReactNode;
  buttonRef?: Ref<HTMLButtonElement>;
  className?: string;
}

export function SelectInput({ name, label, value, onChange, options, moreOptions, placeholder, error, description, buttonRef, className }: SelectProps) {
  const item = (option: Option) => (
    <ListBoxItem key={option.id} id={option.id} className="listbox-item" textValue={option.label}>
      {option.label}
    </ListBoxItem>
  );
  return (
    <Select
      className={`field ${className ?? ''}`}
      name={name}
      value={value === '' ? null : value}
      onChange={(key) => onChange(key === null ? '' : String(key))}
      placeholder={placeholder}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Button ref={buttonRef} className="select-button field-select">
        <SelectValue className="select-value" />
        <span aria-hidden="true">▾</span>
      </Button>
      <FieldDescription>{description}</FieldDescription>
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox">
          {moreOptions ? (
            <>
              <ListBoxSection>{options.map(item)}</ListBoxSection>
              <ListBoxSection>
                <Header className="listbox-header">{moreOptions.title}</Header>
                {moreOptions.options.map(item)}
              </ListBoxSection>
            </>
          ) : (
            options.map(item)
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

interface CheckProps {
  children: ReactNode;
  isSelected: boolean;
  onChange: (value: boolean) => void;
  inputRef?: Ref<HTMLInputElement>;
  value?: string;
  className?: string;
  shortcut?: string;
}

/** A checkbox with a drawn box (the native one is visually hidden by react-aria). */
export function Check({ children, isSelected, onChange, inputRef, className, shortcut }: CheckProps) {
  return (
    <CheckboxField className={`check ${className ?? ''}`} isSelected={isSelected} onChange={onChange} inputRef={inputRef} aria-keyshortcuts={shortcut}>
      <CheckboxButton className="check-button">
        <span className="check-box" aria-hidden="true">
          {isSelected ? '✓' : ''}
        </span>
        <span className="check-label">{children}</span>
      </CheckboxButton>
    </CheckboxField>
  );
}

/** A checkbox inside a CheckboxGroup (its state lives in the group). */
export function GroupCheck({ value, children }: { value: string; children: ReactNode }) {
  return (
    <CheckboxField className="check" value={value}>
      <CheckboxButton className="check-button">
        {({ isSelected }) => (
          <>
            <span className="check-box" aria-hidden="true">
              {isSelected ? '✓' : ''}
            </span>
            <span className="check-label">{children}</span>
          </>
        )}
      </CheckboxButton>
    </CheckboxField>
  );
}

interface ChoiceProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Array<Option & { description?: string; isDisabled?: boolean }>;
  orientation?: 'horizontal' | 'vertical';
  error?: string | undefined;
  description?: ReactNode;
  className?: string;
  groupRef?: Ref<HTMLDivElement>;
}

export function ChoiceGroup({ label, value, onChange, options, orientation = 'horizontal', error, description, className, groupRef }: ChoiceProps) {
  return (
    <RadioGroup
      ref={groupRef}
      className={`choices ${className ?? ''}`}
      value={value}
      onChange={onChange}
      orientation={orientation}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <div className="choice-list" data-orientation={orientation}>
        {options.map((option) => (
          <RadioField key={option.id} value={option.id} className="choice" isDisabled={option.isDisabled}>
            <RadioButton className="choice-button">
              <span className="choice-dot" aria-hidden="true" />
              <span className="choice-text">
                <span className="choice-label">{option.label}</span>
                {option.description ? <span className="choice-description">{option.description}</span> : null}
              </span>
            </RadioButton>
          </RadioField>
        ))}
      </div>
      <FieldDescription>{description}</FieldDescription>
      <FieldError className="field-error">{error}</FieldError>
    </RadioGroup>
  );
}
