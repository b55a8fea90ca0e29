import "i18next";
import type { LazyNamespaces, resources } from "./resources";

// Finnish is the master language: its keys type every t() call, so a missing key fails the type check.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: (typeof resources)["fi"] & LazyNamespaces;
  }
}
