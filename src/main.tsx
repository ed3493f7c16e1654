import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { createWorkerRunner } from './runner/worker-runner.ts';
import { createTasklineStore } from './store/create-store.ts';
import { startPlaybackDriver } from './store/playback-driver.ts';
import { StoreProvider } from './store/react.ts';
import { listenForSharedLinks, openSharedLink } from './app-wiring/share-link.ts';
import { DEFAULT_EXAMPLE_ID, EXAMPLES } from './examples/index.ts';
import './ui/app.css';

const store = createTasklineStore({ runner: createWorkerRunner(), examples: EXAMPLES, initialExampleId: DEFAULT_EXAMPLE_ID });
startPlaybackDriver(store);
// A share link wins over the autosaved code; otherwise the first screen is the program
// already run: the picture is the point.
if (!openSharedLink(store, window.location, window.history)) void store.getState().run();
listenForSharedLinks(store, window);

// End-to-end tests and curious users can reach the store from the console.
(window as unknown as { taskline?: unknown }).taskline = store;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
