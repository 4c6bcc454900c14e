import { notFound } from "next/navigation";

// Any path under a locale that no route matches renders that locale's 404 page.
export default function CatchAll() {
  notFound();
}
