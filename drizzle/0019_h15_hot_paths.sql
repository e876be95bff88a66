-- A registration's seat, taken by one server-side call that raises instead of answering "full", so
-- the client can send it and the COMMIT together (lib/participants/seat-accounting.ts): a full event
-- aborts the transaction, and the event row is held from the UPDATE to the commit without a client
-- round trip in between. Events without a capacity keep no counter: the UPDATE matches no row and
-- locks nothing. Answers the new counter, or null when the event keeps none.
CREATE OR REPLACE FUNCTION take_event_seats(p_event_id uuid, p_delta integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  taken integer;
BEGIN
  UPDATE events SET seats_taken = seats_taken + p_delta
  WHERE id = p_event_id AND seats_taken IS NOT NULL AND seats_taken + p_delta <= capacity
  RETURNING seats_taken INTO taken;
  IF FOUND THEN
    RETURN taken;
  END IF;
  IF EXISTS (SELECT 1 FROM events WHERE id = p_event_id AND capacity IS NOT NULL) THEN
    RAISE EXCEPTION 'event % has no seat left', p_event_id USING ERRCODE = 'EDF01';
  END IF;
  RETURN NULL;
END;
$$;
