/**
 * A jest transformer for @actions/workflow-parser only: its ESM imports JSON schemas without
 * `with { type: 'json' }`, which Node requires (jest warns that this becomes a hard error). ncc
 * bundles them as they are; under jest this adds the attribute, nothing else.
 */
const crypto = require('node:crypto');

const JSON_IMPORT = /(\bimport\s+[\w$]+\s+from\s+(["'])[^"']+\.json\2)(\s*;)/g;

module.exports = {
  process(source) {
    return { code: source.replace(JSON_IMPORT, "$1 with { type: 'json' }$3") };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update('json-import-attributes@1\0').update(filename).update('\0').update(source).digest('hex');
  }
};
