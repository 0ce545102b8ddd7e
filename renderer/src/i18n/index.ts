import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, SUPPORTED_LANGUAGES, type UiLanguage } from './resources';

const STORAGE_KEY = 'loket.uiLanguage';

export function storedLanguage(): UiLanguage {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as UiLanguage) : 'nl';
}

export async function setUiLanguage(lng: UiLanguage): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  await i18n.changeLanguage(lng);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

export const i18nReady = i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'nl',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
