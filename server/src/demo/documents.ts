import type { WooCategoryCode } from '../../../shared/woo/categories';

/** A published document as the demo writes it into `documents.data`. */
export interface DemoDocument {
  /** Stable key the record id is derived from, so seeding twice finds the same records. */
  key: string;
  title: string;
  description: string;
  category: WooCategoryCode;
  /** TOOI organisation code (e.g. `pv24`) when the publisher has one. */
  publisher?: string;
  publisherName: string;
  publishedOn: string;
  documentType: string;
  source: string;
  /** Searchable text beyond the description: the request and decision of a Woo dossier. */
  text?: string;
  dossier?: { title: string; requestDate?: string; decisionDate?: string };
}

/**
 * Hand-written examples of what a desk is asked for, from a fictional municipality so nobody
 * mistakes them for real decisions. Their links go to example.org, the domain reserved for
 * documentation (RFC 2606): a `.example` address would not resolve and "Openen" would show the
 * browser's error page, a real-looking one could be someone's site. The part after `#` never
 * reaches the server, so every link opens the same short explanation page and stays unique.
 */
const PUBLISHER = 'Gemeente Voorbeeldstad (demo)';

export const HANDWRITTEN_DOCUMENTS: readonly DemoDocument[] = [
  {
    key: 'demo:raadsbesluit-verordening-wmo-2026',
    title: 'Verordening maatschappelijke ondersteuning Voorbeeldstad 2026',
    description:
      'De gemeenteraad stelt de Verordening maatschappelijke ondersteuning 2026 vast. De verordening regelt hoe inwoners ' +
      'ondersteuning aanvragen, hoe het keukentafelgesprek verloopt en welke eigen bijdrage geldt.',
    category: '1a',
    publisherName: PUBLISHER,
    publishedOn: '2025-12-18',
    documentType: 'raadsbesluit',
    source: 'https://example.org/#voorbeeldstad/bekendmakingen/verordening-wmo-2026',
  },
  {
    key: 'demo:raadsvoorstel-herinrichting-stationsplein',
    title: 'Raadsvoorstel herinrichting Stationsplein',
    description:
      'Voorstel aan de raad om een krediet van € 4,2 miljoen beschikbaar te stellen voor de herinrichting van het ' +
      'Stationsplein, met meer fietsparkeerplaatsen, groen en een veilige oversteek voor voetgangers.',
    category: '2c',
    publisherName: PUBLISHER,
    publishedOn: '2026-02-03',
    documentType: 'raadsvoorstel',
    source: 'https://example.org/#voorbeeldstad/raad/2026/raadsvoorstel-stationsplein',
  },
  {
    key: 'demo:besluitenlijst-college-2026-01-13',
    title: 'Besluitenlijst collegevergadering 13 januari 2026',
    description:
      'Openbare besluitenlijst van het college van burgemeester en wethouders, onder meer over de subsidieregeling ' +
      'buurtinitiatieven, de zienswijze op de regionale energiestrategie en de beantwoording van raadsvragen over de bibliotheek.',
    category: '2d',
    publisherName: PUBLISHER,
    publishedOn: '2026-01-15',
    documentType: 'besluitenlijst',
    source: 'https://example.org/#voorbeeldstad/college/besluitenlijsten/2026-01-13',
  },
  {
    key: 'demo:omgevingsvergunning-kerkstraat-12',
    title: 'Omgevingsvergunning verleend: bouwen van een woning, Kerkstraat 12',
    description:
      'Het college verleent een omgevingsvergunning voor het bouwen van een vrijstaande woning op het perceel Kerkstraat 12. ' +
      'Belanghebbenden kunnen binnen zes weken na de dag van verzending bezwaar maken.',
    category: '2k',
    publisherName: PUBLISHER,
    publishedOn: '2026-03-10',
    documentType: 'omgevingsvergunning',
    source: 'https://example.org/#voorbeeldstad/bekendmakingen/omgevingsvergunning-kerkstraat-12',
  },
  {
    key: 'demo:onderzoek-parkeerbeleid-binnenstad',
    title: 'Evaluatie parkeerbeleid binnenstad 2021–2025',
    description:
      'Onderzoeksrapport over de effecten van betaald parkeren en de bewonersvergunning in de binnenstad: bezetting, ' +
      'zoekverkeer, tevredenheid van bewoners en ondernemers, met aanbevelingen voor de nieuwe parkeervisie.',
    category: '2j',
    publisherName: PUBLISHER,
    publishedOn: '2025-11-04',
    documentType: 'onderzoeksrapport',
    source: 'https://example.org/#voorbeeldstad/onderzoek/evaluatie-parkeerbeleid-binnenstad',
  },
  {
    key: 'demo:jaarverslag-woo-2025',
    title: 'Jaarverslag Woo-verzoeken 2025',
    description:
      'Overzicht van de Woo-verzoeken die de gemeente in 2025 ontving: aantallen, onderwerpen, doorlooptijden en het ' +
      'aandeel dat binnen de wettelijke termijn werd afgehandeld.',
    category: '2g',
    publisherName: PUBLISHER,
    publishedOn: '2026-03-31',
    documentType: 'jaarverslag',
    source: 'https://example.org/#voorbeeldstad/woo/jaarverslag-2025',
  },
];
