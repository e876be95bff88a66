// PostgreSQL bytea as a Node Buffer: stored files and rendered documents.
import { customType } from "drizzle-orm/pg-core";

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });
