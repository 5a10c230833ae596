import { main } from '../../src/cli/main';

/** The command line run in-process (English, a fixed "now"): its exit code and what it printed. */
export async function runCli(argv: string[], now: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    env: { LANG: 'en_US.UTF-8' },
    now: new Date(now),
  });
  return { code, stdout, stderr };
}
