import { useMemo, useState } from 'react';
import { useI18n } from '../lib/i18n/use-i18n';
import { qrDataUrl } from '../lib/qr/qr-data-url';
import { totpMessages } from './totp-messages';
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
  const { t } = useI18n(totpMessages);
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
          {t('totpKey.copy')}
        </Button>
      </div>
      <Text fontSize="small" role="status">
        {copy === 'copied' && t('totpKey.copied')}
        {copy === 'failed' && t('totpKey.copyFailed')}
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
  const { t } = useI18n(totpMessages);
  const qr = useMemo(() => qrOrUndefined(setupUri), [setupUri]);
  return (
    <>
      {qr ? t('totpKey.scan') : t('totpKey.byHand')}
      {qr && <img className="totp-qr" src={qr} alt={t('totpKey.qrAlt')} />}
      <Text>{qr ? t('totpKey.orEnterKey') : t('totpKey.yourKey')}</Text>
      <SecretKey secret={secret} />
    </>
  );
}
