/** What stands in for an image that is not in the library (a remote or missing image): its alt text, quietly. */
export function ImagePlaceholder({ alt }: { alt: string }) {
  const label = alt.trim() || 'Image';
  return (
    <span className="image-placeholder" role="img" aria-label={label} title="Image not available offline" data-offprint-inserted="">
      {label}
    </span>
  );
}
