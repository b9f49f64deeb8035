/** PG100 unreadable-file: a file that cannot be read as a workflow at all, or is not one. */
import { parserMessageRule } from '../internal/parser-messages.js';

export default parserMessageRule(
  {
    id: 'PG100',
    name: 'unreadable-file',
    level: 'error',
    description: 'A file that cannot be read as YAML text (larger than GitHub\'s 500 KB, nested too deeply, binary, not UTF-8, an alias bomb), or is not a workflow or action metadata at all.',
    help: 'GitHub reads workflows as UTF-8 YAML. A file that is binary, not UTF-8, larger than 512,000 bytes (GitHub runs no workflow file over 500 KB), nested deeper than 64 levels, of more than 100,000 YAML nodes or 10,000 aliases, or whose aliases expand to more than 200,000 nodes is refused before parsing, and a workflow of more than 10,000 jobs before it is analysed, so that it costs bounded time and memory; the other files are still checked. A file that parses as YAML but is not a workflow (several documents, such as a Kubernetes manifest; a top level that is not a mapping; neither `on:` nor `jobs:`, such as `dependabot.yml`), or not action metadata (none of `runs:`, `name:`, `inputs:` …), gets this one line instead of the parser\'s many messages. Fix the file, or leave it out of `paths` (or `ignore:` in the config).'
  },
  'read'
);
