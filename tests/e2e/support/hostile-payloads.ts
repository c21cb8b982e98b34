/**
 * Hostile payloads for issue 12's security guarantee ("0 executed, 0 dangerous elements or attributes in the DOM,
 * 0 requests off the machine"), written for Offprint from the classes of DOMPurify's own test vectors (scripts,
 * event handlers, SVG and MathML, mutation XSS through namespace confusion, javascript:/data:/vbscript: URLs in
 * every attribute that takes one, frames, objects, meta refresh, base, forms, CSS that loads, DOM clobbering of the
 * bridge) and from desktop note apps' incidents: Joplin CVE-2020-15930 (an `<img onerror>` in a note), Notable
 * CVE-2020-15174 (a Markdown link to `javascript:`), MarkText #2601 (HTML in Markdown run by the preview).
 *
 * Every payload that runs sets `top.__pwned` to its number, and every one that loads asks `evil.example` for its
 * number: the test finds neither.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const EVIL = 'https://evil.example';

/** HTML vectors, each a fragment of a page's body. `click` names words a reader might click or hover. */
export const HTML_VECTORS: readonly string[] = [
  '<script>top.__pwned=1</script>',
  '<img src=x onerror="top.__pwned=2">',
  '<svg onload="top.__pwned=3"><circle r="1"/></svg>',
  '<svg><script>top.__pwned=4</script></svg>',
  // Mutation XSS through namespace confusion; closed here so that the rest of the page is not swallowed as style text.
  '<math><mtext><table><mglyph><style><img src=x onerror="top.__pwned=5"></style></mglyph></table></mtext></math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror="top.__pwned=6"></style></mglyph></mtext></math></form>',
  '<noscript><p title="</noscript><img src=x onerror=top.__pwned=7>"></noscript>',
  '<a href="javascript:top.__pwned=8">click eight</a>',
  '<a href="JaVaScRiPt&colon;top.__pwned=9">click nine</a>',
  '<a href="&#106;avascript:top.__pwned=10">click ten</a>',
  '<iframe srcdoc="<script>parent.__pwned=11</script>"></iframe>',
  '<iframe src="javascript:parent.__pwned=12"></iframe>',
  '<object data="javascript:top.__pwned=13"></object>',
  '<embed src="javascript:top.__pwned=14">',
  '<meta http-equiv="refresh" content="0;url=javascript:top.__pwned=15">',
  '<base href="javascript:top.__pwned=16//"><a href="relative">click sixteen</a>',
  '<details open ontoggle="top.__pwned=17"><summary>seventeen</summary>x</details>',
  '<video><source onerror="top.__pwned=18"></video>',
  '<body onload="top.__pwned=19">',
  '<input autofocus onfocus="top.__pwned=20">',
  '<svg><a xlink:href="javascript:top.__pwned=21"><text x="20" y="20">click twenty-one</text></a></svg>',
  '<svg><animate onbegin="top.__pwned=22" attributeName="x" dur="1s"/></svg>',
  '<svg><set attributeName="onmouseover" to="top.__pwned=23"/></svg>',
  '<math href="javascript:top.__pwned=24">click twenty-four</math>',
  `<div style="background:url(${EVIL}/25)">background twenty-five</div>`,
  `<img src="${EVIL}/26.png" alt="remote twenty-six">`,
  `<link rel="stylesheet" href="${EVIL}/27.css">`,
  `<style>@import '${EVIL}/28.css'; p { background: url(${EVIL}/28b) }</style>`,
  '<form action="javascript:top.__pwned=29"><button>click twenty-nine</button></form>',
  '<button formaction="javascript:top.__pwned=30">click thirty</button>',
  `<img srcset="${EVIL}/31.png 1x" alt="remote thirty-one">`,
  '<a href="data:text/html,<script>top.__pwned=32</script>">click thirty-two</a>',
  '<template><script>top.__pwned=33</script></template>',
  '<svg><foreignObject><img src=x onerror="top.__pwned=34"></foreignObject></svg>',
  '<a href="vbscript:top.__pwned=36">click thirty-six</a>',
  '<img src="x" onerror="&#x74;op.__pwned=37">',
  '<div onmouseover="top.__pwned=38">hover thirty-eight</div>',
  '<form id="offprint"><input name="import"></form><img name="offprint"><a id="offprint" name="bridge">clobber</a>',
  '<a href="asset:../../etc/passwd">click forty</a> <a href="irc:evil.example/room">click forty-one</a>',
  '<a href="file:///etc/passwd">click forty-two</a>',
  `<svg><image href="${EVIL}/43.png"/></svg>`,
  `<video poster="${EVIL}/44.png"></video><audio src="${EVIL}/44.mp3"></audio>`,
  '<svg><use href="data:image/svg+xml,&lt;svg id=\'x\' xmlns=\'http://www.w3.org/2000/svg\'&gt;&lt;image href=\'1\' onerror=\'top.__pwned=45\'/&gt;&lt;/svg&gt;#x"/></svg>',
  '<img src="x:x" onerror="eval(atob(\'dG9wLl9fcHduZWQ9NDY=\'))">',
  '<a href="  javascript:top.__pwned=47">click forty-seven</a>',
];

/** Markdown vectors: raw HTML (shown without it), links and images to what is neither web nor mail. */
export const MARKDOWN_VECTORS: readonly string[] = [
  '[click fifty](javascript:top.__pwned=50)',
  '[click fifty-one](JAVASCRIPT:top.__pwned=51)',
  '<img src=x onerror="top.__pwned=52">',
  '<script>top.__pwned=53</script>',
  `![remote fifty-four](${EVIL}/54.png)`,
  '[click fifty-five](data:text/html;base64,PHNjcmlwdD50b3AuX19wd25lZD01NTwvc2NyaXB0Pg==)',
  '<javascript:top.__pwned=56>',
  '[click fifty-seven](vbscript:top.__pwned=57)',
  '<details open ontoggle="top.__pwned=58">fifty-eight</details>',
  '[click fifty-nine][ref]\n\n[ref]: javascript:top.__pwned=59',
  '[click sixty](file:///etc/passwd)',
];

export const HTML_TITLE = 'A Page of Every Known Trick';
export const MARKDOWN_TITLE = 'Markdown That Tries Everything';
export const BUNDLE_TITLE = 'A Bundle That Tries Everything';

export function hostileHtmlPage(): string {
  const sections = HTML_VECTORS.map((vector, i) => `<h2>Case ${i + 1}</h2>\n<p>Ordinary words before case ${i + 1}.</p>\n${vector}\n<p>Ordinary words after case ${i + 1}.</p>`);
  return `<!doctype html><html lang="en"><head><title>${HTML_TITLE}</title>
<meta http-equiv="refresh" content="0;url=javascript:top.__pwned=100">
<script>top.__pwned=101</script><base href="${EVIL}/"></head>
<body onload="top.__pwned=102"><article><h1>${HTML_TITLE}</h1>
<p>This article is ordinary text between the tricks, long enough to be an article that a reader keeps.</p>
${sections.join('\n')}
</article></body></html>`;
}

export function hostileMarkdown(): string {
  return `---\ntitle: ${MARKDOWN_TITLE}\n---\n\nThis article is ordinary Markdown between the tricks.\n\n${MARKDOWN_VECTORS.join('\n\n')}\n`;
}

/** A note or highlight note carrying the note-app incidents' payloads (Markdown with raw HTML and script links). */
export const HOSTILE_NOTE = 'Note <img src=x onerror="top.__pwned=70"> [click seventy-one](javascript:top.__pwned=71) <script>top.__pwned=72</script>';

/** A bundle whose article body is the hostile HTML, with a hostile note and a hostile highlight note. */
export function writeHostileBundle(dir: string): string {
  const body = `<p>Bundle words that carry a highlight for the test.</p>\n${HTML_VECTORS.join('\n')}`;
  const exact = 'Bundle words that carry a highlight';
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
  const id = 'hostile-0001';
  const files: Record<string, Uint8Array> = {
    [`articles/${id}/article.json`]: json({
      id,
      title: BUNDLE_TITLE,
      author: '<img src=x onerror="top.__pwned=80">',
      source: '<script>top.__pwned=81</script>',
      url: 'https://example.org/hostile',
      publishedAt: '2024-01-02',
      addedAt: '2024-01-02T10:00:00.000Z',
      language: 'en',
      tags: ['<img src=x onerror="top.__pwned=83">'],
    }),
    [`articles/${id}/body.html`]: strToU8(body),
    [`articles/${id}/annotations.json`]: json({
      notes: [{ id: 'note-hostile', body: HOSTILE_NOTE, createdAt: '2024-01-03T09:00:00.000Z', updatedAt: '2024-01-03T09:00:00.000Z' }],
      highlights: [
        {
          id: 'hl-hostile',
          color: 'yellow',
          selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: ' for the test.' }],
          note: HOSTILE_NOTE,
          createdAt: '2024-01-03T08:00:00.000Z',
        },
      ],
    }),
    'manifest.json': json({ format: 'offprint-bundle', version: 1, title: 'Hostile', created: '2024-01-04T00:00:00.000Z', articleCount: 1 }),
  };
  const path = join(dir, 'Hostile.offprint');
  writeFileSync(path, zipSync(files));
  return path;
}

/** The words a reader might click or hover in the payloads above. */
export const CLICK_TARGETS = [
  'click eight', 'click nine', 'click ten', 'click sixteen', 'click twenty-one', 'click twenty-four', 'click twenty-nine',
  'click thirty', 'click thirty-two', 'click thirty-six', 'click forty', 'click forty-one', 'click forty-two', 'click forty-seven',
  'click fifty', 'click fifty-one', 'click fifty-five', 'click fifty-seven', 'click fifty-nine', 'click sixty', 'click seventy-one',
  'hover thirty-eight',
];
