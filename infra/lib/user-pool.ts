import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { PASSWORD_HISTORY_SIZE, PASSWORD_POLICY, signInFactors } from './sign-in-options.ts';
import type { SesSettings, StackSettings } from './stack-settings.ts';

/** Props for createUserPool. */
export interface UserPoolOptions {
  readonly settings: StackSettings;
  /** The site's host: the passkey relying-party id, so passkeys bind to the app's origin. */
  readonly siteDomain: string;
}

/** The user pool as production wants it: email sign-in, passkeys, optional MFA, kept on delete. */
export function createUserPool(
  scope: Construct,
  id: string,
  options: UserPoolOptions,
): cognito.UserPool {
  const { settings, siteDomain } = options;
  const { mfaTypes, passwordless } = signInFactors(settings);
  return new cognito.UserPool(scope, id, {
    signInAliases: { email: true },
    autoVerify: { email: true },
    // Addresses are not case-sensitive to people; this cannot be changed after creation.
    signInCaseSensitive: false,
    // A changed email address replaces the old one only once the new one is verified.
    keepOriginal: { email: true },
    selfSignUpEnabled: true,
    standardAttributes: {
      email: { required: true, mutable: true },
      fullname: { required: true, mutable: true },
    },
    passwordPolicy: {
      minLength: PASSWORD_POLICY.minLength,
      requireLowercase: PASSWORD_POLICY.requireLowercase,
      requireUppercase: PASSWORD_POLICY.requireUppercase,
      requireDigits: PASSWORD_POLICY.requireNumbers,
      requireSymbols: PASSWORD_POLICY.requireSymbols,
      tempPasswordValidity: Duration.days(3),
      // The account page's "change password" refuses the last few (Essentials or higher).
      passwordHistorySize: PASSWORD_HISTORY_SIZE,
    },
    // Essentials is the lowest plan with choice-based sign-in, passkeys, email MFA and
    // password history.
    featurePlan: cognito.FeaturePlan.ESSENTIALS,
    signInPolicy: {
      allowedFirstAuthFactors: {
        password: true,
        passkey: passwordless.includes('WEB_AUTHN'),
        emailOtp: passwordless.includes('EMAIL_OTP'),
        smsOtp: passwordless.includes('SMS_OTP'),
      },
    },
    passkeyRelyingPartyId: siteDomain,
    passkeyUserVerification: cognito.PasskeyUserVerification.PREFERRED,
    mfa: cognito.Mfa.OPTIONAL,
    mfaSecondFactor: {
      otp: mfaTypes.includes('TOTP'),
      sms: mfaTypes.includes('SMS'),
      email: mfaTypes.includes('EMAIL'),
    },
    // Texts (SMS MFA, opt-in) go through SNS with a role CDK makes; without them, no role.
    enableSmsRole: mfaTypes.includes('SMS'),
    // Remembered only when the user says so ("Remember this device?" after MFA).
    deviceTracking: {
      challengeRequiredOnNewDevice: true,
      deviceOnlyRememberedOnUserPrompt: true,
    },
    accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    email: settings.ses ? sesEmail(settings.ses) : cognito.UserPoolEmail.withCognito(),
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

function sesEmail(ses: SesSettings): cognito.UserPoolEmail {
  return cognito.UserPoolEmail.withSES({
    fromEmail: ses.fromEmail,
    ...(ses.verifiedDomain && { sesVerifiedDomain: ses.verifiedDomain }),
    ...(ses.region && { sesRegion: ses.region }),
  });
}
