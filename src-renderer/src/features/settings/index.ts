/** The settings feature's public parts: what other features and the app may import (layer rule). */
export { AppTheme } from './AppTheme';
export { TextSettingsPanel } from './TextSettingsPanel';
export { LanguageSetting } from './LanguageSetting';
export { layoutKeyOf, textStyleProperties } from './text-settings';
export type { TextSettings } from './text-settings';
export { updateTextSettings, useTextSettings } from './text-settings-store';
