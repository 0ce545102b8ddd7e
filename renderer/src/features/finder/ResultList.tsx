import type { KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/format';
import type { PublishedDocument } from './documentIndex';
import { Highlighted } from './Highlighted';

/**
 * The results as a list of buttons: Tab reaches the list, the arrow keys (and Home/End) move
 * through it, Enter or Space opens a document.
 */
export function ResultList({
  results,
  onOpen,
  listRef,
}: {
  results: Array<{ document: PublishedDocument; terms: string[] }>;
  onOpen: (id: string) => void;
  listRef: RefObject<HTMLOListElement | null>;
}) {
  const { t, i18n } = useTranslation('finder');
  const format = useFormatters();
  const move = (event: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-result]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (to < 0) {
      // Up from the first result: back to the search words.
      document.querySelector<HTMLElement>('.finder-search input')?.focus();
      return;
    }
    buttons[Math.min(to, buttons.length - 1)]?.focus();
  };
  return (
    <ol className="finder-list" ref={listRef} onKeyDown={move}>
      {results.map(({ document, terms }) => {
        const category = document.category && i18n.exists(`search:categories.${document.category}`) ? t(`search:categories.${document.category}`) : '';
        return (
          <li key={document.id}>
            <button type="button" className="finder-result" data-result={document.id} onClick={() => onOpen(document.id)}>
              <span className="finder-result-title">
                <Highlighted text={document.title} terms={terms} />
              </span>
              <span className="finder-result-meta">
                {category ? <span>{t('category', { code: document.category, name: category })}</span> : null}
                {document.publishedOn ? <span>{format.calendarDate(document.publishedOn)}</span> : null}
                <span>{document.publisherName}</span>
              </span>
              {document.description ? (
                <span className="finder-result-description">
                  <Highlighted text={document.description} terms={terms} />
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
