import { Badge, Flex, Text } from '../../../../components/ui';
import { VerifiedBadge } from '../../../../components/verified-badge';

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
  return (
    <Text className="details-pending">
      <Badge variation="info" size="small">
        Pending
      </Badge>{' '}
      <strong>{value}</strong> – enter the code we sent to it.
      {current && ` Until then, ${current} stays in use.`}
    </Text>
  );
}
