/** One cmdlet's facts in exchange-cmdlets.json (written by scripts/reference/). */
export interface CmdletFacts {
  /** The reference page's address. */
  url: string;
  /** Product codes the cmdlet applies to, space-separated ("2010 2013 2016 2019 SE EXO"). */
  on: string;
  /** Parameter name → product codes it applies to. */
  parameters: Record<string, string>;
  /** Parameter set name → the parameters only in that set (absent: one set only). */
  parameterSets?: Record<string, string[]>;
  /** Alias → parameter name. */
  aliases?: Record<string, string>;
  /** Pairs of parameters the page says can't be used in the same command. */
  exclusive?: [string, string][];
}
