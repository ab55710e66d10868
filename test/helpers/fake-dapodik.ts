// A fake Dapodik WebService for the tests: Node's http on 127.0.0.1, port 0, serving a
// generated roster (test/fixtures-gen/roster.mjs) the way Dapodik does: GET
// /WebService/<name>?npsn=…, `Authorization: Bearer <token>`, JSON bodies (served as
// text/html, as some versions do), and Dapodik's plain-text refusals. `faults` make it
// misbehave per endpoint: the refusals, an HTML error page, a slow answer, a reset
// connection, a truncated body, a paged answer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach } from 'vitest';
import { ENDPOINTS, parseAnswer, type Answers } from '../../src/dapodik/schema.js';
import type { Roster } from '../fixtures-gen/index.mjs';

export type Fault =
  | 'token' // "Access denied…" in plain text, status 200
  | 'status401'
  | 'npsn' // "Parameter NPSN harap diisi"
  | 'notFound' // "Sekolah tidak ditemukan"
  | 'html' // an HTML error page
  | 'slow' // never answers
  | 'resetOnce' // the first request's connection is reset, the retry is served
  | 'reset' // every request's connection is reset
  | 'truncated' // the JSON ends halfway, the connection closes cleanly
  | 'shortBody' // Content-Length promises more than is sent
  | 'partial' // results larger than the rows sent (a paged answer)
  | 'missingField' // a row without its id
  | 'http404'
  | 'stall' // headers and half the body, then nothing (the connection stays open)
  | 'drip' // headers, then a byte every 100 ms, forever
  | 'endless' // a chunked body that never ends
  | 'gzipBomb' // a 0.6 MB gzip body that inflates to 600 MiB
  | 'echoToken'; // the answer carries the request's Authorization header back

export interface FakeDapodik {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Each request: endpoint, the Authorization header as received, the npsn asked. */
  requests: Array<{ endpoint: string; authorization: string | undefined; npsn: string | null }>;
  close(): Promise<void>;
}

let member: Buffer | undefined;

export const REFUSAL_TOKEN = 'Access denied - You are not authorized to access this page. #1';

export async function startFakeDapodik(options: { roster: Roster; token: string; faults?: Partial<Record<keyof Roster, Fault>> }): Promise<FakeDapodik> {
  const requests: FakeDapodik['requests'] = [];
  const sockets = new Set<Socket>();
  const served = new Map<string, number>();
  const npsn = (options.roster.getSekolah.rows as { npsn: string }).npsn;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const endpoint = url.pathname.replace(/^\/WebService\//, '');
    const asked = url.searchParams.get('npsn');
    requests.push({ endpoint, authorization: req.headers.authorization, npsn: asked });
    const text = (status: number, body: string, type = 'text/html; charset=UTF-8') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (!url.pathname.startsWith('/WebService/') || !(endpoint in options.roster)) return text(404, '<html><body><h1>404 Not Found</h1></body></html>');
    const fault = options.faults?.[endpoint as keyof Roster];
    const count = (served.get(endpoint) ?? 0) + 1;
    served.set(endpoint, count);
    if (req.headers.authorization !== `Bearer ${options.token}` || fault === 'token') return text(200, REFUSAL_TOKEN);
    if (fault === 'status401') return text(401, REFUSAL_TOKEN);
    if (!asked || fault === 'npsn') return text(200, 'Parameter NPSN harap diisi');
    if (asked !== npsn || fault === 'notFound') return text(200, 'Sekolah tidak ditemukan');
    if (fault === 'html') return text(500, '<!DOCTYPE html><html><head><title>Error</title></head><body>Internal Server Error</body></html>');
    if (fault === 'http404') return text(404, 'not here');
    if (fault === 'slow') return; // never answers; the socket is closed by close()
    if (fault === 'reset' || (fault === 'resetOnce' && count === 1)) {
      req.socket.resetAndDestroy();
      return;
    }
    if (fault === 'stall' || fault === 'drip' || fault === 'endless') {
      const body = JSON.stringify(options.roster[endpoint as keyof Roster]);
      res.writeHead(
        200,
        fault === 'endless' ? { 'content-type': 'application/json' } : { 'content-type': 'application/json', 'content-length': String(body.length) },
      );
      if (fault === 'stall') return void res.write(body.slice(0, body.length >> 1));
      const chunk = fault === 'endless' ? Buffer.alloc(64 * 1024, 0x20) : Buffer.from(' ');
      // Bounded by the client: it stops when the socket closes (at most ~600 MiB or 10 min).
      let sent = 0;
      const more = () => {
        if (req.socket.destroyed || sent > 600 * 1024 * 1024) return;
        sent += chunk.length;
        if (fault === 'drip') return void (res.write(chunk), setTimeout(more, 100));
        if (res.write(chunk)) setImmediate(more);
        else res.once('drain', more);
      };
      return more();
    }
    if (fault === 'gzipBomb') {
      // Two 300 MiB members (gunzip reads on through concatenated members): 600 MiB of text.
      member ??= gzipSync(Buffer.alloc(300 * 1024 * 1024, 0x20), { level: 9 });
      const bomb = Buffer.concat([member, member]);
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      return void res.end(bomb);
    }
    const answer = structuredClone(options.roster[endpoint as keyof Roster]);
    if (fault === 'echoToken' && endpoint === 'getSekolah') (answer.rows as Record<string, unknown>).nama = `SD ${req.headers.authorization ?? ''}`;
    if (fault === 'echoToken' && Array.isArray(answer.rows) && answer.rows.length > 0)
      (answer.rows[0] as Record<string, unknown>).nama = `auth=${JSON.stringify(req.headers.authorization)}`;
    if (fault === 'partial') answer.results = (answer.rows as unknown[]).length + 50;
    if (fault === 'missingField' && Array.isArray(answer.rows) && answer.rows.length > 2) {
      const row = answer.rows[2] as Record<string, unknown>;
      for (const key of ['ptk_id', 'peserta_didik_id', 'rombongan_belajar_id']) delete row[key];
    }
    const body = JSON.stringify(answer);
    if (fault === 'truncated') return text(200, body.slice(0, Math.floor(body.length / 2)));
    if (fault === 'shortBody') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(Buffer.byteLength(body)) });
      res.write(body.slice(0, 100));
      setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    text(200, body);
  };
  const server: Server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A fake WebService for each test of a file, closed after each test: `serve(faults)`
 * starts one serving `roster` to `token`.
 */
export function fakeDapodikPerTest(roster: Roster, token: string): (faults?: Partial<Record<keyof Roster, Fault>>) => Promise<FakeDapodik> {
  const servers: FakeDapodik[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async (faults) => {
    const server = await startFakeDapodik({ roster, token, faults });
    servers.push(server);
    return server;
  };
}

/** A roster as the client reads it from the WebService: each answer through parseAnswer. */
export function rosterAnswers(roster: Roster): Answers {
  return Object.fromEntries(ENDPOINTS.map((endpoint) => [endpoint, parseAnswer(endpoint, JSON.stringify(roster[endpoint]), endpoint)])) as unknown as Answers;
}
