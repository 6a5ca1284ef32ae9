// The table lives in @xhht/core, with the rule registry's other error codes; @xhht/templates exports it as before.
export { type TemplateErrorCode, templateErrorCodes } from "@xhht/core";
