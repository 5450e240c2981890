import { render } from 'preact';
import { App } from './App.tsx';
import { registerOffline } from './offline/register.ts';
import './styles.css';

render(<App />, document.getElementById('app')!);
registerOffline();
