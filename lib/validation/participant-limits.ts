// Limits shared by the participant forms in the browser and their server actions. Kept free of
// imports so that client components can use them without pulling in zod schemas or the db schema.
export const REJECTION_REASON_MAX = 1000;
// A selection comes from one page of the table (50 rows); anything larger is not from our form.
export const SELECTION_MAX = 500;
