import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { writeDraft } from '../../app/drafts';
import { navigate, routeHref } from '../../app/route';
import { database } from '../../db/database';
import { useStationCode } from '../../workstation';
import { actorFor } from '../../workstation';
import { useFormatters } from '../../ui/format';
import { Button, ButtonLink, ErrorMessage } from '../../ui';
import { undoIntake } from './repository';
import { INTAKE_DRAFT_KEY } from './draftKeys';
import { setLastSave, updateLastSave, useLastSave } from './savedStore';

/** Long enough to notice a mistake and reach the button, short enough not to linger. */
export const UNDO_SECONDS = 10;

/**
 * The confirmation after a save: the case number (what the visitor may write down) and, for a
 * few seconds, undo. The countdown pauses while the pointer or focus is on the notice, so nobody
 * loses the button while reaching for it (WCAG 2.2.1).
 */
export function SavedNotice({ placement }: { placement: 'start' | 'intake' }) {
  const { t } = useTranslation('intake');
  const format = useFormatters();
  const last = useLastSave();
  const station = useStationCode();
  const ref = useRef<HTMLDivElement>(null);
  const [undoing, setUndoing] = useState(false);
  const [undoFailed, setUndoFailed] = useState(false);
  const [paused, setPaused] = useState(false);
  const remaining = useRef(UNDO_SECONDS * 1000);

  const visible = last !== null && (placement === 'start' ? true : last.state === 'undone');
  const savedAt = last?.at;

  // The save is on screen: the end of what the save-to-visible benchmark measures.
  useLayoutEffect(() => {
    if (!visible || last?.state !== 'saved' || placement !== 'start') return;
    performance.mark('loket:save-visible');
    try {
      performance.measure('loket:save', 'loket:save-start', 'loket:save-visible');
    } catch {
      // No start mark (e.g. a save from another screen): nothing to measure.
    }
    ref.current?.focus();
    // Only when a new save appears, not on every re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedAt, last?.state]);

  useEffect(() => {
    remaining.current = UNDO_SECONDS * 1000;
  }, [savedAt]);

  useEffect(() => {
    if (!last?.undoable || paused) return;
    const started = Date.now();
    const timer = setTimeout(() => updateLastSave({ undoable: false }), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(2000, remaining.current - (Date.now() - started));
    };
  }, [last?.undoable, paused, savedAt]);

  if (!visible || !last) return null;

  const undo = async () => {
    setUndoing(true);
    setUndoFailed(false);
    try {
      await undoIntake(database(), last.saved, { actor: actorFor(station) });
      // Back into the form, exactly as it was, so the mistake can be put right and saved again.
      writeDraft(INTAKE_DRAFT_KEY, last.draft);
      updateLastSave({ state: 'undone', undoable: false });
      navigate(routeHref('contact', 'new'));
    } catch (error) {
      console.error('Undo failed', error);
      setUndoFailed(true);
    } finally {
      setUndoing(false);
    }
  };

  if (last.state === 'undone') {
    return (
      <div className="notice notice-undone" role="status">
        <p>{t('saved.undone', { number: last.saved.caseNumber })}</p>
      </div>
    );
  }

  const { saved } = last;
  return (
    <div
      ref={ref}
      className="notice notice-saved"
      role="status"
      tabIndex={-1}
      // Focus on the notice itself (where it lands after saving) does not stop the clock; focus on
      // one of its buttons does.
      onFocus={(event) => setPaused(event.target !== event.currentTarget)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setPaused(false);
      }}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
    >
      <Check className="notice-icon" aria-hidden="true" size={20} />
      <div className="notice-body">
        <p className="notice-title">
          {saved.caseCreated ? t('saved.newCase', { number: saved.caseNumber }) : t('saved.existingCase', { number: saved.caseNumber })}
        </p>
        {saved.dueAt ? <p>{t('saved.callback', { due: format.dateTime(saved.dueAt) })}</p> : null}
        {undoFailed ? <ErrorMessage alert={false}>{t('saved.undoFailed')}</ErrorMessage> : null}
      </div>
      <div className="notice-actions">
        <ButtonLink size="small" href={routeHref('cases', saved.caseId)}>
          {t('saved.openCase')}
        </ButtonLink>
        {last.undoable ? (
          <Button size="small" onPress={() => void undo()} isDisabled={undoing}>
            {t('saved.undo')}
          </Button>
        ) : null}
        <Button size="small" variant="quiet" onPress={() => setLastSave(null)} aria-label={t('saved.dismissLabel')}>
          {t('saved.dismiss')}
        </Button>
      </div>
    </div>
  );
}
