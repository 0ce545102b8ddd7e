import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Collection,
  ComboBox,
  FieldError,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  ListLayout,
  Popover,
  Text,
  Virtualizer,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Bestuursorgaan } from '../../../../shared/woo/request';
import { buildDirectory, loadPublishers, ownBodies, searchDirectory, type DirectoryEntry, type Municipality, type Publisher } from './directory';

type Load = { state: 'loading' } | { state: 'ready'; publishers: Publisher[] } | { state: 'failed' };

/** The publisher list, loaded once per session (it is bundled: this works offline too). */
export function usePublishers(): { load: Load; retry: () => void } {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadPublishers().then(
      (publishers) => live && setLoad({ state: 'ready', publishers }),
      (error: unknown) => {
        console.error('The publisher directory could not be loaded', error);
        if (live) setLoad({ state: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    load,
    retry: () => {
      setLoad({ state: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}

interface Props {
  label: string;
  value: Bestuursorgaan | null;
  onChange: (value: Bestuursorgaan | null) => void;
  municipality: Municipality;
  description?: string;
  error?: string | undefined;
  isRequired?: boolean;
  autoFocus?: boolean;
  /** Leave the municipality's own bodies out (e.g. when referring to another body). */
  othersOnly?: boolean;
}

/**
 * Picks a bestuursorgaan from ~1,500: the municipality's own bodies first, then all others,
 * searched by name or TOOI code as staff type. The list is virtualised, so only the visible
 * rows are in the page.
 */
export function BodyPicker({ label, value, onChange, municipality, description, error, isRequired, autoFocus, othersOnly }: Props) {
  const { t } = useTranslation('woo');
  const { load, retry } = usePublishers();
  const [input, setInput] = useState(value?.name ?? '');
  useEffect(() => setInput(value?.name ?? ''), [value?.name]);

  const entries = useMemo(() => {
    const all = load.state === 'ready' ? buildDirectory(load.publishers, municipality) : ownBodies(municipality);
    return othersOnly ? all.filter((e) => !e.own && e.code !== municipality.code) : all;
  }, [load, municipality, othersOnly]);
  const byCode = useMemo(() => new Map(entries.map((e) => [e.code, e])), [entries]);

  // Showing the selected name in the field is not a search: then the whole list is offered.
  const query = value && input === value.name ? '' : input;
  const matches = useMemo(() => searchDirectory(entries, query), [entries, query]);
  const own = matches.filter((e) => e.own);
  const others = matches.filter((e) => !e.own);

  const item = (entry: DirectoryEntry) => (
    <ListBoxItem id={entry.code} textValue={entry.name} className="listbox-item woo-body-option">
      <span className="woo-body-name">{entry.name}</span>
      <span className="woo-body-meta">
        {entry.category ?? t('directory.ownBody')}
        {' · '}
        {entry.code}
      </span>
    </ListBoxItem>
  );

  return (
    <div className="woo-body-picker">
      <ComboBox
        className="woo-field"
        selectedKey={value?.code ?? null}
        onSelectionChange={(key) => {
          const entry = key === null ? undefined : byCode.get(String(key));
          onChange(entry ? { code: entry.code, name: entry.name } : null);
          if (entry) setInput(entry.name);
        }}
        inputValue={input}
        onInputChange={(text) => {
          setInput(text);
          if (value && text !== value.name) onChange(null);
        }}
        defaultFilter={() => true}
        menuTrigger="focus"
        allowsEmptyCollection
        isInvalid={Boolean(error)}
        isRequired={isRequired}
        validationBehavior="aria"
        autoFocus={autoFocus}
      >
        <Label className="woo-label">{label}</Label>
        <div className="woo-combo-row">
          <Input className="woo-input" placeholder={t('directory.placeholder')} spellCheck={false} autoComplete="off" />
          <Button className="woo-icon-button" aria-label={t('directory.showAll')}>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <path d="M2 5l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </Button>
        </div>
        <Text slot="description" className="woo-description">
          {load.state === 'loading'
            ? t('directory.loading')
            : load.state === 'failed'
              ? t('directory.failed')
              : (description ?? t('directory.count', { count: entries.length }))}
        </Text>
        <FieldError className="woo-error">{error}</FieldError>
        <Popover className="popover woo-combo-popover" placement="bottom start">
          <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: 52, headingHeight: 34 }}>
            <ListBox className="listbox woo-combo-list" renderEmptyState={() => <p className="woo-combo-empty">{t('directory.noMatch')}</p>}>
              {own.length ? (
                <ListBoxSection id="own" className="woo-combo-section">
                  <Header className="woo-combo-header">{t('directory.ownSection', { municipality: municipality.name })}</Header>
                  <Collection items={own}>{item}</Collection>
                </ListBoxSection>
              ) : null}
              {others.length ? (
                <ListBoxSection id="others" className="woo-combo-section">
                  <Header className="woo-combo-header">{t('directory.otherSection')}</Header>
                  <Collection items={others}>{item}</Collection>
                </ListBoxSection>
              ) : null}
            </ListBox>
          </Virtualizer>
        </Popover>
      </ComboBox>
      {load.state === 'failed' ? (
        <Button className="button" onPress={retry}>
          {t('directory.retry')}
        </Button>
      ) : null}
    </div>
  );
}
