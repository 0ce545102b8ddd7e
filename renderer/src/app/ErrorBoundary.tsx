import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, ErrorState } from '../ui';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { draftKeys } from './drafts';

interface Props {
  t: TFunction;
  children: ReactNode;
  /** Changing it (e.g. navigating to another area) clears the error. */
  resetKey: string;
}

interface State {
  error: Error | null;
  resetKey: string;
}

/**
 * Catches a failing screen so the rest of the workspace keeps running. Input typed into forms is
 * already kept as drafts (see drafts.ts); the message says so, and how many drafts are kept, so
 * nobody thinks their work is gone.
 */
class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    const { t } = this.props;
    if (!error) return this.props.children;
    return (
      <ErrorState title={t('error.title')}>
        <p>{t('error.body')}</p>
        <p>{t('error.drafts', { count: draftKeys().length })}</p>
        <details>
          <summary>{t('error.details')}</summary>
          <pre>{error.message}</pre>
        </details>
        <Button variant="primary" onPress={() => this.setState({ error: null })}>
          {t('error.retry')}
        </Button>
      </ErrorState>
    );
  }
}

export function ErrorBoundary(props: Omit<Props, 't'>) {
  const { t } = useTranslation();
  return <ScreenErrorBoundary t={t} {...props} />;
}
