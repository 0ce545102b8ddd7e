import { useTranslation } from 'react-i18next';
import { setUiLanguage } from '../i18n';
import { SUPPORTED_LANGUAGES, type UiLanguage } from '../i18n/resources';
import { Select } from '../ui';

/** The UI language, in the top bar; each language is named in itself. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      className="language-switch"
      layout="inline"
      label={t('language.label')}
      value={i18n.resolvedLanguage ?? 'nl'}
      onChange={(language) => void setUiLanguage(language as UiLanguage)}
      options={SUPPORTED_LANGUAGES.map((lng) => ({ id: lng, label: t(`language.${lng}`), lang: lng }))}
    />
  );
}
