import './app/global-styles';
import './app/prerender/prerender.css';
import { mountApp } from './app/mount-app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');
await mountApp(container);
