// citeproc-js and citation-js ship no TypeScript types; only what lib/format/cite.ts uses.
declare module "citeproc" {
  namespace CSL {
    type Sys = { retrieveLocale: (lang: string) => string; retrieveItem: (id: string) => unknown };
    class Engine {
      constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
      setOutputFormat(format: "text" | "html"): void;
      updateItems(ids: string[]): void;
      makeBibliography(): [unknown, string[]] | false;
    }
  }
  export default CSL;
}

declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string | unknown;
  }
  export const plugins: { config: { get(name: string): unknown } };
}

declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
