/** Shows a render error as an alert instead of a blank window. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  children: ReactNode;
  /** Changing this clears a shown error (e.g. the id of the article being shown). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[offprint] A view failed to render:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return <ViewFailed reason={this.state.error.message} />;
    return this.props.children;
  }
}

function ViewFailed({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return <ErrorAlert message={t('viewFailed', { reason })} />;
}
