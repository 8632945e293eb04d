import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './app/first-paint-styles';
import { App } from './app/App';
import { registerServiceWorker } from './lib/service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// In a transition, React renders the app in short slices that yield to the browser, instead of one
// task long enough to block input on a slow phone (Lighthouse's Total Blocking Time).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

registerServiceWorker();
