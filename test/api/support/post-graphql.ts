// One GraphQL request over HTTP, as clients send it: the tests' way to call a server in-process or as a process.

/** POSTs a GraphQL request to `${url}/graphql`; the HTTP status with the parsed body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function postGraphql(url: string, query: string, variables = {}, headers = {}): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
