/**
 * A library row's tags, after source · author · date: as many as fit on the row's line, then "+3" for the rest,
 * their names in its tooltip. The tags wrap inside a box one line high that hides the lines below it; a
 * ResizeObserver (one shared by all rows, ui/observe-size.ts; it reports after layout, so it forces none) counts
 * the tags that wrapped out of sight. A tag wider than the line is cut with an ellipsis, its whole name in its
 * tooltip. Screen readers read every tag (the hidden ones are only out of sight), so "+3" is for the eyes only.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { observeSize } from '../../ui/observe-size';

export function RowTags({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation('library');
  const box = useRef<HTMLSpanElement>(null);
  const [hidden, setHidden] = useState(0);
  useEffect(() => {
    const element = box.current;
    // Where there is no ResizeObserver (jsdom), every tag is simply there.
    if (!element || typeof ResizeObserver === 'undefined') return;
    return observeSize(element, () => {
      const chips = [...element.children] as HTMLElement[];
      const firstLine = chips[0]?.offsetTop ?? 0;
      setHidden(chips.filter((chip) => chip.offsetTop > firstLine).length);
    });
  }, [tags]);
  return (
    <>
      <span className="article-tags" ref={box}>
        {tags.map((tag) => (
          <span key={tag} className="article-tag" dir="auto" title={tag}>
            {tag}
          </span>
        ))}
      </span>
      {hidden > 0 && (
        <span className="article-tags-more" aria-hidden="true" title={t('hiddenTags', { tags: tags.slice(tags.length - hidden) })}>
          {t('moreTags', { hidden })}
        </span>
      )}
    </>
  );
}
