// Order matters: our tokens must come after Amplify UI's defaults to override them.
import '@aws-amplify/ui-react/styles.css';
import './app/theme.css';
import './app/layout.css';
import { createRoot } from 'react-dom/client';
import { loadApp } from './app/load-app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');
createRoot(container).render(await loadApp());
