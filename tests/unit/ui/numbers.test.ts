// Numbers in messages follow the user's language; text parameters are left as they are.
import { describe, expect, it } from 'vitest';
import { localNumbers } from '../../../src/ui/numbers.ts';

describe('localNumbers', () => {
  it('writes numbers the way the language does, and leaves text alone', () => {
    expect(localNumbers({ count: 1250, company: 'Northwind 2000' }, 'en')).toEqual({
      count: '1,250',
      company: 'Northwind 2000',
    });
    expect(localNumbers({ count: 1250 }, 'de')).toEqual({ count: '1.250' });
    // French groups thousands with a narrow no-break space.
    expect(localNumbers({ count: 1250 }, 'fr')).toEqual({ count: '1\u202f250' });
    expect(localNumbers({ n: 3 }, 'pt-BR')).toEqual({ n: '3' });
  });

  it('passes no parameters, or parameters without numbers, through', () => {
    expect(localNumbers(undefined, 'en')).toBeUndefined();
    const text = { company: 'Northwind Labs' };
    expect(localNumbers(text, 'en')).toBe(text);
  });
});
