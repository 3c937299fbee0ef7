import type { Plugin } from 'vite';

const PARSE_CONFIG =
  /@aws-amplify[\\/]core[\\/]dist[\\/]esm[\\/]utils[\\/]parseAmplifyConfig\.mjs$/;
const AS_IS = '\0amplify-config-as-is';

/**
 * Amplify.configure() first converts two other config shapes (aws-exports.js and
 * amplify_outputs.json) into its ResourcesConfig: ~7 kB of parsers in the first chunk,
 * ~2 kB gzip. src/lib/auth/configure-auth.ts passes a ResourcesConfig, which that step returns
 * unchanged, so the build swaps the step for the identity (the budget paid for i18n, ADR 13).
 */
export function skipAmplifyConfigParsers(): Plugin {
  return {
    name: 'skip-amplify-config-parsers',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('parseAmplifyConfig.mjs')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && PARSE_CONFIG.test(resolved.id) ? AS_IS : null;
    },
    load(id) {
      return id === AS_IS ? 'export const parseAmplifyConfig = (config) => config;' : null;
    },
  };
}
