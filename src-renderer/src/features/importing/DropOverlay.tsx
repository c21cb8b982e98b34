/** Shown while files are dragged over the window. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <p>Drop files to import them into your library</p>
    </div>
  );
}
