/** An error the reader must see: an alert with an optional way to dismiss it. */
export function ErrorAlert({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <div role="alert" className="error-alert">
      <p>{message}</p>
      {onDismiss && (
        <button type="button" className="quiet-button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
