/**
 * One article: a bar with Back to library and the zoom controls, the article (header and body, at the zoom
 * level), then the reader's Notes and Related Articles, where the saved page had its comments.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useState } from 'react';
import { errorMessage } from '../bridge/bridge';
import { getArticle } from '../db/articles-repo';
import type { DeletedArticle } from '../db/delete-repo';
import { useDb } from '../db/db-context';
import { ArticleExportButton } from '../exporting/ArticleExportButton';
import { ExportStatus } from '../exporting/ExportStatus';
import { NotesSection } from '../notes/NotesSection';
import { RelatedArticles } from '../related/RelatedArticles';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { DeleteArticleButton } from './DeleteArticleButton';
import { useEscape } from './use-escape';
import { runZoomCommand, useZoomPercent } from './zoom-setting';
import { ZOOM_DEFAULT, zoomFontSizePx, type ZoomCommand } from './zoom';
import { ZoomToolbar } from './ZoomToolbar';

interface Props {
  articleId: string;
  onBack: () => void;
  onOpen: (articleId: string) => void;
  onDeleted: (deleted: DeletedArticle) => void;
}

export function ArticleView({ articleId, onBack, onOpen, onDeleted }: Props) {
  const db = useDb();
  const article = useLiveQuery(async () => (await getArticle(db, articleId)) ?? null, [db, articleId]);
  const storedZoom = useZoomPercent(db);
  const zoom = storedZoom ?? ZOOM_DEFAULT;
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const report = useCallback((e: unknown) => setError(errorMessage(e)), []);
  const onZoom = useCallback((command: ZoomCommand) => void runZoomCommand(db, command).catch(report), [db, report]);
  useEscape(onBack);
  useEffect(() => {
    window.scrollTo(0, 0); // Chromium's scrollTo returns a Promise: never return it as the effect's cleanup.
  }, [articleId]);

  const zoomStyle = { fontSize: `${zoomFontSizePx(zoom)}px` };
  return (
    <main className="reader" aria-busy={article === undefined || storedZoom === undefined}>
      <nav className="reader-bar" aria-label="Reader">
        <button type="button" onClick={onBack}>
          Back to library
        </button>
        <ZoomToolbar percent={zoom} onCommand={onZoom} />
        {article && <ArticleExportButton articleId={article.id} title={article.title} />}
        {article && <DeleteArticleButton articleId={article.id} onDeleted={onDeleted} onError={report} />}
      </nav>
      {error && <ErrorAlert message={error} onDismiss={() => setError(null)} />}
      {article === null && <ErrorAlert message="This article is no longer in the library." />}
      {/* Shown once the stored zoom level is known, so the text never appears at a wrong size first. */}
      {article && storedZoom !== undefined && (
        <>
          <article className="article" lang={article.language ?? undefined} aria-labelledby={titleId}>
            <ArticleHeader article={article} zoomStyle={zoomStyle} titleId={titleId} onError={report} />
            <ArticleBody articleId={article.id} zoomStyle={zoomStyle} onError={report} />
          </article>
          <NotesSection articleId={article.id} />
          <RelatedArticles article={article} onOpen={onOpen} />
        </>
      )}
      <ExportStatus />
    </main>
  );
}
