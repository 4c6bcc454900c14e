// The fixed list of policy measures; frontmatter, compare and filters all read it from here.
export const THEMES = [
  "industry",
  "employment",
  "ecommerce",
  "tourism",
  "finance",
  "education",
  "health",
  "relocation",
  "ecology",
  "social-security",
  "infrastructure",
  "governance",
  "east-west",
  "social-mobilisation",
] as const;

export type Theme = (typeof THEMES)[number];

export const LEVELS = ["country", "province", "prefecture", "county", "group"] as const;
export type Level = (typeof LEVELS)[number];

export const UNITS = [
  "percent",
  "persons",
  "10k_persons",
  "households",
  "villages",
  "counties",
  "100m_yuan",
  "yuan",
  "yuan_per_year",
  "yuan_per_month",
] as const;
export type Unit = (typeof UNITS)[number];

export const EVENT_KINDS = ["stage", "policy", "milestone", "visit", "exit"] as const;

// Body sections every case has, in order; key facts and sources are rendered by the page around them.
export const CASE_SECTIONS = ["background", "timeline", "measures", "results", "lessons"] as const;
