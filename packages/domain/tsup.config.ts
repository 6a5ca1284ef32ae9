import { packageBuild } from "../../build/tsup.ts";

// The communes entry imports DomainError and findProvince from "@xhht/domain", the built main entry, rather than
// bundling copies of its own: one DomainError class for `instanceof`, and the main entry's code loaded once.
export default packageBuild(["src/index.ts", "src/communes.ts"], { external: ["@xhht/domain"] });
