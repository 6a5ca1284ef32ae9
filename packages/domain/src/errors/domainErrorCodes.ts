// The table lives in @xhht/core, with the rule registry's other error codes; @xhht/domain exports it as before.
export { type DomainErrorCode, domainErrorCodes } from "@xhht/core";
