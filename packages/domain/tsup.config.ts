import { packageBuild } from "../../build/tsup.ts";

// The communes, csv and districts entries import DomainError (and findProvince) from "@xhht/domain", the built main
// entry, rather than bundling copies of their own: one DomainError class for `instanceof`, and the main entry's code
// loaded once.
export default packageBuild(
  [
    "src/index.ts",
    "src/node.ts",
    "src/communes.ts",
    "src/csv.ts",
    "src/districts.ts",
    "src/messages/vi.ts",
    "src/messages/en.ts",
  ],
  {
    external: ["@xhht/domain"],
  },
);
