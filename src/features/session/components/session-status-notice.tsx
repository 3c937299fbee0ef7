import { useI18n } from '../../../lib/i18n/use-i18n';
import { useSessionStatus } from '../../../lib/session/session-context';

/**
 * A small, non-blocking notice while refreshes keep failing for a passing reason. The live
 * region is always there, so screen readers announce the text when it appears.
 */
export function SessionStatusNotice() {
  const status = useSessionStatus();
  const { t } = useI18n();
  return (
    <p role="status" className="app-session-status">
      {status === 'retrying' ? t('header.retrying') : null}
    </p>
  );
}
