/**
 * The source figures the corpus is built from, typed as printed (seeds in ../shared/seeds):
 * amounts in mio. kr. unless said otherwise. Expected totals in the case files are sums of these
 * printed numbers, worked out by hand and written down there (the README shows the sums).
 */

/** One printed row: its name, its parent's name (null = top level), and its printed amount. */
export interface SeedRow {
  name: string;
  parent: string | null;
  amount: number | null;
  channel?: "Blok" | "Særtilskud";
  recipient?: string;
}

const PALLIATION = "Palliation";
const USPECIFIKKE = "Uspecifikke symptomer på kræft";
const DATA = "Data til kræftbehandling og ny medicin";

/**
 * Seed 002 (Bilag 3, table 1, column "Nationalt" 2026): the Blok rows as printed, in print order.
 * Sub-items are those under an italic "heraf" in print. Printed subtotal "Blok" 350,0.
 * "Uspecifikke symptomer på kræft" prints 10,0 over sub-items 5,2 + 4,9 = 10,1 (as printed).
 */
export const SEED002_BLOK: SeedRow[] = [
  { name: "Mobile kølehætter", parent: null, amount: 9.0 },
  { name: "Senfølger", parent: null, amount: 60.0 },
  { name: PALLIATION, parent: null, amount: 42.0 },
  { name: "Basal palliation", parent: PALLIATION, amount: 14.0 },
  { name: "Specialiceret palliation", parent: PALLIATION, amount: 20.0 },
  {
    name: "Døgndækkede rådgivningsfunktioner",
    parent: PALLIATION,
    amount: 8.0,
  },
  { name: "Kræftscreening", parent: null, amount: 5.0 },
  { name: "Patientinddragelse", parent: null, amount: 11.0 },
  { name: "Styrket information mellem sektorerne", parent: null, amount: 2.0 },
  { name: USPECIFIKKE, parent: null, amount: 10.0 },
  {
    name: "Sundhedsvæsenets kvalitetsinstitut",
    parent: USPECIFIKKE,
    amount: 5.2,
  },
  {
    name: "Danish Comprehensive Cancer Center",
    parent: USPECIFIKKE,
    amount: 4.9,
  },
  { name: "Vederlagsfri rygestopmedicin", parent: null, amount: null },
  {
    name: "Forskning og udbredelse af kunstig intelligens",
    parent: null,
    amount: 20.0,
  },
  { name: DATA, parent: null, amount: 9.0 },
  {
    name: "National klinisk database for personlig medicin på kræftområdet",
    parent: DATA,
    amount: 3.0,
  },
  { name: "Bedre brug af data til ny kræftmedicin", parent: DATA, amount: 6.0 },
  {
    name: "Kræftforskning i det primære sundhedsvæsen",
    parent: null,
    amount: 2.0,
  },
  { name: "Udrednings- og behandlingskapacitet", parent: null, amount: 180.0 },
];

/** Seed 002: "Telepalliation (Region Midtjylland) 1,0", the printed "Direkte tilskud" 1,0. */
export const SEED002_TELEPALLIATION: SeedRow = {
  name: "Telepalliation",
  parent: null,
  amount: 1.0,
  channel: "Særtilskud",
  recipient: "Region Midtjylland",
};

/**
 * Seed 002 with Telepalliation in its printed place (after Palliation's sub-items), and the
 * printed totals: Blok 350,0 · Direkte tilskud 1,0 · I alt 351,0.
 */
export function seed002All(): SeedRow[] {
  const rows = [...SEED002_BLOK];
  rows.splice(6, 0, SEED002_TELEPALLIATION);
  return rows;
}

/** Sums of seed 002, by hand: 9+60+42+5+11+2+10+20+9+2+180 = 350,0 (Blok); + 1,0 = 351,0. */
export const SEED002_BLOK_TOTAL = "350.0";
export const SEED002_ALL_TOTAL = "351.0";

/** One row of seed 003's appendix: name, then 2017, 2018, 2019, 2020, "I alt", "Fra 2021 og frem" as printed. */
export type Seed003Row = [name: string, ...figures: (number | "-" | null)[]];

/**
 * Seed 003, Bilag 2 "Oversigt over økonomi for Kræftplan IV", typed as printed: group headings
 * (no figures), top-level initiatives, and their "Heraf …" rows (one printed "heraf" in lower
 * case). Names broken over two printed lines are joined.
 */
export const SEED003: Seed003Row[] = [
  ["Patienten først og fremmest", null, null, null, null, null, null],
  ["Udbredelse af beslutningsstøtteværktøjer", 4, 6, 6, 6, 22, "-"],
  ["Heraf identificering af værktøjer og opfølgning på regionernes implementering i 2020", 0.6, 0, 0, 0.4, 1, "-"],
  ["Heraf pulje til udvikling af værktøjer til beslutningsstøtte", 3.4, 0, 0, 0, 3.4, "-"],
  ["heraf midler til implementering af værktøjer", 0, 6, 6, 5.6, 17.6, "-"],
  ["Behandling i hjemmet", 10, 10, 10, 10, 40, 10],
  ["Mere individuelle pakkeforløb for kræft (servicetjek)", 2, 1, 0, 0, 3, "-"],
  ["Målrettede tilbud på hospitalerne til unge med kræft", 7, 6, 6, 6, 25, "-"],
  ["Forebyggelse – børn, unge og særlige grupper", null, null, null, null, null, null],
  ["Røgfri generation", 6, 3, 2, 3, 14, "-"],
  ["Hjælp til rygestop til særlige grupper", 12, 7.5, 7.5, 0, 27, "-"],
  ["Heraf hjælp til rygestop blandt særlige grupper", 12, 7, 7.5, 0, 26.5, "-"],
  ["Heraf evaluering", 0, 0.5, 0, 0, 0.5, "-"],
  ["HPV-vaccination", 3, 2, 2.5, 0, 5, "-"],
  ["Øget kvalitet og forbedret overlevelse", null, null, null, null, null, null],
  ["Screening for livmoderhalskræft", 23, 1, 1, 0, 25, "-"],
  ["Heraf engangstilbud til kvinder født før 1948", 22, 0, 0, 0, 22, "-"],
  ["Heraf opdatering af faglige anbefalinger på området", 1, 0, 0, 0, 1, "-"],
  ["Heraf øget deltagelse i regionerne", 0, 1, 1, 0, 2, "-"],
  ["Høj og ensartet kvalitet", 16, 15, 17, 17, 65, 17],
  ["Heraf bl.a. uddannelsesinitiativer i fx kræftkirurgi", 12, 11, 13, 13, 49, 13],
  ["Heraf ensartede retningslinjer for behandling mv.", 4, 4, 4, 4, 16, 4],
  ["Et godt liv efter kræft (rehabilitering)", 31.6, 31.9, 33.5, 38, 135, 50],
  ["Heraf senfølger", 0, 6, 6, 6, 18, 6],
  ["Heraf kvalitetsløft i den kommunale rehabilitering", 29.7, 25.9, 27.5, 32, 115.1, 44],
  ["Heraf revision af forløbsprogrammet, afdækning på senfølgeområdet og evt. anbefalinger", 1.9, 0, 0, 0, 1.9, "-"],
  ["En værdig og god palliativ indsats", 22, 23, 23, 32, 100, 34],
  ["Heraf basal palliativ indsats", 16.5, 18, 18, 27, 79.5, 29],
  ["Heraf hospicepladser", 5, 5, 5, 5, 20, 5],
  ["Heraf revision af faglige anbefalinger", 0.5, 0, 0, 0, 0.5, "-"],
  ["Rettidig omhu", null, null, null, null, null, null],
  ["Udvikling af nye og målrettede behandlingsformer", 8, 8, 7, 7, 30, 7],
  ["Heraf 1-2 centre for eksperimentel kræftkirurgi", 3, 3, 2, 2, 10, 2],
  ["Heraf center for kræftbehandling, forskning og udvikling", 5, 5, 5, 5, 20, 5],
  ["Kapacitet anlæg", 190, 200, 110, 0, 500, "-"],
  ["Kapacitet drift", 0, 60, 150, 270, 480, 270],
];

/**
 * Seed 003's per-period national totals: the sums of the 14 top-level initiatives (not of the
 * "Heraf" rows, not of the "I alt" column), by hand:
 * 2017: 4+10+2+7+6+12+3+23+16+31,6+22+8+190+0 = 334,6 (adding the Heraf rows too gives 451,2)
 * 2018: 6+10+1+6+3+7,5+2+1+15+31,9+23+8+200+60 = 374,4
 * 2019: 6+10+0+6+2+7,5+2,5+1+17+33,5+23+7+110+150 = 375,5
 * 2020: 6+10+0+6+3+0+0+0+17+38+32+7+0+270 = 389
 * Fra 2021 og frem: 10+17+50+34+7+270 = 388 ("-" is nothing)
 * HPV-vaccination prints 3+2+2,5+0 = 7,5 under "I alt" 5: the one row whose periods do not add
 * up to its printed total.
 */
export const SEED003_TOTALS = {
  "2017": "334.6",
  "2018": "374.4",
  "2019": "375.5",
  "2020": "389",
  "Fra 2021 og frem": "388",
};
export const SEED003_HEADINGS = [
  "Patienten først og fremmest",
  "Forebyggelse – børn, unge og særlige grupper",
  "Øget kvalitet og forbedret overlevelse",
  "Rettidig omhu",
];

/** Seed 000 (Tabel 1): each region's contribution in kroner to 10.150.000 kr. (2025), as printed. */
export const SEED000_KRONER: [string, string][] = [
  ["Region Hovedstaden", "3.162.514"],
  ["Region Sjælland", "1.570.129"],
  ["Region Syddanmark", "2.159.372"],
  ["Region Midtjylland", "2.209.803"],
  ["Region Nordjylland", "1.048.182"],
];

/**
 * Danmarks Statistik, population 1 January 2024 (shared/data/regioner-befolkning-2024.csv), a
 * real raw-weight key: total 5.961.249.
 */
export const POPULATION_2024: [code: string, region: string, people: number][] = [
  ["1084", "Region Hovedstaden", 1911067],
  ["1085", "Region Sjælland", 852953],
  ["1083", "Region Syddanmark", 1238406],
  ["1082", "Region Midtjylland", 1365688],
  ["1081", "Region Nordjylland", 593135],
];

/** Seed 004: acute psychiatry 112,5 mio. kr. in 2025 and 150 mio. kr. a year "fra 2026 og frem"; life science 400 mio. kr. evenly over 2024–2027; personalised medicine 30 mio. kr. a year for three years. */
export const SEED004 = {
  akutpsykiatri: {
    name: "Psykiatrisk akuttelefon og akutte psykiatriske behandlingstilbud",
    y2025: 112.5,
    from2026: 150,
  },
  lifeScience: { name: "Life science-strategi", perYear: 100 },
  personligMedicin: { name: "Personlig medicin", perYear: 30 },
};
