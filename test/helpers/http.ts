import { request } from 'node:http';

/**
 * A raw HTTP request, as an attacker would send it: any method with a body, the headers and bytes
 * as given (fetch refuses a GET with a body and sets its own headers).
 */
export function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => {
        text += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
