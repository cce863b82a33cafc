// Standard input a line at a time, for the questions of `assess --interactive`: from a terminal
// (where the terminal itself echoes and edits the line) or from a pipe.

export interface LineReader {
  /** The next line, without its line end; undefined at the end of the input. */
  next(): Promise<string | undefined>;
  /** Stops reading, so that a terminal is let go and the process can end. */
  close(): void;
}

/** Lines of `input` ending in LF, CRLF or CR; lines that came ahead of the questions are kept, not lost. */
export function lineReader(input: AsyncIterable<Uint8Array | string>): LineReader {
  const chunks = input[Symbol.asyncIterator]();
  // Not fatal: an answer with a broken byte in it is still an answer, and the mark check says so.
  const decoder = new TextDecoder('utf-8');
  let buffered = '';
  let ended = false;
  return {
    async next() {
      for (;;) {
        const end = buffered.search(/[\r\n]/);
        // A CR last in what has come may be the first half of a CRLF: wait for the next chunk.
        if (end !== -1 && (end < buffered.length - 1 || buffered[end] === '\n' || ended)) {
          const line = buffered.slice(0, end);
          buffered = buffered.slice(buffered.startsWith('\r\n', end) ? end + 2 : end + 1);
          return line;
        }
        if (ended) {
          if (buffered === '') return undefined;
          const last = buffered;
          buffered = '';
          return last;
        }
        const chunk = await chunks.next();
        if (chunk.done) {
          ended = true;
          buffered += decoder.decode();
        } else {
          buffered += typeof chunk.value === 'string' ? chunk.value : decoder.decode(chunk.value, { stream: true });
        }
      }
    },
    close() {
      if (ended) return;
      ended = true;
      void Promise.resolve(chunks.return?.()).catch(() => undefined);
    },
  };
}
