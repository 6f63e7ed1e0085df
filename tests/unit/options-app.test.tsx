// @vitest-environment jsdom
/**
 * The options page against the connector mock: automatic mode asks for the permission and
 * works without it, the permission is shown and revocable, badges, blocked sites and the
 * export format persist through the connector; axe-core finds no violations.
 */
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../src/options/OptionsApp';
import { createMockConnector, type MockConnector, type MockOptions } from '../../src/popup/connector-mock';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings';
import { button, click, flush, type } from '../fixtures-popup/render';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function mount(options: Partial<MockOptions> = {}): Promise<{ root: HTMLElement; connector: MockConnector }> {
  root = document.createElement('div');
  document.body.appendChild(root);
  const connector = createMockConnector({ view: { status: 'analysing' }, ...options });
  await act(() => {
    render(<OptionsApp connector={connector} />, root!);
  });
  await flush();
  return { root, connector };
}

function checkbox(root: HTMLElement, label: RegExp): HTMLInputElement {
  const l = [...root.querySelectorAll('label')].find((x) => label.test(x.textContent ?? ''));
  const input = l?.querySelector('input');
  if (!input) throw new Error(`no control labelled ${label}`);
  return input;
}

async function toggle(input: HTMLInputElement): Promise<void> {
  await click(input); // a click flips `checked` and fires change, as in a browser
}

const last = (c: MockConnector): Settings | undefined => c.calls.savedSettings.at(-1);

describe('automatic analysis', () => {
  it('asks for the permission and turns on when it is granted', async () => {
    const { root, connector } = await mount({ permission: false, grantOnRequest: true });
    expect(root.textContent).toMatch(/Permission to read pages:\s*not granted/);
    await toggle(checkbox(root, /Analyse news articles/));
    expect(connector.permissionGranted()).toBe(true);
    expect(last(connector)?.autoAnalyze).toBe(true);
    expect(checkbox(root, /Analyse news articles/).checked).toBe(true);
    expect(root.textContent).toMatch(/Permission to read pages:\s*granted/);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Automatic analysis is on.');
  });

  it('stays off, and says so, when the permission is refused', async () => {
    const { root, connector } = await mount({ permission: false, grantOnRequest: false });
    await toggle(checkbox(root, /Analyse news articles/));
    expect(connector.calls.savedSettings).toEqual([]);
    expect(checkbox(root, /Analyse news articles/).checked).toBe(false);
    expect(root.querySelector('[role=status]')?.textContent).toMatch(/Permission not granted/);
  });

  it('revokes the permission, which turns automatic analysis off', async () => {
    const { root, connector } = await mount({ permission: true, settings: { ...DEFAULT_SETTINGS, autoAnalyze: true } });
    expect(checkbox(root, /Analyse news articles/).checked).toBe(true);
    await click(button(root, 'Revoke permission'));
    expect(connector.permissionGranted()).toBe(false);
    expect(last(connector)?.autoAnalyze).toBe(false);
    expect(root.textContent).toMatch(/Permission to read pages:\s*not granted/);
    expect(button(root, 'Grant permission')).toBeDefined();
  });

  it('warns when automatic analysis is on but the permission was withdrawn', async () => {
    const { root } = await mount({ permission: false, settings: { ...DEFAULT_SETTINGS, autoAnalyze: true } });
    expect(root.textContent).toMatch(/permission to read pages was withdrawn/);
  });

  it('turning it off keeps the permission', async () => {
    const { root, connector } = await mount({ permission: true, settings: { ...DEFAULT_SETTINGS, autoAnalyze: true } });
    await toggle(checkbox(root, /Analyse news articles/));
    expect(last(connector)?.autoAnalyze).toBe(false);
    expect(connector.permissionGranted()).toBe(true);
  });
});

describe('badges, sites and export format', () => {
  it('switches the badges off and on', async () => {
    const { root, connector } = await mount();
    await toggle(checkbox(root, /Show a badge/));
    expect(last(connector)?.badges).toBe(false);
    await toggle(checkbox(root, /Show a badge/));
    expect(last(connector)?.badges).toBe(true);
  });

  it('adds a site (normalised), refuses an invalid or duplicate one, and removes it', async () => {
    const { root, connector } = await mount();
    const input = root.querySelector<HTMLInputElement>('#nc-site-input')!;
    const add = async () => {
      await act(() => {
        root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      await flush();
    };
    await type(input, 'https://WWW.Example.com/news');
    await add();
    expect(last(connector)?.neverRunOn).toEqual(['www.example.com']);
    expect([...root.querySelectorAll('.nc-site-host')].map((h) => h.textContent)).toEqual(['www.example.com']);
    expect(input.value).toBe('');

    await type(input, 'www.example.com');
    await add();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('www.example.com is already in the list.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await type(input, 'not a site');
    await add();
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/Enter a site name/);
    expect(connector.calls.savedSettings).toHaveLength(1);

    await click(root.querySelector('[aria-label="Remove www.example.com"]'));
    expect(last(connector)?.neverRunOn).toEqual([]);
    expect(root.textContent).toContain('No site yet.');
  });

  it('chooses the export format', async () => {
    const { root, connector } = await mount();
    const json = root.querySelector<HTMLInputElement>('input[value=json]')!;
    await click(json);
    expect(last(connector)?.exportFormat).toBe('json');
  });

  it('says when saving fails', async () => {
    const { root, connector } = await mount();
    connector.setSettings = async () => { throw new Error('quota'); };
    await toggle(checkbox(root, /Show a badge/));
    expect(root.querySelector('[role=status]')?.textContent).toMatch(/could not be saved/);
  });

  it('has no axe-core violations, with a site listed and an error shown', async () => {
    const { root } = await mount({ settings: { ...DEFAULT_SETTINGS, neverRunOn: ['example.com'] } });
    await type(root.querySelector('#nc-site-input'), 'bad site');
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    document.documentElement.lang = 'en';
    document.title = 'News Context settings';
    const result = await axe.run(document, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
