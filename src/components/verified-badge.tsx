import { Badge } from './ui';

/** "Verified" or "Not verified" next to an email or phone number; the text carries the meaning. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <Badge variation="success" size="small">
      Verified
    </Badge>
  ) : (
    <Badge variation="warning" size="small">
      Not verified
    </Badge>
  );
}
