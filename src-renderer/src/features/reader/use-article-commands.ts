/**
 * The open article's commands from the keyboard and the menu: next / previous article in the library's order
 * (J / K), and N to write a note (focuses the "New note" box at the end of the article).
 */
import { articleNeighbours } from '../../data/article-neighbours';
import type { OffprintDatabase } from '../../data/database';
import { useReaderCommand } from '../../ui/use-reader-command';

function focusNewNote(): void {
  const box = document.querySelector<HTMLTextAreaElement>('.notes textarea[data-new-note]');
  if (!box) return;
  box.focus({ preventScroll: true });
  box.scrollIntoView({ block: 'center', behavior: 'instant' });
}

export function useArticleCommands(
  db: OffprintDatabase,
  articleId: string,
  onOpen: (articleId: string) => void,
  onError: (error: unknown) => void,
): void {
  useReaderCommand(['next-article', 'previous-article', 'notes'], (command) => {
    if (command === 'notes') {
      focusNewNote();
      return;
    }
    articleNeighbours(db, articleId)
      .then((neighbours) => {
        const target = command === 'next-article' ? neighbours.next : neighbours.previous;
        if (target) onOpen(target.id);
      })
      .catch(onError);
  });
}
