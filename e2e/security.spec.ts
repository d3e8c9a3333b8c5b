import { expect, test } from './support/wizard-fixture.ts';

test('the Content-Security-Policy is enforced: inline script and inline style are refused', async ({
  wizard,
}) => {
  await wizard.open('/');
  const outcome = await wizard.page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      inlineRan: '__inlineRan' in window,
      styleApplied: getComputedStyle(styled).color === 'rgb(255, 0, 0)',
      violations,
    };
  });
  expect(outcome.inlineRan, 'inline script ran').toBe(false);
  expect(outcome.styleApplied, 'inline style applied').toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-attr']));
  // No eval check here: code run through the DevTools protocol may always eval. The build test
  // checks that the policy has no 'unsafe-eval'.
  // This test provoked the violations on purpose; the fixture would otherwise fail on them.
  wizard.pageErrors.splice(0);
});
