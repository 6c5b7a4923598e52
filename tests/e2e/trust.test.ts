// The trust invariant (docs/SECURITY.md) in real Chromium and real Firefox ESR.
import { describe } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { launchFirefox } from './support/firefox.ts';
import { runTrustScenarios } from './support/trust-scenarios.ts';

describe('Chromium', () => runTrustScenarios(launchChromium));
describe('Firefox', () => runTrustScenarios(launchFirefox));
