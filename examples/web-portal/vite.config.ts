import { defaultClientConditions, defineConfig } from "vite";

// By default the app uses the SDK as published (each package's built dist/). In the SDK's own workspace,
// `XHHT_SOURCE=1 pnpm dev` runs it from the packages' TypeScript source instead, with no build needed.
const fromSource = process.env.XHHT_SOURCE === "1";

export default defineConfig({
  base: "./",
  resolve: fromSource ? { conditions: ["@xhht/source", ...defaultClientConditions] } : {},
  build: { target: "es2022", chunkSizeWarningLimit: 1500 },
});
