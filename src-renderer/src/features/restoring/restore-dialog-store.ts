/** Who asked for the Restore dialog (File → Restore from Backup…, the empty-library notice): one tiny store. */
import { valueStore } from '../../ui/value-store';

const requests = valueStore(0);

export function openRestoreDialog(): void {
  requests.set(requests.get() + 1);
}

/** Grows by one at each request to open the dialog. */
export const useRestoreDialogRequests = requests.use;
