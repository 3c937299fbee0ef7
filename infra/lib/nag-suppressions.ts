import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { SiteStack } from './site-stack.ts';

/** One accepted AwsSolutions finding on a construct (and its children), with the reason. */
export interface NagSuppression {
  readonly construct: IConstruct;
  readonly id: string;
  readonly reason: string;
}

/**
 * Every AwsSolutions finding the site stack accepts, in one place; a test checks each still
 * fires without its suppression. cdk-nag 3 has no NagSuppressions: acknowledgments go through
 * CDK's Validations API and cover the construct's children.
 */
export function nagSuppressions(stack: SiteStack): NagSuppression[] {
  const { distribution } = stack.hosting;
  const { userPool } = stack.auth;
  return [
    {
      construct: distribution,
      id: 'AwsSolutions-CFR1',
      reason:
        'Public sign-in app for users anywhere: no country is to be blocked. Add a ' +
        'geoRestriction if legal ever requires one.',
    },
    {
      construct: distribution,
      id: 'AwsSolutions-CFR2',
      reason:
        'No AWS WAF web ACL for now: the site is static files, and sign-in abuse reaches ' +
        'Cognito and the API, not this distribution. A web ACL costs about USD 5/month plus ' +
        'USD 1 per rule and USD 0.60 per million requests; adding one is left to the team.',
    },
    ...(stack.settings.customDomain
      ? []
      : [
          {
            construct: distribution,
            id: 'AwsSolutions-CFR4',
            reason:
              'No custom domain configured, so the distribution uses the default ' +
              '*.cloudfront.net certificate, which cannot restrict viewers to TLS 1.2. Pass ' +
              'domainName + certificateArn to get TLSv1.2_2021.',
          },
        ]),
    {
      construct: userPool,
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is OPTIONAL by product choice: users enrol TOTP (and email codes when SES is ' +
        'configured) or sign in with passkeys, and Cognito offers passwordless first factors ' +
        'only when MFA is not required.',
    },
    {
      construct: userPool,
      id: 'AwsSolutions-COG8',
      reason:
        'Essentials feature plan by cost choice: threat protection (adaptive authentication, ' +
        'compromised-credential checks; what COG3 "advanced security" used to ask for) needs ' +
        'the Plus plan, billed at a higher rate per monthly active user.',
    },
    ...smsRoleSuppressions(userPool),
    ...apiSuppressions(stack),
  ];
}

/** The API's health route: a load balancer or a person checks it without signing in. */
function apiSuppressions(stack: SiteStack): NagSuppression[] {
  const health = stack.api?.gateway.httpApi.node.tryFindChild('GET--api--health');
  if (!health) return [];
  return [
    {
      construct: health,
      id: 'AwsSolutions-APIG4',
      reason:
        'GET /api/health answers {ok:true} to anyone, by design: it reads no data and takes ' +
        'no token, so uptime checks need no credentials. Every other route has the JWT ' +
        'authorizer (a test asserts it from the handler route table).',
    },
  ];
}

/** The SNS role CDK makes for SMS MFA (stack setting smsMfa): texts have no ARN to name. */
function smsRoleSuppressions(userPool: IConstruct): NagSuppression[] {
  const role = userPool.node.tryFindChild('smsRole');
  if (!role) return [];
  return [
    {
      construct: role,
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Cognito sends SMS codes with sns:Publish straight to phone numbers, which have no ' +
        'resource ARN, so the action can only be granted on "*"; the role is assumable by ' +
        'Cognito alone, with an external id.',
    },
  ];
}

/** Acknowledges nagSuppressions(stack), so AwsSolutionsChecks passes on the rest. */
export function applyNagSuppressions(stack: SiteStack): void {
  for (const { construct, id, reason } of nagSuppressions(stack)) {
    Validations.of(construct).acknowledge({ id, reason });
  }
}
