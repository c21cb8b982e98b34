/** The bundle tool's usage text. */
export const USAGE_LINE =
  'usage: offprint-bundle inspect <path> [--json] | validate <path> | pack <folder> -o <file.offprint> [--metadata meta.csv|meta.json] [--title T] [--creator C]';

export const HELP = `offprint-bundle: inspect, validate and make Offprint bundles (.offprint), with the parsing code of the app.

${USAGE_LINE}

Commands:
  inspect <path> [--json]   What importing <path> would give: every article with its metadata, and every file that
                            would fail, with the reason. <path> is a file (.txt, .md, .html, a web archive:
                            .warc, .warc.gz, .wacz, one article per page), a folder (read recursively), a .zip or an
                            .offprint bundle. --json prints one JSON array: for each
                            article {"kind":"article", title, author, source, publishedAt, language, url, tags,
                            wordCount, text, …}, for each failure {"kind":"failure", path, reason}.
  validate <path>           Checks <path> as an import would. Prints one line per problem ("path: reason") and exits
                            with 1 when anything is wrong; prints a summary and exits with 0 otherwise.
  pack <folder> -o <file>   Makes a bundle from the articles of <folder>. --metadata names a CSV (header row with a
                            "file" column, and any of title, author, source, url, published, tags (separated by ";"),
                            language) or a JSON array of objects with the same fields, to override the metadata of
                            the files it names. --title and --creator go into the bundle's manifest.

Exit codes: 0 all well (inspect: the report was printed, whatever it says); 1 some input is wrong (each problem is
printed); 2 the command line is wrong.
`;
