-- Search that ignores accents and case (lib/search/search-text.ts holds the JS twin and the reasons).
-- Built-in functions only (normalize, regexp_replace, lower, translate), so it needs no extension and
-- is IMMUTABLE as a generated column requires; a SQL-standard body is parsed once, here.
CREATE OR REPLACE FUNCTION search_normalize(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN replace(replace(replace(replace(translate(lower(regexp_replace(normalize(value, NFD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')), 'ςøłđıħð', 'σoldihd'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th');--> statement-breakpoint
DROP INDEX "participants_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "participants" ADD COLUMN "search_text" text GENERATED ALWAYS AS (search_normalize(first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(organisation, ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "search_text" text GENERATED ALWAYS AS (search_normalize(to_address || ' ' || subject)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "participants_search_text_trgm_idx" ON "participants" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "messages_search_text_trgm_idx" ON "messages" USING gin ("search_text" gin_trgm_ops);