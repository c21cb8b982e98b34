/** Every message of the interface in zh-Hans, by namespace. */
import { common } from './common';
import { menu } from './menu';
import { library } from './library';
import { reader } from './reader';
import { annotations } from './annotations';
import { notes } from './notes';
import { importing } from './importing';
import { backups } from './backups';
import { settings } from './settings';
import { search } from './search';
import { errors } from './errors';
import { sidebar } from './sidebar';

export const messages = { common, menu, library, reader, annotations, notes, importing, backups, settings, search, errors, sidebar };
