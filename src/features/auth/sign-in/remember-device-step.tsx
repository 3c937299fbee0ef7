import { useId } from 'react';
import { useNavigate } from 'react-router';
import { FormError, useFocusAfterRender } from '../../../components/forms/form-error';
import { Button, Flex, Text } from '../../../components/ui';
import { describeAccountError } from '../../../lib/auth/account-error';
import { useRememberDevice } from '../../../lib/auth/remember-device';
import { clearRememberDeviceOffer, type RememberDeviceOffer } from '../flow/remember-device-offer';
import { StepCard } from './step-card';

/**
 * /sign-in/remember-device: after a sign-in that answered MFA, on a pool that remembers devices
 * only when the user says so. Either answer goes on to where the user was heading.
 */
export function RememberDeviceStep({ offer }: { offer: RememberDeviceOffer }) {
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
    <StepCard
      title="Remember this device?"
      intro="If you remember this browser, signing in here will not ask for a verification code next time. Only remember a device that you alone use."
    >
      <Text>You can forget it at any time under Account → Devices.</Text>
      <FormError id={alertId} heading="This device was not remembered" error={server} />
      <Flex direction="column" gap="small">
        <Button
          variation="primary"
          onClick={rememberThisDevice}
          isLoading={remember.isPending}
          loadingText="Remembering…"
        >
          Remember this device
        </Button>
        <Button onClick={goOn} isDisabled={remember.isPending}>
          {server ? 'Continue without remembering' : 'Not now'}
        </Button>
      </Flex>
    </StepCard>
  );
}
