// The content script on LinkedIn: its recognisers registered first, then the listener (index.ts).
import '../sites/linkedin/index.ts';
import './index.ts';
