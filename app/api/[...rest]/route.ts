import { notFound } from "@/lib/api/respond";

// Unknown API paths answer in JSON like the rest of the API, not with an HTML page.
function unknownEndpoint() {
  return notFound(
    "path",
    "unknown endpoint; the API has /api/v1/regions, /api/v1/indicators, /api/v1/sources and /api/v1/observations",
  );
}

export {
  unknownEndpoint as GET,
  unknownEndpoint as POST,
  unknownEndpoint as PUT,
  unknownEndpoint as DELETE,
  unknownEndpoint as PATCH,
};
