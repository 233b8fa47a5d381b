/** The site's name, as page titles, the header, feeds, the calendar and oEmbed give it. */
export const SITE_NAME = "Worcestershire children's homes, 2018";
