import type { ShapeFixture } from './entity-shapes.fixtures.js';

/**
 * Batch AJ: 120 synthetic records of the kind an independent PERSON / LOCATION / ADDRESS benchmark for a
 * privacy gateway would hold (ORGANIZATION labelled but scored apart): mainstream containers filled from
 * templates with realistic names, cities, regions, countries and postal addresses. Containers: application
 * log lines (7), JSON records - API payloads, CRM, order, claim and profile records (13), CSV rows with a
 * header (9), support chats (9), e-mails (16), forms - web forms, medical, insurance, HR and bank records
 * (17), letters (5), prose sentences (16), and a ticket, label, table, SMS, voicemail/call transcript, news,
 * meeting and notes record or two each. Addresses are given in each country's format, on one line and as
 * multi-line blocks (17, 22, 33, 42, 51, 61, 75, 82, 87), and split over fields (2, 3, 12, 23, 34, 67, 85,
 * 88, 105, 109). Places alone include cities, states and provinces, countries, neighbourhoods, streets
 * without a number, landmarks, an airport and a mall.
 * Records 1-84 are English (84, 70%): US (1-20, 73, 75, 80, 82-84), UK (21-33), Canada (34-42), Australia
 * (43-51), India (52-62), and international/other English (63-72, 74, 76-79, 81: Japan, UAE, Nigeria,
 * Singapore, Ireland, South Africa, Pakistan, Ghana). Records 85-120 are other languages (36, 30%): German
 * (85-90, incl. Austria and Switzerland), French (91-95, incl. Belgium, Switzerland and Québec), Spanish
 * (96-100: Spain, Mexico, Argentina, Colombia), Italian (101-104), Portuguese (105-108: Brazil, Portugal),
 * Dutch (109-111, one Flemish), Polish (112-114), Swedish (115), Turkish (116), Czech (117), Norwegian
 * (118), Romanian (119) and Indonesian (120).
 * 17 hard negatives (expect: []): capitalised product, UI, heading, title, programme and holiday words (14,
 * 18, 27, 40, 48, 59, 71, 72, 77, 90, 95, 100, 108) and ids, amounts and dates only (15, 31, 70, 81).
 * Labelled values: 259 PERSON, 228 LOCATION, 74 ADDRESS (and 29 ORGANIZATION).
 * Written blind on 2026-11-28 by a helper who read no detector code, tests (other than the batch AH header
 * and layout and the ShapeFixture type) or data. All people, addresses, account, claim, ticket and order
 * numbers are invented; no credential-like values are included, so no seeded random source is needed.
 *
 * Labelling conventions: as in batch AH (titles and honorifics left out of PERSON; every mention listed,
 * including a given name or surname alone and repeats; an address block is one ADDRESS with the town,
 * region, postcode and country that belong to it, which are not labelled again as LOCATION; a place inside
 * an organisation's name is not also a LOCATION; a possessive 's is left out).
 *
 * Judgment calls:
 * - Addresses split over fields or columns are labelled per field: the street-and-number field is ADDRESS
 *   ("219 Beechwood Ave", 2; "3300 Peachtree Rd NE Apt 1207", 3, unit kept as it sits in the street field;
 *   "1450 rue Sherbrooke Ouest, app. 804", 34; "Hauptstraße 42", 85; "Prinsengracht 418-2", 109); the city,
 *   state, province, county, suburb and country fields are LOCATION; postcodes alone are not labelled. A
 *   house name in the first address column ("Tŷ Gwyn", 23) is ADDRESS. In 105 the street has no number in
 *   its field ("logradouro": "Rua Augusta", "numero": "1508"), so "Rua Augusta" is LOCATION and the number
 *   is not labelled.
 * - State, province and country codes in a field or after a town are LOCATION: "PA", "US" (2), "IL", "ME",
 *   "GA" (3), "US" in a geo field (13), "NC" (8), "QC", "AB", "NS", "BC" (36), "NSW", "VIC", "NT" (45, 47),
 *   "TX", "UK" (79), "SP" (105), Italian province codes "NA", "BA", "BG" (102). Lower-case Polish
 *   voivodeship names in a column ("małopolskie", 113) are LOCATION.
 * - Multi-line blocks start at the street (or flat/building) line and end at the country line when there
 *   is one; the name line above is a separate PERSON and the sender company a separate ORGANIZATION (17,
 *   75). "Box 118, Gimli, MB R0C 1B0" (38) and "B-12, Vasant Kunj, New Delhi - 110070" (62) are ADDRESS.
 *   "Sherbrooke (Québec) J1H 1P8" (94), "Kadıköy/İstanbul" (116) and "Praha 2" (117) end their ADDRESS.
 * - A town named again outside the address is labelled each time ("Noida office" then the Noida address,
 *   58; "Köln" then "Rheinauhafen 7, 50678 Köln", 86; "Fortitude Valley office", 44).
 * - Towns naming a branch, office, hub, depot, clinic or warehouse are LOCATION: "Des Moines branch" (9),
 *   "Gimli clinic" (38), "Mississauga hub" (41), "Whitefield clinic" (55), "Ludhiana Main Branch" (60),
 *   "Cork office" (66), "Spokane warehouse" (75), "Montclair Branch" (82), "Waltham location" (84),
 *   "pobočka Brno" (117), depot="Cannock" (25). A place after a comma following an institution is a
 *   separate LOCATION ("Health Sciences Centre, Winnipeg", 38).
 * - Places inside organisation names are not LOCATION: Arizona Department of Transportation (16), Punjab &
 *   Sind Bank (60), Garden State Savings (82), Havelland Versicherung AG (87), Rheinland Logistik GmbH (86),
 *   Rápido Minas (107), Anadolu Kargo (116), Windrush Garden Supplies (29). Surnames inside firm names are
 *   not PERSON: Harbor & Pike LLP (19), Kaur & Associates (50), Freeman Hospital (22), Jarvis Collegiate
 *   Institute (42). Hospitals, clinics and museums are ORGANIZATION (Roper Hospital, Mass General,
 *   Lakeside Family Medicine, British Museum, Tandartspraktijk De Dom, Croix-Rouge).
 * - People's names inside street and place names belong to that value only: Jan Smuts Avenue (67), avenue
 *   Jean Jaurès (92), Benito Juárez (97, a borough inside the address), Via Giuseppe Verdi (101), Jl.
 *   Diponegoro (120), Near Hanuman Mandir (61).
 * - Landmarks, neighbourhoods and malls are LOCATION: Covent Garden, Trafalgar Square, Soho (32), Cable
 *   Beach (46), Cyber Hub (56), Model Town (60), Changi Airport, Jem (a mall), Jurong East, Tampines (68),
 *   Mission District, Twin Peaks, Golden Gate Bridge, North Beach (80), Duomo (103), Centraal Station
 *   (111). Streets without a number are LOCATION: Blanco Road (12), Via Cavour and Via de' Servi (104).
 *   Numbered roads (I-94, 7; 495, 83) are not labelled.
 * - Titles and forms of address left out: Mr/Mrs/Ms/Dr (with or without a dot), MR (51), Shri (61), ji
 *   after a name (54), Herr/Frau, Madame/monsieur, Lic., Sra., Sig.ra, dott., Sr., meneer, Pani/pan, dr,
 *   pane, Turkish Bey with its case suffix ("Hakan Bey'e" gives "Hakan", 116). "Kak" (120) and "Sir" (61)
 *   are forms of address, not names. Polish and Czech vocatives are kept as written ("Katarzyno", 112;
 *   "Dvořáku", 117) and the Polish locative "Chorzowie" (114) is LOCATION.
 * - Names split into first/last-name fields or columns are labelled per field ("Mateo", "Ruiz", 12;
 *   "Nguyen", "Thi Hoa", 45; "Esposito", "Gennaro", 102; "de Vries", 109, with the particle; "María del
 *   Carmen", "Ruiz Ortega", 96). The upper-case surname "DUBOIS" (92) and lower-case "nadia haddad" (41)
 *   are PERSON. First names that are also words or places are PERSON in context: "Jordan" (12), "Destiny"
 *   (83), "Harrison" (44), "Camille" (92).
 * - User names and e-mail local parts ("dwilliams", 13; "t.albright77", 2; "rgoldberg", 5;
 *   "mateo.ruiz", 12) are not labelled. Chat speaker labels ("Agent (Kayla)", "Zoe:", "Chris:") are PERSON
 *   at every occurrence; "Customer", "Bot", "Cliente" are not.
 * - Ambiguous places follow the context: "Sydney" with "NS" is Sydney, Nova Scotia (36); "Washington"
 *   after Seattle is the state (63); "Richmond" with BC (36); "Newport" (26) and "Portland" with "ME" (3)
 *   are LOCATION. Austria and Australia (78) are both LOCATION.
 * - Holidays and seasons containing place names are not labelled: Canada Day (40), Australia Day and
 *   Anzac Day (48), Juneteenth, Veterans Day (18), Diwali, Bhai Dooj (59), Black Friday (72), Día de Reyes,
 *   Semana Santa (100), Natal (108), Jour de l'An and "Printemps-Été" (95). Products and platforms are not
 *   labelled: Honda CR-V (7), Google Calendar, Android, iOS (14), TrailPeak 4 (75), Maruti Suzuki Swift VXi
 *   (62). Job titles, team and module names are not labelled (18, 77, 76's "Procurement Manager").
 */
export const BATCH_AJ: ShapeFixture[] = [
  // 1 US application log, order created
  { shape: 'log', text: '2026-11-03T14:22:07.331Z INFO  order-service [req=7f3a9c] Order #A-558120 created for customer "Jessica Morales" ship_to="4821 Sycamore Dr, Plano, TX 75024" items=3 total=142.97 USD', expect: [['PERSON', 'Jessica Morales'], ['ADDRESS', '4821 Sycamore Dr, Plano, TX 75024']] },
  // 2 US JSON user profile with split address fields
  { shape: 'json', text: '{\n  "user_id": 88213,\n  "full_name": "Terrence Albright",\n  "email": "t.albright77@example.com",\n  "phone": "+1-412-555-0187",\n  "address": {\n    "street": "219 Beechwood Ave",\n    "city": "Pittsburgh",\n    "state": "PA",\n    "zip": "15206",\n    "country": "US"\n  },\n  "created_at": "2025-06-14"\n}', expect: [['PERSON', 'Terrence Albright'], ['ADDRESS', '219 Beechwood Ave'], ['LOCATION', 'Pittsburgh'], ['LOCATION', 'PA'], ['LOCATION', 'US']] },
  // 3 US CSV customer export with a header
  { shape: 'csv', text: 'customer_id,first_name,last_name,street,city,state,zip\n10041,Brianna,Castellanos,1187 Elm St,Springfield,IL,62704\n10042,Howard,Lindqvist,56 Harbor View Rd,Portland,ME,04101\n10043,Latoya,Freeman,3300 Peachtree Rd NE Apt 1207,Atlanta,GA,30326', expect: [['PERSON', 'Brianna'], ['PERSON', 'Castellanos'], ['ADDRESS', '1187 Elm St'], ['LOCATION', 'Springfield'], ['LOCATION', 'IL'], ['PERSON', 'Howard'], ['PERSON', 'Lindqvist'], ['ADDRESS', '56 Harbor View Rd'], ['LOCATION', 'Portland'], ['LOCATION', 'ME'], ['PERSON', 'Latoya'], ['PERSON', 'Freeman'], ['ADDRESS', '3300 Peachtree Rd NE Apt 1207'], ['LOCATION', 'Atlanta'], ['LOCATION', 'GA']] },
  // 4 US support chat transcript, change of service address
  { shape: 'chat', text: '[10:02] Agent (Kayla): Thanks for contacting Northwind Wireless, this is Kayla. How can I help?\n[10:03] Customer: Hi, my name is Derek Hoang. I moved last week and need to update my service address.\n[10:03] Agent (Kayla): Sure, Derek. What\'s the new address?\n[10:04] Customer: 7720 W Camelback Rd, Apt 14, Phoenix, AZ 85033. The old one was in Tempe.\n[10:05] Agent (Kayla): Got it, that\'s updated. Anything else today, Mr. Hoang?', expect: [['PERSON', 'Kayla'], ['ORGANIZATION', 'Northwind Wireless'], ['PERSON', 'Kayla'], ['PERSON', 'Derek Hoang'], ['PERSON', 'Kayla'], ['PERSON', 'Derek'], ['ADDRESS', '7720 W Camelback Rd, Apt 14, Phoenix, AZ 85033'], ['LOCATION', 'Tempe'], ['PERSON', 'Kayla'], ['PERSON', 'Hoang']] },
  // 5 US internal e-mail about a new hire
  { shape: 'email', text: 'From: Rachel Goldberg <rgoldberg@example.org>\nTo: Facilities Team\nSubject: Parking permit for new hire\n\nHi all,\nOur new analyst, Marcus Bell, starts Monday at the Cambridge office. He\'s relocating from Hartford and will be commuting from Somerville for now. Can you set up a permit for lot C?\n\nThanks,\nRachel', expect: [['PERSON', 'Rachel Goldberg'], ['PERSON', 'Marcus Bell'], ['LOCATION', 'Cambridge'], ['LOCATION', 'Hartford'], ['LOCATION', 'Somerville'], ['PERSON', 'Rachel']] },
  // 6 US medical intake record
  { shape: 'form', text: 'PATIENT INTAKE\nName: Gloria Esposito    DOB: 03/17/1958    MRN: 00482219\nAddress: 92 Rutledge Ave, Charleston, SC 29401\nEmergency contact: Anthony Esposito (son), (843) 555-0163\nReferring physician: Dr. Nadia Farouk, Roper Hospital\nChief complaint: Shortness of breath x 3 days. Recently returned from a cruise to Nassau, Bahamas.', expect: [['PERSON', 'Gloria Esposito'], ['ADDRESS', '92 Rutledge Ave, Charleston, SC 29401'], ['PERSON', 'Anthony Esposito'], ['PERSON', 'Nadia Farouk'], ['ORGANIZATION', 'Roper Hospital'], ['LOCATION', 'Nassau'], ['LOCATION', 'Bahamas']] },
  // 7 US insurance claim JSON
  { shape: 'json', text: '{"claim_id":"CLM-2026-004417","policyholder":"Samuel K. Osei","loss_location":"I-94 eastbound near Kalamazoo, MI","date_of_loss":"2026-09-30","insured_vehicle":"2021 Honda CR-V","adjuster":"Brenda Nowicki","status":"OPEN"}', expect: [['PERSON', 'Samuel K. Osei'], ['LOCATION', 'Kalamazoo'], ['LOCATION', 'MI'], ['PERSON', 'Brenda Nowicki']] },
  // 8 US HR employee record
  { shape: 'form', text: 'Employee record\nEmployee: Ashley Tran-Nguyen | ID E-20931 | Dept: Finance\nWork location: Charlotte, NC\nHome address: 1504 Lyndhurst Ave, Charlotte, NC 28203\nManager: Gregory Pham\nStatus change: Transfer to Raleigh effective 2027-01-04', expect: [['PERSON', 'Ashley Tran-Nguyen'], ['LOCATION', 'Charlotte'], ['LOCATION', 'NC'], ['ADDRESS', '1504 Lyndhurst Ave, Charlotte, NC 28203'], ['PERSON', 'Gregory Pham'], ['LOCATION', 'Raleigh']] },
  // 9 US bank wire transfer request
  { shape: 'form', text: 'Wire transfer request\nBeneficiary name: Olivia Brandt\nBeneficiary address: 2600 Grand Ave, Apt 9C, Des Moines, IA 50312, USA\nBeneficiary bank: First Prairie Bank, Des Moines branch\nAmount: USD 4,250.00\nReference: Invoice 2026-118 / consulting\nOriginator: Hector Villanueva', expect: [['PERSON', 'Olivia Brandt'], ['ADDRESS', '2600 Grand Ave, Apt 9C, Des Moines, IA 50312, USA'], ['ORGANIZATION', 'First Prairie Bank'], ['LOCATION', 'Des Moines'], ['PERSON', 'Hector Villanueva']] },
  // 10 US template-style prose sentence
  { shape: 'prose', text: 'Kevin O\'Brien was born in Boston, Massachusetts and now lives at 38 Oak Hill Road, Newton, MA 02459 with his wife, Maureen.', expect: [['PERSON', 'Kevin O\'Brien'], ['LOCATION', 'Boston'], ['LOCATION', 'Massachusetts'], ['ADDRESS', '38 Oak Hill Road, Newton, MA 02459'], ['PERSON', 'Maureen']] },
  // 11 US template-style prose sentence with a title
  { shape: 'prose', text: 'Please send the signed lease to Ms. Jasmine Ellery at 1200 Pine Street, Unit 5, San Francisco, CA 94109 no later than Friday.', expect: [['PERSON', 'Jasmine Ellery'], ['ADDRESS', '1200 Pine Street, Unit 5, San Francisco, CA 94109']] },
  // 12 US web contact-form submission
  { shape: 'form', text: 'Contact form submission\nFirst name: Mateo\nLast name: Ruiz\nEmail: mateo.ruiz@example.net\nCity: San Antonio\nState: Texas\nMessage: Hi, I\'m interested in the 2-bedroom listing on Blanco Road. Is it still available? I can tour any day after 5pm. My partner Jordan will join.', expect: [['PERSON', 'Mateo'], ['PERSON', 'Ruiz'], ['LOCATION', 'San Antonio'], ['LOCATION', 'Texas'], ['LOCATION', 'Blanco Road'], ['PERSON', 'Jordan']] },
  // 13 US auth and profile log lines
  { shape: 'log', text: '2026-10-12 08:15:42 WARN  auth  Failed login for user "dwilliams" from 203.0.113.42 (geo: Columbus, Ohio, US)\n2026-10-12 08:15:49 INFO  auth  Login OK user="dwilliams" name="Darnell Williams" geo="Columbus, Ohio, US"\n2026-10-12 09:01:03 INFO  profile  Address updated for Darnell Williams: "88 E Broad St, Columbus, OH 43215"', expect: [['LOCATION', 'Columbus'], ['LOCATION', 'Ohio'], ['LOCATION', 'US'], ['PERSON', 'Darnell Williams'], ['LOCATION', 'Columbus'], ['LOCATION', 'Ohio'], ['LOCATION', 'US'], ['PERSON', 'Darnell Williams'], ['ADDRESS', '88 E Broad St, Columbus, OH 43215']] },
  // 14 negative: release notes full of product and UI names
  { shape: 'negative', text: 'Release Notes - Version 4.2 (Winter Update)\nNew: Smart Compose for Notes, Dark Mode on Android and iOS, and a redesigned Settings > Privacy & Security page.\nFixed: Export to PDF failed when the Title field contained emoji.\nKnown issue: Sync with Google Calendar may lag during Daylight Saving Time changes.\nThanks to everyone in the Beta Program!', expect: [] },
  // 15 negative: order JSON with ids, amounts and dates only
  { shape: 'negative', text: '{"order_id":"ORD-99120-X","status":"SHIPPED","placed_at":"2026-11-02T19:44:10Z","items":[{"sku":"HX-220-BLK","qty":2,"unit_price":19.99},{"sku":"CBL-USB-C-1M","qty":1,"unit_price":8.49}],"subtotal":48.47,"tax":3.88,"total":52.35,"currency":"USD","carrier_code":"GRND","weight_oz":36}', expect: [] },
  // 16 US local news prose
  { shape: 'news', text: 'Mayor Linda Castellano of Tucson announced Tuesday that the city will expand bus service to Marana and Oro Valley. Council member Raúl Figueroa said the plan, funded partly by the Arizona Department of Transportation, would start in March.', expect: [['PERSON', 'Linda Castellano'], ['LOCATION', 'Tucson'], ['LOCATION', 'Marana'], ['LOCATION', 'Oro Valley'], ['PERSON', 'Raúl Figueroa'], ['ORGANIZATION', 'Arizona Department of Transportation']] },
  // 17 US shipping label, multi-line blocks
  { shape: 'label', text: 'FROM: Greenleaf Apparel Co.\n900 Industrial Pkwy\nReno, NV 89502\n\nSHIP TO:\nCHRISTOPHER DUNMORE\n4410 LAKESHORE BLVD APT 3\nMADISON WI 53704-2213\nUNITED STATES\n\nPRIORITY 2-DAY  WEIGHT: 2 LB 4 OZ', expect: [['ORGANIZATION', 'Greenleaf Apparel Co.'], ['ADDRESS', '900 Industrial Pkwy\nReno, NV 89502'], ['PERSON', 'CHRISTOPHER DUNMORE'], ['ADDRESS', '4410 LAKESHORE BLVD APT 3\nMADISON WI 53704-2213\nUNITED STATES']] },
  // 18 negative: job posting with titles, teams and holidays
  { shape: 'negative', text: 'Senior Vice President, Global Operations\nReports to: Chief Operating Officer\nTeams: Revenue Operations, Customer Success, Field Enablement\nBenefits: Medical, Dental, Vision, 401(k) with Match, Paid Parental Leave, Juneteenth and Veterans Day off\nApply through the Careers Portal by clicking Submit Application.', expect: [] },
  // 19 US meeting notes
  { shape: 'meeting', text: 'Attendees: Priya Raman, Tom Whitcombe, Angela Ruiz (remote from Denver)\nAction items:\n- Tom to confirm the venue in Nashville for the March offsite\n- Priya to send the contracts to Harbor & Pike LLP\n- Angela to book flights from Denver', expect: [['PERSON', 'Priya Raman'], ['PERSON', 'Tom Whitcombe'], ['PERSON', 'Angela Ruiz'], ['LOCATION', 'Denver'], ['PERSON', 'Tom'], ['LOCATION', 'Nashville'], ['PERSON', 'Priya'], ['ORGANIZATION', 'Harbor & Pike LLP'], ['PERSON', 'Angela'], ['LOCATION', 'Denver']] },
  // 20 US template-style prose, first person
  { shape: 'prose', text: 'My name is Eleanor Pryce-Brooks and I live at 17 Chestnut Street, Apt 2, Burlington, Vermont 05401. I grew up in Bangor, Maine, and my brother Nathaniel still lives there.', expect: [['PERSON', 'Eleanor Pryce-Brooks'], ['ADDRESS', '17 Chestnut Street, Apt 2, Burlington, Vermont 05401'], ['LOCATION', 'Bangor'], ['LOCATION', 'Maine'], ['PERSON', 'Nathaniel']] },
  // 21 UK letting agent e-mail
  { shape: 'email', text: 'Dear Mr Hargreaves,\n\nThank you for your application for the tenancy at Flat 3, 27 Montpelier Road, Brighton BN1 3BL. We will need a reference from your current landlord, Mrs Ayesha Khan, and proof of address.\n\nKind regards,\nSophie Lambert\nLettings Negotiator, Coastline Homes\n14 Western Road, Hove BN3 1AE', expect: [['PERSON', 'Hargreaves'], ['ADDRESS', 'Flat 3, 27 Montpelier Road, Brighton BN1 3BL'], ['PERSON', 'Ayesha Khan'], ['PERSON', 'Sophie Lambert'], ['ORGANIZATION', 'Coastline Homes'], ['ADDRESS', '14 Western Road, Hove BN3 1AE']] },
  // 22 UK clinic letter with a multi-line address block
  { shape: 'letter', text: 'Patient: Mr Daniel Okoro\nNHS No: 401 023 7788\nAddress:\n12 Albion Terrace\nHeaton\nNewcastle upon Tyne\nNE6 5LH\n\nDear Dr Fenwick,\nI reviewed Mr Okoro in the respiratory clinic at the Freeman Hospital on 14 November. He moved back from Aberdeen in the summer and his symptoms started soon after.', expect: [['PERSON', 'Daniel Okoro'], ['ADDRESS', '12 Albion Terrace\nHeaton\nNewcastle upon Tyne\nNE6 5LH'], ['PERSON', 'Fenwick'], ['PERSON', 'Okoro'], ['ORGANIZATION', 'Freeman Hospital'], ['LOCATION', 'Aberdeen']] },
  // 23 UK CSV mailing list
  { shape: 'csv', text: 'name,address_line_1,town,county,postcode\nHarriet Blackwood,4 Mill Lane,Hebden Bridge,West Yorkshire,HX7 8AB\nOwain Pritchard,Tŷ Gwyn,Llandeilo,Carmarthenshire,SA19 6HN\nCallum McAllister,22/5 Leith Walk,Edinburgh,,EH6 8LN', expect: [['PERSON', 'Harriet Blackwood'], ['ADDRESS', '4 Mill Lane'], ['LOCATION', 'Hebden Bridge'], ['LOCATION', 'West Yorkshire'], ['PERSON', 'Owain Pritchard'], ['ADDRESS', 'Tŷ Gwyn'], ['LOCATION', 'Llandeilo'], ['LOCATION', 'Carmarthenshire'], ['PERSON', 'Callum McAllister'], ['ADDRESS', '22/5 Leith Walk'], ['LOCATION', 'Edinburgh']] },
  // 24 UK bank support chat, change of address
  { shape: 'chat', text: 'Customer: Hi, I need to change the address on my account. It\'s Eilidh Fraser.\nAdvisor (Raj): Hi Eilidh, thanks. For security, can you confirm your current postcode?\nCustomer: G12 8QQ. I\'m moving from Glasgow to Dundee next week.\nAdvisor (Raj): Thanks. What\'s the new address?\nCustomer: 9 Magdalen Yard Road, Dundee DD1 4NE.\nAdvisor (Raj): Updated. You\'ll get a confirmation letter at the new address within five working days.', expect: [['PERSON', 'Eilidh Fraser'], ['PERSON', 'Raj'], ['PERSON', 'Eilidh'], ['LOCATION', 'Glasgow'], ['LOCATION', 'Dundee'], ['PERSON', 'Raj'], ['ADDRESS', '9 Magdalen Yard Road, Dundee DD1 4NE'], ['PERSON', 'Raj']] },
  // 25 UK courier API log lines
  { shape: 'log', text: '[2026-11-19 13:04:55] courier-api INFO delivery.attempted parcel=GB7731020 recipient="Nathan Crowley" address="Unit 6, Brindley Court, Stafford ST16 3DW" driver="M. Sadiq" outcome=CARD_LEFT\n[2026-11-19 13:05:10] courier-api INFO depot.reroute parcel=GB7731020 depot="Cannock"', expect: [['PERSON', 'Nathan Crowley'], ['ADDRESS', 'Unit 6, Brindley Court, Stafford ST16 3DW'], ['PERSON', 'M. Sadiq'], ['LOCATION', 'Cannock']] },
  // 26 UK template-style prose
  { shape: 'prose', text: 'Imogen Fairweather, 34, from Bristol, was travelling to Cardiff when her train was held at Newport for two hours.', expect: [['PERSON', 'Imogen Fairweather'], ['LOCATION', 'Bristol'], ['LOCATION', 'Cardiff'], ['LOCATION', 'Newport']] },
  // 27 negative: board meeting agenda headings
  { shape: 'negative', text: 'AGENDA - Quarterly Board Meeting\n1. Apologies for Absence\n2. Minutes of the Previous Meeting\n3. Chair\'s Report\n4. Finance & Audit Committee Update\n5. Health and Safety Policy Review\n6. Any Other Business\nDate of Next Meeting: Thursday 12 February, Boardroom 2', expect: [] },
  // 28 UK HR starter form
  { shape: 'form', text: 'New starter form\nFull name: Kwame Asante-Boateng\nPreferred name: Kwame\nHome address: 58 Ladypool Road, Sparkbrook, Birmingham B12 8JU\nNational Insurance no.: QQ 12 34 56 C\nStart date: 05/01/2027\nLine manager: Fiona Gallagher\nBase: Leicester office', expect: [['PERSON', 'Kwame Asante-Boateng'], ['PERSON', 'Kwame'], ['ADDRESS', '58 Ladypool Road, Sparkbrook, Birmingham B12 8JU'], ['PERSON', 'Fiona Gallagher'], ['LOCATION', 'Leicester']] },
  // 29 UK order JSON with a gift message
  { shape: 'json', text: '{"orderRef":"UK-448201","customer":{"name":"Georgina Pell","deliveryAddress":"The Coach House, Priory Lane, Burford, Oxfordshire OX18 4SG"},"giftMessage":"Happy 40th Tom, love from George and the kids xx","seller":"Windrush Garden Supplies"}', expect: [['PERSON', 'Georgina Pell'], ['ADDRESS', 'The Coach House, Priory Lane, Burford, Oxfordshire OX18 4SG'], ['PERSON', 'Tom'], ['PERSON', 'George'], ['ORGANIZATION', 'Windrush Garden Supplies']] },
  // 30 UK home insurance letter
  { shape: 'letter', text: 'Claim reference: HM-77120\n\nYour home insurance claim for storm damage at 3 Quayside Cottages, Porthleven, Helston TR13 9JP has been assigned to our loss adjuster, Gareth Llewellyn, who will visit on Tuesday. If you are staying elsewhere, for example with family in Truro, please let us know.\n\nYours sincerely,\nClaims Team, Kernow Mutual', expect: [['ADDRESS', '3 Quayside Cottages, Porthleven, Helston TR13 9JP'], ['PERSON', 'Gareth Llewellyn'], ['LOCATION', 'Truro'], ['ORGANIZATION', 'Kernow Mutual']] },
  // 31 negative: bank statement CSV with references and amounts only
  { shape: 'negative', text: 'Date,Description,Paid out,Paid in,Balance\n01/11/2026,DIRECT DEBIT REF 00412,45.00,,1204.33\n03/11/2026,CARD PAYMENT 4471,12.60,,1191.73\n05/11/2026,FASTER PAYMENT RECEIVED REF 77-21,,500.00,1691.73\n07/11/2026,STANDING ORDER 0093,650.00,,1041.73', expect: [] },
  // 32 UK prose with landmarks and neighbourhoods
  { shape: 'prose', text: 'We met outside the British Museum, walked through Covent Garden to Trafalgar Square and ended up at a pub in Soho with Hamish and his sister Ruth.', expect: [['ORGANIZATION', 'British Museum'], ['LOCATION', 'Covent Garden'], ['LOCATION', 'Trafalgar Square'], ['LOCATION', 'Soho'], ['PERSON', 'Hamish'], ['PERSON', 'Ruth']] },
  // 33 UK support ticket with a multi-line delivery block
  { shape: 'ticket', text: 'Ticket 55102 - Customer reports the kettle (model KX-200) arrived with a cracked lid. Please ship the replacement to:\nMrs Rosalind Achebe\nFlat 12, Kingfisher House\n41 Canal Street\nManchester\nM1 3HE\nUnited Kingdom\nAgent: Liam Doherty', expect: [['PERSON', 'Rosalind Achebe'], ['ADDRESS', 'Flat 12, Kingfisher House\n41 Canal Street\nManchester\nM1 3HE\nUnited Kingdom'], ['PERSON', 'Liam Doherty']] },
  // 34 CA JSON profile (Québec address in fields)
  { shape: 'json', text: '{"firstName":"Geneviève","lastName":"Tremblay","address":{"street":"1450 rue Sherbrooke Ouest, app. 804","city":"Montréal","province":"QC","postalCode":"H3G 1K4","country":"Canada"},"preferredLanguage":"fr"}', expect: [['PERSON', 'Geneviève'], ['PERSON', 'Tremblay'], ['ADDRESS', '1450 rue Sherbrooke Ouest, app. 804'], ['LOCATION', 'Montréal'], ['LOCATION', 'QC'], ['LOCATION', 'Canada']] },
  // 35 CA personal e-mail about a move
  { shape: 'email', text: 'Hi Mandeep,\nJust confirming the movers will be at 2231 Kingsway, Unit 407, Vancouver, BC V5N 2T4 on Saturday at 9. After that we drive to Kelowna and stay with Ian and Colette until the house in West Kelowna closes.\nCheers,\nBrooke', expect: [['PERSON', 'Mandeep'], ['ADDRESS', '2231 Kingsway, Unit 407, Vancouver, BC V5N 2T4'], ['LOCATION', 'Kelowna'], ['PERSON', 'Ian'], ['PERSON', 'Colette'], ['LOCATION', 'West Kelowna'], ['PERSON', 'Brooke']] },
  // 36 CA CSV membership list
  { shape: 'csv', text: 'Member,City,Province,Joined\nJean-Luc Bergeron,Québec City,QC,2019\nAisha Mohamud,Edmonton,AB,2021\nRyan MacIsaac,Sydney,NS,2016\nHelen Yu,Richmond,BC,2023', expect: [['PERSON', 'Jean-Luc Bergeron'], ['LOCATION', 'Québec City'], ['LOCATION', 'QC'], ['PERSON', 'Aisha Mohamud'], ['LOCATION', 'Edmonton'], ['LOCATION', 'AB'], ['PERSON', 'Ryan MacIsaac'], ['LOCATION', 'Sydney'], ['LOCATION', 'NS'], ['PERSON', 'Helen Yu'], ['LOCATION', 'Richmond'], ['LOCATION', 'BC']] },
  // 37 CA geocoder error log
  { shape: 'log', text: '2026-11-21T03:12:44-05:00 ERROR geocoder  Could not resolve address \'190 Main St W, Hamilton, ON L8P 1J1\' for account_holder=\'Dmitri Volkov\' fallback=city:\'Hamilton\'', expect: [['ADDRESS', '190 Main St W, Hamilton, ON L8P 1J1'], ['PERSON', 'Dmitri Volkov'], ['LOCATION', 'Hamilton']] },
  // 38 CA medical referral
  { shape: 'form', text: 'Referral\nPatient: Mary-Beth Kowalchuk\nHealth card: 1234-567-890-AB\nAddress: Box 118, Gimli, MB R0C 1B0\nReferred to: Dr. Sanjay Mehta, cardiology, Health Sciences Centre, Winnipeg\nReason: Palpitations, abnormal ECG at the Gimli clinic on 2026-11-02.', expect: [['PERSON', 'Mary-Beth Kowalchuk'], ['ADDRESS', 'Box 118, Gimli, MB R0C 1B0'], ['PERSON', 'Sanjay Mehta'], ['ORGANIZATION', 'Health Sciences Centre'], ['LOCATION', 'Winnipeg'], ['LOCATION', 'Gimli']] },
  // 39 CA template-style prose
  { shape: 'prose', text: 'After twenty years in Halifax, Nova Scotia, Theresa Cormier moved back to Moncton to be closer to her brother Luc.', expect: [['LOCATION', 'Halifax'], ['LOCATION', 'Nova Scotia'], ['PERSON', 'Theresa Cormier'], ['LOCATION', 'Moncton'], ['PERSON', 'Luc']] },
  // 40 negative: statutory holiday schedule
  { shape: 'negative', text: 'Statutory holiday schedule: Canada Day (July 1), Civic Holiday (August 3), Labour Day (September 7), Thanksgiving (October 12), Remembrance Day (November 11). Offices reopen the following business day.', expect: [] },
  // 41 CA support chat, lower-case name
  { shape: 'chat', text: 'User: hey my parcel\'s been stuck in Mississauga since tuesday\nBot: Sorry about that! Can I have your name and tracking number?\nUser: nadia haddad, 7701 2290 4410\n*** Agent Chris joined the chat ***\nChris: Hi Nadia, it\'s at the Mississauga hub and will go out for delivery to Oakville tomorrow.', expect: [['LOCATION', 'Mississauga'], ['PERSON', 'nadia haddad'], ['PERSON', 'Chris'], ['PERSON', 'Chris'], ['PERSON', 'Nadia'], ['LOCATION', 'Mississauga'], ['LOCATION', 'Oakville']] },
  // 42 CA scholarship form with a multi-line mailing block
  { shape: 'form', text: 'Scholarship application\nHigh school: Jarvis Collegiate Institute\nMailing address:\nOwen Tsang\n305-88 Queens Quay W\nToronto ON  M5J 0B8\nCanada\nIntended program: Civil Engineering', expect: [['ORGANIZATION', 'Jarvis Collegiate Institute'], ['PERSON', 'Owen Tsang'], ['ADDRESS', '305-88 Queens Quay W\nToronto ON  M5J 0B8\nCanada']] },
  // 43 AU delivery JSON
  { shape: 'json', text: '{"customer":"Lachlan Brierley","deliveryAddress":"Unit 4, 17 Beach Road, Bondi NSW 2026","contactPhone":"0412 555 019","notes":"Leave with neighbour Kirsty at unit 3 if not home"}', expect: [['PERSON', 'Lachlan Brierley'], ['ADDRESS', 'Unit 4, 17 Beach Road, Bondi NSW 2026'], ['PERSON', 'Kirsty']] },
  // 44 AU work e-mail
  { shape: 'email', text: 'G\'day Sienna,\nThe Brisbane workshop has moved to the Fortitude Valley office: Level 3, 200 Wickham Street, Fortitude Valley QLD 4006. Harrison will meet you at reception. Flights from Melbourne land at 9.40.\nCheers, Mick', expect: [['PERSON', 'Sienna'], ['LOCATION', 'Brisbane'], ['LOCATION', 'Fortitude Valley'], ['ADDRESS', 'Level 3, 200 Wickham Street, Fortitude Valley QLD 4006'], ['PERSON', 'Harrison'], ['LOCATION', 'Melbourne'], ['PERSON', 'Mick']] },
  // 45 AU CSV, surname first
  { shape: 'csv', text: 'surname,given_names,suburb,state,postcode\nNguyen,Thi Hoa,Cabramatta,NSW,2166\nO\'Connell,Brendan James,Ballarat,VIC,3350\nWatson,Kylie,Alice Springs,NT,0870', expect: [['PERSON', 'Nguyen'], ['PERSON', 'Thi Hoa'], ['LOCATION', 'Cabramatta'], ['LOCATION', 'NSW'], ['PERSON', 'O\'Connell'], ['PERSON', 'Brendan James'], ['LOCATION', 'Ballarat'], ['LOCATION', 'VIC'], ['PERSON', 'Watson'], ['PERSON', 'Kylie'], ['LOCATION', 'Alice Springs'], ['LOCATION', 'NT']] },
  // 46 AU travel prose
  { shape: 'prose', text: 'Jack Fitzpatrick drove from Perth to Broome along the coast, stopping at Geraldton and Exmouth before meeting his mate Darcy at Cable Beach.', expect: [['PERSON', 'Jack Fitzpatrick'], ['LOCATION', 'Perth'], ['LOCATION', 'Broome'], ['LOCATION', 'Geraldton'], ['LOCATION', 'Exmouth'], ['PERSON', 'Darcy'], ['LOCATION', 'Cable Beach']] },
  // 47 AU payments log
  { shape: 'log', text: '[WARN] 2026-11-08 22:10:01 AEDT payments: card declined for cust_id=551902 name=\'Charlotte Eng\' billing_suburb=\'Parramatta\' billing_state=\'NSW\' reason=INSUFFICIENT_FUNDS', expect: [['PERSON', 'Charlotte Eng'], ['LOCATION', 'Parramatta'], ['LOCATION', 'NSW']] },
  // 48 negative: cafe menu and opening hours
  { shape: 'negative', text: 'Menu: Flat White $5.20, Long Black $4.80, Avocado Smash $19.50, Big Breakfast $24.00, Lamington $6.00. Happy Hour 4-6pm Monday to Friday. Closed Australia Day and Anzac Day.', expect: [] },
  // 49 AU home insurance record
  { shape: 'form', text: 'Policyholder: Ms Tayla Robertson\nRisk address: 8 Ironbark Close, Toowoomba QLD 4350\nCover: Home & Contents\nClaim: Hail damage to roof, 3 Nov 2026\nAssessor: Vikram Desai (Brisbane office)', expect: [['PERSON', 'Tayla Robertson'], ['ADDRESS', '8 Ironbark Close, Toowoomba QLD 4350'], ['PERSON', 'Vikram Desai'], ['LOCATION', 'Brisbane']] },
  // 50 AU call transcript, real estate
  { shape: 'transcript', text: 'Zoe: Hi, Zoe from Harbourside Realty calling. Am I speaking with Nick Papadopoulos?\nNick: Yeah, that\'s me.\nZoe: Great news. The owners of the Marrickville property accepted your offer. Settlement will be handled by Kaur & Associates.\nNick: Brilliant, I\'ll tell my wife Eleni tonight.', expect: [['PERSON', 'Zoe'], ['PERSON', 'Zoe'], ['ORGANIZATION', 'Harbourside Realty'], ['PERSON', 'Nick Papadopoulos'], ['PERSON', 'Nick'], ['PERSON', 'Zoe'], ['LOCATION', 'Marrickville'], ['ORGANIZATION', 'Kaur & Associates'], ['PERSON', 'Nick'], ['PERSON', 'Eleni']] },
  // 51 AU parcel label, upper case block
  { shape: 'label', text: 'DELIVER TO:\nMR ANDREW TAUFA\n22 HOBSON ST\nTHORNBURY VIC 3071\nAUSTRALIA\nSIGNATURE REQUIRED', expect: [['PERSON', 'ANDREW TAUFA'], ['ADDRESS', '22 HOBSON ST\nTHORNBURY VIC 3071\nAUSTRALIA']] },
  // 52 IN loan application JSON
  { shape: 'json', text: '{"applicant_name":"Rohan Deshmukh","father_name":"Suresh Deshmukh","address":"Flat 302, Sai Residency, Baner Road, Pune, Maharashtra 411045","loan_amount":1500000,"tenure_months":60}', expect: [['PERSON', 'Rohan Deshmukh'], ['PERSON', 'Suresh Deshmukh'], ['ADDRESS', 'Flat 302, Sai Residency, Baner Road, Pune, Maharashtra 411045']] },
  // 53 IN CSV with city, state and pincode
  { shape: 'csv', text: 'Name,City,State,Pincode\nAnanya Iyer,Chennai,Tamil Nadu,600028\nHarpreet Kaur Gill,Amritsar,Punjab,143001\nSyed Imran Ali,Hyderabad,Telangana,500034\nDebashish Mukherjee,Kolkata,West Bengal,700019', expect: [['PERSON', 'Ananya Iyer'], ['LOCATION', 'Chennai'], ['LOCATION', 'Tamil Nadu'], ['PERSON', 'Harpreet Kaur Gill'], ['LOCATION', 'Amritsar'], ['LOCATION', 'Punjab'], ['PERSON', 'Syed Imran Ali'], ['LOCATION', 'Hyderabad'], ['LOCATION', 'Telangana'], ['PERSON', 'Debashish Mukherjee'], ['LOCATION', 'Kolkata'], ['LOCATION', 'West Bengal']] },
  // 54 IN e-commerce support chat
  { shape: 'chat', text: 'Customer: Hi, my order still hasn\'t come. Name is Kavya Reddy, address 14-2-118, Road No. 5, Banjara Hills, Hyderabad 500034.\nAgent (Sunil): Sorry for the trouble, Kavya ji. The courier shows it is at the Secunderabad hub and will be delivered by tomorrow evening.', expect: [['PERSON', 'Kavya Reddy'], ['ADDRESS', '14-2-118, Road No. 5, Banjara Hills, Hyderabad 500034'], ['PERSON', 'Sunil'], ['PERSON', 'Kavya'], ['LOCATION', 'Secunderabad']] },
  // 55 IN hospital discharge summary
  { shape: 'form', text: 'DISCHARGE SUMMARY\nPatient: Mr. Venkatesh Subramanian, 67 M\nUHID: 2026-118834\nAddress: 22, 3rd Main Road, Jayanagar 4th Block, Bengaluru 560011\nConsultant: Dr. Lakshmi Narayanan\nDiagnosis: Type 2 diabetes mellitus, uncontrolled\nAdvice: Follow-up at the Whitefield clinic after 2 weeks.', expect: [['PERSON', 'Venkatesh Subramanian'], ['ADDRESS', '22, 3rd Main Road, Jayanagar 4th Block, Bengaluru 560011'], ['PERSON', 'Lakshmi Narayanan'], ['LOCATION', 'Whitefield']] },
  // 56 IN template-style prose
  { shape: 'prose', text: 'Priya Nair, a software engineer from Kochi, Kerala, moved to Gurugram in 2022 and now shares a flat near Cyber Hub with her college friend Shruti Bansal.', expect: [['PERSON', 'Priya Nair'], ['LOCATION', 'Kochi'], ['LOCATION', 'Kerala'], ['LOCATION', 'Gurugram'], ['LOCATION', 'Cyber Hub'], ['PERSON', 'Shruti Bansal']] },
  // 57 IN KYC worker log
  { shape: 'log', text: '2026-11-14 19:32:10,441 INFO [kyc-worker-3] KYC verified: name=Mohammed Farhan Shaikh, dob=1994-02-11, city=Bhiwandi, state=Maharashtra, pincode=421302', expect: [['PERSON', 'Mohammed Farhan Shaikh'], ['LOCATION', 'Bhiwandi'], ['LOCATION', 'Maharashtra']] },
  // 58 IN HR offer e-mail
  { shape: 'email', text: 'Dear Aditi,\nWe are pleased to offer you the position of Associate Consultant at our Noida office. Please report to Mr. Abhishek Rawat, 5th Floor, Tower B, Logix Techno Park, Sector 127, Noida, Uttar Pradesh 201313 on 4 January 2027.\nRegards,\nNeha Kapoor\nHR, Quantiva Solutions Pvt. Ltd.', expect: [['PERSON', 'Aditi'], ['LOCATION', 'Noida'], ['PERSON', 'Abhishek Rawat'], ['ADDRESS', '5th Floor, Tower B, Logix Techno Park, Sector 127, Noida, Uttar Pradesh 201313'], ['PERSON', 'Neha Kapoor'], ['ORGANIZATION', 'Quantiva Solutions Pvt. Ltd.']] },
  // 59 negative: festival sale banner
  { shape: 'negative', text: 'Festival Offer! Diwali Dhamaka Sale - Flat 40% off on Smart TVs, Refrigerators and Washing Machines. Use code FESTIVE40 at checkout. Valid till Bhai Dooj. No Cost EMI on select cards. T&C apply.', expect: [] },
  // 60 IN bank NEFT transfer record
  { shape: 'form', text: 'NEFT transfer\nBeneficiary: Gurpreet Singh Sandhu\nBank: Punjab & Sind Bank, Ludhiana Main Branch\nIFSC: PSIB0000123\nAmount: Rs. 75,000\nRemarks: Rent Nov - Model Town house', expect: [['PERSON', 'Gurpreet Singh Sandhu'], ['ORGANIZATION', 'Punjab & Sind Bank'], ['LOCATION', 'Ludhiana'], ['LOCATION', 'Model Town']] },
  // 61 IN letter with a multi-line address block
  { shape: 'letter', text: 'To,\nShri Ramesh Chandra Joshi\nH.No. 45, Ward No. 7\nNear Hanuman Mandir, Mallital\nNainital, Uttarakhand - 263001\n\nSubject: Correction in electricity bill for October 2026\n\nSir, with reference to your complaint dated 3 November, the meter reading has been corrected.', expect: [['PERSON', 'Ramesh Chandra Joshi'], ['ADDRESS', 'H.No. 45, Ward No. 7\nNear Hanuman Mandir, Mallital\nNainital, Uttarakhand - 263001']] },
  // 62 IN motor insurance record
  { shape: 'form', text: 'Policy No: 3012/48817/2026\nProposer: Mrs. Sunita Agarwal\nNominee: Aarav Agarwal (son)\nCommunication address: B-12, Vasant Kunj, New Delhi - 110070\nVehicle: Maruti Suzuki Swift VXi, registered in Jaipur', expect: [['PERSON', 'Sunita Agarwal'], ['PERSON', 'Aarav Agarwal'], ['ADDRESS', 'B-12, Vasant Kunj, New Delhi - 110070'], ['LOCATION', 'Jaipur']] },
  // 63 EN template-style prose, international
  { shape: 'prose', text: 'Hiroshi Tanaka, originally from Osaka, Japan, now works in Seattle, Washington and lives with his partner Camila Restrepo.', expect: [['PERSON', 'Hiroshi Tanaka'], ['LOCATION', 'Osaka'], ['LOCATION', 'Japan'], ['LOCATION', 'Seattle'], ['LOCATION', 'Washington'], ['PERSON', 'Camila Restrepo']] },
  // 64 EN user record JSON, UAE
  { shape: 'json', text: '{"id":"u_20931","name":"Fatima Al-Sayed","country":"United Arab Emirates","city":"Dubai","address":"Apt 1204, Marina Heights Tower, Dubai Marina, Dubai","language":"ar"}', expect: [['PERSON', 'Fatima Al-Sayed'], ['LOCATION', 'United Arab Emirates'], ['LOCATION', 'Dubai'], ['ADDRESS', 'Apt 1204, Marina Heights Tower, Dubai Marina, Dubai']] },
  // 65 EN CSV, names from many countries
  { shape: 'csv', text: 'full_name,country,city\nOluwaseun Adebayo,Nigeria,Lagos\nMei Ling Tan,Singapore,Singapore\nSiobhán Ní Bhriain,Ireland,Galway\nThabo Mokoena,South Africa,Johannesburg\nLars Eriksson,Sweden,Uppsala', expect: [['PERSON', 'Oluwaseun Adebayo'], ['LOCATION', 'Nigeria'], ['LOCATION', 'Lagos'], ['PERSON', 'Mei Ling Tan'], ['LOCATION', 'Singapore'], ['LOCATION', 'Singapore'], ['PERSON', 'Siobhán Ní Bhriain'], ['LOCATION', 'Ireland'], ['LOCATION', 'Galway'], ['PERSON', 'Thabo Mokoena'], ['LOCATION', 'South Africa'], ['LOCATION', 'Johannesburg'], ['PERSON', 'Lars Eriksson'], ['LOCATION', 'Sweden'], ['LOCATION', 'Uppsala']] },
  // 66 IE estate agent e-mail
  { shape: 'email', text: 'Hi Ciarán,\nThe viewing at 14 Grove Park, Rathmines, Dublin 6, D06 X2P4 is confirmed for Thursday at 5.30. Aoife from our Cork office will send on the BER cert beforehand.\nBest,\nNiamh Gallagher\nCastleview Estates', expect: [['PERSON', 'Ciarán'], ['ADDRESS', '14 Grove Park, Rathmines, Dublin 6, D06 X2P4'], ['PERSON', 'Aoife'], ['LOCATION', 'Cork'], ['PERSON', 'Niamh Gallagher'], ['ORGANIZATION', 'Castleview Estates']] },
  // 67 ZA checkout form, address in fields
  { shape: 'form', text: 'Delivery details\nName: Sipho Dlamini\nStreet: 34 Jan Smuts Avenue\nSuburb: Parktown\nCity: Johannesburg\nProvince: Gauteng\nPostal code: 2193', expect: [['PERSON', 'Sipho Dlamini'], ['ADDRESS', '34 Jan Smuts Avenue'], ['LOCATION', 'Parktown'], ['LOCATION', 'Johannesburg'], ['LOCATION', 'Gauteng']] },
  // 68 SG group chat
  { shape: 'chat', text: '[14:21] Wei Jie: anyone going to the Jurong East meetup on Sat?\n[14:22] Nurul: I can, but need to leave by 4 to fetch my mum from Changi Airport\n[14:22] Wei Jie: ok I\'ll book a table at Jem\n[14:23] Arvind: count me in, coming from Tampines', expect: [['PERSON', 'Wei Jie'], ['LOCATION', 'Jurong East'], ['PERSON', 'Nurul'], ['LOCATION', 'Changi Airport'], ['PERSON', 'Wei Jie'], ['LOCATION', 'Jem'], ['PERSON', 'Arvind'], ['LOCATION', 'Tampines']] },
  // 69 NG dispatch log
  { shape: 'log', text: '2026-11-02 10:44:03 INFO dispatch assigned rider="Emeka Nwosu" pickup="Plot 12, Admiralty Way, Lekki Phase 1, Lagos" dropoff_area="Ikeja" eta=35m', expect: [['PERSON', 'Emeka Nwosu'], ['ADDRESS', 'Plot 12, Admiralty Way, Lekki Phase 1, Lagos'], ['LOCATION', 'Ikeja']] },
  // 70 negative: KPI report with figures and ids only
  { shape: 'negative', text: 'Quarterly KPIs - Q3 FY26\nRevenue: $4.82M (+12% QoQ)\nChurn: 2.1%\nNPS: 47\nTickets closed: 18,204\nMedian first response: 3h 12m\nReport ID: KPI-2026-Q3-0071, generated 2026-10-02 06:00 UTC', expect: [] },
  // 71 negative: settings screen UI labels
  { shape: 'negative', text: 'Settings\n  Account\n    Profile Photo | Display Name | Time Zone\n  Notifications\n    Email Digest: Weekly\n    Push Alerts: On\n  Billing\n    Plan: Business Pro\n    Next Invoice: 01 Dec 2026\n[Save Changes] [Cancel] [Delete Account]', expect: [] },
  // 72 negative: card benefits copy with product names
  { shape: 'negative', text: 'The Platinum Rewards Card now includes Priority Boarding, Lounge Access and Travel Insurance. Members who upgrade before Black Friday receive 20,000 Bonus Points, credited after the first Statement Date.', expect: [] },
  // 73 US lab order JSON
  { shape: 'json', text: '{"patient":{"name":"Yolanda Pierce","dob":"1971-08-02","sex":"F"},"ordering_provider":"Dr. Aaron Feldman","facility":"Lakeside Family Medicine","facility_address":"455 N Lake Shore Dr, Suite 210, Chicago, IL 60611","tests":["CBC","Lipid Panel","HbA1c"]}', expect: [['PERSON', 'Yolanda Pierce'], ['PERSON', 'Aaron Feldman'], ['ORGANIZATION', 'Lakeside Family Medicine'], ['ADDRESS', '455 N Lake Shore Dr, Suite 210, Chicago, IL 60611']] },
  // 74 EN template-style prose, travel
  { shape: 'prose', text: 'Ahmed Raza flew from Karachi to Toronto via Doha to visit his daughter Sana, who studies in Waterloo.', expect: [['PERSON', 'Ahmed Raza'], ['LOCATION', 'Karachi'], ['LOCATION', 'Toronto'], ['LOCATION', 'Doha'], ['PERSON', 'Sana'], ['LOCATION', 'Waterloo']] },
  // 75 US customer-care e-mail with a signature block
  { shape: 'email', text: 'Hi Mr. Kowalczyk,\nYour replacement tent (TrailPeak 4) will ship from our Spokane warehouse on Monday, and you should have it in Boise by Thursday.\nThanks again for your patience.\n\nMaria Santos-Whitney\nCustomer Care Lead\nBluefin Outdoor Co.\n1220 Marine View Dr\nTacoma, WA 98422\n(253) 555-0134', expect: [['PERSON', 'Kowalczyk'], ['LOCATION', 'Spokane'], ['LOCATION', 'Boise'], ['PERSON', 'Maria Santos-Whitney'], ['ORGANIZATION', 'Bluefin Outdoor Co.'], ['ADDRESS', '1220 Marine View Dr\nTacoma, WA 98422']] },
  // 76 EN CRM lead JSON, Nigeria
  { shape: 'json', text: '{"lead":{"name":"Ngozi Eze","company":"Sunray Foods Ltd","title":"Procurement Manager","city":"Abuja","country":"Nigeria"},"owner":"Patrick Hennessy","stage":"Proposal","next_step":"Call after her trip to Accra"}', expect: [['PERSON', 'Ngozi Eze'], ['ORGANIZATION', 'Sunray Foods Ltd'], ['LOCATION', 'Abuja'], ['LOCATION', 'Nigeria'], ['PERSON', 'Patrick Hennessy'], ['LOCATION', 'Accra']] },
  // 77 negative: internal reminder e-mail
  { shape: 'negative', text: 'Hi team,\nReminder that the Annual Compliance Training is due by Friday. Modules: Data Protection Essentials, Anti-Bribery, and Information Security Awareness. Complete them in the Learning Hub under My Courses.\nThanks,\nThe People Operations Team', expect: [] },
  // 78 EN support ticket, billing country
  { shape: 'ticket', text: 'Ticket #90417 | Status: Pending\nRequester: Hannah Schultz\nSubject: Wrong billing country\nDescription: My invoice shows Austria but I\'m based in Australia (Adelaide). Please correct it. My colleague Ben Achterberg had the same issue last month.', expect: [['PERSON', 'Hannah Schultz'], ['LOCATION', 'Austria'], ['LOCATION', 'Australia'], ['LOCATION', 'Adelaide'], ['PERSON', 'Ben Achterberg']] },
  // 79 EN HR table in markdown
  { shape: 'table', text: '| Employee | Role | Location | Start |\n|---|---|---|---|\n| Carlos Mendoza | Site Engineer | Houston, TX | 2024-03-11 |\n| Yuki Sato | UX Designer | Remote (Osaka) | 2025-07-01 |\n| Bilal Chaudhry | Data Analyst | Manchester, UK | 2023-10-16 |', expect: [['PERSON', 'Carlos Mendoza'], ['LOCATION', 'Houston'], ['LOCATION', 'TX'], ['PERSON', 'Yuki Sato'], ['LOCATION', 'Osaka'], ['PERSON', 'Bilal Chaudhry'], ['LOCATION', 'Manchester'], ['LOCATION', 'UK']] },
  // 80 US prose with neighbourhoods and landmarks
  { shape: 'prose', text: 'On our last day in San Francisco we walked from the Mission District up to Twin Peaks, took a cab to the Golden Gate Bridge and had dinner in North Beach with Marisol and Kenji.', expect: [['LOCATION', 'San Francisco'], ['LOCATION', 'Mission District'], ['LOCATION', 'Twin Peaks'], ['LOCATION', 'Golden Gate Bridge'], ['LOCATION', 'North Beach'], ['PERSON', 'Marisol'], ['PERSON', 'Kenji']] },
  // 81 negative: gateway error with ids and timestamps
  { shape: 'negative', text: 'Error 502: Bad Gateway. Upstream service Billing-API did not respond within 30000 ms. Trace ID 4f1c2a9e-77d0-4b4e-9a1f-0c2d3e4f5a6b. Retry after 2026-11-28T10:15:00Z.', expect: [] },
  // 82 US bank letter with a multi-line recipient block
  { shape: 'letter', text: 'Mr. Theodore Quansah\n77 Ridgewood Terrace\nMaplewood, NJ 07040\n\nRe: Savings account ending 4471\n\nDear Mr. Quansah,\nWe have received your request to close the account above. The remaining balance will be mailed to you by check within ten business days.\n\nSincerely,\nEvelyn Marsh\nBranch Manager, Garden State Savings, Montclair Branch', expect: [['PERSON', 'Theodore Quansah'], ['ADDRESS', '77 Ridgewood Terrace\nMaplewood, NJ 07040'], ['PERSON', 'Quansah'], ['PERSON', 'Evelyn Marsh'], ['ORGANIZATION', 'Garden State Savings'], ['LOCATION', 'Montclair']] },
  // 83 US text message
  { shape: 'sms', text: 'hey its Destiny, running late, stuck on 495 near Silver Spring. tell Marcus to start without me, ill meet yall at the restaurant in Bethesda', expect: [['PERSON', 'Destiny'], ['LOCATION', 'Silver Spring'], ['PERSON', 'Marcus'], ['LOCATION', 'Bethesda']] },
  // 84 US voicemail transcript
  { shape: 'transcript', text: 'Voicemail (0:41) from +1 617 555 0190: Hi, this is Paula Fontaine from Dr. Greenberg\'s office at Mass General, calling for Justin Lee. We need to move your Thursday appointment to the Waltham location. Please call us back.', expect: [['PERSON', 'Paula Fontaine'], ['PERSON', 'Greenberg'], ['ORGANIZATION', 'Mass General'], ['PERSON', 'Justin Lee'], ['LOCATION', 'Waltham']] },
  // 85 DE customer JSON with split address fields
  { shape: 'json', text: '{"kunde":{"vorname":"Jürgen","nachname":"Schäfer","strasse":"Hauptstraße 42","plz":"69117","ort":"Heidelberg","land":"Deutschland"},"bestellnummer":"DE-2026-77120","zahlart":"Rechnung"}', expect: [['PERSON', 'Jürgen'], ['PERSON', 'Schäfer'], ['ADDRESS', 'Hauptstraße 42'], ['LOCATION', 'Heidelberg'], ['LOCATION', 'Deutschland']] },
  // 86 DE HR e-mail, interview invitation
  { shape: 'email', text: 'Sehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zu einem Vorstellungsgespräch am 9. Dezember in unsere Niederlassung in Köln ein. Adresse: Rheinauhafen 7, 50678 Köln. Ihr Ansprechpartner vor Ort ist Herr Tobias Brenner.\n\nMit freundlichen Grüßen\nKatharina Wolff\nPersonalabteilung, Rheinland Logistik GmbH', expect: [['PERSON', 'Yilmaz'], ['LOCATION', 'Köln'], ['ADDRESS', 'Rheinauhafen 7, 50678 Köln'], ['PERSON', 'Tobias Brenner'], ['PERSON', 'Katharina Wolff'], ['ORGANIZATION', 'Rheinland Logistik GmbH']] },
  // 87 DE insurance letter with a multi-line address block
  { shape: 'letter', text: 'Herrn\nDr. Matthias Krüger\nLindenallee 15a\n14050 Berlin\n\nBetreff: Ihre Schadenmeldung vom 3. November 2026\n\nSehr geehrter Herr Dr. Krüger,\nunser Gutachter, Herr Stefan Albers aus Potsdam, wird den Wasserschaden in Ihrer Wohnung am 8. Dezember begutachten.\n\nMit freundlichen Grüßen\nHavelland Versicherung AG', expect: [['PERSON', 'Matthias Krüger'], ['ADDRESS', 'Lindenallee 15a\n14050 Berlin'], ['PERSON', 'Krüger'], ['PERSON', 'Stefan Albers'], ['LOCATION', 'Potsdam'], ['ORGANIZATION', 'Havelland Versicherung AG']] },
  // 88 DE CSV with semicolons
  { shape: 'csv', text: 'Name;Straße;PLZ;Ort\nAnna Becker;Goethestraße 8;80336;München\nMehmet Demir;Kaiserstraße 112;60329;Frankfurt am Main\nSophie Hartmann;Am Markt 3;01067;Dresden', expect: [['PERSON', 'Anna Becker'], ['ADDRESS', 'Goethestraße 8'], ['LOCATION', 'München'], ['PERSON', 'Mehmet Demir'], ['ADDRESS', 'Kaiserstraße 112'], ['LOCATION', 'Frankfurt am Main'], ['PERSON', 'Sophie Hartmann'], ['ADDRESS', 'Am Markt 3'], ['LOCATION', 'Dresden']] },
  // 89 DE prose (Austria, Switzerland)
  { shape: 'prose', text: 'Lukas Gruber wohnt seit 2019 in Graz, arbeitet aber zweimal pro Woche in Wien. Seine Schwester Elena lebt in Zürich.', expect: [['PERSON', 'Lukas Gruber'], ['LOCATION', 'Graz'], ['LOCATION', 'Wien'], ['PERSON', 'Elena'], ['LOCATION', 'Zürich']] },
  // 90 negative: German meeting agenda
  { shape: 'negative', text: 'Tagesordnung: 1. Begrüßung 2. Bericht der Geschäftsführung 3. Jahresabschluss 2025 4. Sommerfest und Weihnachtsfeier 5. Verschiedenes. Protokoll: Assistenz der Geschäftsleitung.', expect: [] },
  // 91 FR delivery e-mail
  { shape: 'email', text: 'Bonjour Madame Lefèvre,\n\nVotre colis sera livré au 18 rue des Lilas, Bâtiment B, 69003 Lyon le mardi 2 décembre. En cas d\'absence, il sera déposé au point relais de Villeurbanne.\n\nCordialement,\nThomas Girard\nService client', expect: [['PERSON', 'Lefèvre'], ['ADDRESS', '18 rue des Lilas, Bâtiment B, 69003 Lyon'], ['LOCATION', 'Villeurbanne'], ['PERSON', 'Thomas Girard']] },
  // 92 FR patient record
  { shape: 'form', text: 'Dossier patient\nNom : DUBOIS\nPrénom : Camille\nAdresse : 5 avenue Jean Jaurès, 31000 Toulouse\nMédecin traitant : Dr Karim Benali\nPersonne à prévenir : Julien Dubois (époux)', expect: [['PERSON', 'DUBOIS'], ['PERSON', 'Camille'], ['ADDRESS', '5 avenue Jean Jaurès, 31000 Toulouse'], ['PERSON', 'Karim Benali'], ['PERSON', 'Julien Dubois']] },
  // 93 FR prose (Belgium, Switzerland)
  { shape: 'prose', text: 'Née à Liège, Amélie Peeters a étudié à Bruxelles avant de s\'installer à Genève, où elle travaille pour la Croix-Rouge.', expect: [['LOCATION', 'Liège'], ['PERSON', 'Amélie Peeters'], ['LOCATION', 'Bruxelles'], ['LOCATION', 'Genève'], ['ORGANIZATION', 'Croix-Rouge']] },
  // 94 FR (Québec) support chat
  { shape: 'chat', text: 'Agent (Mélanie) : Bonjour, comment puis-je vous aider?\nClient : Bonjour, c\'est Marc-André Gagnon. Je déménage à Sherbrooke le mois prochain.\nAgent (Mélanie) : Parfait, monsieur Gagnon. Quelle est la nouvelle adresse?\nClient : 245, rue King Ouest, app. 3, Sherbrooke (Québec) J1H 1P8.', expect: [['PERSON', 'Mélanie'], ['PERSON', 'Marc-André Gagnon'], ['LOCATION', 'Sherbrooke'], ['PERSON', 'Mélanie'], ['PERSON', 'Gagnon'], ['ADDRESS', '245, rue King Ouest, app. 3, Sherbrooke (Québec) J1H 1P8']] },
  // 95 negative: French sale banner
  { shape: 'negative', text: 'Soldes d\'hiver : jusqu\'à -50 % sur la collection Printemps-Été, Livraison Offerte dès 60 €, Retours Gratuits sous 30 jours. Offre valable jusqu\'au Jour de l\'An. Conditions Générales de Vente disponibles dans Mon Compte.', expect: [] },
  // 96 ES (Spain) customer JSON
  { shape: 'json', text: '{"nombre":"María del Carmen","apellidos":"Ruiz Ortega","direccion":"Calle de Alcalá 128, 3º izq.","codigo_postal":"28009","ciudad":"Madrid","provincia":"Madrid","pais":"España"}', expect: [['PERSON', 'María del Carmen'], ['PERSON', 'Ruiz Ortega'], ['ADDRESS', 'Calle de Alcalá 128, 3º izq.'], ['LOCATION', 'Madrid'], ['LOCATION', 'Madrid'], ['LOCATION', 'España']] },
  // 97 ES (Mexico) delivery e-mail
  { shape: 'email', text: 'Estimado Lic. Hernández:\n\nLe confirmo que la entrega se realizará en Av. Insurgentes Sur 1602, Piso 4, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México, CDMX. Favor de preguntar por la Sra. Guadalupe Ramírez.\n\nSaludos,\nJavier Morales Vega', expect: [['PERSON', 'Hernández'], ['ADDRESS', 'Av. Insurgentes Sur 1602, Piso 4, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México, CDMX'], ['PERSON', 'Guadalupe Ramírez'], ['PERSON', 'Javier Morales Vega']] },
  // 98 ES (Argentina) support chat
  { shape: 'chat', text: 'Cliente: Hola, soy Lucía Fernández, escribo desde Rosario. Mi pedido figura como entregado en Córdoba.\nAgente (Martín): Hola Lucía, ¿me confirmás la dirección de entrega?\nCliente: Bv. Oroño 1245, 2° B, Rosario, Santa Fe.', expect: [['PERSON', 'Lucía Fernández'], ['LOCATION', 'Rosario'], ['LOCATION', 'Córdoba'], ['PERSON', 'Martín'], ['PERSON', 'Lucía'], ['ADDRESS', 'Bv. Oroño 1245, 2° B, Rosario, Santa Fe']] },
  // 99 ES (Colombia) prose
  { shape: 'prose', text: 'Andrés Felipe Castaño nació en Medellín, estudió en Bogotá y hoy vive en Cartagena con su esposa, Valentina Ochoa.', expect: [['PERSON', 'Andrés Felipe Castaño'], ['LOCATION', 'Medellín'], ['LOCATION', 'Bogotá'], ['LOCATION', 'Cartagena'], ['PERSON', 'Valentina Ochoa']] },
  // 100 negative: Spanish service hours notice
  { shape: 'negative', text: 'Horario de atención: lunes a viernes de 9:00 a 18:00. Cerrado el Día de Reyes, Semana Santa y Navidad. Para Consultas Generales, Facturación o Soporte Técnico, seleccione la opción correspondiente en el Menú Principal.', expect: [] },
  // 101 IT appointment e-mail
  { shape: 'email', text: 'Gentile Sig.ra Bianchi,\n\nLe confermiamo l\'appuntamento presso la nostra sede di Via Giuseppe Verdi 21, 10124 Torino, per giovedì alle 10:30. La accoglierà il dott. Alessandro Conti.\n\nCordiali saluti,\nFrancesca Moretti', expect: [['PERSON', 'Bianchi'], ['ADDRESS', 'Via Giuseppe Verdi 21, 10124 Torino'], ['PERSON', 'Alessandro Conti'], ['PERSON', 'Francesca Moretti']] },
  // 102 IT CSV, surname first, province codes
  { shape: 'csv', text: 'cognome,nome,comune,provincia\nEsposito,Gennaro,Napoli,NA\nRomano,Giulia,Bari,BA\nColombo,Matteo,Bergamo,BG', expect: [['PERSON', 'Esposito'], ['PERSON', 'Gennaro'], ['LOCATION', 'Napoli'], ['LOCATION', 'NA'], ['PERSON', 'Romano'], ['PERSON', 'Giulia'], ['LOCATION', 'Bari'], ['LOCATION', 'BA'], ['PERSON', 'Colombo'], ['PERSON', 'Matteo'], ['LOCATION', 'Bergamo'], ['LOCATION', 'BG']] },
  // 103 IT prose with a landmark
  { shape: 'prose', text: 'Chiara Ferraro, originaria di Palermo, si è trasferita a Milano nel 2020 e lavora vicino al Duomo; ogni estate torna in Sicilia dai nonni.', expect: [['PERSON', 'Chiara Ferraro'], ['LOCATION', 'Palermo'], ['LOCATION', 'Milano'], ['LOCATION', 'Duomo'], ['LOCATION', 'Sicilia']] },
  // 104 IT insurance claim form
  { shape: 'form', text: 'Denuncia di sinistro\nAssicurato: Roberto Marchetti\nIndirizzo: Viale dei Mille 14, 50131 Firenze (FI)\nLuogo del sinistro: incrocio tra Via Cavour e Via de\' Servi, Firenze\nTestimone: Elisa Gallo', expect: [['PERSON', 'Roberto Marchetti'], ['ADDRESS', 'Viale dei Mille 14, 50131 Firenze (FI)'], ['LOCATION', 'Via Cavour'], ['LOCATION', 'Via de\' Servi'], ['LOCATION', 'Firenze'], ['PERSON', 'Elisa Gallo']] },
  // 105 PT (Brazil) order JSON with split address fields
  { shape: 'json', text: '{"cliente":"João Pedro Almeida","endereco":{"logradouro":"Rua Augusta","numero":"1508","complemento":"apto 72","bairro":"Consolação","cidade":"São Paulo","uf":"SP","cep":"01304-001"},"pagamento":"pix"}', expect: [['PERSON', 'João Pedro Almeida'], ['LOCATION', 'Rua Augusta'], ['LOCATION', 'Consolação'], ['LOCATION', 'São Paulo'], ['LOCATION', 'SP']] },
  // 106 PT (Portugal) delivery e-mail
  { shape: 'email', text: 'Caro Sr. Rui Carvalho,\n\nInformamos que a sua encomenda foi entregue na Avenida da Liberdade 110, 2.º Esq., 1250-146 Lisboa. Caso não a tenha recebido, contacte a nossa loja do Porto.\n\nCom os melhores cumprimentos,\nInês Sousa', expect: [['PERSON', 'Rui Carvalho'], ['ADDRESS', 'Avenida da Liberdade 110, 2.º Esq., 1250-146 Lisboa'], ['LOCATION', 'Porto'], ['PERSON', 'Inês Sousa']] },
  // 107 PT (Brazil) support chat
  { shape: 'chat', text: 'Atendente (Juliana): Olá! Em que posso ajudar?\nCliente: Oi, aqui é o Thiago Nascimento, de Belo Horizonte. Meu pedido foi parar em Contagem.\nAtendente (Juliana): Sinto muito, Thiago. Vou abrir uma ocorrência com a transportadora Rápido Minas.', expect: [['PERSON', 'Juliana'], ['PERSON', 'Thiago Nascimento'], ['LOCATION', 'Belo Horizonte'], ['LOCATION', 'Contagem'], ['PERSON', 'Juliana'], ['PERSON', 'Thiago'], ['ORGANIZATION', 'Rápido Minas']] },
  // 108 negative: Portuguese Christmas promotion
  { shape: 'negative', text: 'Promoção de Natal: Frete Grátis em todo o site, Cashback de 10% no Cartão Fidelidade e Parcelamento em até 10x sem juros. Válido até 31/12/2026. Cupom: NATAL10.', expect: [] },
  // 109 NL sign-up form
  { shape: 'form', text: 'Aanmeldformulier\nVoornaam: Sanne\nAchternaam: de Vries\nAdres: Prinsengracht 418-2\nPostcode: 1016 JB\nWoonplaats: Amsterdam\nTelefoon: 06-12345678', expect: [['PERSON', 'Sanne'], ['PERSON', 'de Vries'], ['ADDRESS', 'Prinsengracht 418-2'], ['LOCATION', 'Amsterdam']] },
  // 110 NL appointment e-mail
  { shape: 'email', text: 'Beste meneer Jansen,\n\nUw afspraak bij de tandarts in Utrecht is verzet naar dinsdag 9 december. Het nieuwe adres van de praktijk is Oudegracht 55, 3511 AE Utrecht.\n\nMet vriendelijke groet,\nFemke Bakker\nTandartspraktijk De Dom', expect: [['PERSON', 'Jansen'], ['LOCATION', 'Utrecht'], ['ADDRESS', 'Oudegracht 55, 3511 AE Utrecht'], ['PERSON', 'Femke Bakker'], ['ORGANIZATION', 'Tandartspraktijk De Dom']] },
  // 111 NL (Flemish) prose with a landmark
  { shape: 'prose', text: 'Pieter Claes woont in Gent maar werkt in Antwerpen, vlak bij het Centraal Station.', expect: [['PERSON', 'Pieter Claes'], ['LOCATION', 'Gent'], ['LOCATION', 'Antwerpen'], ['LOCATION', 'Centraal Station']] },
  // 112 PL delivery e-mail
  { shape: 'email', text: 'Szanowna Pani Katarzyno,\n\nprzesyłka zostanie doręczona na adres: ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa. Kurier, pan Tomasz Lewandowski, zadzwoni przed dostawą.\n\nPozdrawiamy,\nAgnieszka Zielińska', expect: [['PERSON', 'Katarzyno'], ['ADDRESS', 'ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa'], ['PERSON', 'Tomasz Lewandowski'], ['PERSON', 'Agnieszka Zielińska']] },
  // 113 PL CSV with voivodeships
  { shape: 'csv', text: 'imię;nazwisko;miejscowość;województwo\nPiotr;Wiśniewski;Kraków;małopolskie\nMagdalena;Kamińska;Gdańsk;pomorskie\nJakub;Wójcik;Poznań;wielkopolskie', expect: [['PERSON', 'Piotr'], ['PERSON', 'Wiśniewski'], ['LOCATION', 'Kraków'], ['LOCATION', 'małopolskie'], ['PERSON', 'Magdalena'], ['PERSON', 'Kamińska'], ['LOCATION', 'Gdańsk'], ['LOCATION', 'pomorskie'], ['PERSON', 'Jakub'], ['PERSON', 'Wójcik'], ['LOCATION', 'Poznań'], ['LOCATION', 'wielkopolskie']] },
  // 114 PL patient card
  { shape: 'form', text: 'Karta pacjenta\nPacjent: Zofia Nowak, ur. 12.04.1949\nAdres: os. Tysiąclecia 22/7, 40-871 Katowice\nLekarz prowadzący: dr Marek Szymański\nSkierowanie do szpitala w Chorzowie', expect: [['PERSON', 'Zofia Nowak'], ['ADDRESS', 'os. Tysiąclecia 22/7, 40-871 Katowice'], ['PERSON', 'Marek Szymański'], ['LOCATION', 'Chorzowie']] },
  // 115 SV short e-mail
  { shape: 'email', text: 'Hej Erik!\nPaketet skickas till Storgatan 12, 903 26 Umeå på måndag. Vi ses i Stockholm nästa vecka.\nHälsningar,\nMaja Lindström', expect: [['PERSON', 'Erik'], ['ADDRESS', 'Storgatan 12, 903 26 Umeå'], ['LOCATION', 'Stockholm'], ['PERSON', 'Maja Lindström']] },
  // 116 TR order record
  { shape: 'form', text: 'Müşteri: Ayşe Yıldız\nAdres: Bağdat Caddesi No: 215 D: 8, Suadiye, 34740 Kadıköy/İstanbul\nKargo firması: Anadolu Kargo\nNot: Evde yoksa komşu Hakan Bey\'e bırakılabilir.', expect: [['PERSON', 'Ayşe Yıldız'], ['ADDRESS', 'Bağdat Caddesi No: 215 D: 8, Suadiye, 34740 Kadıköy/İstanbul'], ['ORGANIZATION', 'Anadolu Kargo'], ['PERSON', 'Hakan']] },
  // 117 CS delivery e-mail
  { shape: 'email', text: 'Vážený pane Dvořáku,\nzásilka bude doručena na adresu Vinohradská 48, 120 00 Praha 2 ve čtvrtek dopoledne.\nS pozdravem\nLucie Horáková, pobočka Brno', expect: [['PERSON', 'Dvořáku'], ['ADDRESS', 'Vinohradská 48, 120 00 Praha 2'], ['PERSON', 'Lucie Horáková'], ['LOCATION', 'Brno']] },
  // 118 NO delivery note
  { shape: 'notes', text: 'Kunde: Ingrid Haugen, Bygdøy allé 5, 0257 Oslo. Levering: fredag før kl. 12. Kontaktperson i Bergen: Ole Johansen.', expect: [['PERSON', 'Ingrid Haugen'], ['ADDRESS', 'Bygdøy allé 5, 0257 Oslo'], ['LOCATION', 'Bergen'], ['PERSON', 'Ole Johansen']] },
  // 119 RO customer JSON
  { shape: 'json', text: '{"nume":"Popa","prenume":"Ioana","adresa":"Str. Lalelelor nr. 9, bl. A2, sc. 1, ap. 14, Sector 3, București","oras_nastere":"Brașov","client_din":"2021-03-15"}', expect: [['PERSON', 'Popa'], ['PERSON', 'Ioana'], ['ADDRESS', 'Str. Lalelelor nr. 9, bl. A2, sc. 1, ap. 14, Sector 3, București'], ['LOCATION', 'Brașov']] },
  // 120 ID shipping chat message
  { shape: 'chat', text: 'Halo Kak, paket atas nama Budi Santoso dikirim ke Jl. Diponegoro No. 45, RT 03/RW 05, Kel. Citarum, Kec. Bandung Wetan, Kota Bandung, Jawa Barat 40115. Kurir dari Jakarta sudah berangkat tadi pagi.', expect: [['PERSON', 'Budi Santoso'], ['ADDRESS', 'Jl. Diponegoro No. 45, RT 03/RW 05, Kel. Citarum, Kec. Bandung Wetan, Kota Bandung, Jawa Barat 40115'], ['LOCATION', 'Jakarta']] },
];
