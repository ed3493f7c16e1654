/**
 * The floor under every component: a bug in Taskline's own UI shows "Internal error" with the
 * details to copy into a report, instead of a blank page. The user's code lives in the store
 * (and autosave), outside the broken tree, so it is shown here to copy and survives a reload.
 */
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The user's current code, read when the error is shown. */
  readonly code: () => string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly componentStack: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: '' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  override render(): ReactNode {
    const { error, componentStack } = this.state;
    if (error === null) return this.props.children;
    const head = `${error.name}: ${error.message}`;
    // V8's stack starts with the message; other engines' do not.
    const stack = error.stack ?? '';
    const details = [stack.startsWith(head) ? stack : `${head}\n${stack}`, componentStack && `Component stack:${componentStack}`, `Page: ${location.href.split('#')[0]}`, `Browser: ${navigator.userAgent}`]
      .filter((x) => x !== '')
      .join('\n');
    return <InternalError details={details} code={this.props.code()} onRetry={() => this.setState({ error: null, componentStack: '' })} />;
  }
}

function InternalError(props: { details: string; code: string; onRetry: () => void }) {
  const [status, setStatus] = useState('');
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied`);
    } catch {
      setStatus('Copying is not allowed here: select the text and copy it by hand');
    }
  };
  return (
    <main className="internal-error" role="alert" aria-labelledby="internal-error-title">
      <h2 id="internal-error-title">Internal error</h2>
      <p>
        Taskline hit a bug of its own (not a problem in your program). Your code is kept: it is saved in this browser and
        shown below. Please copy the details into a bug report.
      </p>
      <p>
        <button type="button" onClick={() => void copy(props.details, 'Details')}>
          Copy details
        </button>{' '}
        <button type="button" onClick={() => void copy(props.code, 'Code')}>
          Copy my code
        </button>{' '}
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>{' '}
        <span role="status">{status}</span>
      </p>
      <details open>
        <summary>Details</summary>
        <pre data-testid="internal-error-details">{props.details}</pre>
      </details>
      <label>
        Your code
        <textarea readOnly value={props.code} rows={12} spellCheck={false} />
      </label>
    </main>
  );
}
