import { schemaErrors } from '../../src/core/schemas.js';

describe('report schemas', () => {
  it('rejects a gates report without its schema tag', () => {
    expect(schemaErrors('gates-report', { passed: true })).not.toEqual([]);
  });
});
