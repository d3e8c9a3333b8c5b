/**
 * What the admin typed for the command builder, scoped by recipient type and kept for a limited
 * time (decision 0024). The store holds the raw stored object (`commandInputs`); everything that
 * reads or writes it goes through these pure functions, so stored data is checked on every read
 * and this logic loads with the builder, not with the entry.
 *
 * Stored shape: scope → { at, inputs: name → { value, page, from } }.
 * - A scope is the recipient type of the page's URL (`/admin/<recipient>/…`,
 *   `/still-bouncing/<platform>/<recipient>/…`), or {@link UNTYPED} where the URL names none
 *   (the first admin question, the sender and app paths).
 * - A value is never read on a page of another recipient type. A value from the untyped scope is
 *   adopted by the first page of a known type that needs it (moved there, so no other type gets it).
 * - A scope expires {@link INPUT_LIFETIME_MS} after it was last written.
 */

export type InputSource = 'typed' | 'bounce';

export interface StoredInput {
  value: string;
  /** The page (app path) where it was typed, or the page the analyzer's link led to. */
  page: string;
  from: InputSource;
}

interface StoredScope {
  /** When the scope was last written (ms since epoch). */
  at: number;
  inputs: Record<string, StoredInput>;
}

export type ScopedInputs = Record<string, StoredScope>;

/** The scope of pages whose URL names no recipient type. */
export const UNTYPED = '-';

/** How long typed values are kept after the last change: a working day. */
export const INPUT_LIFETIME_MS = 8 * 60 * 60 * 1000;

const MAX_INPUT_LENGTH = 10_000;
/** A time this far ahead is a clock that moved or a hand edit; it would never expire, so it is dropped. */
const MAX_CLOCK_AHEAD_MS = 10 * 60 * 1000;
const SOURCES: readonly string[] = ['typed', 'bounce'] satisfies InputSource[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "/admin/x/" and "/admin/x" are one page. */
function pageKey(pathname: string): string {
  return pathname.replace(/(.)\/+$/, '$1');
}

/** The recipient type a wizard URL names (docs/design.md's URL contract), or UNTYPED. */
export function inputScopeForPath(pathname: string): string {
  const [role, first, second] = pathname.split('/').filter(Boolean);
  const type = role === 'admin' ? first : role === 'still-bouncing' ? second : undefined;
  return type && /^[a-z0-9-]+$/.test(type) ? type : UNTYPED;
}

function readInput(value: unknown): StoredInput | undefined {
  if (!isRecord(value)) return undefined;
  const { value: text, page, from } = value;
  if (typeof text !== 'string' || text === '' || text.length > MAX_INPUT_LENGTH) return undefined;
  if (typeof page !== 'string' || !page.startsWith('/')) return undefined;
  return {
    value: text,
    page,
    from: typeof from === 'string' && SOURCES.includes(from) ? (from as InputSource) : 'typed',
  };
}

/**
 * Whatever storage held, as valid scopes that have not expired. Older shapes (version 1 kept one
 * flat list of strings, with no scope and no time), hand edits and corruption all come out as
 * nothing rather than as a value for the wrong recipient.
 */
export function readScopedInputs(raw: unknown, now: number): ScopedInputs {
  const scopes: ScopedInputs = {};
  if (!isRecord(raw)) return scopes;
  for (const [scope, entry] of Object.entries(raw)) {
    if (!isRecord(entry) || !isRecord(entry.inputs)) continue;
    const at = entry.at;
    if (typeof at !== 'number' || !(at > now - INPUT_LIFETIME_MS) || at > now + MAX_CLOCK_AHEAD_MS)
      continue;
    const inputs: Record<string, StoredInput> = {};
    for (const [name, value] of Object.entries(entry.inputs)) {
      const input = readInput(value);
      if (input) inputs[name] = input;
    }
    if (Object.keys(inputs).length > 0) scopes[scope] = { at, inputs };
  }
  return scopes;
}

/** The inputs a page uses: its own scope's, plus untyped ones it has not got (to adopt). */
export function inputsForPage(
  raw: unknown,
  pathname: string,
  now: number,
): Record<string, StoredInput> {
  const scopes = readScopedInputs(raw, now);
  const scope = inputScopeForPath(pathname);
  const own = scopes[scope]?.inputs ?? {};
  if (scope === UNTYPED) return own;
  return { ...(scopes[UNTYPED]?.inputs ?? {}), ...own };
}

/** When the values a page shows will be forgotten (ms since epoch), or undefined if it has none. */
export function pageInputsExpireAt(
  raw: unknown,
  pathname: string,
  now: number,
): number | undefined {
  const scopes = readScopedInputs(raw, now);
  const scope = inputScopeForPath(pathname);
  const times = [scopes[scope]?.at, scope === UNTYPED ? undefined : scopes[UNTYPED]?.at].filter(
    (at): at is number => at !== undefined,
  );
  return times.length > 0 ? Math.max(...times) + INPUT_LIFETIME_MS : undefined;
}

function withScope(
  scopes: ScopedInputs,
  scope: string,
  inputs: Record<string, StoredInput>,
  now: number,
): ScopedInputs {
  const { [scope]: _old, ...rest } = scopes;
  return Object.keys(inputs).length > 0 ? { ...rest, [scope]: { at: now, inputs } } : rest;
}

/**
 * Moves the untyped values this page uses into its recipient type's scope (keeping where they
 * came from, so they stay marked), so no page of another type gets them. Unchanged when there is
 * nothing to adopt.
 */
export function adoptUntypedInputs(raw: unknown, pathname: string, now: number): ScopedInputs {
  const scopes = readScopedInputs(raw, now);
  const scope = inputScopeForPath(pathname);
  const untyped = scopes[UNTYPED]?.inputs ?? {};
  if (scope === UNTYPED || Object.keys(untyped).length === 0) return scopes;
  const own = scopes[scope]?.inputs ?? {};
  const adopted = { ...untyped, ...own };
  const left = Object.fromEntries(
    Object.entries(untyped).filter(([name]) => Object.hasOwn(own, name)),
  );
  return withScope(
    withScope(scopes, UNTYPED, left, scopes[UNTYPED]?.at ?? now),
    scope,
    adopted,
    now,
  );
}

/**
 * `value` for input `name` on the page at `pathname` (an empty value removes it). Typing
 * replaces an adopted untyped value of the same name for good.
 */
export function withInput(
  raw: unknown,
  pathname: string,
  name: string,
  value: string,
  now: number,
  from: InputSource = 'typed',
): ScopedInputs {
  const scopes = adoptUntypedInputs(raw, pathname, now);
  const scope = inputScopeForPath(pathname);
  const { [name]: _old, ...inputs } = scopes[scope]?.inputs ?? {};
  const next =
    value === '' || value.length > MAX_INPUT_LENGTH
      ? inputs
      : { ...inputs, [name]: { value, page: pageKey(pathname), from } };
  return withScope(scopes, scope, next, now);
}

/** How a shown value is marked: typed here (no mark), earlier on another page, or from the bounce. */
export function inputOrigin(
  input: StoredInput | undefined,
  pathname: string,
): 'here' | 'earlier' | 'bounce' {
  if (!input) return 'here';
  if (input.from === 'bounce') return 'bounce';
  return input.page === pageKey(pathname) ? 'here' : 'earlier';
}

/**
 * The analyzer's handoff: the recipient address the bounce names, for the page its continue link
 * leads to, marked "from the bounce". The link stays a plain position (no query string), so a
 * shared or crafted URL can never fill a command in; only this browser's own analysis does.
 */
export function withBounceRecipient(
  raw: unknown,
  pathname: string,
  recipient: string,
  now: number,
): ScopedInputs {
  const value = recipient.trim();
  if (value === '') return readScopedInputs(raw, now);
  return withInput(raw, pathname, 'recipient', value, now, 'bounce');
}
