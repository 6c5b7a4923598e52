// The content script on Facebook: its recognisers registered first, then the listener (index.ts).
import '../sites/facebook/index.ts';
import './index.ts';
