// The shared scenarios in real Chromium with dist/chrome loaded.
import { describe } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { runDetectionScenarios } from './support/detection-scenarios.ts';
import { runDialogScenarios } from './support/dialog-scenarios.ts';
import { runScenarios } from './support/scenarios.ts';
import { runStaleDataScenarios } from './support/stale-data-scenarios.ts';

// Each group launches its own browser: its hooks (storage reset, set-up) stay within it.
describe('Chromium', () => {
  describe('popup, rule and sites', () => runScenarios(launchChromium));
  describe('detection', () => runDetectionScenarios(launchChromium));
  describe('dialog', () => runDialogScenarios(launchChromium));
  describe('stale data', () => runStaleDataScenarios(launchChromium));
});
