import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch K: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_K: ShapeFixture[] = [
  // 1 EN support ticket, UK address
  { shape: 'ticket', text: 'Ticket #48213 — Customer Priya Raghunathan reports parcel not delivered to 17 Larch Close, Bicester OX26 4QT. Courier claims it was left with the neighbour at no. 19.', expect: [['PERSON', 'Priya Raghunathan'], ['ADDRESS', '17 Larch Close, Bicester OX26 4QT']] },
  // 2 DE chat
  { shape: 'chat', text: 'Kunde: Hallo, hier ist Jonas Weidemann. Meine neue Adresse lautet Schillerstraße 42, 3. OG, 04109 Leipzig.\nAgent: Danke, Herr Weidemann, ist notiert.', expect: [['PERSON', 'Jonas Weidemann'], ['ADDRESS', 'Schillerstraße 42, 3. OG, 04109 Leipzig'], ['PERSON', 'Weidemann']] },
  // 3 EN e-mail with multi-line signature
  { shape: 'email', text: 'Hi Tom,\n\nThe samples went out this morning.\n\nBest,\nAdaeze Okonkwo\nLogistics Lead, Harbourline Ltd\nUnit 4, Riverside Park\nLower Bristol Road\nBath BA2 3DW\nUnited Kingdom\nTel: +44 1225 448 910', expect: [['PERSON', 'Tom'], ['PERSON', 'Adaeze Okonkwo'], ['ADDRESS', 'Unit 4, Riverside Park\nLower Bristol Road\nBath BA2 3DW\nUnited Kingdom']] },
  // 4 FR JSON CRM
  { shape: 'json', text: '{"client_id": 88412, "nom": "Lefèvre", "prenom": "Amandine", "adresse": "12 rue des Tanneurs, 67000 Strasbourg", "ville_naissance": "Colmar"}', expect: [['PERSON', 'Lefèvre'], ['PERSON', 'Amandine'], ['ADDRESS', '12 rue des Tanneurs, 67000 Strasbourg'], ['LOCATION', 'Colmar']] },
  // 5 EN CSV
  { shape: 'csv', text: 'id,full_name,city,country\n1031,Marcus Delacroix-Hale,Duluth,USA\n1032,Yuki Hamasaki,Sapporo,Japan', expect: [['PERSON', 'Marcus Delacroix-Hale'], ['LOCATION', 'Duluth'], ['LOCATION', 'USA'], ['PERSON', 'Yuki Hamasaki'], ['LOCATION', 'Sapporo'], ['LOCATION', 'Japan']] },
  // 6 log with Polish address
  { shape: 'log', text: '2026-03-14T09:12:44Z INFO shipping.svc label created recipient="Hannah Kowalczyk" addr="ul. Piotrkowska 118 m. 7, 90-006 Łódź, Polska" carrier=DPD', expect: [['PERSON', 'Hannah Kowalczyk'], ['ADDRESS', 'ul. Piotrkowska 118 m. 7, 90-006 Łódź, Polska']] },
  // 7 EN hard negative
  { shape: 'negative', text: 'Reminder: the Apple Watch Sync Issue is tracked under JIRA-2291. Please update the Release Notes before Monday and ping the Platform Team on Slack.', expect: [] },
  // 8 EN news
  { shape: 'news', text: 'Speaking in Nairobi on Tuesday, Kenyan president William Ruto said flooding along the Tana River had displaced thousands in Garissa County.', expect: [['LOCATION', 'Nairobi'], ['PERSON', 'William Ruto'], ['LOCATION', 'Tana River'], ['LOCATION', 'Garissa County']] },
  // 9 EN meeting
  { shape: 'meeting', text: 'Attendees: Florence Adeyemi, Dale Whitaker, Sun-hee Park\nAction: Dale to visit the Tacoma warehouse before Friday; Florence to brief the Lisbon office.', expect: [['PERSON', 'Florence Adeyemi'], ['PERSON', 'Dale Whitaker'], ['PERSON', 'Sun-hee Park'], ['PERSON', 'Dale'], ['LOCATION', 'Tacoma'], ['PERSON', 'Florence'], ['LOCATION', 'Lisbon']] },
  // 10 ES insurance form
  { shape: 'form', text: 'SOLICITUD DE SEGURO\nNombre: María José Ibarra Quintero\nDomicilio: Calle de Alcalá 214, 5º B, 28028 Madrid\nLugar de nacimiento: Jerez de la Frontera', expect: [['PERSON', 'María José Ibarra Quintero'], ['ADDRESS', 'Calle de Alcalá 214, 5º B, 28028 Madrid'], ['LOCATION', 'Jerez de la Frontera']] },
  // 11 EN shipping label, US, all caps
  { shape: 'label', text: 'SHIP TO:\nDESHAWN CARTER\n2210 N KEDZIE AVE APT 3R\nCHICAGO IL 60647\nUSA\nPO#: 55-1120', expect: [['PERSON', 'DESHAWN CARTER'], ['ADDRESS', '2210 N KEDZIE AVE APT 3R\nCHICAGO IL 60647\nUSA']] },
  // 12 ID SMS
  { shape: 'sms', text: 'Bu Sri, paketnya sudah sampai di Jl. Kaliurang KM 5,6 No. 12, Sleman, Yogyakarta 55281. Nanti Pak Bambang yang ambil ya.', expect: [['PERSON', 'Sri'], ['ADDRESS', 'Jl. Kaliurang KM 5,6 No. 12, Sleman, Yogyakarta 55281'], ['PERSON', 'Bambang']] },
  // 13 EN call transcript; name that is also a place
  { shape: 'transcript', text: 'AGENT: Can I take your name please?\nCALLER: It\'s Rose Hill.\nAGENT: Thanks, Rose. And the address of the property?\nCALLER: 8 Tynedale Terrace, Hexham NE46 3LS.', expect: [['PERSON', 'Rose Hill'], ['PERSON', 'Rose'], ['ADDRESS', '8 Tynedale Terrace, Hexham NE46 3LS']] },
  // 14 EN names list
  { shape: 'names', text: 'Guests for table 6: Olusegun Bakare, Maja Lindqvist, Tran Thi Mai, Eoin Ó Súilleabháin, Guadalupe Reyes', expect: [['PERSON', 'Olusegun Bakare'], ['PERSON', 'Maja Lindqvist'], ['PERSON', 'Tran Thi Mai'], ['PERSON', 'Eoin Ó Súilleabháin'], ['PERSON', 'Guadalupe Reyes']] },
  // 15 IT letter
  { shape: 'letter', text: 'Gentile dott.ssa Chiara Benedetti,\nLe scriviamo in merito alla pratica aperta presso la nostra sede di Bergamo. Restiamo a disposizione per ogni chiarimento.\nCordiali saluti,\nUgo Ferraresi\nVia Garibaldi 33, 24121 Bergamo BG', expect: [['PERSON', 'Chiara Benedetti'], ['LOCATION', 'Bergamo'], ['PERSON', 'Ugo Ferraresi'], ['ADDRESS', 'Via Garibaldi 33, 24121 Bergamo BG']] },
  // 16 EN clinical notes
  { shape: 'notes', text: 'Pt Gerald Osei (prefers Gerry), 67, seen in clinic. Lives alone in Kettering; daughter Abena visits at weekends. Recent trip to Accra, no fever since return.', expect: [['PERSON', 'Gerald Osei'], ['PERSON', 'Gerry'], ['LOCATION', 'Kettering'], ['PERSON', 'Abena'], ['LOCATION', 'Accra']] },
  // 17 EN legal / probate
  { shape: 'case', text: 'IN THE MATTER OF the Estate of EDITH MARGARET PRYCE, late of 3 Church Lane, Llandeilo, Carmarthenshire SA19 6BP, deceased. Application by her son, Rhodri Pryce.', expect: [['PERSON', 'EDITH MARGARET PRYCE'], ['ADDRESS', '3 Church Lane, Llandeilo, Carmarthenshire SA19 6BP'], ['PERSON', 'Rhodri Pryce']] },
  // 18 NL markdown table
  { shape: 'table', text: '| Naam | Woonplaats | Adres |\n|---|---|---|\n| Sanne de Vries | Zwolle | Thorbeckegracht 7 |\n| Bram van der Linden | Gouda | Markt 15a |', expect: [['PERSON', 'Sanne de Vries'], ['LOCATION', 'Zwolle'], ['ADDRESS', 'Thorbeckegracht 7'], ['PERSON', 'Bram van der Linden'], ['LOCATION', 'Gouda'], ['ADDRESS', 'Markt 15a']] },
  // 19 DE hard negative
  { shape: 'negative', text: 'Die Deutsche Bahn meldet Verspätungen im Fernverkehr. Laut Pressestelle betrifft die Störung mehrere ICE-Verbindungen; die Fahrgastrechte gelten wie üblich.', expect: [] },
  // 20 PT prose
  { shape: 'prose', text: 'A Dona Conceição Amaral cresceu em Viseu, mas há vinte anos mudou-se para a Rua de Santa Catarina 512, 4000-446 Porto, onde abriu uma pequena mercearia.', expect: [['PERSON', 'Conceição Amaral'], ['LOCATION', 'Viseu'], ['ADDRESS', 'Rua de Santa Catarina 512, 4000-446 Porto']] },
  // 21 EN CRM JSON, PO box, first name that is a place
  { shape: 'json', text: '{"contact":{"first":"Brooklyn","last":"Asante","mailing":"PO Box 4471, Anchorage, AK 99509"},"notes":"Moved from Fairbanks last spring"}', expect: [['PERSON', 'Brooklyn'], ['PERSON', 'Asante'], ['ADDRESS', 'PO Box 4471, Anchorage, AK 99509'], ['LOCATION', 'Fairbanks']] },
  // 22 PL SMS, inflected places
  { shape: 'sms', text: 'Cześć Kasia, jestem już w Krakowie, jutro jadę do Zakopanego. Zadzwonię wieczorem. Adam', expect: [['PERSON', 'Kasia'], ['LOCATION', 'Krakowie'], ['LOCATION', 'Zakopanego'], ['PERSON', 'Adam']] },
  // 23 SV ticket
  { shape: 'ticket', text: 'Ärende 7731: Kunden Linnea Bergström har flyttat till Storgatan 8 B, lgh 1102, 903 26 Umeå. Hon ber att fakturorna skickas dit i stället för till Luleå.', expect: [['PERSON', 'Linnea Bergström'], ['ADDRESS', 'Storgatan 8 B, lgh 1102, 903 26 Umeå'], ['LOCATION', 'Luleå']] },
  // 24 CS e-mail
  { shape: 'email', text: 'Dobrý den, paní Nováková,\nzásilku jsme odeslali na adresu Vinohradská 1511/230, 100 00 Praha 10.\nS pozdravem\nTomáš Dvořák', expect: [['PERSON', 'Nováková'], ['ADDRESS', 'Vinohradská 1511/230, 100 00 Praha 10'], ['PERSON', 'Tomáš Dvořák']] },
  // 25 EN hard negative
  { shape: 'negative', text: 'Order Status: Shipped. Carrier: FedEx Ground. Estimated Delivery: Thursday. Return Policy applies per Terms of Service, Section 4.2.', expect: [] },
  // 26 ES news
  { shape: 'news', text: 'La alcaldesa de Valparaíso, Camila Orrego, recorrió este lunes los cerros afectados por el incendio junto al ministro Andrés Lagos Peña.', expect: [['LOCATION', 'Valparaíso'], ['PERSON', 'Camila Orrego'], ['PERSON', 'Andrés Lagos Peña']] },
  // 27 TL chat, barangay address
  { shape: 'chat', text: 'Customer: Hi po, si Jericho Dimaculangan po ito. Ang address ko po ay Blk 12 Lot 7, Phase 2, Brgy. San Isidro, Antipolo City, Rizal 1870.\nAgent: Salamat po, Sir Jericho!', expect: [['PERSON', 'Jericho Dimaculangan'], ['ADDRESS', 'Blk 12 Lot 7, Phase 2, Brgy. San Isidro, Antipolo City, Rizal 1870'], ['PERSON', 'Jericho']] },
  // 28 SW form, PO box
  { shape: 'form', text: 'FOMU YA USAJILI\nJina kamili: Neema Wanjiru Mwangi\nAnwani: S.L.P. 3045, Arusha, Tanzania\nMahali pa kuzaliwa: Moshi', expect: [['PERSON', 'Neema Wanjiru Mwangi'], ['ADDRESS', 'S.L.P. 3045, Arusha, Tanzania'], ['LOCATION', 'Moshi']] },
  // 29 log, lowercase name
  { shape: 'log', text: '[WARN] 2026-06-02 18:40:11 geo-lookup failed user_id=55102 display_name="lucas ferreira" resolved_city="Campinas" ip_region="São Paulo"', expect: [['PERSON', 'lucas ferreira'], ['LOCATION', 'Campinas'], ['LOCATION', 'São Paulo']] },
  // 30 RO invoice; person name inside street name
  { shape: 'form', text: 'FACTURĂ nr. 2026-0418\nCumpărător: Ioana Mărgineanu\nAdresă: Str. Avram Iancu nr. 9, bl. C2, sc. A, ap. 14, 400089 Cluj-Napoca, jud. Cluj\nFurnizor: Tehnoserv SRL', expect: [['PERSON', 'Ioana Mărgineanu'], ['ADDRESS', 'Str. Avram Iancu nr. 9, bl. C2, sc. A, ap. 14, 400089 Cluj-Napoca, jud. Cluj']] },
  // 31 EN prose, natural places
  { shape: 'prose', text: 'Every summer Grace and her brother Hunter drove up to Lake Placid, then hiked the trails around Mount Marcy until the weather turned.', expect: [['PERSON', 'Grace'], ['PERSON', 'Hunter'], ['LOCATION', 'Lake Placid'], ['LOCATION', 'Mount Marcy']] },
  // 32 EN hard negative: dishes/drinks named after people
  { shape: 'negative', text: 'Caesar Salad, Beef Wellington and Eggs Benedict are back on the Sunday menu; pair them with an Earl Grey or a Tom Collins.', expect: [] },
  // 33 EN hard negative: prizes/algorithms
  { shape: 'negative', text: 'The Nobel Prize citation mentioned the Higgs Boson; students still confuse Dijkstra\'s Algorithm with the Bellman-Ford method and Bayes\' Theorem.', expect: [] },
  // 34 DE news, river
  { shape: 'news', text: 'Hochwasser an der Elbe: In Dresden stieg der Pegel am Sonntag auf über sechs Meter. Oberbürgermeister Dirk Hilbert rief die Anwohner zur Vorsicht auf.', expect: [['LOCATION', 'Elbe'], ['LOCATION', 'Dresden'], ['PERSON', 'Dirk Hilbert']] },
  // 35 FR call transcript
  { shape: 'transcript', text: 'Opérateur : Votre nom, s\'il vous plaît ?\nAppelant : Benoît Marchetti. J\'habite au 4 allée des Peupliers, 44300 Nantes.\nOpérateur : Merci, monsieur Marchetti.', expect: [['PERSON', 'Benoît Marchetti'], ['ADDRESS', '4 allée des Peupliers, 44300 Nantes'], ['PERSON', 'Marchetti']] },
  // 36 DE label, c/o line excluded
  { shape: 'label', text: 'Empfänger:\nFrau Dr. Henrike Vogelsang\nc/o Praxis am Markt\nMarktplatz 3\n79098 Freiburg im Breisgau\nDEUTSCHLAND', expect: [['PERSON', 'Henrike Vogelsang'], ['ADDRESS', 'Marktplatz 3\n79098 Freiburg im Breisgau\nDEUTSCHLAND']] },
  // 37 IT CSV (semicolon)
  { shape: 'csv', text: 'cognome;nome;comune;provincia\nEsposito;Gennaro;Pozzuoli;NA\nBrambilla;Giulia;Lecco;LC', expect: [['PERSON', 'Esposito'], ['PERSON', 'Gennaro'], ['LOCATION', 'Pozzuoli'], ['PERSON', 'Brambilla'], ['PERSON', 'Giulia'], ['LOCATION', 'Lecco']] },
  // 38 EN e-mail, Glasgow tenement flat
  { shape: 'email', text: 'From: Callum Reid\nTo: Support\nSubject: Wrong delivery address\n\nHi, my order went to Flat 2/1, 45 Byres Road, Glasgow G11 5RG instead of my work address in Paisley. Could you reroute it?\nCallum', expect: [['PERSON', 'Callum Reid'], ['ADDRESS', 'Flat 2/1, 45 Byres Road, Glasgow G11 5RG'], ['LOCATION', 'Paisley'], ['PERSON', 'Callum']] },
  // 39 ES (MX) JSON
  { shape: 'json', text: '{"cliente":"Ximena Robles Cuautle","direccion":"Av. Insurgentes Sur 1602, Piso 9, Col. Crédito Constructor, 03940 Ciudad de México, CDMX","canal":"WhatsApp"}', expect: [['PERSON', 'Ximena Robles Cuautle'], ['ADDRESS', 'Av. Insurgentes Sur 1602, Piso 9, Col. Crédito Constructor, 03940 Ciudad de México, CDMX']] },
  // 40 NL notes
  { shape: 'notes', text: 'Gesprek met mevr. Fatma Yıldız: ze woont sinds maart in Almere en werkt in Utrecht. Haar broer Emre woont nog in Gent.', expect: [['PERSON', 'Fatma Yıldız'], ['LOCATION', 'Almere'], ['LOCATION', 'Utrecht'], ['PERSON', 'Emre'], ['LOCATION', 'Gent']] },
  // 41 DE meeting minutes
  { shape: 'meeting', text: 'Protokoll Teamrunde\nAnwesend: K. Özdemir, Lena Haas, Friedrich Bauer\nTOP 3: Der Standort Graz wird zum 1. Juli geschlossen; Lena übernimmt die Übergabe nach Linz.', expect: [['PERSON', 'K. Özdemir'], ['PERSON', 'Lena Haas'], ['PERSON', 'Friedrich Bauer'], ['LOCATION', 'Graz'], ['PERSON', 'Lena'], ['LOCATION', 'Linz']] },
  // 42 EN ticket, Indian landmark-based address
  { shape: 'ticket', text: 'Complaint #IN-20931: Mr. Sandeep Kulkarni says the technician could not find his flat. Address: Flat 502, Sai Krupa Apartments, Near Hanuman Mandir, Karve Nagar, Pune, Maharashtra 411052.', expect: [['PERSON', 'Sandeep Kulkarni'], ['ADDRESS', 'Flat 502, Sai Krupa Apartments, Near Hanuman Mandir, Karve Nagar, Pune, Maharashtra 411052']] },
  // 43 EN SMS, lowercase
  { shape: 'sms', text: 'hey its jess, running late!! stuck on the m62 near leeds, tell mo to start without me', expect: [['PERSON', 'jess'], ['LOCATION', 'leeds'], ['PERSON', 'mo']] },
  // 44 ES hard negative
  { shape: 'negative', text: 'Recordatorio: la Junta Directiva se reúne el Martes. Orden del Día: Presupuesto Anual, Plan Estratégico y Ruegos y Preguntas.', expect: [] },
  // 45 SV prose, lake
  { shape: 'prose', text: 'Farfar Sven växte upp vid Vänern men flyttade som ung till Kiruna, där han arbetade i gruvan i fyrtio år.', expect: [['PERSON', 'Sven'], ['LOCATION', 'Vänern'], ['LOCATION', 'Kiruna']] },
  // 46 EN letter, US suite
  { shape: 'letter', text: 'Dear Ms. Alvarez,\n\nThank you for your inquiry regarding the property at 1187 Magnolia Blvd, Suite 210, Savannah, GA 31401. Our agent, Bradley Thornton, will contact you this week.\n\nSincerely,\nJune Whitfield', expect: [['PERSON', 'Alvarez'], ['ADDRESS', '1187 Magnolia Blvd, Suite 210, Savannah, GA 31401'], ['PERSON', 'Bradley Thornton'], ['PERSON', 'June Whitfield']] },
  // 47 EN medical intake form, LAST, FIRST in caps
  { shape: 'form', text: 'PATIENT INTAKE\nName: WU, MEI-LING\nDOB: 04/11/1958\nAddress: 88 Grafton St, Apt 6C, Brookline, MA 02446\nEmergency contact: Kevin Wu (son)\nPrimary physician: Dr. Ashok Varma', expect: [['PERSON', 'WU, MEI-LING'], ['ADDRESS', '88 Grafton St, Apt 6C, Brookline, MA 02446'], ['PERSON', 'Kevin Wu'], ['PERSON', 'Ashok Varma']] },
  // 48 IT legal, city-first address
  { shape: 'case', text: 'Il Giudice di Pace, nella causa promossa da Rocco Lorusso, residente in Altamura, via Dante Alighieri 27, contro la società Edilpuglia S.r.l., dichiara inammissibile la domanda.', expect: [['PERSON', 'Rocco Lorusso'], ['ADDRESS', 'Altamura, via Dante Alighieri 27']] },
  // 49 FR news, river with elided article
  { shape: 'news', text: 'À Marseille, le maire Benoît Payan a inauguré mardi une passerelle sur l\'Huveaune, en présence de la préfète Fabienne Jaouen.', expect: [['LOCATION', 'Marseille'], ['PERSON', 'Benoît Payan'], ['LOCATION', 'Huveaune'], ['PERSON', 'Fabienne Jaouen']] },
  // 50 EN social post, handle not labelled
  { shape: 'chat', text: '@trailmix_dan: anyone hiking Ben Nevis this weekend? me and Priyanka are driving up from Manchester Sat morning, 2 seats free', expect: [['LOCATION', 'Ben Nevis'], ['PERSON', 'Priyanka'], ['LOCATION', 'Manchester']] },
  // 51 EN table
  { shape: 'table', text: 'Employee | Office | Manager\nNadia Haddad | Dubai | Conor Walsh\nSamuel Mensah | Kumasi | Nadia Haddad', expect: [['PERSON', 'Nadia Haddad'], ['LOCATION', 'Dubai'], ['PERSON', 'Conor Walsh'], ['PERSON', 'Samuel Mensah'], ['LOCATION', 'Kumasi'], ['PERSON', 'Nadia Haddad']] },
  // 52 EN label, Japanese address
  { shape: 'label', text: 'TO: Mr. Haruto Saito\n3-14-2 Minami-Aoyama, Minato-ku\nTokyo 107-0062\nJAPAN', expect: [['PERSON', 'Haruto Saito'], ['ADDRESS', '3-14-2 Minami-Aoyama, Minato-ku\nTokyo 107-0062\nJAPAN']] },
  // 53 DE hard negative
  { shape: 'negative', text: 'Bitte beachten Sie: Die Allgemeinen Geschäftsbedingungen (AGB) und die Datenschutzerklärung wurden zum Quartalsende aktualisiert. Bei Fragen wenden Sie sich an den Kundenservice.', expect: [] },
  // 54 EN emergency call transcript, rural
  { shape: 'transcript', text: 'DISPATCH: What\'s the address of your emergency?\nCALLER: 4410 Old Mill Road, it\'s the farmhouse past the grain elevator, outside Hays, Kansas.\nDISPATCH: And your name?\nCALLER: Wyatt. Wyatt Brennan.', expect: [['ADDRESS', '4410 Old Mill Road'], ['LOCATION', 'Hays'], ['LOCATION', 'Kansas'], ['PERSON', 'Wyatt'], ['PERSON', 'Wyatt Brennan']] },
  // 55 DE e-mail with hotel signature
  { shape: 'email', text: 'Sehr geehrte Frau Yilmaz,\n\nanbei die Rechnung für Ihren Aufenthalt in Garmisch-Partenkirchen. Bitte überweisen Sie den Betrag bis zum 15.12.\n\nMit freundlichen Grüßen\nSebastian Holzer\nHotel Alpenblick\nZugspitzstraße 61\n82467 Garmisch-Partenkirchen', expect: [['PERSON', 'Yilmaz'], ['LOCATION', 'Garmisch-Partenkirchen'], ['PERSON', 'Sebastian Holzer'], ['ADDRESS', 'Zugspitzstraße 61\n82467 Garmisch-Partenkirchen']] },
  // 56 PL JSON
  { shape: 'json', text: '{"imie":"Wojciech","nazwisko":"Zieliński","adres":"ul. Długa 5/12, 80-831 Gdańsk","miejsce_urodzenia":"Olsztyn"}', expect: [['PERSON', 'Wojciech'], ['PERSON', 'Zieliński'], ['ADDRESS', 'ul. Długa 5/12, 80-831 Gdańsk'], ['LOCATION', 'Olsztyn']] },
  // 57 PT-BR CSV
  { shape: 'csv', text: 'nome,cidade,uf\nThiago Nascimento,Feira de Santana,BA\nLuana Cavalcanti,Juazeiro do Norte,CE', expect: [['PERSON', 'Thiago Nascimento'], ['LOCATION', 'Feira de Santana'], ['PERSON', 'Luana Cavalcanti'], ['LOCATION', 'Juazeiro do Norte']] },
  // 58 EN payment log
  { shape: 'log', text: '2026-09-30 02:17:55 ERROR payment-gw AVS mismatch: billing="1 Infinite Loop, Cupertino, CA 95014" shipping="221B Baker Street, London NW1 6XE" cardholder="KAREN O\'BRIEN"', expect: [['ADDRESS', '1 Infinite Loop, Cupertino, CA 95014'], ['ADDRESS', '221B Baker Street, London NW1 6XE'], ['PERSON', 'KAREN O\'BRIEN']] },
  // 59 ES social-work notes, river with lowercase generic
  { shape: 'notes', text: 'Nota de visita: la Sra. Rosario Gutiérrez vive con su nieto Iker en una finca a 3 km de Cangas de Onís, cerca del río Sella.', expect: [['PERSON', 'Rosario Gutiérrez'], ['PERSON', 'Iker'], ['LOCATION', 'Cangas de Onís'], ['LOCATION', 'Sella']] },
  // 60 EN hard negative: storms and ships
  { shape: 'negative', text: 'Hurricane Helene and Storm Ciarán dominated the quarterly claims review; the Queen Mary 2 itinerary change was logged under Marine Cargo.', expect: [] },
  // 61 ES names list
  { shape: 'names', text: 'Ganadores del sorteo:\n1. José Luis Martín-Cabrera\n2. Ngozi Eze\n3. Dolores Fuentes\n4. Hiroshi Tanabe', expect: [['PERSON', 'José Luis Martín-Cabrera'], ['PERSON', 'Ngozi Eze'], ['PERSON', 'Dolores Fuentes'], ['PERSON', 'Hiroshi Tanabe']] },
  // 62 EN prose, first name that is a city
  { shape: 'prose', text: 'Paris Okafor left her job in Sydney and moved to the small town of Mudgee to open a winery with her cousin Denzel.', expect: [['PERSON', 'Paris Okafor'], ['LOCATION', 'Sydney'], ['LOCATION', 'Mudgee'], ['PERSON', 'Denzel']] },
  // 63 EN news, lake + province
  { shape: 'news', text: 'Wildfires near Kelowna forced evacuations on Saturday as crews battled flames above Okanagan Lake, British Columbia Premier David Eby said.', expect: [['LOCATION', 'Kelowna'], ['LOCATION', 'Okanagan Lake'], ['LOCATION', 'British Columbia'], ['PERSON', 'David Eby']] },
  // 64 DE ticket, Hinterhaus
  { shape: 'ticket', text: 'Störung #DE-4471 – Kundin Ayşe Demir, Kaiserstraße 120, Hinterhaus 2. OG links, 76133 Karlsruhe: Router blinkt rot seit dem Umzug aus Pforzheim.', expect: [['PERSON', 'Ayşe Demir'], ['ADDRESS', 'Kaiserstraße 120, Hinterhaus 2. OG links, 76133 Karlsruhe'], ['LOCATION', 'Pforzheim']] },
  // 65 FR SMS
  { shape: 'sms', text: 'Coucou Léa ! Je suis à Annecy ce week-end, on se voit au bord du lac ? Bisous, Manon', expect: [['PERSON', 'Léa'], ['LOCATION', 'Annecy'], ['PERSON', 'Manon']] },
  // 66 IT e-mail
  { shape: 'email', text: 'Ciao Francesca,\nti confermo la spedizione per Piazza del Campo 8, 53100 Siena. Il corriere passerà giovedì mattina.\nA presto,\nMatteo Rinaldi', expect: [['PERSON', 'Francesca'], ['ADDRESS', 'Piazza del Campo 8, 53100 Siena'], ['PERSON', 'Matteo Rinaldi']] },
  // 67 RO medical form, rural address
  { shape: 'form', text: 'FIȘĂ PACIENT\nNume: POPESCU\nPrenume: Andrei-Mihai\nDomiciliu: Sat Cornu de Jos nr. 47, com. Cornu, jud. Prahova, 107190\nLoc naștere: Ploiești', expect: [['PERSON', 'POPESCU'], ['PERSON', 'Andrei-Mihai'], ['ADDRESS', 'Sat Cornu de Jos nr. 47, com. Cornu, jud. Prahova, 107190'], ['LOCATION', 'Ploiești']] },
  // 68 DE call transcript
  { shape: 'transcript', text: 'Agent: Wie ist Ihr Name, bitte?\nKunde: Henning Lorenz, ich rufe aus Bremerhaven an.\nAgent: Danke, Herr Lorenz. Was kann ich für Sie tun?', expect: [['PERSON', 'Henning Lorenz'], ['LOCATION', 'Bremerhaven'], ['PERSON', 'Lorenz']] },
  // 69 EN civil complaint
  { shape: 'case', text: 'Plaintiff Marisol Vega, a resident of El Paso County, Texas, alleges that Defendant Trent Hollister breached the lease for premises located at 905 Mesa Street, Unit B, El Paso, TX 79902.', expect: [['PERSON', 'Marisol Vega'], ['LOCATION', 'El Paso County'], ['LOCATION', 'Texas'], ['PERSON', 'Trent Hollister'], ['ADDRESS', '905 Mesa Street, Unit B, El Paso, TX 79902']] },
  // 70 EN hard negative
  { shape: 'negative', text: 'Q3 Board Deck — Executive Summary, Key Risks, Go-To-Market Plan. Owner: Finance. Status: Draft. Next Review: Wednesday.', expect: [] },
  // 71 EN JSON event
  { shape: 'json', text: '{"event":"signup","user":{"display_name":"Dakota Rivers","locale":"en-US","home_town":"Bozeman"},"referrer":"newsletter"}', expect: [['PERSON', 'Dakota Rivers'], ['LOCATION', 'Bozeman']] },
  // 72 EN XML CRM record, Irish address
  { shape: 'json', text: '<customer id="7712"><name>Siobhán Ní Bhriain</name><address>Apartment 9, The Maltings, Bridge Street, Westport, Co. Mayo F28 X2K7, Ireland</address><tier>gold</tier></customer>', expect: [['PERSON', 'Siobhán Ní Bhriain'], ['ADDRESS', 'Apartment 9, The Maltings, Bridge Street, Westport, Co. Mayo F28 X2K7, Ireland']] },
  // 73 EN standup notes; Mercedes is a person here
  { shape: 'meeting', text: 'Standup notes 11/3 — Ravi blocked on the Berlin migration; Chloe back from Nashville Tuesday; Bill to follow up with Mercedes re: contract renewal.', expect: [['PERSON', 'Ravi'], ['LOCATION', 'Berlin'], ['PERSON', 'Chloe'], ['LOCATION', 'Nashville'], ['PERSON', 'Bill'], ['PERSON', 'Mercedes']] },
  // 74 ID prose, plateau
  { shape: 'prose', text: 'Setiap lebaran, keluarga Pak Hendra Wijaya pulang kampung ke Purwokerto, lalu berwisata ke Dataran Tinggi Dieng bersama anak-anak.', expect: [['PERSON', 'Hendra Wijaya'], ['LOCATION', 'Purwokerto'], ['LOCATION', 'Dataran Tinggi Dieng']] },
  // 75 NL label, Postbus
  { shape: 'label', text: 'Aan:\nDhr. Pieter Jansen\nPostbus 1120\n3500 BC Utrecht\nNederland', expect: [['PERSON', 'Pieter Jansen'], ['ADDRESS', 'Postbus 1120\n3500 BC Utrecht\nNederland']] },
  // 76 SV TSV table
  { shape: 'table', text: 'Namn\tOrt\tTelefon\nElsa Lundgren\tVisby\t070-123 45 67\nOskar Nyström\tÖstersund\t073-998 11 02', expect: [['PERSON', 'Elsa Lundgren'], ['LOCATION', 'Visby'], ['PERSON', 'Oskar Nyström'], ['LOCATION', 'Östersund']] },
  // 77 FR hard negative
  { shape: 'negative', text: 'Rappel : la Direction Générale publiera le Rapport Annuel après validation par le Conseil d\'Administration. Merci de consulter l\'Intranet.', expect: [] },
  // 78 IT news, river
  { shape: 'news', text: 'Maltempo in Liguria: a Genova il Bisagno è esondato nella notte. La sindaca Silvia Salis ha disposto la chiusura delle scuole.', expect: [['LOCATION', 'Liguria'], ['LOCATION', 'Genova'], ['LOCATION', 'Bisagno'], ['PERSON', 'Silvia Salis']] },
  // 79 ES (AR) chat, lowercase name
  { shape: 'chat', text: 'Usuario: hola, soy guadalupe torres, no me llegó el pedido a mi casa en Av. del Libertador 4020, piso 7 depto C, C1425 CABA, Argentina\nBot: Lo siento, Guadalupe. Ya lo reviso.', expect: [['PERSON', 'guadalupe torres'], ['ADDRESS', 'Av. del Libertador 4020, piso 7 depto C, C1425 CABA, Argentina'], ['PERSON', 'Guadalupe']] },
  // 80 SW SMS
  { shape: 'sms', text: 'Habari Juma, nimefika Mombasa salama. Kesho nitaenda Malindi kumwona bibi Mwanaisha. - Baraka', expect: [['PERSON', 'Juma'], ['LOCATION', 'Mombasa'], ['LOCATION', 'Malindi'], ['PERSON', 'Mwanaisha'], ['PERSON', 'Baraka']] },
  // 81 FR sworn statement; person name inside street name
  { shape: 'letter', text: 'Madame, Monsieur,\nJe soussignée Hélène Rousseau-Garnier, demeurant 27 boulevard Victor Hugo, appt 12, 06000 Nice, déclare sur l\'honneur l\'exactitude des informations ci-dessus.\nFait à Nice, le 3 mars 2026.', expect: [['PERSON', 'Hélène Rousseau-Garnier'], ['ADDRESS', '27 boulevard Victor Hugo, appt 12, 06000 Nice'], ['LOCATION', 'Nice']] },
  // 82 EN HR note
  { shape: 'notes', text: 'HR file note: Employee Darnell Jefferson requested a transfer from the Birmingham, Alabama site to our Raleigh office to be closer to his mother, Loretta.', expect: [['PERSON', 'Darnell Jefferson'], ['LOCATION', 'Birmingham'], ['LOCATION', 'Alabama'], ['LOCATION', 'Raleigh'], ['PERSON', 'Loretta']] },
  // 83 EN insurance claim, Australia
  { shape: 'case', text: 'Claim No. 77-4410-K. Insured: Ms. Olga Petrenko. Loss location: 14 Harbour View Road, Mosman NSW 2088, Australia. Vehicle struck by a fallen tree during the storm; similar damage reported in Manly.', expect: [['PERSON', 'Olga Petrenko'], ['ADDRESS', '14 Harbour View Road, Mosman NSW 2088, Australia'], ['LOCATION', 'Manly']] },
  // 84 ID patient form, RT/RW
  { shape: 'form', text: 'Formulir Pendaftaran Pasien\nNama: Siti Aminah Rahmawati\nAlamat: Jl. Diponegoro No. 45 RT 03/RW 07, Kel. Citarum, Kec. Bandung Wetan, Kota Bandung 40115\nTempat lahir: Garut', expect: [['PERSON', 'Siti Aminah Rahmawati'], ['ADDRESS', 'Jl. Diponegoro No. 45 RT 03/RW 07, Kel. Citarum, Kec. Bandung Wetan, Kota Bandung 40115'], ['LOCATION', 'Garut']] },
  // 85 EN hard negative: tech log
  { shape: 'negative', text: '[INFO] Spring Boot started in 3.2s; Kafka Consumer Group "Orders" rebalanced; Redis Sentinel elected a new Master; Grafana Alerting resumed.', expect: [] },
  // 86 DE delivery log
  { shape: 'log', text: '2026-11-02 07:03:19 WARN lieferung: Zustellung fehlgeschlagen, Empfänger "Gülsen Aydın", Adresse "Am Hang 3, 83700 Rottach-Egern", Grund: Empfänger nicht angetroffen', expect: [['PERSON', 'Gülsen Aydın'], ['ADDRESS', 'Am Hang 3, 83700 Rottach-Egern']] },
  // 87 ES (CO) call transcript
  { shape: 'transcript', text: 'Agente: ¿Me confirma su dirección?\nCliente: Sí, carrera 15 # 93-47, apartamento 502, Bogotá.\nAgente: Perfecto, señora Lucía Cárdenas, queda registrada.', expect: [['ADDRESS', 'carrera 15 # 93-47, apartamento 502, Bogotá'], ['PERSON', 'Lucía Cárdenas']] },
  // 88 EN (AU) e-mail; nickname + full name; road name not labelled
  { shape: 'email', text: 'G\'day Mick,\nJust confirming the ute is booked in at the Dubbo depot. If you\'re coming from Orange, take the Mitchell Hwy.\nCheers,\nShazza (Sharon Kelly)', expect: [['PERSON', 'Mick'], ['LOCATION', 'Dubbo'], ['LOCATION', 'Orange'], ['PERSON', 'Shazza'], ['PERSON', 'Sharon Kelly']] },
  // 89 CS prose, inflected places
  { shape: 'prose', text: 'Babička Marie Horáková pochází z Třeboně, ale celý život prožila v Brně. V létě jezdila na Šumavu k Lipnu.', expect: [['PERSON', 'Marie Horáková'], ['LOCATION', 'Třeboně'], ['LOCATION', 'Brně'], ['LOCATION', 'Šumavu'], ['LOCATION', 'Lipnu']] },
  // 90 EN names, mixed case, word-names
  { shape: 'names', text: 'Contributors: abdi farah, MEGAN O\'CONNELL, Li Wei, Hunter Page, Summer Nguyen', expect: [['PERSON', 'abdi farah'], ['PERSON', 'MEGAN O\'CONNELL'], ['PERSON', 'Li Wei'], ['PERSON', 'Hunter Page'], ['PERSON', 'Summer Nguyen']] },
  // 91 DE (CH) JSON
  { shape: 'json', text: '{"kunde":{"anrede":"Herr","name":"Florian Brückner","lieferadresse":"Bahnhofstrasse 21, Postfach 1234, 8001 Zürich, Schweiz"}}', expect: [['PERSON', 'Florian Brückner'], ['ADDRESS', 'Bahnhofstrasse 21, Postfach 1234, 8001 Zürich, Schweiz']] },
  // 92 PT-BR chat
  { shape: 'chat', text: 'Cliente: Boa tarde, sou a Beatriz Menezes, moro na Rua Oscar Freire 1200, apto 84, Jardins, São Paulo - SP, 01426-001.\nAtendente: Obrigado, Beatriz! Vou verificar o pedido.', expect: [['PERSON', 'Beatriz Menezes'], ['ADDRESS', 'Rua Oscar Freire 1200, apto 84, Jardins, São Paulo - SP, 01426-001'], ['PERSON', 'Beatriz']] },
  // 93 EN ticket, pipe-separated
  { shape: 'ticket', text: 'Ticket 90211 | Reporter: Hamid Rezaei | Site: Aberdeen offshore base | Summary: Badge reader at gate 3 rejects contractor cards since Tuesday.', expect: [['PERSON', 'Hamid Rezaei'], ['LOCATION', 'Aberdeen']] },
  // 94 NL meeting minutes
  { shape: 'meeting', text: 'Notulen MT-overleg\nAanwezig: Joris Bakker (vz), Eline Visser, Mohammed El Amrani\nBesluit: vestiging Eindhoven verhuist naar Veldhoven; Eline regelt de communicatie.', expect: [['PERSON', 'Joris Bakker'], ['PERSON', 'Eline Visser'], ['PERSON', 'Mohammed El Amrani'], ['LOCATION', 'Eindhoven'], ['LOCATION', 'Veldhoven'], ['PERSON', 'Eline']] },
  // 95 IT hard negative
  { shape: 'negative', text: 'Avviso: il Servizio Clienti resterà chiuso per Ferragosto. Le richieste relative a Fatturazione Elettronica e Resi saranno gestite dal Lunedì successivo.', expect: [] },
  // 96 PL news, inflected places + river
  { shape: 'news', text: 'Prezydent Warszawy Rafał Trzaskowski otworzył w środę nowy most na Wiśle. Podobne inwestycje planowane są w Toruniu i Płocku.', expect: [['LOCATION', 'Warszawy'], ['PERSON', 'Rafał Trzaskowski'], ['LOCATION', 'Wiśle'], ['LOCATION', 'Toruniu'], ['LOCATION', 'Płocku']] },
  // 97 EN label, rural UK farm address
  { shape: 'label', text: 'Deliver to:\nMrs Eileen Fairbairn\nHigh Cleugh Farm\nBellingham\nHexham\nNorthumberland\nNE48 2LP', expect: [['PERSON', 'Eileen Fairbairn'], ['ADDRESS', 'High Cleugh Farm\nBellingham\nHexham\nNorthumberland\nNE48 2LP']] },
  // 98 EN HR new-hire form
  { shape: 'form', text: 'NEW HIRE FORM\nLegal name: Oluwaseun Adebayo-Smith\nPreferred name: Seun\nHome address: 3500 Peachtree Rd NE, Apt 1412, Atlanta, GA 30326\nCountry of citizenship: Nigeria', expect: [['PERSON', 'Oluwaseun Adebayo-Smith'], ['PERSON', 'Seun'], ['ADDRESS', '3500 Peachtree Rd NE, Apt 1412, Atlanta, GA 30326'], ['LOCATION', 'Nigeria']] },
  // 99 EN SMS, ride-hailing
  { shape: 'sms', text: 'Your driver Ahmed is arriving in a silver Toyota Prius (ABC123). Meet at 55 Collins St, Melbourne VIC 3000.', expect: [['PERSON', 'Ahmed'], ['ADDRESS', '55 Collins St, Melbourne VIC 3000']] },
  // 100 EN shipping CSV with quoted fields
  { shape: 'csv', text: 'order_id,recipient,ship_address\n5501,"Tamsin Hale","Apt 3, 18 Queen Street, Auckland Central, Auckland 1010, New Zealand"\n5502,"Joaquín Ortega","PO Box 77, Nelson 7040"', expect: [['PERSON', 'Tamsin Hale'], ['ADDRESS', 'Apt 3, 18 Queen Street, Auckland Central, Auckland 1010, New Zealand'], ['PERSON', 'Joaquín Ortega'], ['ADDRESS', 'PO Box 77, Nelson 7040']] },
  // 101 EN hard negative: brands named after people
  { shape: 'negative', text: 'Tesla, Ford and Ferrari all posted gains; Dell and Hewlett Packard Enterprise slipped. Analysts at Morgan Stanley kept their ratings unchanged.', expect: [] },
  // 102 PT clinical notes
  { shape: 'notes', text: 'Obs.: paciente João Pedro Sampaio, natural de Coimbra, reside atualmente em Braga. Veio acompanhado pela esposa, Inês.', expect: [['PERSON', 'João Pedro Sampaio'], ['LOCATION', 'Coimbra'], ['LOCATION', 'Braga'], ['PERSON', 'Inês']] },
  // 103 ES (CO) table, Colombian addresses without city
  { shape: 'table', text: 'Sucursal | Responsable | Dirección\nMedellín | Paula Restrepo | Calle 10 # 43D-25, El Poblado\nCali | Jhon Fredy Mosquera | Av. 6N # 23-50', expect: [['LOCATION', 'Medellín'], ['PERSON', 'Paula Restrepo'], ['ADDRESS', 'Calle 10 # 43D-25, El Poblado'], ['LOCATION', 'Cali'], ['PERSON', 'Jhon Fredy Mosquera'], ['ADDRESS', 'Av. 6N # 23-50']] },
  // 104 TL/EN call transcript
  { shape: 'transcript', text: 'Agent: Ma\'am, ano po ang full name niyo?\nCaller: Maricel Santos-Dizon po.\nAgent: Taga-saan po kayo?\nCaller: Sa Lucena po, Quezon.', expect: [['PERSON', 'Maricel Santos-Dizon'], ['LOCATION', 'Lucena'], ['LOCATION', 'Quezon']] },
  // 105 DE legal
  { shape: 'case', text: 'In dem Rechtsstreit des Herrn Konstantin Reuter, wohnhaft Lindenallee 14, 50968 Köln, gegen Frau Birgit Sommer, wohnhaft in Bonn, wegen Mietforderung ergeht folgendes Urteil.', expect: [['PERSON', 'Konstantin Reuter'], ['ADDRESS', 'Lindenallee 14, 50968 Köln'], ['PERSON', 'Birgit Sommer'], ['LOCATION', 'Bonn']] },
  // 106 ES (EC) e-mail, intersection address
  { shape: 'email', text: 'Estimado Sr. Villanueva:\nLe informamos que su paquete está retenido en la aduana de Guayaquil.\nAtentamente,\nDaniela Paredes\nAv. 9 de Octubre 1212 y García Moreno, Edificio Torres del Río, piso 3, Guayaquil, Ecuador', expect: [['PERSON', 'Villanueva'], ['LOCATION', 'Guayaquil'], ['PERSON', 'Daniela Paredes'], ['ADDRESS', 'Av. 9 de Octubre 1212 y García Moreno, Edificio Torres del Río, piso 3, Guayaquil, Ecuador']] },
  // 107 EN prose, name that is a state
  { shape: 'prose', text: 'Aunt Georgia still lives in the same clapboard house on the Outer Banks, two miles from Kitty Hawk, and swears she will never move to Atlanta.', expect: [['PERSON', 'Georgia'], ['LOCATION', 'Outer Banks'], ['LOCATION', 'Kitty Hawk'], ['LOCATION', 'Atlanta']] },
  // 108 SV hard negative
  { shape: 'negative', text: 'Påminnelse: Årsmötet hålls i Stora Salen. Dagordning: Verksamhetsberättelse, Budget och Val av Styrelse. Fika serveras efteråt.', expect: [] },
  // 109 EN audit log, Belgian addresses
  { shape: 'log', text: 'audit: user admin changed shipping address for account 44012 from "Rue de la Loi 7, 1040 Bruxelles, Belgique" to "Avenue Louise 231, 1050 Ixelles, Belgium" (customer: Margaux Peeters)', expect: [['ADDRESS', 'Rue de la Loi 7, 1040 Bruxelles, Belgique'], ['ADDRESS', 'Avenue Louise 231, 1050 Ixelles, Belgium'], ['PERSON', 'Margaux Peeters']] },
  // 110 EN meeting notes
  { shape: 'meeting', text: 'Call notes — Olivia said the Cape Town launch slips to Q2; Thabo disagreed, wants Durban first. Action: Olivia & Thabo to align with Wanjiku in Nairobi.', expect: [['PERSON', 'Olivia'], ['LOCATION', 'Cape Town'], ['PERSON', 'Thabo'], ['LOCATION', 'Durban'], ['PERSON', 'Olivia'], ['PERSON', 'Thabo'], ['PERSON', 'Wanjiku'], ['LOCATION', 'Nairobi']] },
  // 111 EL (Latin script) news
  { shape: 'news', text: 'Seismos 4,8 Richter stin Kriti: o dimarchos Irakleiou Giorgos Papadakis dilose oti den yparxoun zimies se ktiria.', expect: [['LOCATION', 'Kriti'], ['LOCATION', 'Irakleiou'], ['PERSON', 'Giorgos Papadakis']] },
  // 112 EL (Latin script) chat, speaker names
  { shape: 'chat', text: 'Maria: Eleni, eisai akoma sti Thessaloniki?\nEleni: Oxi, gyrisa Athina xthes. Ton Kosta ton eides?', expect: [['PERSON', 'Maria'], ['PERSON', 'Eleni'], ['LOCATION', 'Thessaloniki'], ['PERSON', 'Eleni'], ['LOCATION', 'Athina'], ['PERSON', 'Kosta']] },
  // 113 IT label, casella postale
  { shape: 'label', text: 'DESTINATARIO\nSig.ra Anna Maria Colombo\nC.P. 45\n22100 Como CO\nITALIA', expect: [['PERSON', 'Anna Maria Colombo'], ['ADDRESS', 'C.P. 45\n22100 Como CO\nITALIA']] },
  // 114 PL insurance form
  { shape: 'form', text: 'Wniosek o odszkodowanie\nPoszkodowany: Grzegorz Wiśniewski\nAdres: os. Tysiąclecia 14/56, 40-871 Katowice\nMiejsce zdarzenia: autostrada A4 w pobliżu Gliwic', expect: [['PERSON', 'Grzegorz Wiśniewski'], ['ADDRESS', 'os. Tysiąclecia 14/56, 40-871 Katowice'], ['LOCATION', 'Gliwic']] },
  // 115 ES (CAT) ticket, s/n rural address
  { shape: 'ticket', text: 'Incidencia #ES-3381: el cliente Jordi Casals i Ferrer indica que el técnico no encontró la casa. Dirección: Camí de Can Roca s/n, 08296 Castellbell i el Vilar (Barcelona).', expect: [['PERSON', 'Jordi Casals i Ferrer'], ['ADDRESS', 'Camí de Can Roca s/n, 08296 Castellbell i el Vilar (Barcelona)']] },
  // 116 PT hard negative
  { shape: 'negative', text: 'Aviso: o Departamento Financeiro atualizou a Política de Reembolso. Consulte o Manual do Colaborador e o Código de Conduta na Intranet.', expect: [] },
  // 117 DE SMS
  { shape: 'sms', text: 'Hi Mama, bin gut in Rostock angekommen. Morgen geht\'s mit der Fähre rüber nach Gedser. LG Finn', expect: [['LOCATION', 'Rostock'], ['LOCATION', 'Gedser'], ['PERSON', 'Finn']] },
  // 118 EN social-work notes, mobile-home space
  { shape: 'notes', text: 'Home visit: Shanice Brooks and toddler Zion at Space 22, Sunnyvale Mobile Home Park, 412 Elm Ave, Bakersfield, CA 93307. Grandmother Dolores lives nearby in Delano.', expect: [['PERSON', 'Shanice Brooks'], ['PERSON', 'Zion'], ['ADDRESS', 'Space 22, Sunnyvale Mobile Home Park, 412 Elm Ave, Bakersfield, CA 93307'], ['PERSON', 'Dolores'], ['LOCATION', 'Delano']] },
  // 119 EN letter, Canadian address block
  { shape: 'letter', text: 'Ms. Geneviève Tremblay\n1450 rue Sherbrooke Ouest, bureau 300\nMontréal (Québec) H3G 1K4\nCanada\n\nDear Ms. Tremblay,\nFurther to our meeting in Ottawa, please find the signed agreement enclosed.\nYours truly,\nAngus MacLeod', expect: [['PERSON', 'Geneviève Tremblay'], ['ADDRESS', '1450 rue Sherbrooke Ouest, bureau 300\nMontréal (Québec) H3G 1K4\nCanada'], ['PERSON', 'Tremblay'], ['LOCATION', 'Ottawa'], ['PERSON', 'Angus MacLeod']] },
  // 120 EN news, mountain
  { shape: 'news', text: 'Rescuers reached two climbers stranded on Kilimanjaro late Sunday, Tanzanian officials said. One of them, Danish national Mette Kjærgaard, was airlifted to Moshi.', expect: [['LOCATION', 'Kilimanjaro'], ['PERSON', 'Mette Kjærgaard'], ['LOCATION', 'Moshi']] },
];
