/**
 * Download article text goes only to the web: an address on this computer or its local network (loopback, private
 * ranges, link-local and the cloud metadata address, IPv6's own, IPv4 written as IPv6, names that resolve there) is
 * refused before any request, so a page that took over the renderer cannot make main read a local service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_LIMITS } from '../../../../../src-main/services/fetch-article/download-limits';
import { fetchPage } from '../../../../../src-main/services/fetch-article/fetch-page';
import { localNetworkReason } from '../../../../../src-main/services/fetch-article/local-network';
import { type PageServer, startPageServer } from './page-server';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

const local = async (address: string) => (await localNetworkReason(new URL(address)))?.code ?? null;

describe('addresses on this computer or its local network', () => {
  it.each([
    'http://127.0.0.1/', 'http://127.8.9.10:8080/admin', 'http://localhost:3000/', 'http://app.localhost/', 'http://[::1]/',
    'http://10.0.0.1/', 'http://172.16.5.4/', 'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/', 'http://0.0.0.0/', 'http://[fd00::1]/', 'http://[fe80::1]/', 'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:192.168.0.1]/', 'http://2130706433/', 'http://0x7f.1/',
  ])('refuses %s', async (address) => {
    expect(await local(address)).toBe('downloadLocalNetwork');
  });

  it.each(['https://93.184.215.14/', 'http://8.8.8.8/', 'https://[2606:4700:4700::1111]/', 'http://172.32.0.1/', 'http://192.169.0.1/'])(
    'lets %s through (the web)',
    async (address) => {
      expect(await local(address)).toBeNull();
    },
  );

  it('is refused by the download before any request reaches the server; only the tests may reach it', async () => {
    const before = server.requests.length;
    const first = await fetchPage(`${server.origin}/page`, DOWNLOAD_LIMITS);
    expect(first).toMatchObject({ ok: false, code: 'downloadLocalNetwork' });
    expect(server.requests.length).toBe(before);
    const allowed = await fetchPage(`${server.origin}/hop/1`, { ...DOWNLOAD_LIMITS, localNetwork: true });
    expect(allowed.ok).toBe(true);
  });
});
