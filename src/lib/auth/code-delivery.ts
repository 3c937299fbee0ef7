import type { CodeDeliveryDetails } from 'aws-amplify/auth';

/** Where Cognito sent a code, already masked by Cognito (e.g. "a***@e***"). */
export interface CodeDelivery {
  readonly destination?: string;
  readonly medium?: 'EMAIL' | 'SMS';
}

/** Keeps only what a screen may show; Amplify's "PHONE"/"UNKNOWN" media say nothing useful. */
export function toCodeDelivery(details: CodeDeliveryDetails | undefined): CodeDelivery {
  const medium = details?.deliveryMedium;
  return {
    ...(details?.destination && { destination: details.destination }),
    ...((medium === 'EMAIL' || medium === 'SMS') && { medium }),
  };
}
