import type { findVi } from "./vi";

export const findEn: typeof findVi = {
  index: {
    title: "Provinces",
    intro:
      "Every province and city: {current} today and {all} before {date}. A merged province keeps its own page with the figures it reported.",
    introNoMerger: "Every province and city ({current}).",
    searchLabel: "Find a province or city",
    searchHint: "With or without Vietnamese accents, e.g. “bac kan”.",
    searchButton: "Search",
    clear: "Show all",
    results: "{n} results for “{q}”",
    noResults: "No province or city matches “{q}”.",
    currentTitle: "The {n} provinces and cities of today",
    formerTitle: "Provinces merged on {date}",
    formerNote: "Before {date} the country had {all} provinces and cities: those above (within their boundaries before they grew) and those below.",
    hasData: "Has approved figures",
    noData: "No figures yet",
    absorbed: "Since {date} includes {names}",
    merged: "Merged into {name} on {date}",
    city: "Centrally governed city",
  },
  api: {
    title: "This page's figures in the open-data API",
    provinces: "Provinces and cities",
    reports: "Figures by year",
    terms: "Congress terms",
    progress: "The term's targets and results",
  },
};
