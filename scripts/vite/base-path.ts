/** The deployment's base path from BASE_PATH ("/" by default), always with both slashes. */
export function deployBase(raw: string | undefined = process.env.BASE_PATH): string {
  const value = raw?.trim() || '/';
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}
