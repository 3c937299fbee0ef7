import { Badge, Flex, Text } from '../../../../components/ui';
import { VerifiedBadge } from '../../../../components/verified-badge';
import { rich } from '../../../../lib/i18n/rich-text';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { detailsMessages } from '../details-messages';

/** The value in use, and whether it is verified: the badge's words carry the meaning. */
export function ContactStatus({ value, verified }: { value: string; verified: boolean }) {
  return (
    <Flex as="p" alignItems="center" gap="small" wrap="wrap" className="details-contact">
      <span className="details-contact__value">{value}</span>
      <VerifiedBadge verified={verified} />
    </Flex>
  );
}

/** "Pending: new@… – enter the code we sent to it." Said in words, not by colour. */
export function PendingValue({ value, current }: { value: string; current?: string }) {
  const { t } = useI18n(detailsMessages);
  const sentence = current
    ? t('details.pendingValueUntil', { value, current })
    : t('details.pendingValue', { value });
  return (
    <Text className="details-pending">
      <Badge variation="info" size="small">
        {t('details.pending')}
      </Badge>{' '}
      {rich(sentence, [(text) => <strong>{text}</strong>])}
    </Text>
  );
}
