// The runner checks its port before starting anything, so that "port in use" is one clear line
// instead of a stack trace from the web server after the database and worker have started.
import net from "node:net";

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (err: NodeJS.ErrnoException) => resolve(err.code === "EADDRINUSE" || err.code === "EACCES"));
    server.listen({ port }, () => server.close(() => resolve(false)));
  });
}
