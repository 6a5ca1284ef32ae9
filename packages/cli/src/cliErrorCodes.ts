// The table lives in @xhht/core, with the rule registry's other error codes; @xhht/cli exports it as before.
export { type CliErrorCode, cliErrorCodes } from "@xhht/core";
