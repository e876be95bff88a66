// An address in this area that leads nowhere (or an unknown event), in the area's language.
import { NotFoundMessage } from "@/components/layout/not-found-message";

export default function NotFound() {
  return <NotFoundMessage />;
}
