import '@vscode/codicons/dist/codicon.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectHost } from './host';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App host={connectHost()} />
  </StrictMode>,
);
