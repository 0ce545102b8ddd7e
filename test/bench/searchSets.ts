/**
 * The document finder's benchmark inputs (issue 14): a judged recall set and 200 realistic queries.
 *
 * Judged set: 36 hand-written "needle" documents are mixed into the generated catalogue; each
 * query below was written by hand, the way a desk worker types it (inflected, misspelt, partial),
 * and judged: the named needle must be among the first 10 results. The needles share vocabulary
 * with the generated documents (zwembad, vergunning, subsidie…), so ranking matters.
 */
import type { CatalogueDocument } from '../../shared/search';

interface Judged {
  query: string;
  mustFind: string;
}

const needle = (id: string, title: string, description: string, category: string, date: string): CatalogueDocument => ({
  id: `needle-${id}`,
  title,
  description,
  category,
  publisherName: 'Gemeente Voorbeeldstad',
  date,
});

export const NEEDLES: CatalogueDocument[] = [
  needle('wetering', 'Besluit op Woo-verzoek over de sluiting van zwembad De Wetering', 'Documenten over het besluit het zwembad De Wetering te sluiten.', '2i', '2025-04-02'),
  needle('kastanje', 'Kapvergunning voor de kastanjeboom op het Kerkplein', 'Vergunning voor het kappen van een zieke kastanje.', '2k', '2024-09-12'),
  needle('speeltuin', 'Raadsvoorstel vernieuwing speeltuin Eikenhof', 'Krediet voor nieuwe speeltoestellen in de wijk Eikenhof.', '2c', '2023-03-15'),
  needle('glasvezel', 'Convenant aanleg glasvezel buitengebied', 'Afspraken met de netbeheerder over glasvezel in het buitengebied.', '2f', '2022-11-30'),
  needle('dierenasiel', 'Subsidieverlening dierenasiel De Zwerfkat 2024', 'Subsidie voor de opvang van zwerfdieren.', '2h', '2024-01-20'),
  needle('schoolplein', 'Onderzoeksrapport hittestress op schoolpleinen', 'Metingen van de temperatuur op twaalf schoolpleinen.', '2j', '2025-07-01'),
  needle('marktkraam', 'Beleidsregel toewijzing marktkramen weekmarkt', 'Hoe standplaatsen op de weekmarkt worden verdeeld.', '1b', '2021-05-05'),
  needle('lantaarn', 'Klachtoordeel over kapotte lantaarnpalen Berkenlaan', 'De klacht over straatverlichting is gegrond.', '2l', '2024-12-01'),
  needle('carnaval', 'Evenementenvergunning carnavalsoptocht 2026', 'Vergunning voor de optocht met route en verkeersmaatregelen.', '2k', '2026-01-10'),
  needle('ijsbaan', 'Besluitenlijst college over de tijdelijke ijsbaan', 'Het college stemt in met een ijsbaan op het Marktplein.', '2d', '2023-11-21'),
  needle('begraaf', 'Verordening lijkbezorgingsrechten 2025', 'Tarieven voor begraven en grafrechten op de algemene begraafplaats.', '1a', '2024-12-19'),
  needle('bijen', 'Advies over bijvriendelijk bermbeheer', 'De adviesraad adviseert later te maaien voor bijen en vlinders.', '2e', '2022-06-14'),
  needle('fietsenstalling', 'Raadsinformatiebrief bewaakte fietsenstalling station', 'Stand van zaken van de nieuwe fietsenstalling bij het station.', '2c', '2025-02-11'),
  needle('skatebaan', 'Petitie jongeren voor een skatebaan in Noordwijk-Oost', 'Meer dan 400 handtekeningen voor een skatebaan.', '2a', '2024-05-30'),
  needle('rekenkamer-jeugd', 'Rekenkameronderzoek naar wachtlijsten in de jeugdzorg', 'Waarom kinderen lang wachten op jeugdhulp.', '2j', '2023-10-09'),
  needle('kerstboom', 'Jaarverslag inzameling kerstbomen', 'Aantallen ingezamelde kerstbomen per wijk.', '2g', '2020-02-01'),
  needle('mantelzorg', 'Beleidsregel mantelzorgwaardering', 'Wie een mantelzorgcompliment kan aanvragen en hoe.', '1b', '2025-09-01'),
  needle('hondenbelasting', 'Besluit afschaffing hondenbelasting', 'De raad schaft de hondenbelasting af per 2026.', '1a', '2025-11-06'),
  needle('windmolen', 'Zienswijze op windturbines bij de Sluisweg', 'Reactie van het college op het plan voor drie windturbines.', '2e', '2024-03-03'),
  needle('zonnepanelen', 'Subsidieregeling zonnepanelen op monumenten', 'Bijdrage voor zonnepanelen op rijks- en gemeentelijke monumenten.', '1a', '2023-06-22'),
  needle('stikstof', 'Woo-besluit stikstofberekeningen bedrijventerrein De Hoek', 'De AERIUS-berekeningen worden openbaar gemaakt.', '2i', '2024-08-08'),
  needle('cameras', 'Aanwijzingsbesluit cameratoezicht uitgaansgebied', 'Burgemeester wijst het uitgaansgebied aan voor cameratoezicht.', '1b', '2022-09-17'),
  needle('parkeertarief', 'Tarieventabel parkeerbelasting 2026', 'Uurtarieven en vergunningtarieven voor parkeren in de binnenstad.', '1a', '2025-12-12'),
  needle('deelauto', 'Convenant deelauto’s in nieuwbouwwijken', 'Afspraken met aanbieders van deelauto’s.', '2f', '2024-04-04'),
  needle('leegstand', 'Onderzoek naar leegstand van winkelpanden', 'Hoeveel winkels in het centrum leeg staan en waarom.', '2j', '2021-12-12'),
  needle('ooievaar', 'Vergunning ooievaarsnest op de kerktoren', 'Ontheffing voor het plaatsen van een nestpaal.', '2k', '2020-04-14'),
  needle('asbest', 'Woo-verzoek documenten asbestsanering sporthal', 'Stukken over de sanering van asbest in sporthal De Veste.', '2i', '2023-01-26'),
  needle('wijkraad', 'Organisatiebesluit wijkraden en wijkbudgetten', 'Hoe wijkraden worden gekozen en hun budget besteden.', '1d', '2022-02-22'),
  needle('gladheid', 'Jaarplan gladheidsbestrijding 2025-2026', 'Strooiroutes en inzet van strooiwagens bij gladheid.', '2g', '2025-10-15'),
  needle('ombudsman-wmo', 'Oordeel ombudsman over trage Wmo-aanvraag', 'De ombudsman vindt de behandelduur van de aanvraag te lang.', '2l', '2024-07-19'),
  needle('drinkwater', 'Contactgegevens storingsdienst drinkwater', 'Wie te bellen bij een storing in de drinkwatervoorziening.', '1e', '2023-05-05'),
  needle('vuurwerk', 'Vuurwerkverbod jaarwisseling: evaluatie', 'Evaluatie van het vuurwerkverbod en de handhaving.', '2j', '2025-03-01'),
  needle('horeca-terras', 'Terrasvergunning Grote Markt café De Gouden Leeuw', 'Vergunning voor een terras van 40 m².', '2k', '2024-06-06'),
  needle('ontwerp-apv', 'Ontwerp-APV wijziging voor advies aan de adviesraad', 'Wijziging van de Algemene Plaatselijke Verordening voor advies.', '1c', '2025-08-18'),
  needle('ov-nacht', 'Statenstuk nachtbussen regio', 'De Staten bespreken de nachtbusverbindingen.', '2b', '2023-09-09'),
  needle('monumentenlijst', 'Besluit aanwijzing gemeentelijk monument Oude Pastorie', 'De Oude Pastorie wordt gemeentelijk monument.', '2k', '2021-07-07'),
];

export const JUDGED: Judged[] = [
  { query: 'zwembad wetering', mustFind: 'needle-wetering' },
  { query: 'sluiting zwembaden wettering', mustFind: 'needle-wetering' },
  { query: 'kastanjebomen kerkplein', mustFind: 'needle-kastanje' },
  { query: 'speeltuinen eikenhof', mustFind: 'needle-speeltuin' },
  { query: 'glasvezel buitengebied', mustFind: 'needle-glasvezel' },
  { query: 'dierenasiel subsidie', mustFind: 'needle-dierenasiel' },
  { query: 'hittestres schoolplein', mustFind: 'needle-schoolplein' },
  { query: 'marktkraam weekmarkt', mustFind: 'needle-marktkraam' },
  { query: 'lantarenpalen klacht', mustFind: 'needle-lantaarn' },
  { query: 'carnavalsoptocht', mustFind: 'needle-carnaval' },
  { query: 'ijsbaan', mustFind: 'needle-ijsbaan' },
  { query: 'grafrechten begraafplaats tarieven', mustFind: 'needle-begraaf' },
  { query: 'bijvriendelijk bermbeheer', mustFind: 'needle-bijen' },
  { query: 'fietsenstaling station', mustFind: 'needle-fietsenstalling' },
  { query: 'skatebaan petitie', mustFind: 'needle-skatebaan' },
  { query: 'wachtlijsten jeugdzorg rekenkamer', mustFind: 'needle-rekenkamer-jeugd' },
  { query: 'kerstbomen inzameling', mustFind: 'needle-kerstboom' },
  { query: 'mantelzorgwaardering', mustFind: 'needle-mantelzorg' },
  { query: 'hondenbelasting afschaffen', mustFind: 'needle-hondenbelasting' },
  { query: 'windturbine sluisweg zienswijze', mustFind: 'needle-windmolen' },
  { query: 'zonnepanelen monument subsidie', mustFind: 'needle-zonnepanelen' },
  { query: 'stikstofberekening de hoek', mustFind: 'needle-stikstof' },
  { query: 'cameratoezicht uitgaansgebied', mustFind: 'needle-cameras' },
  { query: 'parkeerbelasting tarieven 2026', mustFind: 'needle-parkeertarief' },
  { query: 'deelautos nieuwbouw', mustFind: 'needle-deelauto' },
  { query: 'leegstand winkels', mustFind: 'needle-leegstand' },
  { query: 'ooievaarsnest', mustFind: 'needle-ooievaar' },
  { query: 'asbest sporthal', mustFind: 'needle-asbest' },
  { query: 'wijkraden wijkbudget', mustFind: 'needle-wijkraad' },
  { query: 'gladheidbestrijding strooiroutes', mustFind: 'needle-gladheid' },
  { query: 'ombudsman wmo aanvraag', mustFind: 'needle-ombudsman-wmo' },
  { query: 'storing drinkwater', mustFind: 'needle-drinkwater' },
  { query: 'vuurwerkverbod evaluatie', mustFind: 'needle-vuurwerk' },
  { query: 'terrasvergunning gouden leeuw', mustFind: 'needle-horeca-terras' },
  { query: 'ontwerp apv adviesraad', mustFind: 'needle-ontwerp-apv' },
  { query: 'nachtbus', mustFind: 'needle-ov-nacht' },
  { query: 'oude pastorie monument', mustFind: 'needle-monumentenlijst' },
];

/**
 * 200 realistic queries: the judged ones, single topic words (also inflected), topic + place,
 * misspellings of frequent words, half-typed words, and category words. Fixed, not random.
 */
const SINGLE = [
  'bomenkap', 'parkeervergunning', 'parkeervergunningen', 'windturbines', 'zonnepark', 'asielzoekerscentrum', 'jeugdzorg', 'wmo',
  'bijstand', 'schuldhulpverlening', 'zwembad', 'bibliotheek', 'sportvelden', 'afvalbeleid', 'riolering', 'hoogwater', 'stikstof',
  'natuurbeheer', 'woningbouw', 'sociale huurwoningen', 'omgevingsvisie', 'bestemmingsplan', 'evenementenvergunning', 'horecavergunning',
  'cameratoezicht', 'openbare orde', 'brandweerkazerne', 'openbaar vervoer', 'fietspaden', 'laadpalen', 'luchtkwaliteit', 'geluidsoverlast',
  'belastingen', 'begroting', 'subsidies verenigingen', 'cultuurbeleid', 'onderwijshuisvesting', 'leerlingenvervoer', 'inburgering',
  'arbeidsmigranten', 'aanbesteding groenonderhoud', 'ict inkoop', 'datalek', 'integriteitsmelding', 'ondermijning', 'drugsoverlast',
  'coffeeshop', 'energietransitie', 'warmtenet', 'aardgasvrij', 'monumenten', 'archeologie', 'markt', 'begraafplaats',
];
const WITH_PLACE = [
  'bomenkap havenkade', 'parkeren stationsplein', 'woningbouw molenlaan', 'zwembad julianapark', 'riolering dorpsstraat',
  'geluidsoverlast binnenstad', 'laadpalen noordwijk', 'windturbines sluisweg', 'evenementen julianapark', 'horeca kerkbuurt',
  'vergunning havenkade', 'bestemmingsplan de hoek', 'fietspaden stationsplein', 'cameratoezicht binnenstad', 'monumenten kerkbuurt',
  'afval molenlaan', 'drugsoverlast noordwijk-oost', 'woo-besluit havenkade', 'raadsvoorstel stationsplein', 'omgevingsvergunning dorpsstraat',
];
const MISSPELT = [
  'vergunnning', 'subsidei', 'bestemingsplan', 'parkeervergunnig', 'windturbiens', 'asielzoekerscentrun', 'bibliotheeek', 'riolring',
  'omgevingsvisei', 'evenementenvergunnnig', 'cameratoezigt', 'luchtkwalitijt', 'geluidsoverlat', 'begrooting', 'onderwijshuisvestig',
  'leerlingenvervoor', 'inburgring', 'energietransitei', 'archeologei', 'begraafplaat', 'jeugzorg', 'schuldhulpverleening',
  'natuurbeheeer', 'woningbouww', 'sportvelde', 'hoogwaterbeschermig', 'stikstofvergunnig', 'horekavergunning', 'brandweerkazerrne', 'fietspadden',
];
const PARTIAL = [
  'verg', 'subs', 'bestem', 'parkeerv', 'windt', 'omgevingsv', 'woo-ver', 'besluitenl', 'jaarvers', 'onderzoeksr',
  'klachtoo', 'convena', 'raadsinf', 'beleidsre', 'mandaatr', 'petiti', 'verorden', 'aanwijzingsb', 'evaluat', 'rekenkam',
];
const CATEGORY_WORDS = [
  'besluitenlijst college', 'jaarverslag 2024', 'jaarplan 2025', 'raadsvoorstel', 'verordening 2023', 'beleidsregel', 'convenant',
  'klachtoordeel', 'advies bezwaarschriften', 'woo-besluit', 'onderzoeksrapport', 'kamerstuk', 'ingekomen brief', 'petitie bewoners',
  'contactgegevens', 'mandaatregister', 'subsidieverlening', 'beschikking', 'samenwerkingsovereenkomst', 'ontwerpverordening',
  'agenda gemeenteraad', 'organisatiebesluit', 'raadsinformatiebrief', 'oordeel ombudsman', 'evaluatie', 'overzicht subsidies',
  'verslag commissiedebat', 'conceptregeling', 'collegebesluit', 'aanwijzingsbesluit', 'rekenkameronderzoek', 'omgevingsvergunning',
  'vergunning horeca', 'persoonsgegevens weggelakt', 'deels openbaar', 'bezwaar zes weken', 'krediet', 'bewoners', 'adviesraad sociaal domein',
];

export const QUERIES: string[] = [...JUDGED.map((entry) => entry.query), ...SINGLE, ...WITH_PLACE, ...MISSPELT, ...PARTIAL, ...CATEGORY_WORDS].slice(0, 200);
if (QUERIES.length !== 200) throw new Error(`the benchmark needs 200 queries, has ${QUERIES.length}`);
