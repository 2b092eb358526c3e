import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles/base.css';
import './styles/portfolio.css';
import './styles/initiative.css';
import './styles/thread.css';
import './styles/updates-and-checks.css';
import './styles/accounts.css';
import './styles/proposals.css';
import './styles/roadmap.css';
import './styles/organisation.css';
import './styles/agenda.css';
import './styles/github-sync.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

initI18n()
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error('Rødtråd could not start', error);
    root.textContent = 'Rødtråd could not start. See the browser console.';
  });
