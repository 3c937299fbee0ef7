/**
 * Amplify's resetPassword in a chunk of its own: the reset pages call it on a click (send,
 * resend), so they show without it.
 */
export { resetPassword } from 'aws-amplify/auth';
