import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './app/first-paint-styles';
import { App, preloadLandingPage } from './app/App';
import { readLandingData } from './app/landingData';
import { registerServiceWorker } from './lib/service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The screen the server prerendered into #root (the catalog's or an event's, with its data), if any.
const landing = readLandingData();

// In a transition, React renders the app in short slices that yield to the browser, instead of one
// task long enough to block input on a slow phone (Lighthouse's Total Blocking Time).
const render = () =>
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App landing={landing} />
      </StrictMode>,
    );
  });

// Over a prerendered page, the first render waits for that page's code: else it would replace the
// page with the loading spinner until the code arrives.
const page = landing?.path === window.location.pathname ? preloadLandingPage(landing.path) : undefined;
if (page) void page.then(render, render);
else render();

registerServiceWorker();
