/**
 * Keeps the reader's place when the text reflows (a zoom step, another font, line height or column width): just
 * before React applies the new layout it notes the text at the top of the window, and just after, in the same
 * commit and before anything is painted, scrolls that text back to the top. Whatever started the change (a
 * button, the View menu, a shortcut) goes through here, since they all change the stored setting.
 *
 * A class component because getSnapshotBeforeUpdate is React's only hook that runs before the DOM changes.
 */
import { Component, type ReactNode } from 'react';
import { findTextAnchor, readingTop, scrollTextAnchorTo } from '../../ui/text-anchor';

interface Props {
  /** Changes whenever the text's layout does (e.g. the zoom level and the text settings). */
  layoutKey: string;
  /** The element whose text is the anchor (the article body). */
  getRoot: () => Element | null;
  children: ReactNode;
}

type Snapshot = number | null;

export class KeepPlace extends Component<Props> {
  /**
   * The anchor last scrolled to the top, and the scroll offset that did it. While the reader has not scrolled
   * since, the next step reuses it: measuring again would find the start of its line, and step after step the
   * place would creep backwards.
   */
  private placed: { anchor: number; scrollY: number } | null = null;

  override getSnapshotBeforeUpdate(previous: Readonly<Props>): Snapshot {
    if (previous.layoutKey === this.props.layoutKey) return null;
    if (this.placed && Math.abs(this.placed.scrollY - window.scrollY) < 1) return this.placed.anchor;
    const root = this.props.getRoot();
    return root ? findTextAnchor(root, readingTop()) : null;
  }

  override componentDidUpdate(previous: Readonly<Props>, _state: unknown, anchor: Snapshot): void {
    // Other updates (the progress, a note, the related list) leave the last placement alone: forgetting it there
    // would make the next step measure again, and the place creep back a line each time.
    if (previous.layoutKey === this.props.layoutKey) return;
    const root = this.props.getRoot();
    this.placed = null;
    if (anchor !== null && root && scrollTextAnchorTo(root, anchor, readingTop())) {
      this.placed = { anchor, scrollY: window.scrollY };
    }
  }

  override render(): ReactNode {
    return this.props.children;
  }
}
