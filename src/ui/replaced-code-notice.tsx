/** After a share link replaced the user's own code: a way back to it (the store keeps it, autosaved). */
import { useActions, useTaskline } from '../store/react.ts';

export function ReplacedCodeNotice() {
  const replaced = useTaskline((s) => s.replacedCode);
  const { restoreReplacedCode, forgetReplacedCode } = useActions();
  if (replaced === null) return null;
  return (
    <p className="banner" role="status" data-testid="replaced-code">
      A shared link replaced your code; yours is kept.{' '}
      <button type="button" className="link" onClick={restoreReplacedCode}>
        Restore my code
      </button>{' '}
      <button type="button" className="link" onClick={forgetReplacedCode}>
        Dismiss
      </button>
    </p>
  );
}
