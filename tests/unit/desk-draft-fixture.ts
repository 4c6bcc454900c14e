// One Lichuan poverty-incidence row as the desk's data drafts hold it, and a data draft adding just that row.
export const observationRow = (year: string, value: string, source = "communique") => ({
  region: "lichuan",
  indicator: "poverty_incidence",
  year,
  value,
  basis: "official",
  source,
  note_zh: "",
  note_en: "",
});

export const figureDraft = (year: string, value: string) => ({
  kind: "data" as const,
  slug: "lichuan",
  zh: "",
  en: "",
  data: { region: null, sources: [], events: [], observations: [observationRow(year, value)] },
});
