// GET /: sends browsers to the API and its IDE.
import type { RouteHandler } from './http.ts';

export function rootRedirect(graphqlPath: string): RouteHandler {
  return (_request, response, url) => {
    if (url.pathname !== '/') return false;
    response.writeHead(302, { location: graphqlPath }).end();
    return true;
  };
}
