import { describe, expect, it, vi } from 'vitest';

const showMessageBox = vi.fn();
vi.mock('electron', () => ({ dialog: { showMessageBox } }));
const { confirmOpenExternal } = await import('../../../../src-main/app/confirm-external');

const URL = 'https://example.org/c?d=a-long-query-that-carries-data';

describe('the native confirmation before a link opens', () => {
  it('shows the whole URL, Open / Cancel with Cancel the default, and the site to always open', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: true });
    expect(await confirmOpenExternal(null, { url: URL, site: 'https://example.org' })).toEqual({ open: true, alwaysOpenSite: true });
    expect(showMessageBox).toHaveBeenLastCalledWith(
      expect.objectContaining({
        message: 'Open this link in your browser?',
        detail: URL,
        buttons: ['Open', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        checkboxLabel: 'Always open links to this site (example.org)',
        checkboxChecked: false,
      }),
    );
  });

  it('Cancel opens nothing and trusts nothing, even with the box ticked', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: true });
    expect(await confirmOpenExternal(null, { url: URL, site: 'https://example.org' })).toEqual({ open: false, alwaysOpenSite: false });
  });

  it('an e-mail link is asked about every time: no checkbox', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    await confirmOpenExternal(null, { url: 'mailto:a@example.org', site: null });
    const options = showMessageBox.mock.lastCall?.[0] as Record<string, unknown>;
    expect(options['message']).toBe('Open this e-mail link in your mail app?');
    expect(options).not.toHaveProperty('checkboxLabel');
  });
});
