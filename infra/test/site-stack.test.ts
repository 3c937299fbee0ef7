import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { addSiteStack } from '../lib/site-app.ts';
import { SiteStack } from '../lib/site-stack.ts';
import { parseStackSettings, StackSettingsError } from '../lib/stack-settings.ts';
import { FULL_CONTEXT, MINIMAL_CONTEXT } from './support/site-stack-fixtures.ts';

describe('addSiteStack', () => {
  it('names and places the stack from the context and the CLI environment', () => {
    const app = new App({ context: FULL_CONTEXT });
    const stack = addSiteStack(app, { CDK_DEFAULT_ACCOUNT: '123456789012' });
    expect(stack.stackName).toBe('CognitoSpaStaging');
    expect(stack.node.id).toBe('CognitoSpaStaging');
    expect(stack.region).toBe('eu-west-1');
    expect(stack.account).toBe('123456789012');
    expect(app.node.children.map((child) => child.node.id)).toEqual(['CognitoSpaStaging']);
  });

  it('fails with the list of context problems before building anything', () => {
    const app = new App({ context: { apiUrl: 'ftp://api.example.com' } });
    expect(() => addSiteStack(app, {})).toThrow(StackSettingsError);
    expect(app.node.children).toEqual([]);
  });
});

describe('SiteStack', () => {
  it('refuses a region other than the one its CSP names', () => {
    const settings = parseStackSettings(MINIMAL_CONTEXT);
    expect(
      () => new SiteStack(new App(), 'Site', { settings, env: { region: 'us-east-1' } }),
    ).toThrow('env.region must be "eu-west-1"');
    expect(() => new SiteStack(new App(), 'Site', { settings })).toThrow('env.region');
  });
});
