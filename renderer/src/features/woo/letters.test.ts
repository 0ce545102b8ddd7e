/**
 * Issue 12 points 10–16: the receipt and the new-deadline letter (built in shared/print) with the
 * real texts of all six languages (locales/<lng>/receipt.json), through a minimal interpolating
 * translator that fails on a missing text or value. Here rather than in shared/, whose tests may
 * not read the locales.
 */
import { describe, expect, it } from 'vitest';
import nl from '../../../../locales/nl/receipt.json';
import en from '../../../../locales/en/receipt.json';
import tr from '../../../../locales/tr/receipt.json';
import ar from '../../../../locales/ar/receipt.json';
import pl from '../../../../locales/pl/receipt.json';
import uk from '../../../../locales/uk/receipt.json';
import { buildReceiptHtml, type ReceiptData } from '../../../../shared/print/receipt';
import { buildNoticeLetterHtml, type NoticeLetterData } from '../../../../shared/print/notice';
import { buildReferralHtml } from '../../../../shared/print/referral';
import { FSI, isolate, PDI, RECEIPT_LANGUAGES, type ReceiptLanguage, type Translate } from '../../../../shared/print/language';

const TEXTS: Record<ReceiptLanguage, unknown> = { nl, en, tr, ar, pl, uk };

/** Looks the key up in the language's file and fills {{placeholders}}; a missing key or value throws. */
function translator(lng: ReceiptLanguage): Translate {
  return (key, values = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], TEXTS[lng]);
    if (typeof text !== 'string') throw new Error(`${lng}: no text for ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`${lng}: no value for {{${name}}} in ${key}`);
      return value;
    });
  };
}

const centre = { name: 'Openbaarheidscentrum Amsterdam', phone: '14 020', address: 'Amstel 1, Amsterdam', openingHours: 'ma–vr 9–17' };

function receipt(overrides: Partial<ReceiptData> = {}): ReceiptData {
  return {
    language: 'nl',
    caseNumber: 'OC-2026-K7-00042',
    receivedOn: '2026-03-02',
    decideBy: '2026-03-30',
    extensionNoticeBy: '2026-03-30',
    latestIfExtended: '2026-04-14',
    extended: false,
    bestuursorgaan: 'College van burgemeester en wethouders van Amsterdam',
    subject: 'Stukken over de bomenkap',
    disclosureForm: 'digitaal',
    decisionDelivery: 'email',
    reachable: true,
    centre,
    printedOn: '2026-03-02',
    ...overrides,
  };
}

const ended: NoticeLetterData['suspension'] = {
  kind: 'precisering',
  requestedOn: '2026-03-04',
  from: '2026-03-05',
  answerBy: '2026-03-18',
  until: '2026-03-11',
  ended: 'answered',
  endedOn: '2026-03-11',
};

function letter(overrides: Partial<NoticeLetterData> = {}): NoticeLetterData {
  return {
    language: 'nl',
    caseNumber: 'OC-2026-K7-00042',
    receivedOn: '2026-03-02',
    suspension: ended,
    decideBy: '2026-04-07',
    extended: false,
    centre,
    printedOn: '2026-03-11',
    ...overrides,
  };
}

/** The visible text: tags dropped, entities decoded, isolates removed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replaceAll(FSI, '')
    .replaceAll(PDI, '')
    .replace(/\s+/g, ' ');
}

describe('the receipt in six languages', () => {
  it.each(RECEIPT_LANGUAGES)('%s: every variant finds all its texts and values', (lng) => {
    const t = translator(lng);
    for (const data of [
      receipt({ language: lng }),
      receipt({ language: lng, decideBy: null, extensionNoticeBy: null }),
      receipt({ language: lng, extended: true, decisionDelivery: 'mondeling', reachable: false }),
      receipt({ language: lng, reachable: false }),
      receipt({ language: lng, decision: { bezwaarBy: '2026-05-11', disclosureFrom: '2026-04-13' } }),
    ]) {
      expect(() => buildReceiptHtml(data, t)).not.toThrow();
    }
  });

  it('nl: the body sends the decision by the date; the remedy when late, with its dates and the body', () => {
    const out = text(buildReceiptHtml(receipt(), translator('nl')));
    expect(out).not.toContain('krijgt u een besluit');
    const sentences = [
      'Uiterlijk op maandag 30 maart 2026 sturen wij u het besluit.',
      // A verdaging: the letter date and the latest decision date, not one date with two meanings.
      // The verdaging letter is sent by the body, like the decision (independent review).
      'Dan sturen wij u uiterlijk op 30 maart 2026 een brief. Het besluit sturen wij u dan uiterlijk op 14 april 2026.',
      'Vanaf 31 maart 2026 mag u dan een brief of e-mail sturen aan College van burgemeester en wethouders van Amsterdam.',
      'Dat heet een ingebrekestelling.',
      'Dan kunt u naar de rechter (beroep). Krijgen wij uw brief op 31 maart 2026, dan kan dat vanaf 15 april 2026.',
      'Bij een Woo-verzoek hoeven wij u geen boete (dwangsom) te betalen als wij te laat zijn.',
      'De termijn staat dan stil.',
      // A verdaging or a suspension moves these dates: the visitor is told the later letter counts.
      'Krijgt u later een brief van ons met een nieuwe datum? Dan geldt die nieuwe datum',
    ];
    for (const sentence of sentences) expect(out).toContain(sentence);
  });

  it.each(RECEIPT_LANGUAGES)('%s: a receipt reprinted after the decision says it was sent, without the late remedy or the steps to come', (lng) => {
    const t = translator(lng);
    const open = buildReceiptHtml(receipt({ language: lng }), t);
    const decided = buildReceiptHtml(receipt({ language: lng, decision: { bezwaarBy: '2026-05-11', disclosureFrom: '2026-04-13' } }), t);
    for (const key of ['lateTitle', 'nextTitle', 'extensionNote'] as const) {
      const probe = text(t(`receipt.${key}`, { date: 'X', latest: 'Y' })).split('X')[0]?.trim() ?? '';
      expect(probe.length, `${lng}: ${key}`).toBeGreaterThan(3);
      expect(text(open), `${lng}: ${key} before the decision`).toContain(probe);
      expect(text(decided), `${lng}: no ${key} once decided`).not.toContain(probe);
    }
    expect(text(decided)).toContain(text(t('receipt.decided')));
    expect(text(decided)).toContain('bezwaar');
  });

  it('nl: once decided, the sent decision and the last day for bezwaar', () => {
    const out = text(buildReceiptHtml(receipt({ decision: { bezwaarBy: '2026-05-11' } }), translator('nl')));
    expect(out).toContain('Wij hebben u het besluit gestuurd. Bent u het niet eens met het besluit? Dan kunt u bezwaar maken tot en met 11 mei 2026.');
    expect(out).not.toContain('Wat als wij te laat zijn?');
    expect(out).not.toContain('Uiterlijk op');
  });

  it('promises only the channels the centre has, and the number for a foreign SIM when set', () => {
    const nlText = text(buildReceiptHtml(receipt({ centre: { name: 'Centrum', email: 'woo@example.nl' } }), translator('nl')));
    expect(nlText).not.toMatch(/Bel, mail of kom langs/);
    expect(nlText).not.toContain('Telefoon');
    expect(nlText).toContain('woo@example.nl');
    const abroad = text(buildReceiptHtml(receipt({ centre: { ...centre, phoneAbroad: '+31 20 624 1111' } }), translator('nl')));
    expect(abroad).toContain('Bellen vanuit het buitenland +31 20 624 1111');
  });

  it('oral decisions: a refusal in writing on request, bezwaar only against a written decision', () => {
    const oral = text(buildReceiptHtml(receipt({ decisionDelivery: 'mondeling' }), translator('nl')));
    expect(oral).toContain('Vraag dan om het besluit op papier. Daar heeft u recht op. Bezwaar maken kan alleen tegen een besluit op papier.');
    expect(text(buildReceiptHtml(receipt(), translator('nl')))).not.toContain('besluit op papier');
  });

  it('an unreachable visitor is asked to get in touch, not promised a call', () => {
    const out = text(buildReceiptHtml(receipt({ reachable: false }), translator('nl')));
    expect(out).toContain('Wij kunnen u dus niet bereiken. Neem daarom zelf contact met ons op.');
    expect(out).not.toContain('Dan nemen wij contact met u op.');
    // No letter is promised that cannot be sent: the verdaging and a new date are to be asked for.
    expect(out).not.toContain('een brief. Het besluit sturen wij u dan');
    expect(out).not.toContain('Krijgt u later een brief van ons');
    expect(out).toContain('Dat beslissen wij uiterlijk op 30 maart 2026. Het besluit is er dan uiterlijk op 14 april 2026. Wij kunnen u dat niet laten weten.');
    expect(out).toContain('Vraag daarom naar de datum als u contact met ons opneemt.');
  });

  it('once decided: the last day for bezwaar and the delayed disclosure', () => {
    const out = text(buildReceiptHtml(receipt({ decision: { bezwaarBy: '2026-05-11', disclosureFrom: '2026-04-13' } }), translator('nl')));
    expect(out).toContain('Dan kunt u bezwaar maken tot en met 11 mei 2026.');
    expect(out).toContain('Daarom krijgt u de informatie pas vanaf 13 april 2026.');
  });

  it('pl and uk: the weekday has its own place, so the date keeps its case; pl years take "r."', () => {
    expect(text(buildReceiptHtml(receipt({ language: 'pl' }), translator('pl')))).toContain('Decyzję (besluit) wyślemy Ci najpóźniej do 30 marca 2026 r. (poniedziałek).');
    expect(text(buildReceiptHtml(receipt({ language: 'uk' }), translator('uk')))).toContain('не пізніше ніж 30 березня 2026 р. (понеділок).');
    expect(text(buildReceiptHtml(receipt({ language: 'pl' }), translator('pl')))).not.toMatch(/najpóźniej poniedziałek/);
  });

  it('pl and uk: a date with "r."/"р." at the end of a sentence takes no second full stop', () => {
    const pl = text(buildReceiptHtml(receipt({ language: 'pl' }), translator('pl')));
    expect(pl).toContain('Decyzję wyślemy Ci wtedy najpóźniej do 14 kwietnia 2026 r. Co dzieje się teraz?');
    expect(pl).toContain('możesz to zrobić od 15 kwietnia 2026 r. Przy wniosku Woo');
    const uk = text(buildReceiptHtml(receipt({ language: 'uk' }), translator('uk')));
    expect(uk).toContain('Рішення ми тоді надішлемо не пізніше ніж 14 квітня 2026 р. ');
    const notice = text(buildNoticeLetterHtml(letter({ language: 'pl' }), translator('pl')));
    expect(notice).toContain('wstrzymany od 5 marca 2026 r. do 10 marca 2026 r. włącznie.');
    for (const [lng, out] of [['pl', pl], ['uk', uk], ['pl notice', notice]]) expect(out, lng).not.toMatch(/[rр]\.\s*\./);
    // Only the abbreviation's stop is dropped: an ordinary sentence end after a date stays.
    expect(text(buildReceiptHtml(receipt(), translator('nl')))).toContain('Het besluit sturen wij u dan uiterlijk op 14 april 2026. Wat gebeurt er nu?');
    expect(pl).toContain('numer sprawy: OC-2026-K7-00042.');
  });

  it('tr and ar: the corrected sentences; every translation names the Dutch words in brackets', () => {
    const trText = text(buildReceiptHtml(receipt({ language: 'tr' }), translator('tr')));
    expect(trText).not.toContain('açık değil mi');
    expect(trText).not.toContain('temerrüt ihtarı');
    const arText = text(buildReceiptHtml(receipt({ language: 'ar' }), translator('ar')));
    expect(arText).toContain('لستَ مضطرًا أن تذكر');
    expect(arText).not.toContain('لا يجب عليك أن تقول');
    // The referral note had kept the old sentence (found in the independent review).
    const arReferral = text(buildReferralHtml({ language: 'ar', body: 'Rijkswaterstaat', subject: 'A10', centre, printedOn: '2026-03-02' }, translator('ar')));
    expect(arReferral).toContain('لستَ مضطرًا أن تذكر');
    expect(arReferral).not.toContain('لا يجب');
    for (const lng of ['en', 'tr', 'ar', 'pl', 'uk'] as const) {
      const out = text(buildReceiptHtml(receipt({ language: lng }), translator(lng)));
      for (const word of ['besluit', 'bezwaar', 'ingebrekestelling']) expect(out, `${lng}: ${word}`).toContain(word);
    }
  });
});

describe('values inserted into sentences are isolated (FSI … PDI)', () => {
  it('a case number that starts with a digit and a name in Arabic script keep their own order', () => {
    const caseNumber = '2026-000042';
    const name = 'فاطمة الزهراء';
    const html = buildNoticeLetterHtml(letter({ language: 'ar', caseNumber, requesterName: name }), translator('ar'));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(isolate(caseNumber));
    expect(html).toContain(isolate(name));
    // Never a bare value inside a sentence: each occurrence in running text is wrapped.
    const sentences = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1] as string).filter((part) => part.includes(caseNumber));
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence).not.toMatch(new RegExp(`[^\\u2068]${caseNumber}|${caseNumber}[^\\u2069]`));
    const receiptHtml = buildReceiptHtml(receipt({ language: 'ar', caseNumber }), translator('ar'));
    expect(receiptHtml).toContain(`${FSI}${caseNumber}${PDI}`);
  });
});

describe('the new-deadline letter in the visitor’s language', () => {
  it('cites Woo art. 4.4 lid 4 only after a zienswijze; Awb 4:15 after a precisering', () => {
    const precisering = text(buildNoticeLetterHtml(letter(), translator('nl')));
    expect(precisering).toContain('artikel 4:15 van de Algemene wet bestuursrecht');
    expect(precisering).not.toContain('4.4 lid 4');
    // 5 March up to (not including) 11 March: the last suspended day is 10 March.
    expect(precisering).toContain('stil van 5 maart 2026 tot en met 10 maart 2026.');
    expect(precisering).toContain('Wij sturen u het besluit nu uiterlijk op dinsdag 7 april 2026.');

    const zienswijze = text(
      buildNoticeLetterHtml(
        letter({ suspension: { kind: 'zienswijze', requestedOn: '2026-03-23', from: '2026-03-24', answerBy: '2026-04-06', until: '2026-04-07', ended: 'lapsed', endedOn: '2026-04-08' }, extended: true }),
        translator('nl'),
      ),
    );
    expect(zienswijze).toContain('artikel 4.4 lid 4 van de Wet open overheid');
    expect(zienswijze).toContain('De derde kon reageren tot en met 6 april 2026.');
    expect(zienswijze).toContain('2 weken extra');
  });

  it.each(RECEIPT_LANGUAGES)('%s: every variant finds all its texts', (lng) => {
    const t = translator(lng);
    for (const suspension of [
      ended,
      { ...ended, ended: 'lapsed' as const, until: '2026-03-19' },
      { ...ended, kind: 'zienswijze' as const },
      { ...ended, kind: 'zienswijze' as const, ended: 'lapsed' as const },
      { ...ended, until: '2026-03-06' },
      { ...ended, until: '2026-03-05' },
    ]) {
      const html = buildNoticeLetterHtml(letter({ language: lng, suspension, requesterName: 'Jan' }), t);
      expect(html).toContain(`lang="${lng}"`);
    }
  });

  it('refuses a suspension that has not ended', () => {
    const { until: _until, ...open } = ended;
    expect(() => buildNoticeLetterHtml(letter({ suspension: open }), translator('nl'))).toThrow(RangeError);
  });
});
