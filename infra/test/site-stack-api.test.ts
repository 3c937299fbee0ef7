import { describe, expect, it } from 'vitest';
import { STACK_OUTPUTS } from '../lib/stack-outputs.ts';
import {
  logicalId,
  MINIMAL_CONTEXT,
  OWN_API_CONTEXT,
  onlyResource,
  synthSite,
  type TemplateJson,
} from './support/site-stack-fixtures.ts';

const own = synthSite(OWN_API_CONTEXT);
const external = synthSite(MINIMAL_CONTEXT);

function csp(site: typeof own): string {
  const policy = onlyResource(site, 'AWS::CloudFront::ResponseHeadersPolicy');
  return policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy
    .ContentSecurityPolicy;
}

describe('SiteStack without apiUrl: the API deploys with the site', () => {
  const { stack, template } = own;
  const outputs = template.toJSON().Outputs as Record<string, TemplateJson>;
  const httpApi = logicalId(stack, stack.api?.gateway.httpApi ?? stack);
  const endpoint = { 'Fn::GetAtt': [httpApi, 'ApiEndpoint'] };

  it('outputs the API URL, and config.json names it', () => {
    expect(outputs[STACK_OUTPUTS.apiUrl]?.Value).toEqual(endpoint);
    // AppConfig is config.json as a JSON string; the API's URL is resolved at deploy time.
    expect(JSON.stringify(outputs[STACK_OUTPUTS.appConfig]?.Value)).toContain(
      JSON.stringify(endpoint),
    );
  });

  it('lets the site connect to API Gateway hosts of its region only', () => {
    expect(csp(own)).toContain('connect-src');
    expect(csp(own)).toContain('https://*.execute-api.eu-west-1.amazonaws.com');
  });

  it('allows CORS from the distribution’s domain', () => {
    const api = onlyResource(own, 'AWS::ApiGatewayV2::Api');
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual([
      {
        'Fn::Join': [
          '',
          [
            'https://',
            { 'Fn::GetAtt': [logicalId(stack, stack.hosting.distribution), 'DomainName'] },
          ],
        ],
      },
    ]);
  });

  it('trusts the site’s own pool and app client at the edge', () => {
    const authorizer = onlyResource(own, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.Properties.JwtConfiguration).toEqual({
      Audience: [{ Ref: logicalId(stack, stack.auth.client) }],
      Issuer: {
        'Fn::Join': [
          '',
          [
            'https://cognito-idp.eu-west-1.amazonaws.com/',
            { Ref: logicalId(stack, stack.auth.userPool) },
          ],
        ],
      },
    });
  });
});

describe('SiteStack with -c apiUrl: an external API', () => {
  it('deploys no API of its own and names the given one, in config.json and the CSP', () => {
    expect(external.stack.api).toBeUndefined();
    for (const type of [
      'AWS::ApiGatewayV2::Api',
      'AWS::Lambda::Function',
      'AWS::DynamoDB::Table',
    ]) {
      expect(Object.keys(external.template.findResources(type)), type).toEqual([]);
    }
    const outputs = external.template.toJSON().Outputs as Record<string, TemplateJson>;
    expect(outputs[STACK_OUTPUTS.apiUrl]).toBeUndefined();
    expect(external.stack.appConfig.apiUrl).toBe('https://api.example.com');
    expect(csp(external)).toContain('https://api.example.com');
    expect(csp(external)).not.toContain('execute-api');
  });
});
