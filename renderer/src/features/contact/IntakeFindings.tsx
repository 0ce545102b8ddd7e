import { useTranslation } from 'react-i18next';
import { NOT_FOUND_NOTE_MAX } from '../../../../shared/model/case';
import { Button, TextField, useRemovalFocus } from '../../ui';
import { bindField, type IntakeFormFields } from './useIntakeForm';

/**
 * What the guide and the finder recorded for this contact (issue 14 points 1, 4, 7): the route
 * taken, the documents attached from the finder, and – when nothing was found – "niet gevonden"
 * in a few words for the coordinator's list of information to publish.
 */
export function IntakeFindings(form: IntakeFormFields) {
  const { t } = useTranslation('intake');
  const { draft, update } = form;
  // The unlink buttons disappear when pressed: focus goes to the next one, else to the outcome
  // (which an unlink may have changed), never to <body>.
  const rows = useRemovalFocus<HTMLDivElement>();
  const toOutcome = () => form.focusField?.('outcome');
  const documents = draft.documentsAttached ?? [];
  const notFound = draft.outcome === 'document-not-found';
  const noteField = bindField(form, 'notFoundNote');
  // The used answer stays in sight under every outcome: hiding it would drop it from the save unseen.
  const answer = draft.answerUsed;
  const answerKept = draft.outcome === 'answered';
  if (!draft.guideRoute && documents.length === 0 && !notFound && !answer) return null;
  return (
    <div className="intake-findings" ref={rows.container}>
      {draft.guideRoute ? <p className="intake-route">{t('findings.route', { route: t(`findings.routes.${draft.guideRoute}`) })}</p> : null}
      {answer ? (
        <p className="intake-answer">
          {t('findings.answer', { title: answer.title })}{' '}
          <RemoveButton
            label={t('findings.removeAnswer', { title: answer.title })}
            onPress={() => {
              update((d) => {
                const { answerUsed: _dropped, ...rest } = d;
                return rest;
              });
              rows.removed({ index: 0, fallback: toOutcome });
            }}
          />
          {answerKept ? null : (
            <>
              <br />
              <span className="intake-warning">{t('findings.answerNotSaved')}</span>
            </>
          )}
        </p>
      ) : null}
      {documents.length ? (
        <section aria-labelledby="intake-documents">
          <h2 id="intake-documents" className="intake-findings-title">
            {t('findings.documents', { count: documents.length })}
          </h2>
          <ul className="intake-documents">
            {documents.map((document, i) => (
              <li key={document.id}>
                <span>{document.title}</span>{' '}
                <RemoveButton
                  label={t('findings.remove', { title: document.title })}
                  onPress={() => {
                    update((d) => {
                      const rest = (d.documentsAttached ?? []).filter((entry) => entry.id !== document.id);
                      // Without documents the outcome no longer says one was found.
                      const outcome = rest.length === 0 && d.outcome === 'document-found' ? 'document-not-found' : d.outcome;
                      return { ...d, documentsAttached: rest, outcome };
                    });
                    // The answer's button (if any) comes first among the remove buttons.
                    rows.removed({ index: i + (answer ? 1 : 0), fallback: toOutcome });
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {notFound ? (
        <TextField
          name="notFoundNote"
          label={t('findings.notFound')}
          description={t('findings.notFoundHint', { max: NOT_FOUND_NOTE_MAX })}
          value={draft.notFoundNote ?? ''}
          onChange={(notFoundNote) => update((d) => ({ ...d, notFoundNote }))}
          {...noteField}
        />
      ) : null}
    </div>
  );
}

/** The small "unlink" button after a finding; `data-remove` is how the removal focus finds the next one. */
function RemoveButton({ label, onPress }: { label: string; onPress: () => void }) {
  const { t } = useTranslation('intake');
  return (
    <Button variant="quiet" size="small" data-remove aria-label={label} onPress={onPress}>
      {t('findings.removeShort')}
    </Button>
  );
}
