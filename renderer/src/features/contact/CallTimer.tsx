import { useId } from 'react';
import { Button } from '../../ui';
import { useTranslation } from 'react-i18next';
import { callSeconds } from '../../../../shared/model/intake';
import { useNow } from '../../ui/clock';
import { formatDuration } from '../../ui/format';

interface Props {
  startedAt: string;
  endedAt: string | null;
  onStop: () => void;
  onResume: () => void;
  onRestart: () => void;
}

/**
 * The call timer of a phone contact. It is computed from the start timestamp in the draft, so
 * a reload, a crashed screen or a sleeping laptop does not reset or pause it. role="timer" is not
 * announced every second; the label says what it measures.
 */
export function CallTimer({ startedAt, endedAt, onStop, onResume, onRestart }: Props) {
  const { t } = useTranslation('intake');
  const now = useNow(1000);
  const labelId = useId();
  const seconds = callSeconds({ startedAt, endedAt }, now);
  return (
    <div className="call-timer" data-state={endedAt ? 'stopped' : 'running'}>
      <span id={labelId} className="call-timer-label">
        {endedAt ? t('timer.stoppedLabel') : t('timer.label')}
      </span>
      <span role="timer" aria-labelledby={labelId} className="call-timer-value">
        {formatDuration(seconds)}
      </span>
      {endedAt ? (
        <Button size="small" onPress={onResume}>
          {t('timer.resume')}
        </Button>
      ) : (
        <Button size="small" onPress={onStop}>
          {t('timer.stop')}
        </Button>
      )}
      <Button size="small" variant="quiet" onPress={onRestart}>
        {t('timer.restart')}
      </Button>
    </div>
  );
}
