/** "1 article", "1,234 articles": how the library's messages count articles. */
export function articlesText(n: number): string {
  return n === 1 ? '1 article' : `${new Intl.NumberFormat().format(n)} articles`;
}
