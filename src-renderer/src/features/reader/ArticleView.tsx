/**
 * One article: a bar with Back to library, the zoom controls and the reading progress, the article (header and
 * body, at the zoom level, reopened where it was left), then the reader's Notes and Related Articles, where the
 * saved page had its comments. A zoom step keeps the text at the top of the window in place (KeepPlace).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, Highlighter } from 'lucide-react';
import { useCallback, useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleAnnotations } from '../annotations';
import { errorMessage } from '../../data/bridge';
import { getArticle, getBody as readBodyRecord } from '../../data/articles-repo';
import type { DeletedArticle } from '../../data/delete-repo';
import { useDb } from '../../data/db-context';
import { ArticleExportButton } from '../exporting';
import { ExportStatus } from '../exporting';
import { NotesSection } from '../notes';
import { RelatedArticles } from '../related';
import { layoutKeyOf, textStyleProperties, type TextSettings } from '../settings';
import { updateTextSettings, useTextSettings } from '../settings';
import { TextSettingsPanel } from '../settings';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { IconButton } from '../../ui/IconButton';
import { MenuItem, ReaderMoreMenu } from './ReaderMoreMenu';
import { EditDetailsDialog } from './EditDetailsDialog';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { DeleteArticleButton } from './DeleteArticleButton';
import { OpenOriginalPdfItem } from './OpenOriginalPdfItem';
import { cameFromPdf } from '../../../../src-shared/article/original-pdf';
import { FindInArticle } from './find/FindInArticle';
import { KeepPlace } from './KeepPlace';
import { LinkOnlyPage } from './LinkOnlyPage';
import { useReadAt } from '../../data/reading-position-store';
import { ReadingProgress } from './ReadingProgress';
import { FavouriteToggle, ReadingStateMenuItems } from './ReadingStateControls';
import { TableOfContents, tocEntries, type TocEntry } from './TableOfContents';
import { useArticleCommands } from './use-article-commands';
import { writingSystemOf } from './writing-system';
import { useReadingPosition } from './use-reading-position';
import { useEscape } from '../../ui/use-escape';
import { runZoomCommand, useZoomPercent } from './zoom-setting';
import { ZOOM_DEFAULT, zoomFontSizePx, type ZoomCommand } from './zoom';
import { ZoomToolbar } from './ZoomToolbar';

interface Props {
  articleId: string;
  onBack: () => void;
  onOpen: (articleId: string) => void;
  onDeleted: (deleted: DeletedArticle) => void;
  /** A highlight to show once the article is in place (opened from the Notes view): the panel opens at it. */
  focusHighlightId?: string;
}

export function ArticleView({ articleId, onBack, onOpen, onDeleted, focusHighlightId }: Props) {
  const db = useDb();
  const { t } = useTranslation(['reader', 'common']);
  const article = useLiveQuery(async () => (await getArticle(db, articleId)) ?? null, [db, articleId]);
  // The writing system (direction, CJK fonts) is guessed from the title and the start of the text.
  const textStart = useLiveQuery(async () => (await readBodyRecord(db, articleId))?.text.slice(0, 2000) ?? '', [db, articleId]);
  const storedZoom = useZoomPercent(db);
  const zoom = storedZoom ?? ZOOM_DEFAULT;
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const report = useCallback((e: unknown) => setError(errorMessage(e)), []);
  const onZoom = useCallback((command: ZoomCommand) => void runZoomCommand(db, command).catch(report), [db, report]);
  const articleRef = useRef<HTMLElement>(null);
  const getBody = useCallback(() => articleRef.current?.querySelector('.article-body') ?? null, []);
  // Told by the body once its text is in the page; the contents are read from it in the same update, so they
  // are laid out before the reading position is restored.
  const [shown, setShown] = useState<{ ready: boolean; toc: TocEntry[] }>({ ready: false, toc: [] });
  const bodyReady = shown.ready;
  const onBodyReady = useCallback((ready: boolean) => setShown({ ready, toc: ready ? tocEntries(getBody()) : [] }), [getBody]);
  const position = useReadingPosition(db, articleId, getBody, bodyReady, report);
  const readAt = useReadAt(db, articleId);
  const text = useTextSettings(db);
  const onText = useCallback(
    (change: Partial<TextSettings>) => void updateTextSettings(db, change).catch(report),
    [db, report],
  );
  const [panelOpen, setPanelOpen] = useState(focusHighlightId !== undefined);
  const [editingDetails, setEditingDetails] = useState(false);
  const moreRef = useRef<HTMLButtonElement>(null);
  useEscape(onBack);
  useArticleCommands(db, articleId, onOpen, report);
  const getFindRoots = useCallback(
    () => [...(articleRef.current?.querySelectorAll('.article-header, .article-body') ?? [])],
    [],
  );
  // The window's title follows the article ("Title — Offprint"); the library's is "Offprint" again.
  const articleTitle = article?.title;
  useEffect(() => {
    if (!articleTitle) return;
    document.title = t('windowTitle', { title: articleTitle });
    return () => {
      document.title = t('common:appName');
    };
  }, [articleTitle, t]);
  useEffect(() => {
    window.scrollTo(0, 0); // Chromium's scrollTo returns a Promise: never return it as the effect's cleanup.
  }, [articleId]);

  const writing = article ? writingSystemOf(article.language, `${article.title} ${textStart ?? ''}`) : null;
  const zoomStyle = { fontSize: `${zoomFontSizePx(zoom)}px` };
  const layoutReady = storedZoom !== undefined && text !== undefined;
  return (
    <main
      className={panelOpen ? 'reader with-panel' : 'reader'}
      aria-busy={article === undefined || !layoutReady}
      data-reading-position={position.state}
    >
      <nav className="reader-bar" aria-label={t('readerBar')}>
        <IconButton label={t('backToLibrary')} shortcut={t('escapeKey')} icon={<ArrowLeft aria-hidden="true" size={18} className="icon-directional" />} onClick={onBack} />
        <ZoomToolbar percent={zoom} onCommand={onZoom} />
        {text && <TextSettingsPanel settings={text} onChange={onText} />}
        <IconButton
          label={t('highlightsAndNotes')}
          icon={<Highlighter aria-hidden="true" size={18} />}
          aria-pressed={panelOpen}
          onClick={() => setPanelOpen((open) => !open)}
        />
        {article && <FavouriteToggle article={article} onError={report} />}
        <ReadingProgress progress={position.progress} />
        {article && (
          <ReaderMoreMenu triggerRef={moreRef}>
            <MenuItem className="menu-item" onSelect={() => setEditingDetails(true)}>
              {t('editDetails')}
            </MenuItem>
            <ReadingStateMenuItems article={article} read={Boolean(readAt)} onError={report} />
            {cameFromPdf(article.originalName) && <OpenOriginalPdfItem articleId={article.id} onError={report} />}
            <ArticleExportButton articleId={article.id} title={article.title} />
            <DeleteArticleButton articleId={article.id} onDeleted={onDeleted} onError={report} />
          </ReaderMoreMenu>
        )}
        <FindInArticle getRoots={getFindRoots} />
      </nav>
      {article && editingDetails && (
        <EditDetailsDialog article={article} onClose={() => setEditingDetails(false)} returnFocus={() => moreRef.current?.focus()} />
      )}
      {error && <ErrorAlert message={error} onDismiss={() => setError(null)} />}
      {article === null && <ErrorAlert message={t('articleGone')} />}
      {/* Shown once the zoom level and text settings are known, so the text never appears at a wrong size first. */}
      {article && text && layoutReady && (
        <>
          {/* Keyed by article: another article starts afresh (its body loads, then its place is restored). */}
          {/* The layout changes with the zoom, the text settings, the panel, and the Read marker appearing above. */}
          <KeepPlace key={article.id} layoutKey={`${zoom}|${layoutKeyOf(text)}|${panelOpen}|${Boolean(readAt)}`} getRoot={getBody}>
            <article
              ref={articleRef}
              className="article"
              lang={writing?.lang ?? undefined}
              dir={writing?.dir}
              data-cjk={writing?.cjk ?? undefined}
              aria-labelledby={titleId}
              data-font={text.font}
              style={textStyleProperties(text) as CSSProperties}
            >
              <ArticleHeader
                article={article}
                zoomStyle={zoomStyle}
                titleId={titleId}
                readAt={readAt ?? null}
                onError={report}
              />
              <TableOfContents entries={shown.toc} getRoot={getBody} zoomStyle={zoomStyle} />
              {article.linkOnly && <LinkOnlyPage articleId={article.id} url={article.url ?? null} zoomStyle={zoomStyle} onError={report} />}
              {/* Keyed on the link-only mark: when the entry's text arrives (Download article text) the body is read
                  afresh and reports ready again, so its highlights are placed on the new text. */}
              <ArticleBody key={article.linkOnly ? 'link-only' : 'text'} articleId={article.id} articleUrl={article.url ?? null} zoomStyle={zoomStyle} onError={report} onReadyChange={onBodyReady} />
            </article>
          </KeepPlace>
          <ArticleAnnotations
            articleId={article.id}
            getBody={getBody}
            bodyReady={bodyReady}
            positionSettled={position.state !== 'loading'}
            focusHighlightId={focusHighlightId}
            panelOpen={panelOpen}
            onPanelOpenChange={setPanelOpen}
            onError={report}
          />
          <NotesSection articleId={article.id} />
          <RelatedArticles article={article} onOpen={onOpen} />
        </>
      )}
      <ExportStatus />
    </main>
  );
}
