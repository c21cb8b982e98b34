import { describe, expect, it } from 'vitest';
import { fieldWithoutTemplateSyntax, withoutTemplateSyntax } from '../../../../../src-main/services/import/template-syntax';

describe('withoutTemplateSyntax: never raw Liquid, Hugo or MDX', () => {
  it('removes Liquid variables and tags, keeping the text around them', () => {
    const md = 'Report bugs on [GitHub]({{ site.repository }}/issues).\n\n{% include note.html %}\n\nSee {% link _docs/x.md %} too.';
    expect(withoutTemplateSyntax(md)).toBe('Report bugs on [GitHub](/issues).\n\nSee  too.');
  });

  it('keeps a string a tag shows, and drops Liquid comments', () => {
    expect(withoutTemplateSyntax('Say {{ "hello" | upcase }} {% comment %}secret\nnote{% endcomment %}now')).toBe('Say hello now');
  });

  it('turns {% highlight %} and Hugo highlight shortcodes into code fences, leaving code as written', () => {
    const md = '{% highlight ruby %}\nputs "{{ x }}"\n{% endhighlight %}\n\n{{< highlight go >}}\nfmt.Println()\n{{< /highlight >}}';
    expect(withoutTemplateSyntax(md)).toBe('```ruby\nputs "{{ x }}"\n```\n\n```go\nfmt.Println()\n```');
  });

  it('leaves code fences and inline code alone, but for {% raw %} markers', () => {
    const md = '```liquid\n{% raw %}{{ page.title }}{% endraw %}\n```\n\nWrite `{{ page.title }}` in a layout.';
    expect(withoutTemplateSyntax(md)).toBe('```liquid\n{{ page.title }}\n```\n\nWrite `{{ page.title }}` in a layout.');
  });

  it('leaves TeX alone: the {{ of $\\frac{{n}}{{k}}$ is maths, not Liquid', () => {
    const md = 'Choose $\\binom{n}{k} = \\frac{{n!}}{{k!(n-k)!}}$ or \\({{a}}^{{2}}\\), then {{ site.title }}.';
    expect(withoutTemplateSyntax(md)).toBe('Choose $\\binom{n}{k} = \\frac{{n!}}{{k!(n-k)!}}$ or \\({{a}}^{{2}}\\), then .');
  });

  it('removes Hugo shortcodes, keeping a figure caption and the text inside paired ones', () => {
    const md = '{{< figure src="a.png" caption="The harbour at dawn" >}}\n\n{{% note %}}\nBack up first.\n{{% /note %}}\n\nSee {{< ref "other.md" >}}.';
    expect(withoutTemplateSyntax(md)).toBe('The harbour at dawn\n\nBack up first.\n\nSee .');
  });

  it('removes MDX imports, exports, comments and heading ids ({/*id*/}, {/id/}) and kramdown ids ({#id})', () => {
    const md =
      "import Sandpack from '../components/Sandpack';\nexport const meta = {};\n\n## Responding to events {/*responding-to-events*/}\n\n## Adding event handlers {/adding-event-handlers/}\n\n### Intro {#intro}\n\nText {/* hidden */} here.";
    expect(withoutTemplateSyntax(md)).toBe('## Responding to events\n\n## Adding event handlers\n\n### Intro\n\nText  here.');
  });

  it('leaves ordinary braces in prose alone', () => {
    expect(withoutTemplateSyntax('A set {a, b} and a map {"k": 1}.')).toBe('A set {a, b} and a map {"k": 1}.');
  });
});

describe('fieldWithoutTemplateSyntax', () => {
  it('cleans a one-line field and gives null when nothing is left', () => {
    expect(fieldWithoutTemplateSyntax('Welcome to {{ site.title }}')).toBe('Welcome to');
    expect(fieldWithoutTemplateSyntax('{{ page.title }}')).toBeNull();
    expect(fieldWithoutTemplateSyntax('Plain title')).toBe('Plain title');
  });
});
