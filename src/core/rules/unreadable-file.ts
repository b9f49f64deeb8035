/** PG100 unreadable-file: a file that cannot be read as a workflow at all. */
import { parserMessageRule } from './internal/parser-messages.js';

export default parserMessageRule(
  {
    id: 'PG100',
    name: 'unreadable-file',
    level: 'error',
    description: 'A file that cannot be read as YAML text: larger than 10 MB, binary, not UTF-8, or an alias bomb.',
    help: 'GitHub reads workflows as UTF-8 YAML. A file that is binary, not UTF-8, larger than 10 MB, or whose aliases expand to more than 200,000 nodes is refused before parsing, so that it costs bounded time and memory; the other files are still checked. Fix the file, or leave it out of `paths` (or `ignore:` in the config).'
  },
  'read'
);
