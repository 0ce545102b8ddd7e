import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { setUiLanguage } from '../i18n';
import { SUPPORTED_LANGUAGES, type UiLanguage } from '../i18n/resources';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      className="language-switch"
      selectedKey={i18n.resolvedLanguage ?? 'nl'}
      onSelectionChange={(key) => void setUiLanguage(key as UiLanguage)}
    >
      <Label>{t('language.label')}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron" />
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {SUPPORTED_LANGUAGES.map((lng) => (
            <ListBoxItem key={lng} id={lng} className="listbox-item" lang={lng}>
              {t(`language.${lng}`)}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
