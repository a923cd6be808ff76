import type { ShapeFixture } from './entity-shapes.fixtures.js';

/**
 * Batch AC: 100 hand-written records for PERSON, LOCATION and ADDRESS (ORGANIZATION labelled but scored
 * apart) in the styles an outside evaluator's generated test set tends to have: templated sentences
 * ("My name is X and I live in Y", "Please ship it to Z", "The meeting in W was moved"), customer-support
 * chats and call transcripts, HR and medical notes, travel and logistics texts, news-like paragraphs,
 * JSON, CSV and log containers, and forms and shipping labels.
 * Records 1-40 are US, UK, Canadian and Australian; records 41-100 are other locales (Germany, France,
 * Spain, Italy, Netherlands, Poland, Brazil, Mexico, India, Nigeria, Kenya, South Africa, Philippines,
 * Indonesia, Japan romanized, Korea romanized, Turkey, Egypt, Argentina, Chile, Ireland, Norway), 25 of
 * them in the local language (German, French, Spanish, Italian, Dutch, Polish, Portuguese, Hindi,
 * Swahili, Afrikaans, Tagalog, Indonesian, romanized Japanese, Turkish, Arabic, Irish, Norwegian).
 * 15 hard negatives (expect: []) are full of capitalised words that are not names or places: brands,
 * products, events, holidays, teams, dishes, languages, job titles and software. Cities that are also
 * given names (Charlotte, Florence, Victoria, Austin, Savannah, Madison, Dallas, Georgia) appear both ways.
 * Written blind on 2026-11-28 (session 23) by a helper who read no detector code, tests or data.
 *
 * Labelling conventions (as in batch AA):
 * - PERSON: a name as written (any case), with middle names, initials, particles and hyphens, without
 *   titles (Dr., Mrs., Ms., Mr., meneer, Madame, señora, aunt). Every mention is listed, including a
 *   surname or given name alone and a speaker label in a chat. Separate given/family fields are separate
 *   values.
 * - ADDRESS: a street address block as one value: house number, street, unit, and the postcode, town,
 *   region and country that follow as part of the same block (line breaks included). A town inside an
 *   address is part of the ADDRESS only. When a record splits an address across JSON or form fields, the
 *   street line is the ADDRESS and the separate town, region or country fields are LOCATION values.
 * - LOCATION: towns, cities, districts, neighbourhoods, counties, regions (including abbreviations such
 *   as TX, NSW, QC), countries and named natural places standing on their own, written as they appear
 *   (inflected forms such as "Gdańsku" or "gCorcaigh" are kept whole; Turkish suffixes after an
 *   apostrophe are left out).
 * - ORGANIZATION: companies, hospitals and agencies; a place inside an organisation's name is not also a
 *   LOCATION. Sports teams, brands, products, dishes, holidays and events are not labelled at all.
 *
 * Judgment calls:
 * - Kinship words are not names: "Nan's" (10) is unlabelled; in "aunt carol" (38) only "carol" is PERSON.
 * - "OK" in `dest="Tulsa, OK"` (17) is Oklahoma and labelled LOCATION; a bare "Travis" in a County form
 *   field (27) is LOCATION; "Kano State" (66) is LOCATION even though "government" follows it.
 * - Datelines in capitals (HOBART, ABUJA, ISTANBUL, ROSARIO) are LOCATION; the demonym "Tasmanian" is not.
 * - "Ahr" (43) is a river and labelled as a named natural place; "Gimhae" (78) is labelled as a place
 *   even though the airport is meant.
 * - Street, district and building names that contain a person's or place's name (rue de Strasbourg,
 *   Rua Oscar Freire, Benito Juárez, Sai Krupa Apartments) are only part of the ADDRESS.
 * - "Cal Fire" (20) and "Ospedale Di Venere" (49) are ORGANIZATION; "Brightline Energy" (7) too.
 * - Place and person words inside dishes, brands, holidays and teams are not labelled: Yorkshire Pudding,
 *   Victoria Sponge, Beef Wellington, Champagne, macOS Ventura, Guaraná Antarctica, Tiradentes,
 *   Ramazan Bayramı, Galatasaray, Rosenborg, Copa América, Tata Nexon.
 * - The "401" highway (38) is not labelled. "Lindsey Park" (35) is a person, not a park.
 * - In CSV 23, "Georgia Fenwick" and "Dallas Okonkwo" are persons while Savannah, Lafayette and Madison
 *   are cities; in CSV 97 "Mendoza" is the Argentine city.
 */
export const BATCH_AC: ShapeFixture[] = [
  // ---- US, UK, Canada, Australia (1-40) ----
  // 1
  { shape: 'prose', text: 'My name is Austin Reyes and I live in Charlotte, North Carolina.', expect: [['PERSON', 'Austin Reyes'], ['LOCATION', 'Charlotte'], ['LOCATION', 'North Carolina']] },
  // 2
  { shape: 'prose', text: 'Please ship it to 2207 Larkspur Lane, Boise, ID 83704 before Friday.', expect: [['ADDRESS', '2207 Larkspur Lane, Boise, ID 83704']] },
  // 3
  { shape: 'prose', text: 'The meeting in Florence, Alabama was moved to Thursday because Victoria is out sick.', expect: [['LOCATION', 'Florence'], ['LOCATION', 'Alabama'], ['PERSON', 'Victoria']] },
  // 4
  { shape: 'prose', text: "Hi, I'm Charlotte Beaumont, and my parcel should go to 41 Hazelmere Road, Stockport SK4 2BQ.", expect: [['PERSON', 'Charlotte Beaumont'], ['ADDRESS', '41 Hazelmere Road, Stockport SK4 2BQ']] },
  // 5
  { shape: 'prose', text: 'I was born in Victoria, British Columbia, but grew up in Halifax.', expect: [['LOCATION', 'Victoria'], ['LOCATION', 'British Columbia'], ['LOCATION', 'Halifax']] },
  // 6
  { shape: 'prose', text: 'My coworker moved from Austin, TX to Portland, OR last spring and hates the rain.', expect: [['LOCATION', 'Austin'], ['LOCATION', 'TX'], ['LOCATION', 'Portland'], ['LOCATION', 'OR']] },
  // 7
  { shape: 'chat', text: "agent: Thanks for calling Brightline Energy, this is Kayla. Who am I speaking with?\ncustomer: Desmond Okafor-Reid. I'm calling about the bill for 58 Juniper Court, Unit 3B, Naperville, IL 60540.\nagent: Thank you, Mr. Okafor-Reid, I have the account open.", expect: [['ORGANIZATION', 'Brightline Energy'], ['PERSON', 'Kayla'], ['PERSON', 'Desmond Okafor-Reid'], ['ADDRESS', '58 Juniper Court, Unit 3B, Naperville, IL 60540'], ['PERSON', 'Okafor-Reid']] },
  // 8
  { shape: 'transcript', text: "[00:01] Agent (Priyanka): Good morning, you're through to the returns desk.\n[00:04] Caller: Hiya, it's Gemma Thwaite from Huddersfield, West Yorkshire.\n[00:09] Agent (Priyanka): Lovely, Gemma. Is the return going from the same address?\n[00:12] Caller: No, send the courier to my mum's, 9 Lindley Moor Road, Huddersfield HD3 3RW.", expect: [['PERSON', 'Priyanka'], ['PERSON', 'Gemma Thwaite'], ['LOCATION', 'Huddersfield'], ['LOCATION', 'West Yorkshire'], ['PERSON', 'Priyanka'], ['PERSON', 'Gemma'], ['ADDRESS', '9 Lindley Moor Road, Huddersfield HD3 3RW']] },
  // 9
  { shape: 'chat', text: 'customer: hey my order never showed up\nagent: sorry about that! can i get your name\ncustomer: jordan mcleish\ncustomer: im in moose jaw saskatchewan\nagent: thanks jordan, the carrier shows it stuck in regina', expect: [['PERSON', 'jordan mcleish'], ['LOCATION', 'moose jaw'], ['LOCATION', 'saskatchewan'], ['PERSON', 'jordan'], ['LOCATION', 'regina']] },
  // 10
  { shape: 'sms', text: "Hey it's Bree, landing at 6, can u grab me? Staying at Nan's till Sunday x", expect: [['PERSON', 'Bree']] },
  // 11
  { shape: 'notes', text: 'Pt: Harold J. Whitcombe, 72M. Referred by Dr. Anita Sorensen. Lives alone at 315 W 4th St, Duluth, MN 55806; daughter Maureen checks in weekly.', expect: [['PERSON', 'Harold J. Whitcombe'], ['PERSON', 'Anita Sorensen'], ['ADDRESS', '315 W 4th St, Duluth, MN 55806'], ['PERSON', 'Maureen']] },
  // 12
  { shape: 'case', text: 'HR incident 2291: On 3 March, shift supervisor Kieran Doyle reported that warehouse associate Tamsin Ng had been moved to the night shift without notice. Ng has asked to return to days.', expect: [['PERSON', 'Kieran Doyle'], ['PERSON', 'Tamsin Ng'], ['PERSON', 'Ng']] },
  // 13
  { shape: 'notes', text: "Discharge summary: Mrs Beverley Ann Crouch discharged to her son's home in Gosford, NSW. Follow-up with GP Dr Rahul Menon at Wyong in two weeks.", expect: [['PERSON', 'Beverley Ann Crouch'], ['LOCATION', 'Gosford'], ['LOCATION', 'NSW'], ['PERSON', 'Rahul Menon'], ['LOCATION', 'Wyong']] },
  // 14
  { shape: 'form', text: 'EMPLOYEE ONBOARDING\nLegal name: Quinn Elspeth Marlowe\nPreferred name: Elle\nHome address: 1620 Bayview Avenue, Apt 1104, Toronto, ON M4G 3B6\nEmergency contact: Ruth Marlowe (mother)\nJob title: Senior Product Designer', expect: [['PERSON', 'Quinn Elspeth Marlowe'], ['PERSON', 'Elle'], ['ADDRESS', '1620 Bayview Avenue, Apt 1104, Toronto, ON M4G 3B6'], ['PERSON', 'Ruth Marlowe']] },
  // 15
  { shape: 'label', text: 'SHIP TO:\nRECEIVING DOCK 4\n77 HARBOR VIEW DR\nSTE 210\nANNAPOLIS MD 21401\nUSA', expect: [['ADDRESS', '77 HARBOR VIEW DR\nSTE 210\nANNAPOLIS MD 21401\nUSA']] },
  // 16
  { shape: 'prose', text: 'Your itinerary: depart Calgary 07:40, connect in Vancouver, arrive Whitehorse 13:05. Passengers: 2 adults.', expect: [['LOCATION', 'Calgary'], ['LOCATION', 'Vancouver'], ['LOCATION', 'Whitehorse']] },
  // 17
  { shape: 'log', text: '2026-09-02 14:22:07 WARN route.delay shipment=TX-55021 origin="Laredo, TX" dest="Tulsa, OK" reason=weather driver_id=D-4471', expect: [['LOCATION', 'Laredo'], ['LOCATION', 'TX'], ['LOCATION', 'Tulsa'], ['LOCATION', 'OK']] },
  // 18
  { shape: 'ticket', text: 'Ticket #44817 - Delivery exception\nDelivery address: Flat 6, 23 Kelvinhaugh Street, Glasgow G3 8NU\nNotes: Driver could not access the close; left card. Customer is at work in Paisley until 5pm.', expect: [['ADDRESS', 'Flat 6, 23 Kelvinhaugh Street, Glasgow G3 8NU'], ['LOCATION', 'Paisley']] },
  // 19
  { shape: 'news', text: 'HOBART - Tasmanian authorities have closed the road between Queenstown and Strahan after heavy rain. The mayor said crews from Burnie would arrive by Friday.', expect: [['LOCATION', 'HOBART'], ['LOCATION', 'Queenstown'], ['LOCATION', 'Strahan'], ['LOCATION', 'Burnie']] },
  // 20
  { shape: 'news', text: 'Fire crews from Sonoma County and Napa County battled the blaze near Calistoga on Sunday, Cal Fire said.', expect: [['LOCATION', 'Sonoma County'], ['LOCATION', 'Napa County'], ['LOCATION', 'Calistoga'], ['ORGANIZATION', 'Cal Fire']] },
  // 21
  { shape: 'news', text: 'The inquest in Truro heard that Jack Penrose, 34, of St Austell, had been walking on the coast path near Mevagissey when he fell.', expect: [['LOCATION', 'Truro'], ['PERSON', 'Jack Penrose'], ['LOCATION', 'St Austell'], ['LOCATION', 'Mevagissey']] },
  // 22
  { shape: 'json', text: '{"account_type":"business","address":{"street":"88 Spring Garden Rd","city":"Halifax","province":"NS","country":"Canada"}}', expect: [['ADDRESS', '88 Spring Garden Rd'], ['LOCATION', 'Halifax'], ['LOCATION', 'NS'], ['LOCATION', 'Canada']] },
  // 23
  { shape: 'csv', text: 'order_id,ship_name,ship_city,ship_state\n10231,Marcus Lindqvist,Savannah,GA\n10232,Georgia Fenwick,Lafayette,LA\n10233,Dallas Okonkwo,Madison,WI', expect: [['PERSON', 'Marcus Lindqvist'], ['LOCATION', 'Savannah'], ['LOCATION', 'GA'], ['PERSON', 'Georgia Fenwick'], ['LOCATION', 'Lafayette'], ['LOCATION', 'LA'], ['PERSON', 'Dallas Okonkwo'], ['LOCATION', 'Madison'], ['LOCATION', 'WI']] },
  // 24
  { shape: 'log', text: 'Nov 02 03:14:55 auth-svc[2291]: INFO session start account_id=88123 geoip_city="Leeds" geoip_region="England" geoip_country="United Kingdom"', expect: [['LOCATION', 'Leeds'], ['LOCATION', 'England'], ['LOCATION', 'United Kingdom']] },
  // 25
  { shape: 'csv', text: 'patient_name|dob|county|state\nRuby Castellanos|1990-04-12|Maricopa County|Arizona\nTheo Blackwood|1958-11-30|Pima County|AZ', expect: [['PERSON', 'Ruby Castellanos'], ['LOCATION', 'Maricopa County'], ['LOCATION', 'Arizona'], ['PERSON', 'Theo Blackwood'], ['LOCATION', 'Pima County'], ['LOCATION', 'AZ']] },
  // 26
  { shape: 'form', text: 'CHANGE OF ADDRESS\nName: Mr. Graham Oyelaran\nOld address: 12 Pembroke Gardens, Cardiff CF11 9HX\nNew address: 3/45 Carrington Street, Adelaide SA 5000, Australia\nDate of move: 14/10/2026', expect: [['PERSON', 'Graham Oyelaran'], ['ADDRESS', '12 Pembroke Gardens, Cardiff CF11 9HX'], ['ADDRESS', '3/45 Carrington Street, Adelaide SA 5000, Australia']] },
  // 27
  { shape: 'form', text: 'Rental application RA-5521\nCurrent city: Austin\nState: Texas\nCounty: Travis\nReason for moving: closer to work', expect: [['LOCATION', 'Austin'], ['LOCATION', 'Texas'], ['LOCATION', 'Travis']] },
  // 28
  { shape: 'negative', text: 'Reminder: the Thanksgiving Potluck is Friday. Bring Mac and Cheese or Key Lime Pie, not Doritos. Our Senior Account Executive will stream the Super Bowl on Apple TV, and Microsoft Teams stays muted.', expect: [] },
  // 29
  { shape: 'negative', text: 'New in Release 4.2: Dark Mode, Single Sign-On via Okta, and a Kubernetes Helm chart. Known Issues: the Export to PDF button fails in Safari on macOS Ventura.', expect: [] },
  // 30
  { shape: 'negative', text: 'Tea Room specials this week: Eggs Benedict, Caesar Salad, Beef Wellington, Yorkshire Pudding and a Victoria Sponge with Earl Grey.', expect: [] },
  // 31
  { shape: 'negative', text: 'The Boxing Day Sale starts at 9 with Dyson, Nike and Lego deals. The Head Chef, Sous Chef and Line Cook are on the Christmas Eve rota.', expect: [] },
  // 32
  { shape: 'negative', text: 'Course Catalogue: Intro to Python, Advanced Spanish, Mandarin for Beginners, Organic Chemistry II and Business English, taught by a Teaching Assistant or an Adjunct Professor.', expect: [] },
  // 33
  { shape: 'negative', text: 'Q3 All-Hands agenda: Welcome from the Chief Executive Officer, Roadmap from the Vice President of Engineering, Black Friday Readiness, Jira Cleanup, the Memorial Day schedule, then Q&A.', expect: [] },
  // 34
  { shape: 'email', text: "Hi Tobias,\n\nThanks for hosting us last week. I'm sending the signed lease back to your office at 1 Page Avenue, Suite 210, Asheville, NC 28801.\n\nBest,\nMaya Whitlock-Brennan", expect: [['PERSON', 'Tobias'], ['ADDRESS', '1 Page Avenue, Suite 210, Asheville, NC 28801'], ['PERSON', 'Maya Whitlock-Brennan']] },
  // 35
  { shape: 'meeting', text: 'Attendees: Priya Ramaswamy, Connor Doyle, Lindsey Park\nNotes: Connor to visit the Perth warehouse; Lindsey covering the Fremantle store while Priya is in Darwin.', expect: [['PERSON', 'Priya Ramaswamy'], ['PERSON', 'Connor Doyle'], ['PERSON', 'Lindsey Park'], ['PERSON', 'Connor'], ['LOCATION', 'Perth'], ['PERSON', 'Lindsey'], ['LOCATION', 'Fremantle'], ['PERSON', 'Priya'], ['LOCATION', 'Darwin']] },
  // 36
  { shape: 'letter', text: 'Dear Ms. Hargreaves,\n\nWe are pleased to confirm your appointment with Dr. Owen Pryce at 12 Church Street, Wrexham LL13 8LS on 3 December at 10:30.\n\nYours sincerely,\nPatient Services', expect: [['PERSON', 'Hargreaves'], ['PERSON', 'Owen Pryce'], ['ADDRESS', '12 Church Street, Wrexham LL13 8LS']] },
  // 37
  { shape: 'notes', text: 'Exit interview: employee Tyler Brooks (Warehouse Lead) is leaving to care for family. Manager Angela Dimitriou approved final pay by direct deposit.', expect: [['PERSON', 'Tyler Brooks'], ['PERSON', 'Angela Dimitriou']] },
  // 38
  { shape: 'sms', text: 'running late!! traffic on the 401 near mississauga, tell aunt carol to start without me', expect: [['LOCATION', 'mississauga'], ['PERSON', 'carol']] },
  // 39
  { shape: 'prose', text: 'Florence Nakamura grew up in Victoria, Texas, while her sister Victoria Nakamura now lives in Florence, Oregon.', expect: [['PERSON', 'Florence Nakamura'], ['LOCATION', 'Victoria'], ['LOCATION', 'Texas'], ['PERSON', 'Victoria Nakamura'], ['LOCATION', 'Florence'], ['LOCATION', 'Oregon']] },
  // 40
  { shape: 'ticket', text: 'INC-20931 | Reported by: Ahmed Farouk | Issue: VPN drops every 20 min on the hotel wifi | Assignee: Beth Lanigan', expect: [['PERSON', 'Ahmed Farouk'], ['PERSON', 'Beth Lanigan']] },

  // ---- Other locales (41-100) ----
  // 41 German
  { shape: 'prose', text: 'Mein Name ist Lukas Brenner und ich wohne in Freiburg im Breisgau.', expect: [['PERSON', 'Lukas Brenner'], ['LOCATION', 'Freiburg im Breisgau']] },
  // 42 German
  { shape: 'label', text: 'Lieferadresse:\nLindenstraße 14a\n04109 Leipzig\nDeutschland\nBitte beim Nachbarn abgeben.', expect: [['ADDRESS', 'Lindenstraße 14a\n04109 Leipzig\nDeutschland']] },
  // 43
  { shape: 'news', text: 'Flooding along the Ahr forced residents of Bad Neuenahr-Ahrweiler to leave their homes overnight, the interior ministry of Rhineland-Palatinate said.', expect: [['LOCATION', 'Ahr'], ['LOCATION', 'Bad Neuenahr-Ahrweiler'], ['LOCATION', 'Rhineland-Palatinate']] },
  // 44 French
  { shape: 'chat', text: "client : Bonjour, je m'appelle Camille Rousseau, j'habite à Nantes.\nconseiller : Bonjour Madame Rousseau, pouvez-vous confirmer votre adresse ?\nclient : 27 rue de Strasbourg, 44000 Nantes.", expect: [['PERSON', 'Camille Rousseau'], ['LOCATION', 'Nantes'], ['PERSON', 'Rousseau'], ['ADDRESS', '27 rue de Strasbourg, 44000 Nantes']] },
  // 45
  { shape: 'prose', text: 'Booking ref QX7P2 (2 adults): TGV from Paris to Marseille on 14 June, then the overnight ferry to Ajaccio, Corsica.', expect: [['LOCATION', 'Paris'], ['LOCATION', 'Marseille'], ['LOCATION', 'Ajaccio'], ['LOCATION', 'Corsica']] },
  // 46 French
  { shape: 'negative', text: 'Au menu du réveillon : foie gras, bûche de Noël, Champagne brut et crêpes Suzette. Le Directeur Commercial présentera la nouvelle Renault Clio.', expect: [] },
  // 47 Spanish
  { shape: 'prose', text: 'Hola, me llamo Lucía Fernández Ortega y vivo en Valladolid, Castilla y León.', expect: [['PERSON', 'Lucía Fernández Ortega'], ['LOCATION', 'Valladolid'], ['LOCATION', 'Castilla y León']] },
  // 48
  { shape: 'prose', text: 'Please send the parcel to Calle de Alcalá 212, 3º B, 28028 Madrid, attention of the reception desk.', expect: [['ADDRESS', 'Calle de Alcalá 212, 3º B, 28028 Madrid']] },
  // 49 Italian
  { shape: 'notes', text: "Paziente: Giuseppe Ferraro, 68 anni, residente a Bari. Ricoverato presso l'Ospedale Di Venere; la figlia Chiara vive a Lecce.", expect: [['PERSON', 'Giuseppe Ferraro'], ['LOCATION', 'Bari'], ['ORGANIZATION', 'Ospedale Di Venere'], ['PERSON', 'Chiara'], ['LOCATION', 'Lecce']] },
  // 50
  { shape: 'prose', text: 'The meeting in Bologna was moved to Turin because the client could not travel from Genoa.', expect: [['LOCATION', 'Bologna'], ['LOCATION', 'Turin'], ['LOCATION', 'Genoa']] },
  // 51 Italian
  { shape: 'negative', text: 'Offerta del giorno: Pizza Margherita, Spaghetti alla Carbonara, Tiramisù e un Aperol Spritz. Chiuso per Ferragosto. Il Responsabile Vendite è in ferie.', expect: [] },
  // 52 Dutch
  { shape: 'email', text: 'Beste meneer De Groot,\n\nUw pakket wordt bezorgd op Keizersgracht 418-2, 1016 GC Amsterdam.\n\nMet vriendelijke groet,\nSanne Bakker-Visser', expect: [['PERSON', 'De Groot'], ['ADDRESS', 'Keizersgracht 418-2, 1016 GC Amsterdam'], ['PERSON', 'Sanne Bakker-Visser']] },
  // 53
  { shape: 'csv', text: 'driver,shift,vehicle\nDaan Verhoeven,early,van 12\nFleur Jansen,late,van 7', expect: [['PERSON', 'Daan Verhoeven'], ['PERSON', 'Fleur Jansen']] },
  // 54 Polish
  { shape: 'prose', text: 'Nazywam się Katarzyna Wójcik i mieszkam w Gdańsku, ale pracuję w Gdyni.', expect: [['PERSON', 'Katarzyna Wójcik'], ['LOCATION', 'Gdańsku'], ['LOCATION', 'Gdyni']] },
  // 55
  { shape: 'log', text: 'Pallet 33-A routed Poznań -> Wrocław -> Katowice; consignee: central warehouse, ul. Mariacka 9/4, 40-014 Katowice.', expect: [['LOCATION', 'Poznań'], ['LOCATION', 'Wrocław'], ['LOCATION', 'Katowice'], ['ADDRESS', 'ul. Mariacka 9/4, 40-014 Katowice']] },
  // 56 Portuguese
  { shape: 'sms', text: 'Oi, aqui é a Beatriz Nogueira. Pode entregar na Rua Oscar Freire, 1450, apto 82, Pinheiros, São Paulo - SP, 05409-011?', expect: [['PERSON', 'Beatriz Nogueira'], ['ADDRESS', 'Rua Oscar Freire, 1450, apto 82, Pinheiros, São Paulo - SP, 05409-011']] },
  // 57
  { shape: 'news', text: 'Heavy rain in Porto Alegre and across Rio Grande do Sul displaced thousands of families, the state government said in a statement from Pelotas.', expect: [['LOCATION', 'Porto Alegre'], ['LOCATION', 'Rio Grande do Sul'], ['LOCATION', 'Pelotas']] },
  // 58
  { shape: 'negative', text: 'Carnival Promo: Guaraná Antarctica, Havaianas and Pão de Queijo at 20% off. The Store Manager confirms we open on the Tiradentes holiday.', expect: [] },
  // 59 Spanish (Mexico)
  { shape: 'chat', text: 'agente: ¿Me confirma su nombre completo?\ncliente: Guadalupe Rentería Salas\nagente: Gracias, señora Rentería. ¿Sigue en Guadalajara?\ncliente: No, ahora vivo en Zapopan, Jalisco.', expect: [['PERSON', 'Guadalupe Rentería Salas'], ['PERSON', 'Rentería'], ['LOCATION', 'Guadalajara'], ['LOCATION', 'Zapopan'], ['LOCATION', 'Jalisco']] },
  // 60
  { shape: 'json', text: '{"shipment":"MX-8812","recipient":"Oficina de compras","address":"Av. Insurgentes Sur 1602, Piso 4, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México, CDMX"}', expect: [['ADDRESS', 'Av. Insurgentes Sur 1602, Piso 4, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México, CDMX']] },
  // 61
  { shape: 'notes', text: 'Transfer order: Ms. Lakshmi Venkataraman, Assistant Manager, is transferred from the Chennai branch to Coimbatore with effect from 1 December. Reporting officer: Sanjay Bhattacharya.', expect: [['PERSON', 'Lakshmi Venkataraman'], ['LOCATION', 'Chennai'], ['LOCATION', 'Coimbatore'], ['PERSON', 'Sanjay Bhattacharya']] },
  // 62
  { shape: 'label', text: 'Courier to: Flat 402, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru, Karnataka 560038. Call before delivery.', expect: [['ADDRESS', 'Flat 402, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru, Karnataka 560038']] },
  // 63 Hindi
  { shape: 'prose', text: 'मेरा नाम रोहित शर्मा है और मैं जयपुर, राजस्थान में रहता हूँ।', expect: [['PERSON', 'रोहित शर्मा'], ['LOCATION', 'जयपुर'], ['LOCATION', 'राजस्थान']] },
  // 64
  { shape: 'negative', text: 'Diwali Dhamaka Offer on the Maruti Swift and Tata Nexon! Free Masala Dosa combo at the Food Court. Branch Manager approval needed for Paytm refunds.', expect: [] },
  // 65
  { shape: 'chat', text: 'Customer: Good afternoon, na Chinedu Okeke. My parcel still dey Lagos since Monday.\nAgent: Sorry Chinedu. It will move to Enugu tomorrow, then to 15 Ogui Road, Enugu.', expect: [['PERSON', 'Chinedu Okeke'], ['LOCATION', 'Lagos'], ['PERSON', 'Chinedu'], ['LOCATION', 'Enugu'], ['ADDRESS', '15 Ogui Road, Enugu']] },
  // 66
  { shape: 'news', text: 'ABUJA - The Kano State government has approved a new water project for Dala and Fagge local government areas, a spokesman told reporters on Monday.', expect: [['LOCATION', 'ABUJA'], ['LOCATION', 'Kano State'], ['LOCATION', 'Dala'], ['LOCATION', 'Fagge']] },
  // 67 Swahili
  { shape: 'sms', text: 'Habari Wanjiru, nimefika Mombasa salama. Nitakuja Kisumu wiki ijayo. - Otieno', expect: [['PERSON', 'Wanjiru'], ['LOCATION', 'Mombasa'], ['LOCATION', 'Kisumu'], ['PERSON', 'Otieno']] },
  // 68
  { shape: 'form', text: 'Delivery form\nRecipient: Faith Chebet Kiprono\nAddress line: Apt 5C, 18 Muthithi Road, Westlands\nInstructions: call on arrival', expect: [['PERSON', 'Faith Chebet Kiprono'], ['ADDRESS', 'Apt 5C, 18 Muthithi Road, Westlands']] },
  // 69 Afrikaans
  { shape: 'prose', text: 'Ek is Pieter Swanepoel en ek woon in Stellenbosch, Wes-Kaap.', expect: [['PERSON', 'Pieter Swanepoel'], ['LOCATION', 'Stellenbosch'], ['LOCATION', 'Wes-Kaap']] },
  // 70
  { shape: 'log', text: 'svc=courier lvl=info msg="parcel collected" sender="Nomvula Dlamini" from_suburb="Soweto" to="12 Loop Street, Cape Town, 8001"', expect: [['PERSON', 'Nomvula Dlamini'], ['LOCATION', 'Soweto'], ['ADDRESS', '12 Loop Street, Cape Town, 8001']] },
  // 71 Tagalog
  { shape: 'chat', text: 'Magandang araw po! Ako si Maria Lourdes Dizon. Pakipadala po sa Blk 7 Lot 12, Mahogany St., Brgy. Talamban, Cebu City 6000.', expect: [['PERSON', 'Maria Lourdes Dizon'], ['ADDRESS', 'Blk 7 Lot 12, Mahogany St., Brgy. Talamban, Cebu City 6000']] },
  // 72
  { shape: 'negative', text: 'Fiesta Week lineup: Jollibee Chickenjoy Buckets, Lechon Kawali and Halo-Halo, then karaoke on the Magic Sing. Call Center Supervisor shifts are posted on Viber.', expect: [] },
  // 73 Indonesian
  { shape: 'label', text: 'Kirim ke: Jalan Cihampelas No. 88, Bandung, Jawa Barat 40131. Mohon hubungi sebelum datang.', expect: [['ADDRESS', 'Jalan Cihampelas No. 88, Bandung, Jawa Barat 40131']] },
  // 74
  { shape: 'prose', text: 'Day 3: fast boat from Sanur to Nusa Penida; our guide meets the group at the harbour. Day 4: fly Denpasar to Labuan Bajo.', expect: [['LOCATION', 'Sanur'], ['LOCATION', 'Nusa Penida'], ['LOCATION', 'Denpasar'], ['LOCATION', 'Labuan Bajo']] },
  // 75
  { shape: 'notes', text: 'Interview notes: candidate Takeshi Morimoto (currently in Sapporo, Hokkaido) is open to relocating to Fukuoka. Referred by Yui Hasegawa.', expect: [['PERSON', 'Takeshi Morimoto'], ['LOCATION', 'Sapporo'], ['LOCATION', 'Hokkaido'], ['LOCATION', 'Fukuoka'], ['PERSON', 'Yui Hasegawa']] },
  // 76 Japanese (romanized)
  { shape: 'prose', text: 'Hajimemashite. Watashi no namae wa Sato Haruka desu. Osaka ni sunde imasu.', expect: [['PERSON', 'Sato Haruka'], ['LOCATION', 'Osaka']] },
  // 77
  { shape: 'label', text: 'To: Kenji Watanabe\n3-14-2 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan', expect: [['PERSON', 'Kenji Watanabe'], ['ADDRESS', '3-14-2 Jingumae, Shibuya-ku, Tokyo 150-0001, Japan']] },
  // 78
  { shape: 'chat', text: "[09:12] Ji-woo Han: landing at Gimhae around 2, then heading to Haeundae\n[09:13] Minseo Cho: ok! I'll wait for you in Seomyeon", expect: [['PERSON', 'Ji-woo Han'], ['LOCATION', 'Gimhae'], ['LOCATION', 'Haeundae'], ['PERSON', 'Minseo Cho'], ['LOCATION', 'Seomyeon']] },
  // 79
  { shape: 'json', text: '{"name":"Park Seo-yeon","addr":"12, Teheran-ro 44-gil, Gangnam-gu, Seoul 06222","tier":"gold"}', expect: [['PERSON', 'Park Seo-yeon'], ['ADDRESS', '12, Teheran-ro 44-gil, Gangnam-gu, Seoul 06222']] },
  // 80 Turkish
  { shape: 'prose', text: "Merhaba, ben Elif Yıldırım. İzmir'de yaşıyorum ama ailem Antalya'da.", expect: [['PERSON', 'Elif Yıldırım'], ['LOCATION', 'İzmir'], ['LOCATION', 'Antalya']] },
  // 81
  { shape: 'news', text: 'ISTANBUL - Ferry services between Kadıköy and Eminönü resumed on Tuesday after two days of storms, city transport officials said.', expect: [['LOCATION', 'ISTANBUL'], ['LOCATION', 'Kadıköy'], ['LOCATION', 'Eminönü']] },
  // 82 Turkish
  { shape: 'negative', text: 'Ramazan Bayramı kampanyası: Baklava, Lahmacun ve Efes Pilsen indirimde. Satış Müdürü onayı gerekir; Galatasaray maçı dev ekranda.', expect: [] },
  // 83
  { shape: 'case', text: 'Complaint 7718: Mr. Omar Abdel-Rahman reports that his shipment to Alexandria was held at customs in Port Said. His brother, Karim, in Giza, has the original invoice.', expect: [['PERSON', 'Omar Abdel-Rahman'], ['LOCATION', 'Alexandria'], ['LOCATION', 'Port Said'], ['PERSON', 'Karim'], ['LOCATION', 'Giza']] },
  // 84 Arabic
  { shape: 'prose', text: 'اسمي منى حسن وأسكن في المنصورة.', expect: [['PERSON', 'منى حسن'], ['LOCATION', 'المنصورة']] },
  // 85 Spanish (Argentina)
  { shape: 'news', text: 'ROSARIO - El intendente inauguró una plaza en el barrio Fisherton; vecinos de Funes también asistieron al acto.', expect: [['LOCATION', 'ROSARIO'], ['LOCATION', 'Fisherton'], ['LOCATION', 'Funes']] },
  // 86
  { shape: 'form', text: 'Tenant: Sofía Benedetti\nUnit: Av. Corrientes 3247, Piso 5 Depto. B\nCity: Buenos Aires\nProvince: CABA', expect: [['PERSON', 'Sofía Benedetti'], ['ADDRESS', 'Av. Corrientes 3247, Piso 5 Depto. B'], ['LOCATION', 'Buenos Aires'], ['LOCATION', 'CABA']] },
  // 87 Spanish (Chile)
  { shape: 'form', text: 'Nombre: Ignacio Valenzuela Rojas\nDirección: Pasaje Los Aromos 1180, Ñuñoa, Santiago\nTeléfono: +56 9 5555 0142', expect: [['PERSON', 'Ignacio Valenzuela Rojas'], ['ADDRESS', 'Pasaje Los Aromos 1180, Ñuñoa, Santiago']] },
  // 88
  { shape: 'negative', text: 'Pisco Sour Night at the office! The Team Lead will bring Empanadas de Pino, the Copa América final is on the big screen, and Slack reminders go out before Fiestas Patrias.', expect: [] },
  // 89
  { shape: 'prose', text: 'Aoife Ní Bhriain drove from Galway to Westport, County Mayo, to meet her solicitor, Declan Fitzgerald.', expect: [['PERSON', 'Aoife Ní Bhriain'], ['LOCATION', 'Galway'], ['LOCATION', 'Westport'], ['LOCATION', 'County Mayo'], ['PERSON', 'Declan Fitzgerald']] },
  // 90 Irish
  { shape: 'prose', text: 'Is mise Seán Mac Giolla Phádraig agus tá mé i mo chónaí i gCorcaigh.', expect: [['PERSON', 'Seán Mac Giolla Phádraig'], ['LOCATION', 'gCorcaigh']] },
  // 91
  { shape: 'label', text: 'Deliver to:\nAccounts Dept\n22 Dominick Street Lower\nGalway H91 X2C4\nIreland', expect: [['ADDRESS', '22 Dominick Street Lower\nGalway H91 X2C4\nIreland']] },
  // 92 Norwegian
  { shape: 'prose', text: 'Hei, jeg heter Ingrid Solberg Haugen og bor i Tromsø, men jobber i Alta.', expect: [['PERSON', 'Ingrid Solberg Haugen'], ['LOCATION', 'Tromsø'], ['LOCATION', 'Alta']] },
  // 93
  { shape: 'log', text: '2026-10-11T06:30:12Z INFO ferry.checkin booking=NX5521 route="Bodø-Moskenes" vehicle=car', expect: [['LOCATION', 'Bodø'], ['LOCATION', 'Moskenes']] },
  // 94 Norwegian
  { shape: 'negative', text: 'Julebord med Pinnekjøtt og Akevitt! Salgssjefen viser den nye Volvo XC40, og Rosenborg-kampen vises på storskjerm. Syttende Mai-toget er avlyst.', expect: [] },
  // 95
  { shape: 'negative', text: 'Oktoberfest Special: Weisswurst, Pretzels and Paulaner on tap. The Sales Director will demo Windows 11 and SAP S/4HANA at the Christmas Market stand.', expect: [] },
  // 96
  { shape: 'ticket', text: 'Ticket 5530 | Customer: Núria Puig i Ferrer | Issue: router dead since the storm | Technician Álvaro Cano to visit Carrer de la Força 7, 17004 Girona', expect: [['PERSON', 'Núria Puig i Ferrer'], ['PERSON', 'Álvaro Cano'], ['ADDRESS', 'Carrer de la Força 7, 17004 Girona']] },
  // 97
  { shape: 'csv', text: 'name;city;country\nAdaeze Nwosu;Port Harcourt;Nigeria\nHiroshi Tanaka;Nagoya;Japan\nValentina Ruiz;Mendoza;Argentina', expect: [['PERSON', 'Adaeze Nwosu'], ['LOCATION', 'Port Harcourt'], ['LOCATION', 'Nigeria'], ['PERSON', 'Hiroshi Tanaka'], ['LOCATION', 'Nagoya'], ['LOCATION', 'Japan'], ['PERSON', 'Valentina Ruiz'], ['LOCATION', 'Mendoza'], ['LOCATION', 'Argentina']] },
  // 98
  { shape: 'meeting', text: 'Standup 11/20: Ananya blocked on the Kubernetes upgrade; Kiprop will pair with her after lunch.', expect: [['PERSON', 'Ananya'], ['PERSON', 'Kiprop']] },
  // 99
  { shape: 'prose', text: 'My name is Zofia Kamińska and I live in Kraków, Małopolska.', expect: [['PERSON', 'Zofia Kamińska'], ['LOCATION', 'Kraków'], ['LOCATION', 'Małopolska']] },
  // 100
  { shape: 'notes', text: 'Performance review: Étienne Lefebvre covered the enterprise accounts during Q3 while Manon Girard was on leave.', expect: [['PERSON', 'Étienne Lefebvre'], ['PERSON', 'Manon Girard']] },
];
