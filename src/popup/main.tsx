/** The popup's entry point: mounts {@link App} with the extension's connector. */
import { render } from 'preact';
import { App } from './App';
import { createExtensionConnector } from '../ui/connector-extension';

const root = document.getElementById('app');
if (root) render(<App connector={createExtensionConnector()} />, root);
