import type { StateStorage } from 'zustand/middleware';

/**
 * localStorage when the browser allows it; otherwise (private mode, blocked storage, quota full)
 * an in-memory map, so the app keeps working for the visit instead of throwing.
 */
export function createSafeStorage(
  getStorage: () => Storage | undefined = browserStorage,
): StateStorage {
  const memory = new Map<string, string>();
  const attempt = <T>(action: (storage: Storage) => T, fallback: () => T): T => {
    try {
      const storage = getStorage();
      return storage ? action(storage) : fallback();
    } catch {
      return fallback();
    }
  };
  return {
    getItem: (name) =>
      attempt(
        (storage) => storage.getItem(name),
        () => memory.get(name) ?? null,
      ),
    setItem: (name, value) =>
      attempt(
        (storage) => storage.setItem(name, value),
        () => void memory.set(name, value),
      ),
    removeItem: (name) =>
      attempt(
        (storage) => storage.removeItem(name),
        () => void memory.delete(name),
      ),
  };
}

function browserStorage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}
