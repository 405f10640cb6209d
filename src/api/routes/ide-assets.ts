// The IDE's script and stylesheet (GET /graphql/ide/...), served by this server: no CDN.
import { IDE_ASSET_PREFIX, serveIdeAsset } from '../ide.ts';
import type { RouteHandler } from './http.ts';

export const ideAssetsRoute: RouteHandler = (request, response, url) =>
  url.pathname.startsWith(IDE_ASSET_PREFIX) && request.method === 'GET'
    ? serveIdeAsset(request, response, url.pathname.slice(IDE_ASSET_PREFIX.length))
    : false;
