// Test-only entry: the interception dialog rendered on its own, for accessibility checks.
// axe-core cannot look into a closed shadow root, so this harness (never the extension)
// opens every shadow root it creates. Bundled by tests/e2e/a11y.test.ts.
import { openDialog, type Friction } from '../../../src/content/dialog.ts';
import { catalogTranslate } from '../../../src/core/i18n.ts';
import en from '../../../src/i18n/locales/en.json';

const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  return attach.call(this, { ...init, mode: 'open' });
};

const t = catalogTranslate(en as Record<string, string>);

(window as unknown as { openTestDialog: (friction: Friction, dark: boolean) => void }).openTestDialog = (
  friction,
  dark,
) => {
  const origin = document.createElement('button');
  origin.textContent = 'Connect';
  document.body.append(origin);
  openDialog({
    t,
    friction,
    prefersDark: dark,
    returnFocusTo: origin,
    model: {
      personName: 'Dana Whitfield',
      title: t('beforeTitle', { name: 'Dana Whitfield' }),
      summary: t('beforeSummary', { company: 'Northwind Labs', when: 'in 5 days' }),
      when: 'Wed 2 Dec, 10:00',
      explanation: t('beforeExplanation', { request: t('requestConnect') }),
      caution: t('nameOnlyCaution', { name: 'Dana Whitfield' }),
    },
    research: [
      { text: t('researchRole'), url: 'https://www.linkedin.com/in/dana-whitfield/details/experience/' },
      {
        text: t('researchCulture', { company: 'Northwind Labs' }),
        url: 'https://www.linkedin.com/search/results/companies/?keywords=Northwind',
      },
      { text: t('researchWriting'), url: 'https://www.linkedin.com/in/dana-whitfield/recent-activity/all/' },
    ],
    commentAdvice: t('commentAdvice'),
    handlers: { onCancel() {}, onSendAnyway() {}, onRemind() {}, onOffer() {} },
  });
};
