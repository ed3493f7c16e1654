/** Copies a link that opens the current program, shown as it is now. */
import { useState } from 'react';
import { useTasklineStore } from '../../store/react.ts';
import { currentScenario, shareUrl } from '../../app-wiring/share-link.ts';

export function ShareButton() {
  const store = useTasklineStore();
  const [status, setStatus] = useState('');
  const share = async () => {
    const url = shareUrl(currentScenario(store), window.location);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      // No clipboard permission: put the link in the address bar for the user to copy.
      window.history.replaceState(null, '', url);
      setStatus('Link in the address bar');
    }
    window.setTimeout(() => setStatus(''), 2500);
  };
  return (
    <>
      <button type="button" onClick={() => void share()}>
        Copy link
      </button>
      <span className="share-status" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
