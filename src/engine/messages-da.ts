import type { MessageTable } from "./messages";
import { decimalsText, failingParts, listOf } from "./message-parts";
import type { Method } from "./apportion";
import { METHOD_NAMES } from "./vocabulary";

/**
 * The finding messages in Danish: what is wrong and what to do. One language per file, so the
 * add-in page loads only its user's language (messages-tables.web.ts); the other is in
 * messages-en.ts, with the same codes (the type checks both are complete).
 */
export const MESSAGES_DA: MessageTable = {
  BAD_NUMBER: (p) =>
    `„${p.text}“ er ikke et tal. Skriv et tal (fx 1.570.129 eller 9,0) eller lad cellen stå tom.`,
  UNKNOWN_UNIT: (p) =>
    p.recipient !== undefined
      ? `Modtageren „${p.recipient}“ nævner enheden „${p.unit}“, som ikke kendes, så beløbet er ikke fordelt til enhederne, men vist under Øvrige modtagere. Ret navnet til en regions eller kommunes navn eller officielle kode.`
      : `Enheden „${p.unit}“ kendes ikke. Brug en regions eller kommunes navn eller officielle kode.`,
  UNKNOWN_KEY: (p) =>
    `Nøglen „${p.key}“ findes ikke i nøgletabellen. Ret navnet eller tilføj nøglen.`,
  AMBIGUOUS_KEY: (p) =>
    `Flere nøgler passer til ${p.group} i ${p.period} (${p.keys}). Angiv nøglen i kolonnen Nøgle.`,
  KEY_SUM: (p) =>
    `Nøglen „${p.key}“ summer til ${p.sum}, ikke ${p.expected ?? 1}${p.expected === 100 ? " (procent)" : ""}. Andelene er normeret, så de summer til 1; tjek om en enhed mangler eller en andel er tastet forkert.`,
  KEY_PRECISION: (p) =>
    `Nøglen „${p.key}“ er trykt med ${p.places} decimaler; på ${p.amount} kan afrundingen af andelene alene flytte en enhed op til ${p.shift}, mere end et halvt trin (${p.halfStep}). Brug en mere præcis nøgle (fx beløbene nøglen er lavet af).`,
  KEY_EMPTY: (p) =>
    p.header
      ? `Nøgletabellen „${p.key}“ har ingen nøgle, der kan læses: ingen linjer med en enhed og en andel under overskriftsrækken (${p.header}). Giv tabellen kolonnerne Enhed og Andel (eller enheder i første kolonne og én kolonne pr. nøgle eller år).`
      : `Nøglen „${p.key}“ har ingen enheder. Tilføj enheder med andele.`,
  KEY_NEGATIVE: (p) =>
    `Nøglen „${p.key}“ har en negativ andel for ${p.unit} (${p.value}). Andele skal være 0 eller positive.`,
  KEY_ALL_ZERO: (p) => `Alle andele i nøglen „${p.key}“ er 0. Udfyld andelene.`,
  KEY_DUPLICATE_UNIT: (p) =>
    `${p.unit} står mere end én gang i nøglen „${p.key}“. Slet den ekstra linje.`,
  CHILDREN_SUM_MISMATCH: (p) =>
    `Heraf-posterne under „${p.initiative}“ summer til ${p.children}, men beløbet er ${p.parent} (${p.period}). Begge er fordelt hver for sig; ret beløbene, så de stemmer.`,
  PERIOD_TOTAL_MISMATCH: (p) =>
    `Perioderne for „${p.initiative}“ summer til ${p.sum}, men I alt er ${p.total}. Ret I alt eller periodebeløbene.`,
  NOT_ON_STEP: (p) =>
    `Beløbet ${p.amount} for „${p.initiative}“ (${p.period}) går ikke op i trinnet ${p.step}. Det er ikke fordelt; vælg flere decimaler eller ret beløbet.`,
  DUPLICATE_INITIATIVE: (p) =>
    `„${p.initiative}“ står to gange under samme overordnede post. Giv rækkerne forskellige navne.`,
  NEGATIVE_AMOUNT: (p) =>
    `„${p.initiative}“ har et negativt beløb (${p.amount}) i ${p.period}; det er fordelt som en korrektion.`,
  TEXT_LOOKS_LIKE_FORMULA: (p) =>
    `„${p.text}“ ligner en formel, men er skrevet som tekst.`,
  MISSING_TABLE: (p) =>
    `Tabellen „${p.table}“ findes ikke (hverken som tabel eller ark). Opret den eller vælg et område.`,
  MISSING_COLUMN: (p) =>
    `Tabellen „${p.table}“ mangler kolonnen „${p.column}“. Tilføj den.`,
  UNKNOWN_PARENT: (p) =>
    `Den overordnede post „${p.parent}“ for „${p.initiative}“ findes ikke. Ret navnet i Overordnet.`,
  // With `count` (src/engine/collapse.ts): one finding for several rows of the same cause.
  NO_MUNICIPAL_KEY: (p) =>
    p.count !== undefined
      ? `Der er ingen kommunal nøgle for ${p.period}, så ${p.count} rækker (${p.initiatives}; celle ${p.cells}) vises under Øvrige modtagere. Tilføj en kommunenøgle for ${p.period} for at fordele dem.`
      : `Der er ingen kommunal nøgle for ${p.period}; „${p.initiative}“ vises under Øvrige modtagere. Tilføj en kommunenøgle for at fordele den.`,
  OTHER_RECIPIENT: (p) =>
    p.count !== undefined
      ? `${p.count} rækker (${p.initiatives}; celle ${p.cells}) går til ${p.recipient}, ikke til enhederne; beløbene vises under Øvrige modtagere.`
      : `„${p.initiative}“ går til ${p.recipient}, ikke til enhederne; beløbet vises under Øvrige modtagere.`,
  ROWS_NOT_READ: (p) =>
    `Rækkerne ${p.first}–${p.last} under tabellen „${p.table}“ (${p.end}) ligner data, men er ikke læst med, fordi noget andet end tomme rækker står imellem. Hører de til tabellen, så fjern det, der står imellem.`,
  PERIOD_NOT_IN_TABLE: (p) =>
    `${Number(p.count) === 1 ? "Perioden" : "Perioderne"} ${p.periods} findes ikke i tabellen, som har ${p.known}. Intet er udfyldt. Vælg perioderne igen i opgaveruden (på kommandolinjen: ret --period), og udfyld igen.`,
  NO_PERIOD_CHOSEN: (p) =>
    `Ingen periode er valgt, så intet er udfyldt. Vælg mindst én af tabellens perioder (${p.known}) i opgaveruden.`,
  DECIMALS_OUT_OF_RANGE: (p) =>
    `Decimaler ${p.decimals} kan ikke bruges: vælg et helt tal fra ${p.min} til ${p.max} (1 giver trin 0,1; -3 giver trin 1.000). Intet er udfyldt.`,
  // Reading sheets as officers lay them out (issue 10).
  TABLE_FOUND: (p) =>
    `Tabellen „${p.table}“ blev ikke fundet ved navn; ${p.found} er brugt, fordi dens overskriftsrække passer. Er det forkert, så navngiv tabellen „${p.table}“ eller vælg området.`,
  AMBIGUOUS_TABLE: (p) =>
    `Flere steder ligner tabellen „${p.table}“: ${p.candidates}. Navngiv den rigtige „${p.table}“ eller vælg området (kommandolinjen: ${p.option}).`,
  TABLE_NOT_FOUND: (p) =>
    `„${p.where}“ er hverken et ark, en tabel eller et område i projektmappen. Skriv et arknavn, et tabelnavn eller et område som 'Ark1'!B3:H40.`,
  DUPLICATE_PERIOD: (p) =>
    `Perioden ${p.period} står i flere kolonner (${p.cells}). Ingen af dem er fordelt; slet eller omdøb den ene.`,
  PERIOD_FROM_DATE: (p) =>
    `Overskriften „${p.text}“ er en dato; den er læst som året ${p.period}. Skriv årstallet som tekst, hvis det er forkert.`,
  COLUMN_NOT_READ: (p) =>
    p.header === ""
      ? `Kolonne ${p.column} har tal, men ingen overskrift (en flettet overskrift gælder kun sin første kolonne), så tallene er ikke læst. Giv kolonnen en periode som overskrift, fx 2026, eller flyt tallene.`
      : `Kolonnen „${p.header}“ (${p.column}) har tal, men overskriften er ikke en periode eller en kendt kolonne, så tallene er ikke fordelt. Skriv en periode som overskrift (fx 2026 eller Fra 2027), hvis de skal fordeles.`,
  UNCOMPUTED_FORMULA: () =>
    `Cellen har en formel, der aldrig er beregnet (filen er skrevet af et program). Beløbet er ikke brugt; åbn og gem filen i Excel eller LibreOffice, og kør igen.`,
  AMBIGUOUS_NUMBER: (p) =>
    `„${p.text}“ kan læses på dansk og engelsk (${p.cells}${Number(p.count) > 1 ? `, ${p.count} celler` : ""}), og ${Number(p.mixed) ? "tabellen bruger begge skrivemåder" : "tabellen viser ikke hvilken"}; de er læst på ${p.notation === "da" ? "dansk (punktum = tusinder)" : "engelsk (punktum = decimal)"}. Skriv tallene som rigtige tal eller med decimaler (fx 12.345,0), hvis det er forkert.`,
  PARENT_CYCLE: (p) =>
    `„${p.initiative}“ ligger (via Overordnet) under sig selv: „${p.parent}“ er en af dens egne underposter. Rækken er ikke fordelt; ret Overordnet.`,
  PARENT_LEFT_OUT: (p) =>
    `„${p.initiative}“ er ikke fordelt, fordi dens overordnede post „${p.parent}“ ikke kunne placeres (se fundet ved den). Ret Overordnet dér.`,
  HERAF_READ: (p) =>
    p.how === "equal"
      ? `Rækkerne ${p.first}–${p.last} efter „heraf“ er læst som underposter til „${p.parent}“, fordi de summer til dens beløb. Ryk dem ind eller brug kolonnen Overordnet, hvis det er forkert.`
      : `Rækkerne ${p.first}–${p.last} efter „heraf“ er læst som underposter til „${p.parent}“ (til næste tomme række eller total). Ryk dem ind eller brug kolonnen Overordnet, hvis det er forkert.`,
  HERAF_UNCLEAR: (p) =>
    `Rækkerne ${p.first}–${p.last} efter „heraf“ er læst som underposter til „${p.parent}“, men de summer til mere end dens beløb, så hvor heraf-listen slutter, er et gæt. Ryk underposterne ind eller brug kolonnen Overordnet.`,
  USER_TOTAL_MISMATCH: (p) =>
    `Totalrækken „${p.label}“ er ${p.total}, men ${p.channel ? `rækkerne med kanal ${p.channel}` : "rækkerne over den"} summer til ${p.sum}. Totalen er ikke fordelt; ret den${p.channel ? " eller angiv kanalen i kolonnen Kanal" : ""}.`,
  USER_TOTALS_READ: (p) =>
    `${p.count} totalrække(r) er læst som totaler, kontrolleret og ikke fordelt: ${p.labels}.`,
  // Keys as users paste them (issue 10).
  KEY_MISSING_UNITS: (p) =>
    `Nøglen „${p.key}“ mangler ${p.count} af ${p.of} ${p.group === "Kommuner" ? "kommuner" : "regioner"}: ${p.units}${Number(p.more ?? 0) > 0 ? ` og ${p.more} andre` : ""}. De får intet, og de øvrige enheders andele${p.sum === undefined ? "" : ` (sum ${p.sum})`} er normeret, så de summer til 1. Tilføj de manglende enheder (med 0, hvis de ikke skal have noget).`,
  KEY_BLANK_SHARE: (p) =>
    p.uncomputed
      ? `Andelen for ${p.unit} i nøglen „${p.key}“ er en formel, der aldrig er regnet ud. Åbn og gem filen i Excel. Nøglen bruges ikke, før den er rettet.`
      : `Andelen for ${p.unit} i nøglen „${p.key}“ er tom. Skriv andelen (0, hvis enheden ikke skal have noget). Nøglen bruges ikke, før den er rettet.`,
  KEY_BLANK_UNIT: (p) =>
    `Linjen har andelen ${p.value}, men ingen enhed. Skriv enhedens navn eller kode, eller slet andelen. Nøglen „${p.key}“ bruges ikke, før den er rettet.`,
  KEY_MIXED_GROUPS: (p) =>
    `Nøglen „${p.key}“ blander regioner og kommuner (${p.units}). En nøgle er for regioner eller for kommuner; del den i to nøgler. Nøglen bruges ikke.`,
  KEY_READING: (p) =>
    p.kind === "percent"
      ? `Nøglen „${p.key}“ er læst som procenter (sum ${p.sum}) og normeret, så andelene summer til 1.`
      : `Nøglen „${p.key}“ er læst som rå vægte (fx beløb eller indbyggertal, sum ${p.sum}) og normeret, så andelene summer til 1. Er det andele, så tjek tallene.`,
  KEY_AGGREGATE_LINES: (p) =>
    p.count === 1
      ? `1 linje i nøgletabellen er ikke en enhed, men en total eller gruppe, og er sprunget over (dens tal er ikke brugt): ${p.lines}.`
      : `${p.count} linjer i nøgletabellen er ikke enheder, men totaler eller grupper, og er sprunget over (deres tal er ikke brugt): ${p.lines}.`,
  KEY_CODE_NAME_MISMATCH: (p) =>
    `„${p.text}“: koden ${p.code} er ${p.unit}, men navnet „${p.name}“ passer ikke til den. Koden er brugt; ret koden eller navnet.`,
  KEY_COLUMN_NOT_READ: (p) =>
    `Kolonnen ${p.header === "" ? "uden overskrift" : `„${p.header}“`} i nøgletabellen har ${p.count} tal, men bruges ikke som andele. Skal den bruges, så giv den overskriften Andel (eller en nøgles navn eller et år i en bred tabel).`,
  NO_KEY: (p) =>
    `Der er ingen nøgle for ${p.group === "Kommuner" ? "kommunerne" : p.group === "Regioner" ? "regionerne" : `gruppen "${p.group}"`} i ${p.period}, så ${p.count} række${p.count === 1 ? "" : "r"} (${p.names}) er ikke fordelt. Tilføj en nøgle for ${p.period} (eller en uden år) i nøgletabellen, eller angiv nøglen i kolonnen Nøgle.`,
  COARSE_STEP: (p) =>
    `Trinnet ${p.step} er groft for ${Number(p.count) === 1 ? "et beløb" : `${p.count} beløb`} i ${p.period}: fx er ${p.amount} for „${p.initiative}“ kun ${p.steps} trin fordelt på ${p.units} enheder, så hver enheds beløb kan afvige op til et helt trin fra sin andel. Vælg ${decimalsText(p.decimals, "da")} (trin ${p.newStep}) eller flere, så fordelingen bliver mere præcis.`,
  CELLS_NOT_READ: (p) =>
    `${p.count} udfyldte celler på arket „${p.sheet}“ (fra ${p.first}) ligger langt fra resten af arket (over ${p.gap} tomme rækker eller kolonner imellem) og er ikke læst. Hører de til en tabel, så flyt dem tæt på den; ellers slet dem.`,
  SHEET_KEPT: (p) =>
    p.reason === "protected"
      ? `Arket „${p.sheet}“ er beskyttet, så Fordel har ikke rørt det; denne udfyldning er skrevet i „${p.written}“. Fjern beskyttelsen (og slet „${p.written}“), hvis Fordel skal skrive i „${p.sheet}“ igen.`
      : p.reason === "duplicate"
        ? `Arket „${p.sheet}“ er fra en tidligere udfyldning af samme periode og er ikke opdateret; denne udfyldning er skrevet i „${p.written}“. Slet „${p.sheet}“, når du ikke skal bruge det mere.`
        : p.reason === "legacy"
          ? `Arket „${p.sheet}“ bærer Fordels mærke, men Fordel har ikke lavet det i denne projektmappe (det er en kopi eller lavet af en ældre version af Fordel), så det er dit og er ikke rørt; denne udfyldning er skrevet i „${p.written}“. Peg dine formler på „${p.written}“ og slet „${p.sheet}“, når du ikke skal bruge det mere.`
          : `Arket „${p.sheet}“ er ændret, efter Fordel skrev det (${p.rows ? `række ${p.rows}` : "fx noter, rækker under tabellen eller din egen tabel"}), så det er bevaret, som det er; denne udfyldning er skrevet i „${p.written}“. Flyt det, du har tilføjet, til et andet ark og slet „${p.sheet}“, hvis Fordel skal skrive der igen.`,
  SHEET_REPAIRED: (p) =>
    `Arket „${p.sheet}“ blev ikke skrevet færdigt ved en tidligere udfyldning, der stoppede; det er nu skrevet helt igen.`,
  WORKBOOK_PROTECTED: (p) =>
    `Projektmappens struktur er beskyttet, så Fordel kan ikke tilføje eller omdøbe arkene ${p.sheets}. Intet er skrevet. Fjern beskyttelsen (Gennemse > Beskyt projektmappe), og udfyld igen.`,
  TABLE_TOTALS_READ: (p) =>
    p.what
      ? `Totaler fundet i området: ${p.what}. De vises som summen af deres afrundede dele; ret markeringen, hvis noget er læst forkert.`
      : `Ingen totaler fundet i området, så hver celle er afrundet for sig (som AFRUND). Har tabellen totaler, så giv dem SUM-formler eller skriv I alt/Total ud for dem.`,
  TABLE_TOTAL_MISMATCH: (p) =>
    `Den indtastede total er ${p.total}, men dens dele summer til ${p.sum}. Totalen er beholdt, hvor delene kunne flyttes højst ét trin for at nå den; ret totalen eller delene, hvis en af dem er forkert.`,
  TABLE_TOTAL_NOT_KEPT: (p) =>
    `Denne total kunne ikke holdes både som summen af sine viste dele og som ${p.value} rundet op eller ned; den vises som summen, ${p.total}. Det sker med subtotaler i både rækker og kolonner (eller en indtastet total, delene ikke kan nå); vis færre decimaler, del tabellen op eller ret totalen.`,
  TABLE_IN_PLACE_REFUSED: () =>
    `Markeringen er ikke afrundet på stedet, fordi den har andre formler end sine totaler eller tal, der ikke kan læses. Den afrundede tabel står på et nyt ark; ret markeringen, hvis den skal afrundes på stedet.`,
  SHEET_INCOMPLETE: (p) =>
    `Udfyldningen stoppede, før ${p.sheets} var skrevet færdigt (${p.error}). Det står øverst på arket; udfyld igen, så gøres det færdigt. Intet af dit eget er ændret.`,
  REVISION_AGAINST_CHANGE: (p) =>
    `${p.initiative} / ${p.unit} (${p.period}): den eksakte værdi er ${p.direction === "down" ? "faldet" : "steget"} til ${p.exact}, men tallet ${p.direction === "down" ? "stiger" : "falder"} fra ${p.published} til ${p.shown}. Ingen afrunding, hvor alle rækker og totaler summer, undgår det. Forklar enheden hvorfor, eller ret beløbet, hvis det er forkert.`,
  REVISION_FORCED: (p) =>
    `${p.initiative} (${p.period}): beløb og nøgle er uændrede, men ${p.count} tal er ændret (${p.units}), fordi enhedernes totaler ellers ikke kan summe. Intet at gøre; nævn det, når tallene sendes ud.`,
  REVISION_UNMATCHED: (p) =>
    `Den offentliggjorte fordeling ${p.sheet} (${p.period}): ${p.what} kunne ikke parres med den nye (${p.names}). De tal sammenlignes ikke; tjek om navnene er ændret, og ret dem, så de er ens.`,
  REVISION_NOT_READ: (p) =>
    `Den offentliggjorte fordeling kunne ikke læses fra ${p.sheet}: ${p.reason}. Der fyldes uden sammenligning; peg på Fordels egne ark (Fordeling <periode>).`,
  PRICE_LEVEL: (p) =>
    `Beløbene${p.period ? ` for ${p.period}` : ""} er omregnet ${p.from ? `fra ${p.from} ` : ""}${p.to ? `til ${p.to} ` : ""}med faktoren ${p.factor}; de nationale tal er afrundet med resten (hvert tal sin eksakte værdi rundet ned eller op).${p.asked ? ` Metoden er derfor afstemt, ikke ${p.asked}.` : ""}`,
  PRICE_LEVEL_NOT_READ: (p) =>
    `Prisniveau-tabellen kunne ikke læses: ${p.reason}. Beløbene er ikke omregnet. Giv tabellen kolonnerne Fra, Til og Faktor (fx 2025-pl, 2026-pl, 1,028) og evt. År, eller brug --pl-factor.`,
  PRICE_LEVEL_MISSING: (p) =>
    `Der er ingen prisniveau-faktor for ${p.periods}, men der er for ${p.given}. Fordel gætter ikke, så de perioder er ikke fordelt. Giv hver periode en faktor (en linje pr. år i Prisniveau, eller --pl-factor ÅR=FAKTOR), eller en linje uden år for alle øvrige perioder.`,
  PRICE_LEVEL_UNKNOWN_PERIOD: (p) =>
    `Prisniveau-faktoren ${p.factor} for ${p.period} er ikke brugt: tabellen har ingen periode ${p.period} (den har ${p.periods}). Ret perioden, eller fjern linjen.`,
  TOTALS_DO_NOT_ADD_UP: (p) =>
    `Med metoden „${METHOD_NAMES[p.method as Method]?.da ?? p.method}“ stemmer ${listOf(failingParts(p, "da"), "og")} ikke (${p.count} steder, ${p.group} ${p.period})${
      p.unit === undefined
        ? ""
        : `; fx er ${p.label} for ${p.unit} ${p.shown}, men posterne summer til ${p.sum}`
    }. Brug metoden reconciled, så alt summer.`,
  // Own units, `Kommuner i …` and passing money on (issue 14).
  KEY_OWN_AND_STANDARD_UNITS: (p) =>
    `Nøglen „${p.key}“ blander egne enheder (${p.own}) med regioner eller kommuner (${p.standard}). En nøgle er for regionerne, for kommunerne eller for egne enheder (fx hospitaler). Er en egen enhed navngivet som en region eller kommune, så giv den et andet navn (fx „${p.example}, administration“); ellers flyt regionerne/kommunerne til deres egen nøgle. Nøglen bruges ikke.`,
  KEY_OWN_GROUP_NAME: (p) =>
    `Nøglen „${p.key}“ har egne enheder, men gruppen hedder „${p.group}“, som er navnet på regionerne, kommunerne eller en enhed. Giv gruppen et andet navn i kolonnen Gruppe (fx „Hospitaler“). Nøglen bruges ikke.`,
  SUBSET_NOT_IN_KEY: (p) =>
    `„${p.initiative}“ skal til ${p.recipient}, men ingen af dem har en andel over 0 i nøglen „${p.key}“. Rækken er ikke fordelt. Ret modtageren eller nøglen.`,
  PASS_ON_UNIT_UNKNOWN: (p) =>
    `„${p.unit}“ i „Fordel videre“ (${p.passOn}) er ikke en enhed på nogen fordeling. Skriv enheden som i fordelingens kolonne, fx „Region Hovedstaden=Hospitaler“. Der er ikke fordelt videre fra den.`,
  PASS_ON_GROUP_UNKNOWN: (p) =>
    `Der er ingen nøgle for gruppen „${p.group}“ i nøgletabellen (${p.passOn}), så ${p.unit}s midler er ikke fordelt videre. Tilføj en nøgle med enhederne (og evt. kolonnen Gruppe = „${p.group}“), eller ret gruppens navn. Grupper med egne enheder: ${p.groups}.`,
  PASS_ON_SPLIT_BAD: (p) =>
    `Kolonnen Videre for „${p.initiative}“ kan ikke læses: „${p.part}“. Skriv faste beløb og resten, fx „Hospice A=0,5; Hospice B=0,5; rest: Hospitaler“. Rækken er ikke fordelt videre.`,
  PASS_ON_SPLIT_OFF_STEP: (p) =>
    `Det faste beløb ${p.amount} til „${p.unit}“ (${p.initiative}, ${p.period}) ligger ikke på afrundingstrinnet (${p.decimals} decimaler). Skriv beløbet med højst ${p.decimals} decimaler, eller vælg flere decimaler. Rækken er ikke fordelt videre.`,
  PASS_ON_SPLIT_TOO_LARGE: (p) =>
    `De faste beløb i Videre for „${p.initiative}“ (${p.split}) er større end rækkens beløb ${p.amount} i ${p.period}. Ret de faste beløb. Rækken er ikke fordelt videre.`,
  PASS_ON_SPLIT_UNUSED: (p) =>
    `Kolonnen Videre er udfyldt i ${p.count} række${p.count === 1 ? "" : "r"} (${p.names}), men der fordeles ikke videre. Vælg „Fordel videre“ (fx Region Hovedstaden → Hospitaler) for at bruge den.`,
  PASS_ON_DONE: (p) =>
    `${p.unit}s tal er fordelt videre til ${p.group} (${p.periods}). Det nationale beløb på det nye ark er ${p.unit}s kolonne på det første ark.`,
};
