/**
 * An import report's paths, shown relative to the folder the person chose: `/home/ann/Saved pages/news/a.html`
 * reads `news/a.html` when "Saved pages" was chosen (the full path stays in the tooltip). The renderer is told the
 * chosen folders' names only, never their paths, so the folder is found in the paths themselves: the deepest
 * directory all of the report's paths share, cut back to the last of its segments that names a chosen folder.
 * Without a chosen folder (files, a drop) the shared directory is left out. A path inside an archive
 * (`Library.offprint › articles/0007/article.json`) is shortened by its outer part. Either separator. A web address
 * (a page Download article text could not fetch) is not a path: it is always given whole. Pure.
 */

const SEPARATOR = /[\\/]/;
const INNER = ' › ';
/** `https://…`, `http://…`: a scheme of two letters or more and `//` (so `C:\` stays a path). */
const WEB_ADDRESS = /^[a-z][a-z0-9+.-]+:\/\//i;

function outerOf(path: string): string {
  return path.split(INNER)[0] ?? path;
}

/** The directory segments (not the file name) every path shares, from the root. */
function sharedDirectory(paths: readonly string[]): string[] {
  const [first, ...rest] = paths.map((path) => outerOf(path).split(SEPARATOR));
  if (!first) return [];
  let shared = first.slice(0, -1);
  for (const parts of rest) {
    let same = 0;
    while (same < shared.length && same < parts.length - 1 && shared[same] === parts[same]) same += 1;
    shared = shared.slice(0, same);
  }
  return shared;
}

/**
 * A function giving each of `paths` relative to the chosen folder (see above); a path it does not know, or one
 * that would be empty, is given whole.
 */
export function relativePaths(paths: readonly string[], chosenFolders: readonly string[] = []): (path: string) => string {
  const shared = sharedDirectory(paths.filter((path) => !WEB_ADDRESS.test(path) && SEPARATOR.test(outerOf(path))));
  const chosen = new Set(chosenFolders);
  let cut = shared.length;
  for (let i = shared.length - 1; chosen.size > 0 && i >= 0; i -= 1) {
    if (chosen.has(shared[i] ?? '')) {
      cut = i + 1;
      break;
    }
  }
  // Only a real directory is cut: a bare name ("a.html") or a root alone ("/") stays as it is.
  if (cut === 0 || shared.slice(0, cut).join('') === '') return (path) => path;
  return (path) => {
    if (WEB_ADDRESS.test(path)) return path;
    const [outer = path, ...inner] = path.split(INNER);
    const parts = outer.split(SEPARATOR);
    if (parts.length <= cut || shared.slice(0, cut).some((segment, i) => parts[i] !== segment)) return path;
    return [parts.slice(cut).join('/'), ...inner].join(INNER);
  };
}
