import { listHandler } from "@/lib/api/list-route";
import { getSources } from "@/lib/data/queries";

export const GET = listHandler("sources", ["id", "title", "titleEn", "publisher", "publisherEn", "date", "url", "language", "seedFile", "note"], getSources);
