/**
 * PG214 github-env reads scripts by line, where zizmor parses them with tree-sitter: the shapes
 * zizmor's queries match, and the ones they leave alone, held to zizmor's behaviour.
 */
import { bashWrites, cmdWrites, pwshWrites, shellName } from '../../src/core/workflows/rules/permissions/github-env.js';

describe('github-env script reading', () => {
  it.each([
    ['echo "foo=$(bar)" >> $GITHUB_ENV', 'GITHUB_ENV'],
    ['echo "message=$message" >> "$GITHUB_ENV"', 'GITHUB_ENV'],
    ['cat payload.txt >> ${GITHUB_PATH}', 'GITHUB_PATH'],
    ['git log -1 --format=%s | tee -a "$GITHUB_ENV"', 'GITHUB_ENV'],
    ['set -e; echo "v=$V" >> $GITHUB_ENV', 'GITHUB_ENV']
  ])('finds a computed write: %s', (script, destination) => {
    expect(bashWrites(script)).toEqual([{ destination, line: 1 }]);
  });

  it.each([
    'echo foo=bar >> $GITHUB_ENV',
    "echo 'A=$NOT_EXPANDED' >> $GITHUB_ENV",
    'printf "BUNDLE_WITH=avo\\nRAILS_GROUPS=avo\\n" >> "$GITHUB_ENV"',
    'echo "x=$X" >> "$GITHUB_OUTPUT"',
    '# echo "x=$X" >> $GITHUB_ENV',
    '{ echo "a=$A"; echo "b=$B"; } >> $GITHUB_ENV'
  ])('leaves alone what zizmor leaves alone: %s', (script) => {
    expect(bashWrites(script)).toEqual([]);
  });

  it('gives the line of each write in the script', () => {
    expect(bashWrites('set -e\nx=$(cat f)\necho "x=$x" >> $GITHUB_ENV\necho ok')).toEqual([{ destination: 'GITHUB_ENV', line: 3 }]);
  });

  it('reads PowerShell and cmd writes', () => {
    expect(pwshWrites('echo "foo=$env:BAR" >> $env:GITHUB_ENV')).toEqual([{ destination: 'GITHUB_ENV', line: 1 }]);
    expect(pwshWrites('"x=$x" | Out-File -FilePath $env:GITHUB_PATH -Append')).toEqual([{ destination: 'GITHUB_PATH', line: 1 }]);
    expect(cmdWrites('echo LIBRARY=%LIBRARY% >> %GITHUB_ENV%')).toEqual([{ destination: 'GITHUB_ENV', line: 1 }]);
  });

  it('names the shell as GitHub picks it', () => {
    expect(shellName('/bin/bash -e {0}')).toBe('bash');
    expect(shellName('pwsh')).toBe('pwsh');
    expect(shellName('C:\\Windows\\System32\\cmd.exe /D /E:ON /V:OFF /S /C "CALL "{0}""')).toBe('cmd');
  });

  it('stays bounded on a huge script', () => {
    const script = 'echo "x=$X" >> $GITHUB_ENV\n'.repeat(200_000);
    const t = Date.now();
    expect(bashWrites(script).length).toBe(10_000);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
