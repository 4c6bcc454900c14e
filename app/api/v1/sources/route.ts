import { listHandler } from "@/lib/api/list-route";
import { getSourceRows } from "@/lib/data/queries";

export const GET = listHandler("sources", ["id", "title", "titleEn", "publisher", "publisherEn", "date", "url", "locatorZh", "locatorEn", "language", "noteZh", "noteEn"], getSourceRows);
