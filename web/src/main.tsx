import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/first-paint-styles';
import { App } from './app/App';
import { registerServiceWorker } from './lib/service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
