import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/**
 * "Hoe is deze datum berekend?": the term engine's own lines, so staff can explain the date to a
 * requester and a coordinator can check it by hand. The lines are Dutch (legal wording).
 */
export function TermExplanation({ lines, label }: { lines: readonly string[]; /** Names the date when a screen shows several. */ label?: string }) {
  const { t } = useTranslation('woo');
  return (
    <Disclosure className="woo-disclosure">
      <Heading level={3} className="woo-disclosure-heading">
        <Button slot="trigger" className="woo-disclosure-trigger">
          <svg className="woo-chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          {label ?? t('term.howComputed')}
        </Button>
      </Heading>
      <DisclosurePanel className="woo-disclosure-panel">
        <ol className="woo-explanation" lang="nl">
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </DisclosurePanel>
    </Disclosure>
  );
}
