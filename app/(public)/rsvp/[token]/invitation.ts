// One lookup of the link's invitation per request, shared by the layout, the metadata and the page.
import { cache } from "react";
import { db } from "@/lib/db/client";
import { findRsvpInvitation } from "@/lib/rsvp/find-rsvp-invitation";

export const invitationFor = cache((token: string) => findRsvpInvitation(db(), token));
