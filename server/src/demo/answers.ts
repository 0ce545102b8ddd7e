/**
 * The demo hub's answer library (issue 14 points 3 and 8): a few dozen answers the fictitious
 * Openbaarheidscentrum Voorbeeldstad gives often, in plain Dutch (B1), some with an English
 * translation. Addresses use the reserved .example domain; the phone number is the fictitious
 * 14 0000 of the demo centre (demo/centre.ts).
 */
import { v5 as uuidv5 } from 'uuid';
import type { Db } from '../db/db';
import { writeRevision } from '../answers/routes';
import { answerContentSchema, type AnswerContentInput } from '../../../shared/answers/answer';

const ANSWER_NAMESPACE = '6f1d2c3b-8a4e-4f7d-9c2b-1e5a7d9f0b3c';
const SEEDED_BY = 'demo-seed';
const SITE = 'https://www.voorbeeldstad.example';

type DemoAnswer = AnswerContentInput & { key: string };

const link = (label: string, path: string) => ({ label, url: `${SITE}${path}` });

export const DEMO_ANSWERS: readonly DemoAnswer[] = [
  {
    key: 'woo-verzoek-indienen',
    title: 'Hoe dien ik een Woo-verzoek in?',
    body: 'U kunt de gemeente vragen om informatie. Dat heet een Woo-verzoek. U hoeft niet te zeggen waarom u de informatie wilt.\n\nU kunt het verzoek doen aan de balie, per brief, per e-mail of via het formulier op de website. Schrijf zo precies mogelijk op welke informatie u zoekt en over welke periode.\n\nDe gemeente beslist binnen 4 weken. Soms duurt het 2 weken langer. Dat hoort u dan op tijd.',
    keywords: ['woo', 'wob', 'informatieverzoek', 'openbaarheid', 'verzoek'],
    topic: 'Woo-verzoek',
    links: [link('Woo-verzoek indienen', '/woo-verzoek')],
    documentIds: [],
    translations: {
      en: {
        title: 'How do I make a Woo request?',
        body: 'You can ask the municipality for information. This is called a Woo request. You do not have to say why you want the information.\n\nYou can make the request at the desk, by letter, by e-mail or with the form on the website. Describe as precisely as possible what information you are looking for and for which period.\n\nThe municipality decides within 4 weeks. Sometimes it takes 2 weeks longer. You will be told in time.',
      },
    },
  },
  {
    key: 'woo-kosten',
    title: 'Kost een Woo-verzoek geld?',
    body: 'Nee. Een Woo-verzoek is gratis. U betaalt ook niets voor kopieën of voor het opsturen van de documenten.',
    keywords: ['kosten', 'leges', 'betalen', 'gratis', 'woo'],
    topic: 'Woo-verzoek',
    links: [],
    documentIds: [],
    translations: { en: { title: 'Does a Woo request cost money?', body: 'No. A Woo request is free. You also pay nothing for copies or for sending the documents.' } },
  },
  {
    key: 'woo-termijn',
    title: 'Hoe lang duurt een Woo-verzoek?',
    body: 'De gemeente moet binnen 4 weken beslissen. Die termijn mag 2 weken langer worden, bijvoorbeeld als er veel documenten zijn. U krijgt daarover een brief.\n\nMoeten andere mensen of bedrijven eerst hun mening geven? Dan staat de termijn even stil. Ook dat hoort u van ons.',
    keywords: ['termijn', 'beslistermijn', 'duur', 'hoe lang', 'verdaging'],
    topic: 'Woo-verzoek',
    links: [],
    documentIds: [],
    translations: {
      en: {
        title: 'How long does a Woo request take?',
        body: 'The municipality must decide within 4 weeks. This may be extended by 2 weeks, for example when there are many documents. You will receive a letter about it.\n\nDo other people or companies have to give their view first? Then the term is paused. You will hear about that from us too.',
      },
    },
  },
  {
    key: 'woo-bezwaar',
    title: 'Ik ben het niet eens met het besluit op mijn Woo-verzoek',
    body: 'U kunt bezwaar maken. Dat doet u binnen 6 weken na de datum van het besluit. Stuur een brief of gebruik het formulier op de website.\n\nZet in uw bezwaar: uw naam en adres, de datum, het besluit waar het om gaat en waarom u het er niet mee eens bent. Vergeet niet te ondertekenen.',
    keywords: ['bezwaar', 'besluit', 'niet eens', 'bezwaarschrift'],
    topic: 'Woo-verzoek',
    links: [link('Bezwaar maken', '/bezwaar')],
    documentIds: [],
  },
  {
    key: 'avg-inzage',
    title: 'Welke gegevens heeft de gemeente over mij?',
    body: 'U mag vragen welke persoonsgegevens de gemeente over u heeft. Dat heet een inzageverzoek (AVG). Dit is geen Woo-verzoek.\n\nNeem een geldig identiteitsbewijs mee naar de balie, of vraag het aan via de website met DigiD. De gemeente antwoordt binnen 1 maand.',
    keywords: ['avg', 'inzage', 'persoonsgegevens', 'privacy', 'mijn gegevens'],
    topic: 'Persoonsgegevens (AVG)',
    links: [link('Inzageverzoek doen', '/privacy/inzage')],
    documentIds: [],
    translations: {
      en: {
        title: 'What data does the municipality hold about me?',
        body: 'You may ask which personal data the municipality holds about you. This is called an access request (GDPR). It is not a Woo request.\n\nBring a valid proof of identity to the desk, or ask online with DigiD. The municipality answers within 1 month.',
      },
    },
  },
  {
    key: 'avg-verwijderen',
    title: 'Gegevens laten verbeteren of verwijderen',
    body: 'Staat er iets niet goed in uw gegevens? Dan kunt u vragen om het te verbeteren. Soms kunt u ook vragen om gegevens te verwijderen.\n\nDoe uw verzoek via de website met DigiD, of kom met uw identiteitsbewijs naar de balie. U krijgt binnen 1 maand antwoord.',
    keywords: ['avg', 'correctie', 'verwijderen', 'wissen', 'persoonsgegevens'],
    topic: 'Persoonsgegevens (AVG)',
    links: [link('Privacyverzoeken', '/privacy')],
    documentIds: [],
  },
  {
    key: 'raadsvergadering',
    title: 'Wanneer vergadert de gemeenteraad?',
    body: 'De gemeenteraad vergadert meestal op de tweede donderdag van de maand om 19.30 uur in het stadhuis. Iedereen mag komen kijken. U kunt de vergadering ook live volgen op de website.\n\nDe agenda en de stukken staan een week van tevoren online.',
    keywords: ['gemeenteraad', 'raad', 'vergadering', 'agenda', 'raadsvergadering'],
    topic: 'Gemeenteraad en besluiten',
    links: [link('Vergaderingen van de raad', '/raad/vergaderingen')],
    documentIds: [],
    translations: {
      en: {
        title: 'When does the municipal council meet?',
        body: 'The council usually meets on the second Thursday of the month at 19:30 in the town hall. Anyone may come and watch. You can also follow the meeting live on the website.\n\nThe agenda and papers are online a week in advance.',
      },
    },
  },
  {
    key: 'inspreken-raad',
    title: 'Inspreken bij de gemeenteraad',
    body: 'U mag in de commissievergadering iets zeggen over een onderwerp dat op de agenda staat. Dat heet inspreken. U krijgt 5 minuten.\n\nMeld u uiterlijk om 12.00 uur op de dag van de vergadering aan bij de griffie.',
    keywords: ['inspreken', 'spreekrecht', 'griffie', 'commissie'],
    topic: 'Gemeenteraad en besluiten',
    links: [link('Aanmelden voor inspreken', '/raad/inspreken')],
    documentIds: [],
  },
  {
    key: 'besluiten-college',
    title: 'Waar vind ik besluiten van het college?',
    body: 'Het college van burgemeester en wethouders vergadert elke dinsdag. De besluitenlijst staat de week erna op de website. Daar vindt u ook de stukken die openbaar zijn.',
    keywords: ['college', 'b&w', 'besluitenlijst', 'wethouder', 'burgemeester'],
    topic: 'Gemeenteraad en besluiten',
    links: [link('Besluitenlijsten college', '/college/besluiten')],
    documentIds: [],
  },
  {
    key: 'grofvuil',
    title: 'Grofvuil laten ophalen',
    body: 'Grote spullen, zoals een bank of een kast, halen wij bij u thuis op. Maak daarvoor een afspraak via de website of bel 14 0000. Het ophalen is gratis tot 3 keer per jaar.\n\nZet de spullen op de afgesproken dag vóór 7.30 uur aan de straat.',
    keywords: ['grofvuil', 'afval', 'ophalen', 'bank', 'kast', 'matras'],
    topic: 'Afval en reiniging',
    links: [link('Afspraak grofvuil', '/afval/grofvuil')],
    documentIds: [],
    translations: {
      en: {
        title: 'Having bulky waste collected',
        body: 'We collect large items, such as a sofa or a cupboard, from your home. Make an appointment on the website or call 14 0000. Collection is free up to 3 times a year.\n\nPut the items on the street before 7:30 on the agreed day.',
      },
    },
  },
  {
    key: 'afvalkalender',
    title: 'Wanneer wordt mijn afval opgehaald?',
    body: 'Op de afvalkalender ziet u welke dag uw container wordt geleegd. Vul op de website uw postcode en huisnummer in. U kunt de kalender ook in de app bekijken.',
    keywords: ['afvalkalender', 'container', 'ophaaldag', 'kliko', 'afval'],
    topic: 'Afval en reiniging',
    links: [link('Afvalkalender', '/afval/kalender')],
    documentIds: [],
  },
  {
    key: 'container-kapot',
    title: 'Mijn container is kapot of weg',
    body: 'Is uw container kapot of gestolen? Meld het via de website of bel 14 0000. U krijgt binnen 2 weken een nieuwe. Bij diefstal is een nieuwe container gratis.',
    keywords: ['container', 'kliko', 'kapot', 'gestolen', 'vervangen'],
    topic: 'Afval en reiniging',
    links: [link('Container melden', '/afval/container')],
    documentIds: [],
  },
  {
    key: 'parkeervergunning',
    title: 'Parkeervergunning voor bewoners',
    body: 'Woont u in het centrum van Voorbeeldstad? Dan kunt u een parkeervergunning aanvragen. U vraagt de vergunning aan via de website met DigiD.\n\nU heeft het kenteken nodig van de auto. De auto moet op uw naam staan, of u moet kunnen laten zien dat u de auto altijd gebruikt.',
    keywords: ['parkeren', 'parkeervergunning', 'vergunning', 'bewoners', 'auto'],
    topic: 'Parkeren en verkeer',
    links: [link('Parkeervergunning aanvragen', '/parkeren/vergunning')],
    documentIds: [],
    translations: {
      en: {
        title: 'Parking permit for residents',
        body: 'Do you live in the centre of Voorbeeldstad? Then you can apply for a parking permit. You apply on the website with DigiD.\n\nYou need the registration number of the car. The car must be in your name, or you must be able to show that you always use it.',
      },
    },
  },
  {
    key: 'bezoekersparkeren',
    title: 'Parkeren voor bezoek',
    body: 'Met een bewonersvergunning kunt u ook uw bezoek laten parkeren. U zet het kenteken van uw bezoek in de parkeer-app of op de website. U betaalt een laag tarief per uur.',
    keywords: ['bezoekers', 'parkeren', 'bezoek', 'kenteken'],
    topic: 'Parkeren en verkeer',
    links: [link('Bezoekersparkeren', '/parkeren/bezoek')],
    documentIds: [],
  },
  {
    key: 'gehandicaptenparkeerkaart',
    title: 'Gehandicaptenparkeerkaart aanvragen',
    body: 'Kunt u door een ziekte of handicap niet ver lopen? Dan kunt u een gehandicaptenparkeerkaart aanvragen. Een arts van de gemeente kijkt of u de kaart kunt krijgen.\n\nVraag de kaart aan via de website of aan de balie. Neem een pasfoto mee.',
    keywords: ['gehandicaptenparkeerkaart', 'invalidenkaart', 'parkeren', 'handicap'],
    topic: 'Parkeren en verkeer',
    links: [link('Gehandicaptenparkeerkaart', '/parkeren/gehandicapten')],
    documentIds: [],
  },
  {
    key: 'kapvergunning',
    title: 'Mag ik een boom kappen?',
    body: 'Voor het kappen van een grote boom heeft u soms een vergunning nodig. Dat hangt af van de dikte van de stam en de plek van de boom.\n\nKijk met de vergunningcheck op de website of u een vergunning nodig heeft. De vergunning kost geld.',
    keywords: ['kappen', 'boom', 'bomen', 'kapvergunning', 'omgevingsvergunning'],
    topic: 'Vergunningen',
    links: [link('Vergunningcheck bomen', '/vergunningen/bomen')],
    documentIds: [],
    translations: {
      en: {
        title: 'May I cut down a tree?',
        body: 'You sometimes need a permit to cut down a large tree. It depends on the thickness of the trunk and where the tree is.\n\nUse the permit check on the website to see whether you need a permit. The permit costs money.',
      },
    },
  },
  {
    key: 'dakkapel',
    title: 'Heb ik een vergunning nodig voor een dakkapel of uitbouw?',
    body: 'Soms wel, soms niet. Dat hangt af van de grootte en de plek. Aan de achterkant van het huis mag vaak meer zonder vergunning.\n\nDoe de vergunningcheck op het Omgevingsloket. Twijfelt u? Maak een afspraak met een medewerker vergunningen.',
    keywords: ['dakkapel', 'uitbouw', 'verbouwen', 'omgevingsvergunning', 'bouwen'],
    topic: 'Bouwen en wonen',
    links: [{ label: 'Omgevingsloket', url: 'https://omgevingswet.overheid.nl' }],
    documentIds: [],
  },
  {
    key: 'bouwtekeningen',
    title: 'Bouwtekeningen van mijn huis inzien',
    body: 'Oude bouwtekeningen en vergunningen van uw huis liggen in het archief van de gemeente. U kunt ze gratis inzien. Vraag ze aan via de website. Wij mailen u binnen 2 weken de tekeningen die wij hebben.\n\nDit is geen Woo-verzoek: de tekeningen zijn al openbaar.',
    keywords: ['bouwtekening', 'bouwtekeningen', 'archief', 'bouwdossier', 'plattegrond'],
    topic: 'Archief en historie',
    links: [link('Bouwdossier opvragen', '/archief/bouwdossier')],
    documentIds: [],
    translations: {
      en: {
        title: 'Viewing the building drawings of my house',
        body: 'Old building drawings and permits of your house are in the municipal archive. You can view them for free. Request them on the website. We e-mail you the drawings we have within 2 weeks.\n\nThis is not a Woo request: the drawings are already public.',
      },
    },
  },
  {
    key: 'stadsarchief',
    title: 'Oude documenten in het stadsarchief',
    body: 'In het stadsarchief vindt u oude kaarten, foto’s, krantenknipsels en registers. De studiezaal is open van dinsdag tot en met donderdag van 9.00 tot 16.00 uur. Kom zonder afspraak.',
    keywords: ['archief', 'stadsarchief', 'historie', 'stamboom', 'oude kaarten'],
    topic: 'Archief en historie',
    links: [link('Stadsarchief', '/archief')],
    documentIds: [],
  },
  {
    key: 'bestemmingsplan',
    title: 'Wat mag er gebouwd worden in mijn buurt?',
    body: 'In het omgevingsplan staat wat er op een plek gebouwd mag worden. U bekijkt het omgevingsplan op de kaart van het Omgevingsloket. Zoek op uw adres.\n\nWilt u weten welke aanvragen er in uw buurt zijn? Die staan in de Gemeenteblad-berichten op de website.',
    keywords: ['bestemmingsplan', 'omgevingsplan', 'bouwen', 'buurt', 'bekendmaking'],
    topic: 'Bouwen en wonen',
    links: [{ label: 'Regels op de kaart', url: 'https://omgevingswet.overheid.nl/regels-op-de-kaart' }],
    documentIds: [],
  },
  {
    key: 'overlast-melden',
    title: 'Overlast of een kapotte lantaarnpaal melden',
    body: 'Ziet u iets kapot op straat, of heeft u last van zwerfafval? Meld het via de app of de website. U kunt ook bellen met 14 0000. U krijgt bericht als het is opgelost.',
    keywords: ['melding', 'overlast', 'lantaarnpaal', 'straat', 'kapot', 'openbare ruimte'],
    topic: 'Openbare ruimte',
    links: [link('Melding openbare ruimte', '/melden')],
    documentIds: [],
    translations: {
      en: {
        title: 'Reporting a nuisance or a broken street light',
        body: 'Do you see something broken in the street, or are you bothered by litter? Report it in the app or on the website. You can also call 14 0000. You will be told when it has been fixed.',
      },
    },
  },
  {
    key: 'speeltuin',
    title: 'Een speeltuin of bankje in mijn straat',
    body: 'Wilt u een speeltoestel, bankje of meer groen in uw straat? Dien een buurtinitiatief in op de website. Samen met de buren kunt u een bijdrage krijgen uit het buurtbudget.',
    keywords: ['speeltuin', 'bankje', 'groen', 'buurtinitiatief', 'buurtbudget'],
    topic: 'Openbare ruimte',
    links: [link('Buurtinitiatief', '/buurt/initiatief')],
    documentIds: [],
  },
  {
    key: 'subsidie-vereniging',
    title: 'Subsidie voor een vereniging of activiteit',
    body: 'Verenigingen en stichtingen kunnen subsidie vragen voor activiteiten in Voorbeeldstad. Vraag de subsidie uiterlijk 1 oktober aan voor het volgende jaar.\n\nOp de website staat welke subsidies er zijn en wat u moet meesturen.',
    keywords: ['subsidie', 'vereniging', 'stichting', 'activiteit', 'aanvragen'],
    topic: 'Subsidies',
    links: [link('Subsidies', '/subsidies')],
    documentIds: [],
    translations: {
      en: {
        title: 'Grant for an association or activity',
        body: 'Associations and foundations can apply for a grant for activities in Voorbeeldstad. Apply by 1 October for the next year.\n\nThe website lists the grants and what you must send with your application.',
      },
    },
  },
  {
    key: 'subsidie-isolatie',
    title: 'Subsidie voor isolatie en zonnepanelen',
    body: 'Huiseigenaren kunnen subsidie krijgen voor isolatie van dak, vloer of spouwmuur. Vraag de subsidie aan vóórdat u begint met het werk.\n\nVoor zonnepanelen geeft de gemeente geen subsidie. Wel kunt u een gratis energieadvies krijgen.',
    keywords: ['isolatie', 'zonnepanelen', 'energie', 'subsidie', 'duurzaam'],
    topic: 'Subsidies',
    links: [link('Energiesubsidies', '/subsidies/energie')],
    documentIds: [],
  },
  {
    key: 'subsidies-openbaar',
    title: 'Welke subsidies heeft de gemeente gegeven?',
    body: 'De gemeente maakt elk jaar een lijst van alle subsidies die zij heeft gegeven. Op de lijst staan de naam van de organisatie, het bedrag en waarvoor het geld is. De lijst staat op de website. U hoeft daarvoor geen Woo-verzoek te doen.',
    keywords: ['subsidieregister', 'subsidies', 'lijst', 'bedragen', 'openbaar'],
    topic: 'Subsidies',
    links: [link('Subsidieregister', '/subsidies/register')],
    documentIds: [],
  },
  {
    key: 'bijzondere-bijstand',
    title: 'Hulp bij geldzorgen',
    body: 'Heeft u moeite om rond te komen? Neem contact op met het Sociaal Wijkteam. Zij helpen u gratis met uw geldzaken en schulden. Bel 14 0000 of loop binnen in het wijkcentrum.',
    keywords: ['schulden', 'geldzorgen', 'bijstand', 'wijkteam', 'armoede'],
    topic: 'Zorg en welzijn',
    links: [link('Sociaal Wijkteam', '/zorg/wijkteam')],
    documentIds: [],
    translations: {
      en: {
        title: 'Help with money worries',
        body: 'Do you find it hard to make ends meet? Contact the Social Neighbourhood Team. They help you with your finances and debts for free. Call 14 0000 or walk into the community centre.',
      },
    },
  },
  {
    key: 'wmo',
    title: 'Hulp in huis of een hulpmiddel (Wmo)',
    body: 'Heeft u hulp nodig in huis, of een hulpmiddel zoals een scootmobiel? Dan kunt u een melding doen bij de Wmo. Een medewerker komt met u praten over wat u nodig heeft.\n\nDoe de melding via de website of bel 14 0000.',
    keywords: ['wmo', 'hulp', 'huishoudelijke hulp', 'scootmobiel', 'zorg'],
    topic: 'Zorg en welzijn',
    links: [link('Wmo-melding', '/zorg/wmo')],
    documentIds: [],
  },
  {
    key: 'klacht',
    title: 'Een klacht over de gemeente',
    body: 'Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Dien dan een klacht in. Dat kan via het formulier op de website, per brief of aan de balie.\n\nU krijgt binnen 6 weken een reactie. Bent u daarna nog niet tevreden? Dan kunt u naar de Nationale ombudsman.',
    keywords: ['klacht', 'klachten', 'ontevreden', 'ombudsman', 'behandeling'],
    topic: 'Overig',
    links: [link('Klacht indienen', '/klacht'), { label: 'Nationale ombudsman', url: 'https://www.nationaleombudsman.nl' }],
    documentIds: [],
    translations: {
      en: {
        title: 'A complaint about the municipality',
        body: 'Are you unhappy with how an employee of the municipality treated you? Then file a complaint. You can use the form on the website, write a letter or come to the desk.\n\nYou will receive a response within 6 weeks. Still not satisfied? Then you can go to the National Ombudsman.',
      },
    },
  },
  {
    key: 'andere-overheid',
    title: 'Mijn vraag gaat over de provincie of het Rijk',
    body: 'Gaat uw vraag over informatie van een andere overheid, bijvoorbeeld de provincie, het waterschap of een ministerie? Dan moet u uw vraag daar stellen. Wij zoeken voor u op waar u terecht kunt en geven u een briefje mee.',
    keywords: ['provincie', 'waterschap', 'ministerie', 'rijk', 'doorverwijzen', 'andere overheid'],
    topic: 'Overig',
    links: [],
    documentIds: [],
  },
  {
    key: 'openingstijden',
    title: 'Openingstijden van het Openbaarheidscentrum',
    body: 'Het Openbaarheidscentrum in het stadhuis is open van maandag tot en met vrijdag van 9.00 tot 17.00 uur. Op donderdag zijn wij open tot 20.00 uur. U hoeft geen afspraak te maken.\n\nBellen kan op 14 0000.',
    keywords: ['openingstijden', 'open', 'adres', 'stadhuis', 'bereikbaarheid'],
    topic: 'Overig',
    links: [link('Contact', '/contact')],
    documentIds: [],
    translations: {
      en: {
        title: 'Opening hours of the Openbaarheidscentrum',
        body: 'The Openbaarheidscentrum in the town hall is open Monday to Friday from 9:00 to 17:00. On Thursday we are open until 20:00. You do not need an appointment.\n\nYou can call 14 0000.',
      },
    },
  },
  {
    key: 'actief-openbaar',
    title: 'Welke informatie maakt de gemeente zelf openbaar?',
    body: 'Veel informatie zet de gemeente zelf online, zonder dat iemand erom vraagt. Bijvoorbeeld raadsstukken, besluiten van het college, convenanten, onderzoeken en subsidielijsten.\n\nZoek eerst op de website of in het zoekvak van het Openbaarheidscentrum. Vindt u het niet? Dan helpen wij u verder.',
    keywords: ['actief openbaar', 'openbaar', 'publicatie', 'woo', 'informatiecategorieën'],
    topic: 'Woo-verzoek',
    links: [link('Openbare informatie', '/openbaar')],
    documentIds: [],
  },
  {
    key: 'vergunning-evenement',
    title: 'Vergunning voor een buurtfeest of evenement',
    body: 'Voor een buurtfeest op straat heeft u meestal een melding of vergunning nodig. Een kleine straatbarbecue kunt u melden. Voor een groter evenement vraagt u een evenementenvergunning aan.\n\nDoe dat minstens 8 weken van tevoren.',
    keywords: ['evenement', 'buurtfeest', 'evenementenvergunning', 'straatfeest', 'vergunning'],
    topic: 'Vergunningen',
    links: [link('Evenementen', '/vergunningen/evenementen')],
    documentIds: [],
  },
];

/** A demo answer's id: the same on every hub and every run, so seeding twice adds nothing. */
export function demoAnswerId(key: string): string {
  return uuidv5(`answer:${key}`, ANSWER_NAMESPACE);
}

/** Adds the demo answers a hub does not have yet; never touches an answer a coordinator changed. */
export async function seedDemoAnswers(db: Db): Promise<{ added: number; alreadyPresent: number }> {
  let added = 0;
  let alreadyPresent = 0;
  for (const { key, ...input } of DEMO_ANSWERS) {
    const id = demoAnswerId(key);
    const content = answerContentSchema.parse(input);
    const wrote = await db.transaction(async (tx) => {
      const { rows } = await tx.query('select 1 from answers where id = $1', [id]);
      if (rows.length) return false;
      await writeRevision(tx, id, 1, content, false, SEEDED_BY);
      return true;
    });
    if (wrote) added++;
    else alreadyPresent++;
  }
  return { added, alreadyPresent };
}
