/** Deploy's redaction is the one secret masker of src/core/secrets.ts. */
export { MASK, Redactor } from '../secrets.js';
