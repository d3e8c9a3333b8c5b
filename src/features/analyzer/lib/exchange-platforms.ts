/**
 * What the catalogue's `platforms` facts let the analyzer tell: the platform of a server by its
 * name, of an Exchange build, of a product name in the text, and which platforms are
 * on-premises. No slug is written here: they all come from content (checked against the tree
 * when the content is built).
 */
import type { CodeCatalogue, PlatformSlug } from '../../../content/codes-schema';
import { escapeRegExp } from './bounce-patterns';

type PlatformFacts = NonNullable<CodeCatalogue['platforms']>['list'][number];

/** A platform the text shows, with what to call it. */
export interface PlatformMatch {
  platform: PlatformSlug;
  /** e.g. "Exchange Server 2016". */
  label: string;
}

export interface ExchangePlatforms {
  /** The platform whose servers have this name, if any platform lists its domain. */
  forHost: (host: string) => PlatformFacts | undefined;
  /** The platform an Exchange build (`major.minor`) is. */
  forBuild: (major: number, minor: number) => PlatformMatch | undefined;
  /** Product names ("Microsoft Exchange Server 2010"), if the catalogue lists any. */
  namePattern: RegExp | undefined;
  forName: (text: string) => PlatformMatch | undefined;
  /** The on-premises platforms, in the catalogue's order. */
  onPremises: PlatformSlug[];
  /** What to show when the servers' names point to the organization's own servers. */
  otherHostsLabel: string | undefined;
}

/** `15.20+` → major 15, minor 20 and later; `14` → any 14.x; `15.1` → exactly 15.1. */
function buildMatches(build: string, major: number, minor: number): boolean {
  const orLater = build.endsWith('+');
  const [wantedMajor = '', wantedMinor] = build.replace('+', '').split('.');
  if (wantedMinor === undefined) return orLater ? major >= +wantedMajor : major === +wantedMajor;
  if (major !== +wantedMajor) return false;
  return orLater ? minor >= +wantedMinor : minor === +wantedMinor;
}

const cache = new WeakMap<CodeCatalogue, ExchangePlatforms>();

/** The catalogue's platform facts, compiled once. */
export function exchangePlatforms(catalogue: CodeCatalogue): ExchangePlatforms {
  let compiled = cache.get(catalogue);
  if (!compiled) {
    compiled = compile(catalogue.platforms?.list ?? [], catalogue.platforms?.otherHostsLabel);
    cache.set(catalogue, compiled);
  }
  return compiled;
}

function compile(list: readonly PlatformFacts[], otherHostsLabel?: string): ExchangePlatforms {
  // The build checks every slug against the tree's platform answers.
  const slug = (facts: PlatformFacts) => facts.slug as PlatformSlug;
  const byName = new Map<string, PlatformMatch>();
  for (const facts of list)
    for (const name of facts.names)
      byName.set(name.text.toLowerCase(), { platform: slug(facts), label: name.label });
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    forHost: (host) => {
      const name = host.toLowerCase();
      return list.find((facts) =>
        facts.hosts.some((domain) => name === domain || name.endsWith(`.${domain}`)),
      );
    },
    forBuild: (major, minor) => {
      for (const facts of list) {
        const version = facts.builds.find((candidate) =>
          buildMatches(candidate.build, major, minor),
        );
        if (version) return { platform: slug(facts), label: version.label };
      }
      return undefined;
    },
    namePattern: names.length > 0 ? new RegExp(names.join('|'), 'i') : undefined,
    forName: (text) => byName.get(text.toLowerCase()),
    onPremises: list.filter((facts) => facts.hosting === 'on-premises').map(slug),
    otherHostsLabel,
  };
}
