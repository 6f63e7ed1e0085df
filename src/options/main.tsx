/** The options page's entry point: mounts {@link OptionsApp} with the extension's connector. */
import { render } from 'preact';
import { createExtensionConnector } from '../ui/connector-extension';
import { OptionsApp } from './OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp connector={createExtensionConnector()} />, root);
