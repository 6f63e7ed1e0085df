/**
 * The per-browser manifests derived by build.mjs: permissions, CSP and exposed resources
 * pinned, so that widening any of them is a visible, reviewed change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

type Manifest = Record<string, any>; // JSON of any shape
type Derive = (src: Manifest, target: 'chrome' | 'firefox', opts: { version: string; test?: boolean }) => Manifest;

const root = resolve(__dirname, '../..');
const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const locale = JSON.parse(readFileSync(resolve(root, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

let chrome: Manifest;
let firefox: Manifest;
let firefoxTest: Manifest;
beforeAll(async () => {
  const { deriveManifest } = (await import(pathToFileURL(resolve(root, 'build.mjs')).href)) as { deriveManifest: Derive };
  chrome = deriveManifest(source, 'chrome', { version: pkg.version });
  firefox = deriveManifest(source, 'firefox', { version: pkg.version });
  firefoxTest = deriveManifest(source, 'firefox', { version: pkg.version, test: true });
});

const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

describe('both manifests', () => {
  it.each(['chrome', 'firefox'])('%s: minimal permissions, strict CSP, nothing exposed to pages', (target) => {
    const m = target === 'chrome' ? chrome : firefox;
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(pkg.version);
    expect(m.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toEqual({ extension_pages: CSP });
    expect(m.action.default_popup).toBe('popup.html');
    expect(m.options_ui.page).toBe('options.html');
    expect(m.commands._execute_action.suggested_key.default).toBeTruthy();
    expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '128']);
  });

  it('chrome runs a service worker and carries no Firefox keys', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('firefox has the background shape that lints clean and the gecko settings', () => {
    expect(firefox.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'], preferred_environment: ['service_worker', 'document'] });
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: 'news-context@news-context.example',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('only the Firefox test variant has host access, and only to 127.0.0.1', () => {
    const { host_permissions, ...rest } = firefoxTest;
    expect(host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(rest).toEqual(firefox);
  });

  it('every __MSG_ string and icon exists', () => {
    const keys = [...JSON.stringify(source).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(2);
    for (const k of keys) expect(locale[k]?.message, k).toBeTruthy();
    for (const f of Object.values(source.icons as Record<string, string>)) expect(existsSync(resolve(root, f)), f).toBe(true);
    expect(source.default_locale).toBe('en');
  });

  it('matches the reviewed snapshot', () => {
    expect({ chrome: { ...chrome, version: 'X' }, firefox: { ...firefox, version: 'X' } }).toMatchSnapshot();
  });
});
