import { describe, expect, it } from 'vitest';
import { escapeHtml, html, multiline } from './html';
import { buildReceiptHtml, type ReceiptData } from './receipt';
import { buildFormalRequestHtml, type FormalRequestData } from './wooRequest';
import { buildReferralHtml } from './referral';
import { buildNoticeHtml } from './notice';
import { formatReceiptDate, receiptLanguageFor, type Translate } from './language';
import { newDeadlineNotice, noticeText, type NewDeadlineNoticeData } from '../woo/notice';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(2)>';
const hostile = `Bouwvergunning ${SCRIPT} Dorpsstraat ${IMG}`;

/** Echoes the key and its values, like a translation that interpolates them. */
const echo: Translate = (key, values) => (values ? `${key} ${Object.values(values).join(' ')}` : key);

const centre = { name: 'Openbaarheidscentrum <Test>', phone: '14 020', address: 'Amstel 1, Amsterdam' };

function receipt(overrides: Partial<ReceiptData> = {}): ReceiptData {
  return {
    language: 'nl',
    caseNumber: 'OC-2026-000042',
    receivedOn: '2026-03-02',
    decideBy: '2026-03-30',
    extensionNoticeBy: '2026-03-30',
    extended: false,
    bestuursorgaan: 'College van burgemeester en wethouders van Amsterdam',
    subject: hostile,
    period: `2020 ${IMG}`,
    disclosureForm: 'digitaal',
    decisionDelivery: 'email',
    centre,
    printedOn: '2026-03-02',
    ...overrides,
  };
}

function formal(): FormalRequestData {
  return {
    caseNumber: 'OC-2026-000042',
    bestuursorgaan: `Burgemeester ${SCRIPT}`,
    receivedOn: '2026-03-02',
    receivedOnReason: `Brief van 2 maart ${IMG}`,
    filedOn: '2026-03-03',
    channel: 'balie',
    requester: { name: `Jan ${IMG}`, email: 'jan@example.org', postal: `Dorpsstraat 1\n${SCRIPT}` },
    decisionDelivery: 'post',
    subject: hostile,
    period: IMG,
    disclosureForm: 'papier',
    decideBy: '2026-03-30',
    extensionNoticeBy: '2026-03-30',
    termExplanation: ['Ontvangen op maandag 2 maart 2026.', `Regel ${SCRIPT}`],
    centre,
    staff: `anna ${IMG}`,
    printedOn: '2026-03-03',
  };
}

/** No element from the hostile input may exist in the output: only its escaped text. */
function expectInert(output: string) {
  expect(output).not.toMatch(/<script/i);
  expect(output).not.toMatch(/<img/i);
  expect(output).not.toMatch(/onerror=alert\(2\)>/);
  expect(output).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(output).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
}

describe('html escaping', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('escapes interpolated values, nested arrays included, and keeps nested html as markup', () => {
    const inner = html`<b>${SCRIPT}</b>`;
    expect(html`<p>${inner}${[SCRIPT, 1, null, undefined, false]}</p>`.value).toBe(
      '<p><b>&lt;script&gt;alert(1)&lt;/script&gt;</b>&lt;script&gt;alert(1)&lt;/script&gt;1</p>',
    );
  });

  it('does not accept a look-alike object as markup', () => {
    const fake = { value: SCRIPT } as unknown as string;
    expect(html`${fake}`.value).not.toContain('<script>');
  });

  it('keeps line breaks of free text', () => {
    expect(multiline('a\n<b>\r\nc').value).toBe('a<br>&lt;b&gt;<br>c');
  });
});

describe('print documents escape every visitor-entered string', () => {
  it('receipt', () => {
    const output = buildReceiptHtml(receipt(), echo);
    expectInert(output);
    expect(output).toContain('Openbaarheidscentrum &lt;Test&gt;');
    expect(output.startsWith('<!doctype html>\n<html lang="nl" dir="ltr">')).toBe(true);
  });

  it('receipt with hostile translations is still inert', () => {
    const evil: Translate = () => SCRIPT + IMG;
    expectInert(buildReceiptHtml(receipt(), evil));
  });

  it('formal request', () => {
    const output = buildFormalRequestHtml(formal());
    expectInert(output);
    expect(output).toContain('Dorpsstraat 1<br>&lt;script&gt;');
  });

  it('referral note', () => {
    const output = buildReferralHtml(
      { language: 'tr', body: `Provincie ${SCRIPT}`, subject: hostile, centre, printedOn: '2026-03-02', caseNumber: IMG },
      echo,
    );
    expectInert(output);
    expect(output).toContain('<html lang="tr" dir="ltr">');
  });

  it('new-deadline letter', () => {
    const notice = newDeadlineNotice({
      caseNumber: 'OC-2026-000042',
      requesterName: `Jan ${SCRIPT}`,
      receivedOn: '2026-03-02',
      suspension: { kind: 'precisering', requestedOn: '2026-03-04', from: '2026-03-05', answerBy: '2026-03-18', until: '2026-03-11', ended: 'answered', endedOn: '2026-03-11' },
      decideBy: '2026-04-07',
      extended: false,
      centreName: IMG,
    });
    const output = buildNoticeHtml(notice, { centreName: IMG, printedOn: '2026-03-11' });
    expect(output).not.toMatch(/<script|<img/i);
    expect(output).toContain('Jan &lt;script&gt;alert(1)&lt;/script&gt;,');
  });
});

describe('receipt', () => {
  it('shows the address the decision goes to, escaped, and none when there is none', () => {
    const postal = buildReceiptHtml(receipt({ decisionDelivery: 'post', deliveryAddress: `Dorpsstraat 1\n1234 AB Velddorp ${SCRIPT}` }), echo);
    expect(postal).toContain('receipt.deliveryPost<br><span class="delivery-address" dir="ltr">Dorpsstraat 1<br>1234 AB Velddorp &lt;script&gt;');
    expect(postal).not.toMatch(/<script/i);
    expect(buildReceiptHtml(receipt({ decisionDelivery: 'mondeling' }), echo)).not.toContain('delivery-address');
  });

  it('is right-to-left for Arabic', () => {
    const output = buildReceiptHtml(receipt({ language: 'ar' }), echo);
    expect(output).toContain('<html lang="ar" dir="rtl">');
    // The case number stays a left-to-right island inside the Arabic text.
    expect(output).toContain('<dd class="ltr" dir="ltr">OC-2026-000042</dd>');
  });

  it('states the deadline, or that the term is suspended', () => {
    expect(buildReceiptHtml(receipt(), echo)).toContain('receipt.deadline \u2068maandag\u2069 \u206830 maart 2026\u2069');
    const suspended = buildReceiptHtml(receipt({ decideBy: null }), echo);
    expect(suspended).toContain('receipt.deadlineSuspended');
    expect(suspended).not.toContain('receipt.late');
  });

  it('writes dates in the receipt language with Latin digits', () => {
    expect(formatReceiptDate('2026-04-07', 'nl', { weekday: true })).toBe('dinsdag 7 april 2026');
    // Polish writes "r." (roku) after the year (issue 12 point 14).
    // "r."/"р." stays on the year's line: a no-break space before it.
    expect(formatReceiptDate('2026-04-07', 'pl')).toBe('7 kwietnia 2026\u00a0r.');
    expect(formatReceiptDate('2026-04-07', 'uk')).toBe('7 квітня 2026\u00a0р.');
    expect(formatReceiptDate('2026-04-07', 'ar')).toMatch(/^7 أبريل 2026$/);
  });

  it('maps the visitor language (ISO 639-2/B) to a receipt language', () => {
    expect(receiptLanguageFor('tur')).toBe('tr');
    expect(receiptLanguageFor('ukr')).toBe('uk');
    expect(receiptLanguageFor('fry')).toBeUndefined();
    expect(receiptLanguageFor(undefined)).toBeUndefined();
  });
});

describe('new-deadline notice (Woo art. 4.4 lid 4)', () => {
  const centreName = 'Openbaarheidscentrum';
  it.each<{ name: string; data: Omit<NewDeadlineNoticeData, 'centreName'>; contains: string[]; lacks: string[] }>([
    {
      name: 'tells the requester the new date after a precisering',
      data: {
        caseNumber: 'OC-2026-000042',
        receivedOn: '2026-03-02',
        suspension: { kind: 'precisering', requestedOn: '2026-03-04', from: '2026-03-05', answerBy: '2026-03-18', until: '2026-03-11', ended: 'answered', endedOn: '2026-03-11' },
        decideBy: '2026-04-07',
        extended: false,
      },
      contains: [
        'Onderwerp: Nieuwe beslisdatum van uw Woo-verzoek OC-2026-000042',
        'Geachte heer, mevrouw,',
        // "tot en met" the last suspended day (B1, no double meaning); Awb 4:15, not Woo 4.4 lid 4, after a precisering.
        '6 dagen stil: van 5 maart 2026 tot en met 10 maart 2026',
        'Wij sturen u ons besluit nu uiterlijk op dinsdag 7 april 2026',
        'artikel 4:15 van de Algemene wet bestuursrecht',
      ],
      lacks: ['artikel 4.4 lid 4'],
    },
    {
      name: 'describes a lapsed zienswijze term and an earlier verdaging',
      data: {
        caseNumber: 'X',
        requesterName: 'Jan',
        receivedOn: '2026-03-02',
        suspension: { kind: 'zienswijze', requestedOn: '2026-03-23', from: '2026-03-24', answerBy: '2026-04-06', until: '2026-04-07', ended: 'lapsed', endedOn: '2026-04-08' },
        decideBy: '2026-04-27',
        extended: true,
      },
      contains: ['Beste Jan,', 'De termijn voor die zienswijze is op 6 april 2026 verlopen.', '2 weken extra (verdaging)', 'artikel 4.4 lid 4'],
      lacks: [],
    },
  ])('$name', ({ data, contains, lacks }) => {
    const text = noticeText(newDeadlineNotice({ ...data, centreName }));
    for (const line of contains) expect(text).toContain(line);
    for (const line of lacks) expect(text).not.toContain(line);
  });
});
