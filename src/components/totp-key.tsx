import { useMemo, useState } from 'react';
import { qrDataUrl } from '../lib/qr/qr-data-url';
import { Button, Text } from './ui';
import './totp-key.css';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read out and type by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

function qrOrUndefined(uri: string): string | undefined {
  try {
    return qrDataUrl(uri);
  } catch {
    // Longer than a QR code holds (thousands of bytes); the key below still works.
    return undefined;
  }
}

type CopyState = 'idle' | 'copied' | 'failed';

function SecretKey({ secret }: { secret: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const copySecret = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <>
      <div className="totp-secret">
        <code>{grouped(secret)}</code>
        <Button size="small" onClick={copySecret}>
          Copy key
        </Button>
      </div>
      <Text fontSize="small" role="status">
        {copy === 'copied' && 'Key copied.'}
        {copy === 'failed' && 'Could not copy. Select the key and copy it yourself.'}
      </Text>
    </>
  );
}

interface TotpKeyProps {
  /** otpauth://totp/… for the account, as Amplify's getSetupUri builds it. */
  readonly setupUri: string;
  readonly secret: string;
}

/**
 * What an authenticator app needs to add an account: the otpauth:// URI as a QR code (built in
 * the page, so the secret never leaves it) and the key to copy when scanning is not possible.
 * Used by sign-in's TOTP setup step and the account security page; goes inside a list item.
 */
export function TotpKey({ setupUri, secret }: TotpKeyProps) {
  const qr = useMemo(() => qrOrUndefined(setupUri), [setupUri]);
  return (
    <>
      {qr ? 'Scan this QR code:' : 'Enter the setup key by hand.'}
      {qr && <img className="totp-qr" src={qr} alt="QR code to scan with your authenticator app" />}
      <Text>{qr ? 'Or, if you cannot scan it, enter this key:' : 'Your setup key:'}</Text>
      <SecretKey secret={secret} />
    </>
  );
}
