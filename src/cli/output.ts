// Writing to stdout from commands that stream many records: waits when the pipe is full (memory stays flat) and
// ends quietly when the reader goes away (`kg extract … | head`).
let watchingPipe = false;

function exitOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

export async function writeOut(text: string): Promise<void> {
  if (!watchingPipe) {
    process.stdout.on('error', exitOnClosedPipe);
    watchingPipe = true;
  }
  if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
