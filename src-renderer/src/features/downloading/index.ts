/** Download article text (the only way Offprint reaches the web): what other features and the app may import. */
import './downloading.css';
export { DownloadSetting } from './DownloadSetting';
export { DownloadTextButton } from './DownloadTextButton';
export { useDownloadAllowed } from './download-setting-store';
export { useDownloadText } from './use-download-text';
