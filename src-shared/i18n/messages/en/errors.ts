/** Why a file could not be imported, by failure code (main and its import workers send the code and its values). */
export const errors = {
  unsupportedExtension: 'Offprint cannot import “{{extension}}” files. It imports saved pages (.txt), Markdown (.md, .markdown), web pages (.html, .htm, .mhtml, .mht, .webarchive) and EPUB books (.epub).',
  unsupportedNoExtension: 'Offprint cannot import files without an extension. It imports saved pages (.txt), Markdown (.md, .markdown), web pages (.html, .htm, .mhtml, .mht, .webarchive) and EPUB books (.epub).',
  tooLarge: 'The file is too large to import ({{size}}; the limit is {{limit}} per file).',
  empty: 'The file is empty.',
  noText: 'The file has no readable text (only blank lines or page navigation).',
  binary: 'The file looks binary or damaged, not like text (it contains NUL bytes).',
  unknownCharset:
    'The file is not UTF-8 text, and its character set could not be recognised. Save it again as UTF-8 and import it once more.',
  exportNotRecognised:
    'This file is not an export Offprint can read. Offprint reads the exports of Omnivore, wallabag, Pocket, Instapaper, Raindrop, Readwise Reader, Karakeep and Hypothesis, and a browser’s bookmarks file (bookmarks.html).',
  exportFileNotJson:
    '{{file}} cannot be read: it is not valid JSON. The {{service}} export may be damaged; export it again.',
  exportFileNotList:
    '{{file}} is not in the format of a {{service}} export: it should be a list of entries.',
  exportEntryInvalid:
    'Entry {{entry}} of {{file}} cannot be read: its “{{field}}” is missing or not in the {{service}} export’s format.',
  exportContentMissing:
    'The text of {{entry}} is missing from the {{service}} export ({{file}} is not in it).',
  exportEntryNoText:
    'Entry {{entry}} of the {{service}} export has no readable text.',
  exportCsvColumnMissing:
    '{{file}} is not in the format of a {{service}} export: its first line names no “{{column}}” column (a {{service}} export’s first line is {{columns}}). Nothing in this file was imported.',
  exportCsvBadQuote:
    'Line {{line}} of {{file}} cannot be read: a quotation mark in it is out of place. The other lines of the {{service}} export are imported.',
  exportCsvQuoteNotClosed:
    'A quotation mark on line {{line}} of {{file}} is never closed, so the file cannot be read from that line to its end. The lines before it are imported.',
  exportCsvFieldCount:
    'Line {{line}} of {{file}} cannot be read: its number of fields ({{found}}) is not the number of columns the first line names ({{expected}}).',
  exportCsvLineInvalid:
    'Line {{line}} of {{file}} cannot be read: its “{{field}}” is missing or not in the {{service}} export’s format.',
  // Reading a file or folder from disk.
  pathMissing: 'No file or folder exists at this path (it may have been moved or deleted).',
  fileNotAllowed: 'Offprint is not allowed to read this file. Check its permissions.',
  folderNotAllowed: 'Offprint is not allowed to open this folder. Check its permissions.',
  isFolder: 'This is a folder, not a file.',
  linkLoop: 'This path is a link that points back to itself.',
  tooManyOpen: 'Too many files are open at once. Import fewer files at a time.',
  readFailed: 'The file could not be read.',
  readFailedCode: 'The file could not be read ({{code}}).',
  parseFailed: 'The file could not be read as {{format}}.',
  parseFailedDetail: 'The file could not be read as {{format}}: {{detail}}.',
  formatTextPage: 'a saved text page',
  formatMarkdown: 'Markdown',
  formatHtml: 'a web page',
  formatEpub: 'an EPUB book',
  formatMhtml: 'MHTML (a web page saved as one file)',
  formatWebarchive: 'a Safari web archive',
  formatArticle: 'an article',
  // Choosing what a folder holds.
  linkOutside: 'It is a link to something outside the chosen folder: it was not imported.',
  tooManyFolders:
    'The folder holds more than {{limit, number}} folders: the import stopped there, and the rest was not imported. Choose a smaller folder.',
  tooManyFiles:
    'The folder holds more than {{limit, number}} files: the import stopped there, and the rest was not imported. Choose a smaller folder.',
  tooDeep: 'The folder is more than {{limit, number}} levels deep inside the chosen folder: it was not imported.',
  wholeDisk: 'Offprint does not import a whole disk: choose the folder that holds your articles.',
  listFailed: 'They could not all be listed.',
  listFailedDetail: 'They could not all be listed: {{detail}}.',
  // The parser of one file.
  unknownUnit: 'Offprint does not know how to import this kind of item.',
  parserCrashed: 'The parser crashed on this file (it may be damaged, or far too large or complex to read).',
  parserTimedOut: 'The parser took too long on this file and was stopped.',
  parserOutOfMemory: 'The parser ran out of memory on this file (it is too large or too complex to read); the other files go on.',
  // Text, pages and their character sets.
  badByteOrderMark: 'The file begins with a {{charset}} byte-order mark, but its bytes are not valid {{charset}} text.',
  declaredCharsetWrong:
    'The page says it is written in {{charset}}, but its bytes are not valid {{charset}}, and no other character set fits them. Save it again as UTF-8 and import it once more.',
  pageCharsetUnknown:
    'The page is not UTF-8, does not say which character set it uses, and its character set could not be recognised. Add <meta charset="…"> to it, or save it again as UTF-8.',
  frontMatterUnreadable: 'The front matter (the block between the {{fence}} lines at the top) could not be read.',
  frontMatterUnreadableDetail: 'The front matter (the block between the {{fence}} lines at the top) could not be read: {{detail}}.',
  // EPUB books.
  epubNoPackage: 'The file is not an EPUB: it has no META-INF/container.xml naming its package.',
  epubNoRootfile: "The EPUB's container.xml names no package document (no rootfile).",
  epubContainerOutside: "The EPUB's container.xml points outside the book (“{{href}}”).",
  epubPackageMissing: "The EPUB's package document “{{path}}” is missing from the book.",
  epubNotPackage: "The EPUB's package document “{{path}}” is not a package (no <package> element).",
  epubItemOutside: "The EPUB's package points outside the book (item “{{id}}”: “{{href}}”).",
  epubNoChapters: "The EPUB's package lists no chapters (its spine is empty).",
  epubChapterMissing: "The EPUB's chapter “{{path}}” is missing from the book.",
  epubDrm: 'The EPUB is protected by DRM (its chapters are encrypted), so Offprint cannot read it. Import a copy without DRM.',
  epubCannotOpen: 'The EPUB cannot be opened. {{cause}}',
  epubTooLarge: 'The EPUB is too large once uncompressed ({{size}}; the limit is {{limit}}).',
  epubFileUnreadable: "The EPUB's file “{{path}}” cannot be read. {{cause}}",
  // Web archives and MHTML.
  notPlist: 'The file is not a readable web archive: it is not a binary property list.',
  plistDamaged: 'The file is not a readable web archive: the property list is damaged ({{detail}}).',
  webarchiveNoPage: 'The web archive holds no web page (it has no main resource with HTML).',
  notMhtml: 'The file is not MHTML: it has no MIME headers saying which parts it holds.',
  mhtmlNoPage: 'The MHTML file holds no web page (none of its parts is HTML).',
  mhtmlTruncated: 'The MHTML file is cut off: its last part has no end (it was not saved completely).',
  // Zip archives (and EPUBs and bundles, which are zips).
  archiveTooLarge: 'The archive is too large ({{size}}; the limit is {{limit}}).',
  archiveTooLargeUncompressed: 'The archive is too large once uncompressed ({{size}}; the limit is {{limit}}).',
  archiveTooManyEntries: 'The archive has too many entries ({{entries, number}}; the limit is {{limit, number}}).',
  archiveEntryRecordUnreadable: 'The archive is damaged (an entry of its table of contents is unreadable).',
  archiveDirectoryCutOff: 'The archive is damaged (its table of contents is cut off).',
  archiveDirectoryOverfull: 'The archive is damaged (its table of contents holds more than its end record says).',
  archiveSplit: 'The archive is split over several files, which Offprint cannot read.',
  archiveZip64Damaged: 'The archive is damaged (its ZIP64 end record is missing or unreadable).',
  archiveZip64TooLarge: 'The archive is damaged (a ZIP64 size or offset is impossibly large).',
  archiveZip64FieldMissing: 'The archive is damaged (an entry says its sizes are in a ZIP64 field it does not have).',
  notZip: 'It is not a zip archive, or it is damaged (its table of contents is missing).',
  zipTooShort: 'It is not a zip archive (the file is too short).',
  archiveDuplicateEntry: 'The archive holds two entries with this name (or names that differ only in case); the first one is used.',
  entryPathEmpty: "The entry's path is empty, so Offprint refuses it.",
  entryPathTooLong: "The entry's path is longer than {{limit, number}} characters, so Offprint refuses it.",
  entryPathControl: "The entry's path contains control characters, so Offprint refuses it.",
  entryPathAbsolute: "The entry's path is absolute, so Offprint refuses it.",
  entryPathDrive: "The entry's path starts with a drive letter, so Offprint refuses it.",
  entryPathParent: "The entry's path leaves its folder (“..”), so Offprint refuses it.",
  entryPathNoFile: "The entry's path names no file, so Offprint refuses it.",
  entrySymlink: 'The entry is a symbolic link, which Offprint does not follow.',
  entryEncrypted: 'The entry is encrypted (password-protected), which Offprint cannot read.',
  entryMethod: 'The entry is compressed with a method Offprint cannot read (method {{method}}; only stored and deflate).',
  entryTooLarge: 'The entry is too large ({{size}}; the limit is {{limit}} per entry).',
  entryZipBomb: 'The entry expands {{ratio, number}} times (the limit is {{limit, number}} times): it looks like a zip bomb.',
  entryZipBombEmpty: 'The entry expands from nothing (the limit is {{limit, number}} times): it looks like a zip bomb.',
  entrySizesDisagree: 'The entry is damaged (its sizes disagree).',
  entryHeaderMissing: 'The entry is damaged (its header is missing).',
  entryCutOff: 'The entry is damaged (it is cut off).',
  entryOverflow: 'The entry holds more than the size it declares: it looks like a zip bomb, so Offprint stopped reading it.',
  entryInflateFailed: 'The entry is damaged (its compressed data cannot be read).',
  entryShort: 'The entry is damaged (it is shorter than it declares).',
  entryChecksum: 'The entry is damaged (its checksum does not match).',
  // Offprint bundles (.offprint).
  bundleNoManifest: 'The bundle has no manifest.json: it is not an Offprint bundle, or it is damaged.',
  bundleNewer:
    'the bundle was made by a newer Offprint (format version {{version}}; this Offprint reads version {{supported}}). Update Offprint to import it',
  manifestTooLarge: 'manifest.json is too large',
  bundleCountMismatch:
    'manifest.json gives the number of articles as {{declared, number}}, but the bundle holds {{found, number}}: it may be incomplete',
  bundleBadFolder: 'the folder name is not a valid article id (letters, digits, “.”, “_” and “-”, at most 128)',
  notUtf8: 'the file is not UTF-8 text',
  notJson: 'the file is not valid JSON',
  notJsonDetail: 'the file is not valid JSON ({{detail}})',
  schemaMismatch: '{{detail}}',
  noArticleJson: 'the article has no article.json',
  idMismatch: 'id ({{id}}) is not the name of its folder ({{folder}})',
  bodyBadName: 'the body file must be one of {{names}}',
  bodyMissing: 'the article has no body ({{names}})',
  bodyTwice: 'the article has more than one body file ({{files}})',
  bodyEmpty: 'the body is empty',
  bodyNoText: 'the body has no readable text',
  articleUnreadable: 'the article could not be read',
  articleUnreadableDetail: 'the article could not be read: {{detail}}',
  assetBadName: 'an asset name must be a plain file name (no folders, no “\\”, “:” or control characters)',
  assetNotImage: 'the asset is not an image Offprint can show (PNG, JPEG, GIF, WebP, AVIF, BMP, ICO or SVG)',
  assetsTooMany: 'the article has too many images (the limit is {{limit, number}} images, {{size}} in all)',
  /** The browser's storage (IndexedDB) refused a write for lack of space (QuotaExceededError). */
  libraryStorageFull: 'There is no room left on this disk for Offprint’s library, so nothing was stored. Free some disk space and try again.',
  // Writing a file: an export, a backup, a notes export (the cause inside the sentences below).
  writeFolderMissing: 'The folder does not exist (it may have been moved or deleted).',
  writeNotAllowed: 'Offprint is not allowed to write there. Choose another folder.',
  writeReadOnly: 'That disk is read-only. Choose another folder.',
  writeDiskFull: 'The disk is full.',
  writeIsFolder: 'That is a folder, not a file name.',
  writeFailed: 'The file could not be written.',
  writeFailedCode: 'The file could not be written ({{code}}).',
  noSpaceBackup:
    'The backup needs about {{needed}} of free disk space (with a reserve for the library), but only {{free}} is free. Nothing was written. Free some space and try again.',
  noSpaceImport:
    'The import needs about {{needed}} of free disk space (with a reserve for the library), but only {{free}} is free. Nothing was written. Free some space and try again.',
  noSpaceExport:
    'The export needs about {{needed}} of free disk space (with a reserve for the library), but only {{free}} is free. Nothing was written. Free some space and try again.',
  unexpectedFailure: 'Something went wrong unexpectedly. Nothing was changed.',
  // Exporting.
  exportCannotWrite: 'Offprint could not write {{path}}: {{cause}}',
  exportNotOpen: 'This export is not open: it was finished or abandoned. Export again.',
  exportArticlesTwice: 'These articles are already in the bundle: {{ids}}.',
  exportArticleInvalid: '“{{title}}” cannot be exported: {{detail}}',
  bundleWriteFailed: 'The bundle could not be written, and was removed: {{cause}}',
  bundleFinishFailed: 'The bundle could not be finished, and was removed: {{cause}}',
  // Importing and restoring.
  importTooManyJobs: 'Too many imports are running at once. Wait for one to finish, then try again.',
  importPathsRefused:
    'Offprint imports only what you chose: files picked in its Import dialog, dropped on its window, or opened with it. It never reads a path a page names.',
  importChoiceExpired: 'This choice of files is no longer valid (it was used or it expired): choose the files again.',
  importNotRunning: 'This import is no longer running.',
  restoreFileGone: 'That file is no longer chosen. Choose it again.',
  restoreChooseBundle: 'Choose an .offprint bundle.',
  restoreCannotRead: '{{name}} cannot be restored: {{cause}}',
  restoreFileMissing: '{{name}} is not there any more.',
  restoreNoVerifiedBackup: 'There is no verified backup in the backup folder to open.',
  restoreSafetyBackupFailed: 'The library could not be backed up, so nothing was replaced: {{cause}}',
  bundleNotOffprint: 'It is not an Offprint bundle (it has no readable manifest.json).',
  bundleManifestUnreadable: 'manifest.json: {{cause}}',
  bundleNotFile: 'It is not a file.',
  bundleTooLarge: 'The bundle is too large ({{size}}).',
  // Backing up.
  backupBusy: 'A backup is already being made. Wait for it to finish.',
  backupNotOpen: 'This backup is not open: it was finished or abandoned. Back up again.',
  backupTooManyArticles:
    'A library of {{articles, number}} articles is too large for one backup file (a backup holds at most {{limit, number}} files, two or more per article). Nothing was written. Export the library in parts instead.',
  backupFolderUnusable: 'The backup folder cannot be used: {{cause}}',
  backupFolderRefused: 'That folder cannot be used for backups: {{cause}}',
  backupStartFailed: 'The backup could not be started: {{cause}}',
  backupArticleTwice: 'The article {{id}} was sent twice.',
  backupWriteFailed: 'The backup could not be written, and was removed: {{cause}}',
  backupFinishFailed: 'The backup could not be finished, and was removed: {{cause}}',
  backupIncomplete: 'The backup was to hold {{expected, number}} articles, but {{sent, number}} were sent. It was removed.',
  backupCheckFailed: 'The backup did not pass its check: {{detail}}. It was removed.',
  // Opening a link outside Offprint.
  linkNotClicked: 'Links open outside Offprint only when you click them.',
  linkWaiting: 'Another link is waiting for your answer.',
  linkBurst: 'Too many links were opened in a few seconds; wait a moment and click again.',
} as const;

/** A failure's code: a message of this namespace. */
export type ErrorCode = keyof typeof errors;
