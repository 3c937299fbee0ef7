import { useId } from 'react';
import { useNavigate } from 'react-router';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { Button, Flex, Text } from '../../../components/ui';
import { describeAccountError } from '../../../lib/auth/account-error';
import { useRememberDevice } from '../../../lib/auth/remember-device';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { clearRememberDeviceOffer, type RememberDeviceOffer } from '../flow/remember-device-offer';
import { rememberDeviceMessages } from './remember-device-messages';
import { StepCard } from './step-card';

/**
 * /sign-in/remember-device: after a sign-in that answered MFA, on a pool that remembers devices
 * only when the user says so. Either answer goes on to where the user was heading.
 */
export function RememberDeviceStep({ offer }: { offer: RememberDeviceOffer }) {
  const { t } = useI18n(rememberDeviceMessages);
  const alertId = `${useId()}-alert`;
  const focus = useFocusAfterRender();
  const navigate = useNavigate();
  const remember = useRememberDevice();
  const server = remember.error ? describeAccountError(remember.error, 'devices') : undefined;

  const goOn = () => {
    clearRememberDeviceOffer();
    navigate(offer.redirectTo, { replace: true });
  };

  const rememberThisDevice = () => {
    if (remember.isPending) return;
    remember.reset();
    remember.mutateAsync().then(goOn, () => focus(alertId));
  };

  return (
    <StepCard title={t('signInStep.remember.title')} intro={t('signInStep.remember.intro')}>
      <Text>{t('signInStep.remember.forgetLater')}</Text>
      <FormError id={alertId} heading={t('signInStep.remember.failed')} error={server} />
      <Flex direction="column" gap="small">
        <Button
          variation="primary"
          onClick={rememberThisDevice}
          isLoading={remember.isPending}
          loadingText={t('signInStep.remember.remembering')}
        >
          {t('signInStep.remember.submit')}
        </Button>
        <Button onClick={goOn} isDisabled={remember.isPending}>
          {t(server ? 'signInStep.remember.continueWithout' : 'signInStep.remember.notNow')}
        </Button>
      </Flex>
    </StepCard>
  );
}
