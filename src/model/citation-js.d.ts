/** The small part of citation-js (untyped packages) that citation-render.ts uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(name: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean } };
      get(name: '@csl'): {
        templates: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
