import { type CfnElement, Validations } from 'aws-cdk-lib';
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
    ...filesRoleSuppressions(stack),
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

/** The identity pool's role: each user's folder is a prefix, so its objects are a wildcard. */
function filesRoleSuppressions(stack: SiteStack): NagSuppression[] {
  const { authenticatedRole, bucket } = stack.files;
  const bucketId = stack.getLogicalId(bucket.node.defaultChild as CfnElement);
  return [
    {
      // The finding is on the role's policy, where the statements are.
      construct: authenticatedRole.node.findChild('DefaultPolicy'),
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/private/<cognito-identity.amazonaws.com:sub>/*]`,
      reason:
        "A signed-in user's files are the objects under private/<their identity id>/, whose " +
        'names they choose: the role can only name that folder with a wildcard, and the ' +
        "policy variable keeps it to the caller's own identity (ListBucket is held to the " +
        'same prefix by an s3:prefix condition).',
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
