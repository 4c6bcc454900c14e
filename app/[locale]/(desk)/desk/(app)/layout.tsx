import type { ReactNode } from "react";
import { pageUser } from "@/lib/desk/page-user";

export const dynamic = "force-dynamic";

// Every page in here needs a signed-in user (else the sign-in form); the header (../layout.tsx) shows who it is.
export default async function DeskAppLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await pageUser(params);
  return children;
}
