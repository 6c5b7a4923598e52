// The one place zod is configured. zod/mini rather than full zod: full zod bundles a
// `new Function` code generator that Mozilla's linter flags (DANGEROUS_EVAL) and that MV3's
// content-security policy reports at run time; zod/mini is also ~5× smaller in the content
// script. `jitless` stops zod from even probing for `new Function` (TOOLCHAIN.md).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
