import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/calendar/isoDate';
import { wooTrafficLight, type WooTrafficLight } from '../../../../shared/woo/deadline';
import type { WooTerm } from '../../../../shared/woo/deadline';

type State = WooTrafficLight['state'];

/** A different shape per state, so the state never depends on colour alone (WCAG 1.4.1). */
const STATE_SHAPES: Record<State, ReactNode> = {
  'on-track': (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke="#fff" strokeWidth="2" />
    </>
  ),
  'due-soon': (
    <>
      <path d="M8 1l7.5 13.5h-15z" fill="currentColor" />
      <path d="M8 6v4.2M8 11.6v1.4" stroke="#fff" strokeWidth="1.8" />
    </>
  ),
  overdue: (
    <>
      <rect x="1" y="1" width="14" height="14" rx="2" fill="currentColor" />
      <path d="M5 5l6 6M11 5l-6 6" stroke="#fff" strokeWidth="2" />
    </>
  ),
  suspended: (
    <>
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M6 5v6M10 5v6" stroke="currentColor" strokeWidth="2" />
    </>
  ),
};

function StateIcon({ state }: { state: State }) {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden focusable={false}>
      {STATE_SHAPES[state]}
    </svg>
  );
}

/** The light for a term: icon shape + words ('Nog 12 werkdagen', 'Te laat: 3 dagen'). */
export function DeadlineBadge({ term, today, extraHolidays }: { term: WooTerm; today: IsoDate; extraHolidays: readonly IsoDate[] }) {
  const { t } = useTranslation('woo');
  const light = wooTrafficLight(term, today, extraHolidays);
  let text: string;
  switch (light.state) {
    case 'suspended':
      text = t('light.suspended');
      break;
    case 'overdue':
      text = t('light.overdue', { count: -(light.daysLeft ?? 0) });
      break;
    default:
      text = light.daysLeft === 0 ? t('light.today') : t(`light.${light.state}`, { count: light.workingDaysLeft ?? 0 });
  }
  return (
    <span className="woo-light" data-state={light.state}>
      <StateIcon state={light.state} />
      <span>{text}</span>
    </span>
  );
}
