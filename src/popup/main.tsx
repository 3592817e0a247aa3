// First, so the tab-state request goes to the worker before the rest of the popup's code runs (issue 15.4).
import './tab-request.ts';
import { render } from 'preact';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
