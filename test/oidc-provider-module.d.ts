// oidc-provider ships no types and @types/oidc-provider is not installed: the little the tests use.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  interface KoaContext {
    path: string;
    method: string;
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
    listen(port: number, host: string, callback: () => void): Server;
    Grant: new (options: {
      clientId: string;
      accountId: string;
    }) => {
      addOIDCScope(scope: string): void;
      save(): Promise<string>;
    };
  }
}
