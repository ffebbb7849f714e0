/** Serving a fetch handler on a free 127.0.0.1 port for a benchmark, and closing it with its connections. */
import { serve, type ServerType } from "@hono/node-server";

export function listen(fetchHandler: (req: Request) => Response | Promise<Response>): Promise<{ server: ServerType; origin: string }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: fetchHandler, port: 0, hostname: "127.0.0.1" }, (info) => {
      resolve({ server, origin: `http://127.0.0.1:${info.port}` });
    });
    server.once("error", reject);
  });
}

export function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ("closeAllConnections" in server) server.closeAllConnections();
  });
}
