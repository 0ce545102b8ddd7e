import { useTranslation } from 'react-i18next';
import { type IntakeDraft, intakeHasContent } from '../../../../shared/model/intake';
import { Button, Dialog, DialogActions, DialogTrigger } from '../../ui';
import { CallTimer } from './CallTimer';
import type { UpdateIntake } from './useIntakeForm';

/**
 * The intake's sticky bottom bar: save (Ctrl+Enter), discard, and for a phone call the timer –
 * in the bar so the caller's time stays in sight wherever the form is scrolled.
 */
export function SaveBar({ draft, update, onDiscard }: { draft: IntakeDraft; update: UpdateIntake; onDiscard: () => void }) {
  const { t } = useTranslation('intake');
  return (
    <div className="intake-actions">
      <Button type="submit" variant="primary" size="large" aria-keyshortcuts="Control+Enter">
        {t('save.label')} <kbd className="kbd">{t('save.shortcut')}</kbd>
      </Button>
      <DiscardButton hasContent={intakeHasContent(draft)} onDiscard={onDiscard} />
      {draft.channel === 'telefoon' ? (
        <CallTimer
          startedAt={draft.startedAt}
          endedAt={draft.endedAt}
          onStop={() => update((d) => ({ ...d, endedAt: new Date().toISOString() }))}
          onResume={() => update((d) => ({ ...d, endedAt: null }))}
          onRestart={() => update((d) => ({ ...d, startedAt: new Date().toISOString(), endedAt: null }))}
        />
      ) : null}
    </div>
  );
}

/** Throwing a draft away asks first when something was typed: it cannot be undone. */
function DiscardButton({ hasContent, onDiscard }: { hasContent: boolean; onDiscard: () => void }) {
  const { t } = useTranslation('intake');
  if (!hasContent) return <Button onPress={onDiscard}>{t('discard.cancel')}</Button>;
  return (
    <DialogTrigger>
      <Button>{t('discard.label')}</Button>
      <Dialog title={t('discard.title')} role="alertdialog">
        {({ close }) => (
          <>
            <p>{t('discard.body')}</p>
            <DialogActions>
              <Button onPress={close} autoFocus>
                {t('discard.keep')}
              </Button>
              <Button variant="danger" onPress={onDiscard}>
                {t('discard.confirm')}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </DialogTrigger>
  );
}
