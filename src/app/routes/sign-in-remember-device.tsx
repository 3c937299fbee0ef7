import {
  rememberDeviceLoader,
  useRememberDeviceOffer,
} from '../../features/auth/sign-in/remember-device-loader';
import { RememberDeviceStep } from '../../features/auth/sign-in/remember-device-step';

export const clientLoader = rememberDeviceLoader;

export default function RememberDeviceRoute() {
  return <RememberDeviceStep offer={useRememberDeviceOffer()} />;
}
