import { bodyOf, readPage } from './built-site.ts';

/** Elements without a closing tag. */
const VOID_ELEMENTS = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Attributes whose value changes what an element is to assistive technology, kept whole. */
const KEPT_VALUES = new Set([
  'role',
  'type',
  'aria-hidden',
  'aria-live',
  'tabindex',
  'disabled',
  'hidden',
  'open',
]);
/** Attributes that name or point somewhere: only whether they are empty matters. */
const EMPTY_OR_SET = new Set(['href', 'alt', 'title', 'aria-label', 'placeholder', 'value']);
const LANDMARKS = new Set([
  'header',
  'nav',
  'main',
  'aside',
  'footer',
  'form',
  'section',
  'search',
]);

interface OpenElement {
  tag: string;
  signature: string;
  hasText: boolean;
  background: string;
}

/** The body's elements, without scripts and styles (nothing a rule reads is in them). */
function elementsOf(html: string): string {
  return bodyOf(html).replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '');
}

/** An element as axe sees its kind: tag, classes, and attributes (values only where they matter). */
function signatureOf(tag: string, attributes: string): string {
  const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  const others = [...attributes.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)]
    .map(([, name = '', value = '']) => {
      if (KEPT_VALUES.has(name)) return `${name}=${value}`;
      if (EMPTY_OR_SET.has(name)) return value ? name : `${name}=""`;
      return name;
    })
    .filter((name) => name !== 'class' && !name.startsWith('data-'));
  return `${tag}.${[...classes].sort().join('.')}[${others.sort().join(',')}]`;
}

/**
 * What axe's rules look at on a prerendered page, as a set of features: every kind of element
 * inside every kind of parent, with or without text of its own; every kind of element over the
 * nearest background it sits on (contrast); each step from one heading level to the next
 * (heading order); and the page's set of landmarks (landmark and region rules). Words, link
 * targets and ids are left out: pages with the same features differ only in those.
 */
export function accessibilityFeatures(html: string): Set<string> {
  const features = new Set<string>();
  const open: OpenElement[] = [];
  const landmarks: string[] = [];
  let lastHeading = 'start';
  const close = (element: OpenElement, parent: OpenElement | undefined) => {
    const text = element.hasText ? '' : ' (no text)';
    features.add(`${parent?.signature ?? 'body'} > ${element.signature}${text}`);
    features.add(`on ${element.background}: ${element.signature}${text}`);
    if (element.hasText && parent) parent.hasText = true;
  };
  for (const [token, closing, name = '', attributes = '', selfClosing] of elementsOf(html).matchAll(
    /<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|[^<]+/g,
  )) {
    if (!name) {
      const top = open.at(-1);
      if (top && token.trim()) top.hasText = true;
      continue;
    }
    const tag = name.toLowerCase();
    if (closing) {
      const index = open.findLastIndex((element) => element.tag === tag);
      if (index < 0) continue;
      while (open.length > index) {
        const element = open.pop();
        if (element) close(element, open.at(-1));
      }
      continue;
    }
    const signature = signatureOf(tag, attributes);
    const parent = open.at(-1);
    const ownBackground = /\sclass="([^"]*)"/
      .exec(attributes)?.[1]
      ?.split(/\s+/)
      .filter((name) => /(^|:)bg-/.test(name))
      .sort()
      .join('.');
    const element = {
      tag,
      signature,
      hasText: false,
      background: ownBackground || (parent?.background ?? 'page'),
    };
    if (/^h[1-6]$/.test(tag)) {
      features.add(`heading ${lastHeading} → ${tag}`);
      lastHeading = tag;
    }
    if (
      LANDMARKS.has(tag) ||
      /\srole="(region|navigation|search|main|complementary)"/.test(attributes)
    )
      landmarks.push(signature.replace(/\.[^[]*/, ''));
    if (VOID_ELEMENTS.has(tag) || selfClosing) close(element, parent);
    else open.push(element);
  }
  features.add(`landmarks: ${landmarks.sort().join(' ')}`);
  return features;
}

/** The element names and class names a page's body uses: all that decides how it is styled. */
export function stylingFeatures(html: string): Set<string> {
  const body = elementsOf(html);
  const features = new Set<string>();
  for (const [, tag] of body.matchAll(/<([a-z][\w-]*)/g)) features.add(`<${tag}`);
  for (const [, classes = ''] of body.matchAll(/\sclass="([^"]*)"/g))
    for (const name of classes.split(/\s+/)) if (name) features.add(name);
  return features;
}

/**
 * A few routes whose prerendered pages together have every feature any of them has: each pick is
 * the page that adds the most features not yet covered. Routes without a prerendered page (the
 * 404) are always kept. Checks that depend only on those features need run on these pages alone.
 */
export function routesCovering(
  routes: readonly string[],
  featuresOf: (html: string) => Set<string>,
): string[] {
  const remaining = new Map<string, Set<string>>();
  const picked: string[] = [];
  for (const route of routes) {
    const html = readPage(route);
    if (html === undefined) picked.push(route);
    else remaining.set(route, featuresOf(html));
  }
  const covered = new Set<string>();
  for (;;) {
    let best: { route: string; gain: number } | undefined;
    for (const [route, features] of remaining) {
      let gain = 0;
      for (const feature of features) if (!covered.has(feature)) gain += 1;
      if (gain > (best?.gain ?? 0)) best = { route, gain };
    }
    if (best === undefined) return picked;
    picked.push(best.route);
    for (const feature of remaining.get(best.route) ?? []) covered.add(feature);
    remaining.delete(best.route);
  }
}
