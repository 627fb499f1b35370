// Standard input, read whole, and what the terminal is: the command line owns the
// process's streams and hands this to whatever needs the bytes of `-`.
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Whether a person is typing at standard input (nothing piped in). */
export const stdinIsTerminal = (): boolean => Boolean(process.stdin.isTTY);

/** Whether standard output is a terminal (a binary format would land on a screen). */
export const stdoutIsTerminal = (): boolean => Boolean(process.stdout.isTTY);
