import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { importProgressSchema, type ImportProgressReport } from '../../../../shared/catalogue/importProgress';
import { hubRequest } from '../../centre';
import { useSession } from '../../session';
import { Button, ErrorMessage } from '../../ui';

const progressSchema = importProgressSchema;
type Progress = ImportProgressReport;

/**
 * A coordinator brings in a Woogle catalogue (CSV or JSON array) from the app (issue 14 point 5):
 * the file streams to the hub, the bar follows the bytes the hub has read, Cancel stops after the
 * batch being written. Desks receive the documents through their normal pull.
 */
export function CatalogueImport() {
  const { t } = useTranslation('finder');
  const state = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<Progress>();
  const [running, setRunning] = useState<string>();
  const [failed, setFailed] = useState(false);
  if (state.status !== 'active' || (state.user.role !== 'coordinator' && state.user.role !== 'admin')) return null;

  const start = async () => {
    if (!file) return;
    const id = crypto.randomUUID();
    const format = /\.json$/i.test(file.name) ? 'json' : 'csv';
    setFailed(false);
    setProgress(undefined);
    setRunning(id);
    const poll = setInterval(() => {
      hubRequest(`/catalogue/imports/${id}`, progressSchema).then(setProgress, () => undefined);
    }, 500);
    try {
      setProgress(await hubRequest(`/catalogue/imports?format=${format}&id=${id}`, progressSchema, { method: 'POST', headers: { 'Content-Type': format === 'json' ? 'application/json' : 'text/csv' }, body: file }));
    } catch {
      setFailed(true);
    } finally {
      clearInterval(poll);
      setRunning(undefined);
    }
  };
  const cancel = () => {
    if (running) void hubRequest(`/catalogue/imports/${running}/cancel`, z.null(), { method: 'POST' }).catch(() => undefined);
  };
  const share = file && progress ? Math.min(100, Math.round((progress.bytes / Math.max(1, file.size)) * 100)) : 0;
  return (
    <section className="panel finder-import" aria-labelledby="finder-import-title">
      <h2 id="finder-import-title">{t('import.title')}</h2>
      <p className="finder-import-hint">{t('import.hint')}</p>
      <div className="finder-import-row">
        <label className="finder-import-file">
          <span className="ui-label">{t('import.file')}</span>
          <input ref={input} type="file" accept=".csv,.json,text/csv,application/json" onChange={(event) => setFile(event.target.files?.[0])} disabled={running !== undefined} />
        </label>
        {running ? (
          <Button onPress={cancel}>{t('import.cancel')}</Button>
        ) : (
          <Button variant="primary" isDisabled={!file} onPress={() => void start()}>
            {t('import.start')}
          </Button>
        )}
      </div>
      {running || progress ? (
        <div className="finder-import-progress">
          {/* A cancelled import is done too, but not complete: the bar stays where the hub stopped reading. */}
          <progress max={100} value={progress?.done && !progress.cancelled ? 100 : share} aria-label={t('import.progress')} />
          {progress ? (
            <p role="status">
              {progress.cancelled ? t('import.cancelled') : progress.done ? t('import.done') : t('import.busy')}{' '}
              {t('import.counts', { added: progress.added, updated: progress.updated, unchanged: progress.unchanged, skipped: progress.skipped })}
            </p>
          ) : null}
          {progress && progress.problems.length > 0 ? (
            <ul className="finder-import-problems" aria-label={t('import.problems')}>
              {progress.problems.slice(0, 20).map((problem) => (
                <li key={`${problem.line}-${problem.message}`}>{t('import.problem', { line: problem.line, message: problem.message })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {failed ? <ErrorMessage>{t('import.failed')}</ErrorMessage> : null}
    </section>
  );
}
