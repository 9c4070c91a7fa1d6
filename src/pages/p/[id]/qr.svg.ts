/**
 * The QR code of each short link, as an SVG file (`/p/<id>/qr.svg`): pages show it in an <img>
 * that loads only when the QR view opens or the page prints, so it costs a page's first view
 * nothing.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getPlaybook } from '../../../data/playbook.ts';
import { playbook } from '../../../data/site.ts';
import { qrCodeSvg } from '../../../lib/node/qr-code.ts';
import { shortLink } from '../../../lib/playbook/short-links.ts';

export async function getStaticPaths() {
  return (await getPlaybook()).permalinks.map((link) => ({
    params: { id: link.from },
    props: { title: link.title },
  }));
}
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ params, props }) => {
  const link = shortLink(params.id ?? '', playbook.site, playbook.base);
  const svg = await qrCodeSvg(link.url, `QR code of ${link.display}, the short link of “${props.title}”`);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
