import { Button as AriaButton, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ACCESSIBILITY_NEEDS } from '../../../../shared/model/case';
import { COMMON_LANGUAGES, type IntakeDraft, MORE_LANGUAGES, NAME_MAX, POSTAL_MAX } from '../../../../shared/model/intake';
import { Checkbox, CheckboxGroup, Select, TextAreaField, TextField } from '../../ui';
import { useNearLimit } from './IntakeCallbackSection';
import { bindField, type FieldElement } from './useIntakeForm';

type Visitor = IntakeDraft['visitor'];

interface Props {
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  visitor: Visitor;
  onChange: (patch: Partial<Visitor>) => void;
  /** The phone field is shown with the callback instead while a callback is planned. */
  phoneInCallback: boolean;
  errorFor: (field: string) => string | undefined;
  onBlur: (field: string) => void;
  refFor: (field: string) => (element: FieldElement | null) => void;
}

/**
 * Anonymous is the default (AVG: record as little as the task needs). Details are behind a
 * collapsed section and every one of them is optional.
 */
export function VisitorDetails({ expanded, onExpandedChange, visitor, onChange, phoneInCallback, errorFor, onBlur, refFor }: Props) {
  const { t } = useTranslation('intake');
  const nearLimit = useNearLimit();
  const filled = [visitor.name, visitor.phone, visitor.email, visitor.postal, visitor.language].filter((v) => v.trim() !== '').length + visitor.accessibility.length;
  // The parts every text field here shares: its draft field, its error, leaving it, its ref.
  const bind = (field: 'name' | 'phone' | 'email' | 'postal') => ({
    name: `visitor.${field}`,
    value: visitor[field],
    onChange: (value: string) => onChange({ [field]: value }),
    ...bindField({ errorFor, onBlur, refFor }, `visitor.${field}`),
  });
  const [name, phone, email, postal] = [bind('name'), bind('phone'), bind('email'), bind('postal')];
  return (
    <Disclosure className="details" isExpanded={expanded} onExpandedChange={onExpandedChange}>
      <Heading level={2} className="details-heading">
        <AriaButton slot="trigger" className="details-trigger">
          {expanded ? <ChevronDown className="details-chevron" aria-hidden="true" size={18} /> : <ChevronRight className="details-chevron" aria-hidden="true" size={18} />}
          <span>{t('visitor.title')}</span>
          <span className="details-summary">{filled ? t('visitor.filled', { count: filled }) : t('visitor.anonymous')}</span>
        </AriaButton>
      </Heading>
      <DisclosurePanel className="details-panel">
        <p className="details-intro">{t('visitor.intro')}</p>
        <div className="details-grid">
          <TextField {...name} label={t('visitor.name')} description={nearLimit(visitor.name, NAME_MAX)} />
          {phoneInCallback ? (
            <p className="details-note">{t('visitor.phoneInCallback')}</p>
          ) : (
            <TextField {...phone} type="tel" label={t('visitor.phone')} description={t('visitor.phoneHint')} />
          )}
          <TextField {...email} type="email" label={t('visitor.email')} />
          <Select
            name="visitor.language"
            label={t('visitor.language')}
            value={visitor.language}
            onChange={(language) => onChange({ language: language as Visitor['language'] })}
            placeholder={t('visitor.languageNone')}
            options={COMMON_LANGUAGES.map((code) => ({ id: code, label: t(`languages.${code}`) }))}
            moreOptions={{ title: t('visitor.languageMore'), options: MORE_LANGUAGES.map((code) => ({ id: code, label: t(`languages.${code}`) })).sort((a, b) => a.label.localeCompare(b.label)) }}
            error={errorFor('visitor.language')}
            buttonRef={refFor('visitor.language')}
          />
        </div>
        <TextAreaField {...postal} label={t('visitor.postal')} rows={2} description={nearLimit(visitor.postal, POSTAL_MAX)} />
        <CheckboxGroup
          label={t('visitor.accessibility')}
          description={t('visitor.accessibilityHint')}
          value={visitor.accessibility}
          onChange={(values) => onChange({ accessibility: values as Visitor['accessibility'] })}
        >
          {ACCESSIBILITY_NEEDS.map((need) => (
            <Checkbox key={need} value={need}>
              {t(`accessibility.${need}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
      </DisclosurePanel>
    </Disclosure>
  );
}
