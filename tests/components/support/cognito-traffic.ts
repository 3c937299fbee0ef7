import { server } from '../msw-server';
import { TEST_ENDPOINT } from './test-cognito';

/**
 * Records every request the app sends to the Cognito endpoint from now on, by operation
 * (X-Amz-Target without the service prefix). Call stop() before the test ends.
 */
export function watchCognitoTraffic() {
  const operations: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (!request.url.startsWith(TEST_ENDPOINT)) return;
    const target = request.headers.get('x-amz-target') ?? request.url;
    operations.push(target.replace(/^AWSCognitoIdentityProviderService\./, ''));
  };
  server.events.on('request:start', listener);
  return {
    operations,
    stop: () => server.events.removeListener('request:start', listener),
  };
}
