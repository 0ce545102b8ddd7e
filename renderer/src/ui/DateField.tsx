import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog as AriaDialog,
  Group,
  Heading,
  Popover,
} from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { isIsoDate, type IsoDate } from '../../../shared/calendar/isoDate';
import { FieldDescription, FieldErrorText, FieldLabel, fieldClass, fieldState } from './Field';
import './ComboBox.css';
import './DateField.css';
import './ListBox.css';

export interface DateFieldProps {
  name: string;
  label: string;
  /** The date, or '' while none (or an incomplete one) is entered. */
  value: IsoDate | '';
  onChange: (value: IsoDate | '') => void;
  min?: IsoDate | undefined;
  max?: IsoDate | undefined;
  description?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean | undefined;
  autoFocus?: boolean | undefined;
  className?: string | undefined;
}

function toCalendarDate(value: string | undefined): CalendarDate | undefined {
  return value && isIsoDate(value) ? parseDate(value) : undefined;
}

const CALENDAR_ICON = (
  <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
    <rect x="2" y="3.5" width="14" height="12.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
    <path d="M2 7.5h14M6 1.5v4M12 1.5v4" stroke="currentColor" strokeWidth="1.6" />
  </svg>
);

/**
 * A calendar date typed segment by segment (dd-mm-jjjj in Dutch) or picked from a calendar, held
 * as an IsoDate – a day on the calendar, never an instant, so no time zone can shift it.
 */
export function DateField({ name, label, value, onChange, min, max, description, error, isRequired, autoFocus, className }: DateFieldProps) {
  const minValue = toCalendarDate(min);
  const maxValue = toCalendarDate(max);
  return (
    <DatePicker
      className={fieldClass(className)}
      name={name}
      value={toCalendarDate(value) ?? null}
      onChange={(next) => onChange(next ? next.toString() : '')}
      {...(minValue ? { minValue } : {})}
      {...(maxValue ? { maxValue } : {})}
      {...fieldState(error, isRequired)}
      granularity="day"
      autoFocus={autoFocus}
    >
      <FieldLabel>{label}</FieldLabel>
      <Group className="ui-date-group">
        <DateInput className="ui-date-input">{(segment) => <DateSegment segment={segment} className="ui-date-segment" />}</DateInput>
        <AriaButton className="ui-icon-button">{CALENDAR_ICON}</AriaButton>
      </Group>
      <FieldDescription>{description}</FieldDescription>
      <FieldErrorText>{error}</FieldErrorText>
      <Popover className="ui-popover">
        <AriaDialog className="ui-calendar-dialog">
          <Calendar>
            <header className="ui-calendar-header">
              <AriaButton slot="previous" className="ui-icon-button">
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <path d="M9 2L4 7l5 5" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </AriaButton>
              <Heading className="ui-calendar-heading" />
              <AriaButton slot="next" className="ui-icon-button">
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <path d="M5 2l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </AriaButton>
            </header>
            <CalendarGrid className="ui-calendar-grid">{(date) => <CalendarCell date={date} className="ui-calendar-cell" />}</CalendarGrid>
          </Calendar>
        </AriaDialog>
      </Popover>
    </DatePicker>
  );
}
