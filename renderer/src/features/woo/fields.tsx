import type { ComponentProps, ReactNode } from 'react';
import {
  Button,
  Calendar,
  Checkbox,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Radio,
  RadioGroup,
} from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { isIsoDate, type IsoDate } from '../../../../shared/calendar/isoDate';
import { FieldDescription, TextAreaInput as SharedTextAreaInput, TextInput as SharedTextInput, type FieldLook } from '../../ui/fields';

/**
 * Field components of the Woo screens: the shared text fields (ui/fields) in the Woo look, and the
 * Woo's own choices and date field – a visible label on every control, the message under the
 * field and linked to it.
 */

/** The Woo desk's look of the shared text fields (styled in woo.css). */
export const WOO_LOOK: FieldLook = {
  field: 'woo-field',
  label: 'woo-label',
  input: 'woo-input',
  textarea: 'woo-input',
  description: 'woo-description',
  error: 'woo-error',
};

type SharedProps<P> = Omit<P, 'look' | 'onBlur' | 'hint'>;

export function TextInput(props: SharedProps<ComponentProps<typeof SharedTextInput>>) {
  return <SharedTextInput {...props} look={WOO_LOOK} />;
}

export function TextAreaInput(props: SharedProps<ComponentProps<typeof SharedTextAreaInput>>) {
  return <SharedTextAreaInput {...props} look={WOO_LOOK} />;
}

export interface Choice<K extends string> {
  id: K;
  label: string;
  description?: string;
}

interface ChoiceProps<K extends string> {
  name: string;
  label: string;
  value: K | '';
  onChange: (value: K) => void;
  choices: ReadonlyArray<Choice<K>>;
  description?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean;
  orientation?: 'horizontal' | 'vertical';
}

/** Radio buttons shown as large, keyboard-friendly options (arrow keys move between them). */
export function ChoiceGroup<K extends string>({ name, label, value, onChange, choices, description, error, isRequired, orientation = 'horizontal' }: ChoiceProps<K>) {
  return (
    <RadioGroup
      className="woo-field woo-choices"
      name={name}
      value={value || null}
      onChange={(next) => onChange(next as K)}
      orientation={orientation}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <Label className="woo-label">{label}</Label>
      <FieldDescription look={WOO_LOOK}>{description}</FieldDescription>
      <div className="woo-choice-row" data-orientation={orientation}>
        {choices.map((choice) => (
          <Radio key={choice.id} value={choice.id} className="woo-choice">
            <span className="woo-choice-mark" aria-hidden="true" />
            <span className="woo-choice-text">
              <span>{choice.label}</span>
              {choice.description ? <span className="woo-choice-description">{choice.description}</span> : null}
            </span>
          </Radio>
        ))}
      </div>
      <FieldError className="woo-error">{error}</FieldError>
    </RadioGroup>
  );
}

interface DateProps {
  name: string;
  label: string;
  value: IsoDate;
  onChange: (value: IsoDate) => void;
  min?: IsoDate;
  max?: IsoDate;
  description?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean;
  autoFocus?: boolean;
}

function toCalendarDate(value: string | undefined): CalendarDate | undefined {
  return value && isIsoDate(value) ? parseDate(value) : undefined;
}

/**
 * A date typed segment by segment (dd-mm-jjjj in Dutch) or picked from a calendar. Holds the value
 * as an IsoDate; an incomplete date is '' so the form can say it is missing.
 */
export function IsoDateField({ name, label, value, onChange, min, max, description, error, isRequired, autoFocus }: DateProps) {
  const minValue = toCalendarDate(min);
  const maxValue = toCalendarDate(max);
  return (
    <DatePicker
      className="woo-field woo-date"
      name={name}
      value={toCalendarDate(value) ?? null}
      onChange={(next) => onChange(next ? next.toString() : '')}
      {...(minValue ? { minValue } : {})}
      {...(maxValue ? { maxValue } : {})}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
      granularity="day"
      autoFocus={autoFocus}
    >
      <Label className="woo-label">{label}</Label>
      <Group className="woo-date-group">
        <DateInput className="woo-date-input">{(segment) => <DateSegment segment={segment} className="woo-date-segment" />}</DateInput>
        <Button className="woo-icon-button">
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
            <rect x="2" y="3.5" width="14" height="12.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M2 7.5h14M6 1.5v4M12 1.5v4" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </Button>
      </Group>
      <FieldDescription look={WOO_LOOK}>{description}</FieldDescription>
      <FieldError className="woo-error">{error}</FieldError>
      <Popover className="popover woo-calendar-popover">
        <Dialog className="woo-calendar-dialog">
          <Calendar className="woo-calendar">
            <header className="woo-calendar-header">
              <Button slot="previous" className="woo-icon-button">
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <path d="M9 2L4 7l5 5" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </Button>
              <Heading className="woo-calendar-heading" />
              <Button slot="next" className="woo-icon-button">
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <path d="M5 2l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </Button>
            </header>
            <CalendarGrid className="woo-calendar-grid">{(date) => <CalendarCell date={date} className="woo-calendar-cell" />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}

/** A checkbox with its label beside it, in the Woo look. */
export function WooCheckbox({ isSelected, onChange, children }: { isSelected: boolean; onChange: (value: boolean) => void; children: ReactNode }) {
  return (
    <Checkbox className="woo-checkbox" isSelected={isSelected} onChange={onChange}>
      <span className="woo-checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 16 16" width="14" height="14" focusable="false">
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.2" />
        </svg>
      </span>
      {children}
    </Checkbox>
  );
}
