import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClamdClient, ClamdError, parseClamdAddress, parseScanReply } from '../../src/preview/scan/clamd.ts';
import { clamdAvailability, eicar, freePort, startClamd, type RunningClamd } from './support/clamd.ts';

const clamd = clamdAvailability();

describe('clamd addresses', () => {
  it('reads host:port, [ipv6]:port, tcp:// and socket paths, and says what to write for anything else', () => {
    expect(parseClamdAddress('127.0.0.1:3310')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 3310 });
    expect(parseClamdAddress('tcp://scanner:3310')).toEqual({ kind: 'tcp', host: 'scanner', port: 3310 });
    expect(parseClamdAddress('[::1]:3310')).toEqual({ kind: 'tcp', host: '::1', port: 3310 });
    expect(parseClamdAddress('/run/clamav/clamd.ctl')).toEqual({ kind: 'socket', path: '/run/clamav/clamd.ctl' });
    expect(parseClamdAddress('unix:clamd.sock')).toEqual({ kind: 'socket', path: 'clamd.sock' });
    expect(() => parseClamdAddress('localhost')).toThrow(/host:port.*LocalSocket/);
    expect(() => parseClamdAddress('localhost:99999')).toThrow(/not a clamd address/);
  });

  it('reads no error answer as clean', () => {
    expect(parseScanReply('stream: OK')).toEqual({ result: 'clean' });
    expect(parseScanReply('stream: Win.Test.EICAR_HDB-1 FOUND')).toEqual({
      result: 'infected',
      signature: 'Win.Test.EICAR_HDB-1',
    });
    expect(() => parseScanReply('INSTREAM size limit exceeded. ERROR')).toThrow(
      expect.objectContaining({ failure: 'size-limit' }),
    );
    expect(() => parseScanReply("stream: Can't allocate memory ERROR")).toThrow(
      expect.objectContaining({ failure: 'scanner' }),
    );
    expect(() => parseScanReply('UNKNOWN COMMAND')).toThrow(expect.objectContaining({ failure: 'protocol' }));
  });
});

describe.skipIf(!clamd.available)('the clamd client against a real clamd', () => {
  let server: RunningClamd;
  beforeAll(async () => {
    server = await startClamd({ streamMaxLength: '64K' });
  }, 90_000);
  afterAll(() => server?.stop());

  it('pings, reads the version, and scans over TCP and the Unix socket', async () => {
    for (const address of [parseClamdAddress(server.tcpAddress), parseClamdAddress(server.socketPath)]) {
      const client = new ClamdClient(address);
      await client.ping();
      expect(await client.version()).toMatch(/^ClamAV \d+\.\d+/);
      expect(await client.scan(Buffer.from('an ordinary attachment'))).toEqual({ result: 'clean' });
      expect(await client.scan(eicar())).toEqual({ result: 'infected', signature: 'Eicar-Test-Signature.UNOFFICIAL' });
    }
  });

  it('finds the signature when it is split across INSTREAM chunks and buried in a larger file', async () => {
    const client = new ClamdClient(parseClamdAddress(server.tcpAddress), { chunkSize: 7 });
    const file = Buffer.concat([Buffer.alloc(1000, 'a'), eicar(), Buffer.alloc(1000, 'b')]);
    expect(await client.scan(file)).toMatchObject({ result: 'infected' });
  });

  it("answers a file above clamd's StreamMaxLength with a size-limit error, never clean", async () => {
    const client = new ClamdClient(parseClamdAddress(server.tcpAddress));
    const error = await client.scan(Buffer.alloc(200 * 1024, 'x')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClamdError);
    expect(error).toMatchObject({ failure: 'size-limit', message: expect.stringMatching(/StreamMaxLength/) });
    // The connection that failed leaves clamd able to answer the next one.
    expect(await client.scan(Buffer.from('small'))).toEqual({ result: 'clean' });
  });

  it('fails with a connection error where nothing listens', async () => {
    const client = new ClamdClient({ kind: 'tcp', host: '127.0.0.1', port: await freePort() });
    await expect(client.scan(Buffer.from('x'))).rejects.toMatchObject({ failure: 'connection' });
    await expect(new ClamdClient({ kind: 'socket', path: '/nonexistent/clamd.sock' }).ping()).rejects.toMatchObject({
      failure: 'connection',
    });
  });
});
