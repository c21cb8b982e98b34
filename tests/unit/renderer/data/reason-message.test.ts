/**
 * A failure main sends with a code reads in the interface language wherever the renderer shows an error
 * (errorMessage), and the backup status's last failure too; without a code, main's own words are shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setI18n } from 'react-i18next';
import { createI18n } from '../../../../src-shared/i18n';
import { BridgeError, errorMessage, unwrap } from '../../../../src-renderer/src/data/bridge';
import { failureMessage } from '../../../../src-renderer/src/data/reason-message';

const noSpace = {
  code: 'no-space' as const,
  message: 'The export needs about 210 MB of free disk space (with a reserve for the library), but only 50 MB is free. Nothing was written. Free some space and try again.',
  reason: { code: 'noSpaceExport', params: { needed: '210 MB', free: '50 MB' } },
};

afterEach(() => {
  setI18n(createI18n('en'));
});

describe('main’s failures in the interface language', () => {
  it('are shown in German when the interface is in German, their sizes isolated', () => {
    setI18n(createI18n('de'));
    let thrown: unknown;
    try {
      unwrap({ ok: false, error: noSpace });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BridgeError);
    expect(errorMessage(thrown)).toBe(
      'Der Export braucht etwa \u2068210 MB\u2069 freien Speicherplatz (mit einer Reserve für die Bibliothek), frei sind aber nur \u206850 MB\u2069. Es wurde nichts geschrieben. Schaffen Sie Platz und versuchen Sie es erneut.',
    );
  });

  it('follow a change of language: the same error reads in Chinese once the interface is', () => {
    const error = new BridgeError({ code: 'io', message: 'The disk is full.', reason: { code: 'bundleWriteFailed', params: { cause: { code: 'writeDiskFull' } } } });
    expect(errorMessage(error)).toBe('The bundle could not be written, and was removed: The disk is full.');
    setI18n(createI18n('zh-Hans'));
    expect(errorMessage(error)).toBe('无法写入该包，已将其删除：磁盘已满。');
  });

  it('keep main’s words when it sent no code, and for the last backup failure recorded before codes', () => {
    setI18n(createI18n('de'));
    expect(errorMessage(new BridgeError({ code: 'invalid-argument', message: 'This call takes no arguments.' }))).toBe('This call takes no arguments.');
    expect(failureMessage({ message: 'The disk is full.' })).toBe('The disk is full.');
    expect(failureMessage({ message: 'The disk is full.', reason: { code: 'backupStartFailed', params: { cause: { code: 'writeDiskFull' } } } })).toBe(
      'Die Sicherung konnte nicht begonnen werden: Das Laufwerk ist voll.',
    );
  });
});
