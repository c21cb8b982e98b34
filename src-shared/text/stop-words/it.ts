/** Italian function words. */
const WORDS = `a ad al alla alle agli ai anche che chi ci come con da dal dalla dei del della delle degli di e ed è
era erano gli ha hanno i il in io la le lei lo loro lui ma mi mio ne nei nel nella nelle non noi o per però più
quale quando quello questa questo se si sono su sua sue sul sulla suo tra tu tutti tutto un una uno voi`;

export const ITALIAN_STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
