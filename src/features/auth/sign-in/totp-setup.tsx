import { useMemo, useState } from 'react';
import { Alert, Button, Text } from '../../../components/ui';
import { qrDataUrl } from '../../../lib/qr/qr-data-url';
import type { StoredSignInStep } from '../flow/sign-in-step-store';
import { CodeForm } from './code-form';
import { StepCard } from './step-card';
import { type TotpSetup, totpSetup } from './step-details';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read out and type by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

function qrOrUndefined(uri: string): string | undefined {
  try {
    return qrDataUrl(uri);
  } catch {
    // Too long for our encoder (a very long username); the key below still works.
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

function SetupSteps({ setup, step }: { setup: TotpSetup; step: StoredSignInStep }) {
  const qr = useMemo(() => qrOrUndefined(setup.setupUri), [setup.setupUri]);
  return (
    <div className="totp-setup">
      <ol>
        <li>
          Open an authenticator app (such as Google Authenticator, 1Password or Authy) and add an
          account.
        </li>
        <li>
          {qr ? 'Scan this QR code:' : 'Enter the setup key by hand.'}
          {qr && (
            <img className="totp-qr" src={qr} alt="QR code to scan with your authenticator app" />
          )}
          <Text>{qr ? 'Or, if you cannot scan it, enter this key:' : 'Your setup key:'}</Text>
          <SecretKey secret={setup.sharedSecret} />
        </li>
        <li>
          Enter the 6-digit code the app shows.
          <CodeForm step={step} context="mfa-setup" submitLabel="Verify and finish" />
        </li>
      </ol>
    </div>
  );
}

/** /sign-in/setup-totp: QR code and copyable key for an authenticator app, then its first code. */
export function TotpSetupStep({ step }: { step: StoredSignInStep }) {
  const setup = totpSetup(step);
  return (
    <StepCard
      title="Set up your authenticator app"
      intro="Your account needs a second step at sign-in. Link an authenticator app to it."
      redirectTo={step.redirectTo}
    >
      {setup ? (
        <SetupSteps setup={setup} step={step} />
      ) : (
        <Alert variation="error" role="alert">
          The setup details for your authenticator app are missing. Start over to get new ones.
        </Alert>
      )}
    </StepCard>
  );
}
