// Every table, for the drizzle instance and drizzle-kit.
export * from "./schema/auth";
export * from "./schema/events";
export * from "./schema/participants";
export * from "./schema/messages";
export * from "./schema/tickets";
export * from "./schema/email-templates";
export * from "./schema/operations";
export * from "./schema/check-ins";
export * from "./schema/certificates";
export * from "./schema/rate-limits";
export * from "./schema/altcha";
export * from "./schema/announcements";
export * from "./schema/event-covers";
