import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BounceAnalysis } from './analyze-bounce';
import { createAnalysisAhead } from './analysis-ahead';

const analysisOf = (text: string) => ({ kind: 'analysis', text }) as unknown as BounceAnalysis;

function setup(load: () => Promise<unknown> = () => Promise.resolve(), maxChars = 50) {
  const engine = { analyze: vi.fn(analysisOf) };
  const loadEngine = vi.fn(() => load().then(() => engine));
  const ahead = createAnalysisAhead(loadEngine, { delayMs: 100, maxChars });
  return { ahead, engine, loadEngine };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('analysis ahead of the click', () => {
  it('analyzes the text once it has stayed unchanged for the delay', async () => {
    const { ahead, engine } = setup();
    ahead.schedule('550 5.7.1');
    await vi.advanceTimersByTimeAsync(99);
    expect(engine.analyze).not.toHaveBeenCalled();
    expect(ahead.readyFor('550 5.7.1')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(ahead.readyFor('550 5.7.1')).toEqual(analysisOf('550 5.7.1'));
    expect(engine.analyze).toHaveBeenCalledTimes(1);
  });

  it('analyzes only the last of quick changes, and answers only for exactly that text', async () => {
    const { ahead, engine } = setup();
    ahead.schedule('5');
    await vi.advanceTimersByTimeAsync(50);
    ahead.schedule('550');
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.analyze).toHaveBeenCalledExactlyOnceWith('550');
    expect(ahead.readyFor('5')).toBeUndefined();
    expect(ahead.readyFor('550 ')).toBeUndefined();
    ahead.schedule('550 5.7.1');
    expect(ahead.readyFor('550')).toBeUndefined();
  });

  it('leaves blank and too long texts to the click', async () => {
    const { ahead, engine } = setup();
    ahead.schedule('   \n ');
    ahead.schedule('x'.repeat(51));
    await vi.advanceTimersByTimeAsync(200);
    expect(engine.analyze).not.toHaveBeenCalled();
  });

  it('has nothing ready when the text changed while the engine loaded, or it failed to load', async () => {
    let finishLoading = () => {};
    const { ahead, engine } = setup(() => new Promise<void>((done) => (finishLoading = done)));
    ahead.schedule('first');
    await vi.advanceTimersByTimeAsync(100);
    ahead.schedule('second');
    finishLoading();
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.analyze).not.toHaveBeenCalledWith('first');
    expect(ahead.readyFor('first')).toBeUndefined();

    const failing = setup(() => Promise.reject(new Error('offline')));
    failing.ahead.schedule('550 5.7.1');
    await vi.advanceTimersByTimeAsync(100);
    expect(failing.ahead.readyFor('550 5.7.1')).toBeUndefined();
  });

  it('does not analyze again what the click analyzed itself', async () => {
    const { ahead, engine } = setup();
    ahead.schedule('550 5.7.1');
    ahead.analysed('550 5.7.1', analysisOf('550 5.7.1'));
    await vi.advanceTimersByTimeAsync(200);
    expect(engine.analyze).not.toHaveBeenCalled();
    expect(ahead.readyFor('550 5.7.1')).toEqual(analysisOf('550 5.7.1'));
    ahead.schedule('550 5.7.1');
    await vi.advanceTimersByTimeAsync(200);
    expect(engine.analyze).not.toHaveBeenCalled();
  });

  it('matches a paste at once, without waiting for typing to pause', async () => {
    const { ahead, engine } = setup(undefined, 10_000);
    const pasted = `${'> quoted line\n'.repeat(100)}550 5.7.1`;
    ahead.schedule(pasted);
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.analyze).toHaveBeenCalledExactlyOnceWith(pasted);
    ahead.schedule(`${pasted}!`);
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.analyze).toHaveBeenCalledTimes(1);
  });
});
