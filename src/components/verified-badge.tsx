import { useI18n } from '../lib/i18n/use-i18n';
import { componentsMessages } from './components-messages';
import { Badge } from './ui';

/** "Verified" or "Not verified" next to an email or phone number; the text carries the meaning. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useI18n(componentsMessages);
  return verified ? (
    <Badge variation="success" size="small">
      {t('badge.verified')}
    </Badge>
  ) : (
    <Badge variation="warning" size="small">
      {t('badge.notVerified')}
    </Badge>
  );
}
