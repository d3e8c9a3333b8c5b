import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { AnswerChange } from '../../../content/change-answer';
import { siteContent } from '../../../content/site-content';
import { changeFromState } from '../lib/change-state';

/** The chunk that keeps later answers; the breadcrumb starts it when a change link is pointed at. */
export const loadAnswerChange = () => import('../../../content/change-answer');

/**
 * A question reached from the breadcrumb or Back (the history state names the path left): the
 * current answer and the paths that keep the later answers, from a small lazy chunk
 * (content/change-answer.ts, kept out of the entry). Until it has loaded, and on the prerendered
 * page, which knows no history, each answer opens its next question.
 */
export function useAnswerChange(questionPath: string): Partial<AnswerChange> {
  const { state } = useLocation();
  const from = changeFromState(state);
  const key = `${questionPath}\n${from}`;
  const [loaded, setLoaded] = useState<{ key: string; change?: AnswerChange }>();
  useEffect(() => {
    if (from === undefined) return;
    let current = true;
    loadAnswerChange()
      .then(({ answerChange }) => {
        if (current) setLoaded({ key, change: answerChange(siteContent(), questionPath, from) });
      })
      // Offline before the chunk was stored: the answers still open their next question.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [questionPath, from, key]);
  return (from !== undefined && loaded?.key === key && loaded.change) || {};
}
