import { useAnnouncer } from '../../utils/announcer';
import { DeleteAccountSection } from './delete-account-section';
import { DownloadDataSection } from './download-data-section';
import './account-data.css';

/** What the user can take with them, and how to leave: download everything, delete the account. */
export function AccountData() {
  const { message, announce } = useAnnouncer();
  return (
    <div className="account-data">
      <DownloadDataSection announce={announce} />
      <DeleteAccountSection announce={announce} />
      <p className="amplify-visually-hidden" role="status" aria-atomic="true">
        {message}
      </p>
    </div>
  );
}
