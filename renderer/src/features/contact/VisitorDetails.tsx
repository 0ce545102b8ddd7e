import type { Ref } from 'react';
import { Button, CheckboxGroup, Disclosure, DisclosurePanel, Heading, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ACCESSIBILITY_NEEDS } from '../../../../shared/model/case';
import { COMMON_LANGUAGES, type IntakeDraft, MORE_LANGUAGES, NAME_MAX, POSTAL_MAX } from '../../../../shared/model/intake';
import { TextAreaInput, TextInput } from '../../ui/fields';
import { GroupCheck, SelectInput } from './fields';

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
  refs: {
    name: Ref<HTMLInputElement>;
    phone: Ref<HTMLInputElement>;
    email: Ref<HTMLInputElement>;
    postal: Ref<HTMLTextAreaElement>;
    language: Ref<HTMLButtonElement>;
  };
}

/**
 * Anonymous is the default (AVG: record as little as the task needs). Details are behind a
 * collapsed section and every one of them is optional.
 */
export function VisitorDetails({ expanded, onExpandedChange, visitor, onChange, phoneInCallback, errorFor, onBlur, refs }: Props) {
  const { t } = useTranslation('intake');
  const filled = [visitor.name, visitor.phone, visitor.email, visitor.postal, visitor.language].filter((v) => v.trim() !== '').length + visitor.accessibility.length;
  return (
    <Disclosure className="details" isExpanded={expanded} onExpandedChange={onExpandedChange}>
      <Heading level={2} className="details-heading">
        <Button slot="trigger" className="details-trigger">
          <span className="details-chevron" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          <span>{t('visitor.title')}</span>
          <span className="details-summary">{filled ? t('visitor.filled', { count: filled }) : t('visitor.anonymous')}</span>
        </Button>
      </Heading>
      <DisclosurePanel className="details-panel">
        <p className="details-intro">{t('visitor.intro')}</p>
        <div className="field-grid">
          <TextInput
            name="visitor.name"
            label={t('visitor.name')}
            value={visitor.name}
            onChange={(name) => onChange({ name })}
            onBlur={() => onBlur('visitor.name')}
            error={errorFor('visitor.name')}
            inputRef={refs.name}
            description={visitor.name.length > NAME_MAX * 0.9 ? t('counter', { length: visitor.name.length, max: NAME_MAX }) : undefined}
          />
          {phoneInCallback ? (
            <p className="field-note">{t('visitor.phoneInCallback')}</p>
          ) : (
            <TextInput
              name="visitor.phone"
              type="tel"
              label={t('visitor.phone')}
              value={visitor.phone}
              onChange={(phone) => onChange({ phone })}
              onBlur={() => onBlur('visitor.phone')}
              error={errorFor('visitor.phone')}
              inputRef={refs.phone}
              description={t('visitor.phoneHint')}
            />
          )}
          <TextInput
            name="visitor.email"
            type="email"
            label={t('visitor.email')}
            value={visitor.email}
            onChange={(email) => onChange({ email })}
            onBlur={() => onBlur('visitor.email')}
            error={errorFor('visitor.email')}
            inputRef={refs.email}
          />
          <SelectInput
            name="visitor.language"
            label={t('visitor.language')}
            value={visitor.language}
            onChange={(language) => onChange({ language: language as Visitor['language'] })}
            placeholder={t('visitor.languageNone')}
            options={COMMON_LANGUAGES.map((code) => ({ id: code, label: t(`languages.${code}`) }))}
            moreOptions={{ title: t('visitor.languageMore'), options: MORE_LANGUAGES.map((code) => ({ id: code, label: t(`languages.${code}`) })).sort((a, b) => a.label.localeCompare(b.label)) }}
            error={errorFor('visitor.language')}
            buttonRef={refs.language}
          />
        </div>
        <TextAreaInput
          name="visitor.postal"
          label={t('visitor.postal')}
          value={visitor.postal}
          rows={2}
          onChange={(postal) => onChange({ postal })}
          onBlur={() => onBlur('visitor.postal')}
          error={errorFor('visitor.postal')}
          inputRef={refs.postal}
          description={visitor.postal.length > POSTAL_MAX * 0.9 ? t('counter', { length: visitor.postal.length, max: POSTAL_MAX }) : undefined}
        />
        <CheckboxGroup
          className="field check-group"
          value={visitor.accessibility}
          onChange={(values) => onChange({ accessibility: values as Visitor['accessibility'] })}
        >
          <Label className="field-label">{t('visitor.accessibility')}</Label>
          <Text slot="description" className="field-description">
            {t('visitor.accessibilityHint')}
          </Text>
          <div className="check-list">
            {ACCESSIBILITY_NEEDS.map((need) => (
              <GroupCheck key={need} value={need}>
                {t(`accessibility.${need}`)}
              </GroupCheck>
            ))}
          </div>
        </CheckboxGroup>
      </DisclosurePanel>
    </Disclosure>
  );
}
