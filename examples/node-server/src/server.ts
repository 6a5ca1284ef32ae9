// Starts the API on PORT (3000 by default) and HOST (all interfaces by default): `pnpm start`.
import { serve } from "@hono/node-server";
import { createApp } from "./createApp.ts";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST;

const server = serve({ fetch: createApp().fetch, port, ...(hostname === undefined ? {} : { hostname }) }, (info) => {
  console.log(`xhht report API on http://${info.family === "IPv6" ? `[${info.address}]` : info.address}:${info.port}`);
});

const stop = () => server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
