import type { ReactNode, Ref } from 'react';
import { RadioButton, RadioField, RadioGroup } from 'react-aria-components';
import { FieldDescription, FieldErrorText, FieldLabel, fieldClass, fieldState } from './Field';
import './ChoiceGroup.css';

export interface Choice<K extends string = string> {
  id: K;
  label: string;
  description?: string | undefined;
  isDisabled?: boolean | undefined;
}

export interface ChoiceGroupProps<K extends string> {
  label: string;
  value: K | '';
  onChange: (value: K) => void;
  options: ReadonlyArray<Choice<K>>;
  name?: string | undefined;
  orientation?: 'horizontal' | 'vertical';
  error?: string | undefined;
  description?: ReactNode;
  isRequired?: boolean | undefined;
  /** Layout class on the group's root. */
  className?: string | undefined;
  groupRef?: Ref<HTMLDivElement> | undefined;
}

/**
 * One choice out of a few, as radio buttons with large targets. Keyboard as a radio group: Tab
 * enters at the chosen option, the arrow keys move and choose.
 */
export function ChoiceGroup<K extends string>({ label, value, onChange, options, name, orientation = 'horizontal', error, description, isRequired, className, groupRef }: ChoiceGroupProps<K>) {
  return (
    <RadioGroup
      ref={groupRef}
      className={fieldClass(className, 'ui-choice-group')}
      name={name}
      value={value || null}
      onChange={(next) => onChange(next as K)}
      orientation={orientation}
      {...fieldState(error, isRequired)}
    >
      <FieldLabel>{label}</FieldLabel>
      <div className="ui-choice-list" data-orientation={orientation}>
        {options.map((option) => (
          <RadioField key={option.id} value={option.id} isDisabled={option.isDisabled}>
            <RadioButton className="ui-choice">
              <span className="ui-choice-dot" aria-hidden="true" />
              <span className="ui-choice-text">
                <span className="ui-choice-label">{option.label}</span>
                {option.description ? <span className="ui-choice-description">{option.description}</span> : null}
              </span>
            </RadioButton>
          </RadioField>
        ))}
      </div>
      <FieldDescription>{description}</FieldDescription>
      <FieldErrorText>{error}</FieldErrorText>
    </RadioGroup>
  );
}
