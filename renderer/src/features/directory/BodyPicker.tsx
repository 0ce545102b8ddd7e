import { useEffect, useMemo, useState } from 'react';
import { Collection } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button, ComboBox, Option, OptionSection } from '../../ui';
import type { Bestuursorgaan } from '../../../../shared/woo/request';
import './directory.css';
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
    <Option id={entry.code} textValue={entry.name} className="body-option">
      <span className="body-option-name">{entry.name}</span>
      <span className="body-option-meta">
        {entry.category ?? t('directory.ownBody')}
        {' · '}
        {entry.code}
      </span>
    </Option>
  );

  return (
    <div className="body-picker">
      <ComboBox
        label={label}
        showAllLabel={t('directory.showAll')}
        placeholder={t('directory.placeholder')}
        description={
          load.state === 'loading' ? t('directory.loading') : load.state === 'failed' ? t('directory.failed') : (description ?? t('directory.count', { count: entries.length }))
        }
        error={error}
        emptyText={t('directory.noMatch')}
        virtualized={{ rowHeight: 52, headingHeight: 34 }}
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
        isRequired={isRequired}
        autoFocus={autoFocus}
      >
        {own.length ? (
          <OptionSection id="own" title={t('directory.ownSection', { municipality: municipality.name })}>
            <Collection items={own}>{item}</Collection>
          </OptionSection>
        ) : null}
        {others.length ? (
          <OptionSection id="others" title={t('directory.otherSection')}>
            <Collection items={others}>{item}</Collection>
          </OptionSection>
        ) : null}
      </ComboBox>
      {load.state === 'failed' ? <Button onPress={retry}>{t('directory.retry')}</Button> : null}
    </div>
  );
}
