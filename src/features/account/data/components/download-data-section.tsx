import { useId, useState } from 'react';
import { useFocusAfterRender } from '../../../../components/forms/form-error';
import { SectionCard } from '../../../../components/section-card';
import { Alert, Button, Flex, Text } from '../../../../components/ui';
import { useConfig } from '../../../../lib/config/config-context';
import { rich } from '../../../../lib/i18n/rich-text';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import type { Announce } from '../../utils/announcer';
import { useDownloadYourData } from '../api/download-your-data';
import { dataMessages } from '../data-messages';
import { describeDataError } from '../utils/describe-data-error';

/** "Download your data": one JSON file of what Cognito and the API hold for the user. */
export function DownloadDataSection({ announce }: { announce: Announce }) {
  // Passkeys and devices only where the app offers them, as their own pages do.
  const config = useConfig();
  const passkeys = config.passwordless.includes('WEB_AUTHN');
  const devices = config.rememberDevices !== 'off';
  const download = useDownloadYourData({ passkeys, devices });
  // Which extras the file holds, for the message's choice of sentence.
  const extras =
    passkeys && devices ? 'both' : passkeys ? 'passkeys' : devices ? 'devices' : 'none';
  const { t } = useI18n(dataMessages);
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
        announce(t('data.download.announce', { file: fileName }));
      },
      // The alert says why; it takes focus so the keyboard is where the news is.
      () => focus(errorId),
    );
  };

  return (
    <SectionCard title={t('data.download.title')}>
      <Flex direction="column" gap="medium">
        <Text>{t('data.download.intro')}</Text>
        <ul>
          <li>{t('data.download.account', { extras })}</li>
          <li>{t('data.download.api')}</li>
        </ul>
        <div>
          <Button
            id={buttonId}
            variation="primary"
            onClick={start}
            isLoading={download.isPending}
            loadingText={t('data.download.gathering')}
          >
            {t('data.download.button')}
          </Button>
        </div>
        {saved && (
          <Text className="account-data__file">
            {rich(t('data.download.saved', { file: saved }), [(file) => <code>{file}</code>])}
          </Text>
        )}
        {download.isError && (
          <Alert id={errorId} tabIndex={-1} variation="error" heading={t('data.download.failed')}>
            <Flex direction="column" gap="small" alignItems="flex-start">
              <Text as="span">{describeDataError(download.error)}</Text>
              <Button size="small" onClick={start}>
                {t('data.tryAgain')}
              </Button>
            </Flex>
          </Alert>
        )}
      </Flex>
    </SectionCard>
  );
}
