import type { AppModule } from "../platform/module.js";
import {
  cleanupSubscriptionsJob,
  notifySubscribersJob,
  scheduleSubscriptionJobs,
} from "./subscriptions.jobs.js";
import { subscriptionsMessages } from "./subscriptions.messages.js";
import { subscriptionsPages } from "./subscriptions.pages.js";
import { subscriptionsApi } from "./subscriptions.routes.js";

/**
 * Following a promise or an area by e-mail (double opt-in, one mail per period, one-click
 * unsubscribe). Its forms are anonymous and sit on cached public pages, so they carry no CSRF
 * token: their POSTs are `sessionless` (served as the public), check Origin/Sec-Fetch-Site, are
 * rate-limited per client and per address, and only ever mail a confirmation link to the address
 * given — a forged POST can at most send someone a link they can ignore.
 */
export const subscriptionsModule: AppModule = {
  name: "subscriptions",
  api: subscriptionsApi,
  pages: subscriptionsPages,
  messages: subscriptionsMessages,
  jobs: [notifySubscribersJob, cleanupSubscriptionsJob],
  daily: (ex, clock) => scheduleSubscriptionJobs(ex, clock),
  sessionless: [
    /^\/[a-z0-9][a-z0-9-]*\/folj$/,
    /^\/prenumerera\/bekrafta\/[^/]+$/,
    /^\/avprenumerera\/[^/]+$/,
    /^\/api\/v1\/subscriptions(?:\/confirm|\/unsubscribe)?$/,
  ],
};
