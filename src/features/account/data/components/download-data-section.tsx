import { useId, useState } from 'react';
import { useFocusAfterRender } from '../../../../components/forms/form-error';
import { SectionCard } from '../../../../components/section-card';
import { Alert, Button, Flex, Text } from '../../../../components/ui';
import { useConfig } from '../../../../lib/config/config-context';
import type { Announce } from '../../utils/announcer';
import { useDownloadYourData } from '../api/download-your-data';
import { describeDataError } from '../utils/describe-data-error';

/** "Download your data": one JSON file of what Cognito and the API hold for the user. */
export function DownloadDataSection({ announce }: { announce: Announce }) {
  // Passkeys and devices only where the app offers them, as their own pages do.
  const config = useConfig();
  const passkeys = config.passwordless.includes('WEB_AUTHN');
  const devices = config.rememberDevices !== 'off';
  const download = useDownloadYourData({ passkeys, devices });
  const extras = [passkeys && 'passkeys', devices && 'devices'].filter(Boolean).join(' and ');
  const [saved, setSaved] = useState<string>();
  const buttonId = useId();
  const errorId = useId();
  const focus = useFocusAfterRender();

  const start = () => {
    if (download.isPending) return;
    setSaved(undefined);
    download.mutateAsync().then(
      (fileName) => {
        setSaved(fileName);
        // The button was disabled while it worked, which drops focus: give it back.
        focus(buttonId);
        announce(`Your data was downloaded as ${fileName}.`);
      },
      // The alert says why; it takes focus so the keyboard is where the news is.
      () => focus(errorId),
    );
  };

  return (
    <SectionCard title="Download your data">
      <Flex direction="column" gap="medium">
        <Text>One JSON file with everything this app holds about you:</Text>
        <ul>
          <li>
            {`your sign-in account: your email address, name and other details, your two-step verification settings${extras ? ` and your ${extras}` : ''};`}
          </li>
          <li>your record in the app’s API, and all your notes.</li>
        </ul>
        <div>
          <Button
            id={buttonId}
            variation="primary"
            onClick={start}
            isLoading={download.isPending}
            loadingText="Gathering your data…"
          >
            Download your data
          </Button>
        </div>
        {saved && (
          <Text className="account-data__file">
            Saved as <code>{saved}</code>. Look for it in your browser’s downloads.
          </Text>
        )}
        {download.isError && (
          <Alert
            id={errorId}
            tabIndex={-1}
            variation="error"
            heading="Your data was not downloaded"
          >
            <Flex direction="column" gap="small" alignItems="flex-start">
              <Text as="span">{describeDataError(download.error)}</Text>
              <Button size="small" onClick={start}>
                Try again
              </Button>
            </Flex>
          </Alert>
        )}
      </Flex>
    </SectionCard>
  );
}
