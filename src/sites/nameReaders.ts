// The shape of a site's list of where its profile pages show the person's name (read by
// sites/profileName.ts; each site's list is in sites/<site>/profileName.ts).

/** Where a site's profile page shows the person's name, most specific first. Plain JSON: it is passed to the tab. */
export interface NameReaders {
  /** Elements whose text is the name (the profile's header). */
  selectors: string[];
  /** <meta property> whose content names the person (Open Graph). */
  meta: string[];
  /** What the site appends to the name in document.title ("Dana Whitfield | LinkedIn"). */
  titleSuffixes: string[];
}
