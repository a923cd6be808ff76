/** Minimal typings for seek-bzip (pure-JS bzip2 decoder); only the API Rampart uses. */
declare module 'seek-bzip' {
  interface OutputStream {
    writeByte(b: number): void;
  }
  const Bunzip: {
    decode(input: Buffer, output?: OutputStream | Buffer | number, multistream?: boolean): Buffer | undefined;
  };
  export default Bunzip;
}
