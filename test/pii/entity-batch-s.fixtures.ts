import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch S: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_S: ShapeFixture[] = [
  // ---- Application logs and JSON log events ----
  // 1 English (UK), log: key=value login line with quoted person and bare town
  { shape: 'log', text: '2026-03-14T09:12:44Z INFO auth.login user="Harriet Pembroke" ip=10.2.4.17 site=Leeds result=ok', expect: [['PERSON', 'Harriet Pembroke'], ['LOCATION', 'Leeds']] },
  // 2 English (US), json: recipient, one-line US address, carrier company
  { shape: 'json', text: '{"event":"shipment.created","recipient":"Darnell Whitaker","ship_to":"4410 Magnolia Avenue, Tulsa, OK 74105","carrier":"Northline Freight"}', expect: [['PERSON', 'Darnell Whitaker'], ['ADDRESS', '4410 Magnolia Avenue, Tulsa, OK 74105'], ['ORGANIZATION', 'Northline Freight']] },
  // 3 English (India), log: merchant company before payer, city
  { shape: 'log', text: '[WARN] 2026-05-02 18:03:11 payments.retry merchant="Kaveri Textiles Pvt Ltd" payer="Sanjana Iyer" city="Coimbatore" attempt=3', expect: [['ORGANIZATION', 'Kaveri Textiles Pvt Ltd'], ['PERSON', 'Sanjana Iyer'], ['LOCATION', 'Coimbatore']] },
  // 4 English (Nigeria), json: person inside a message sentence, branch town, bank
  { shape: 'json', text: '{"level":"error","msg":"KYC document rejected for Chukwuemeka Obi","branch":"Onitsha","bank":"Harmattan Trust Bank"}', expect: [['PERSON', 'Chukwuemeka Obi'], ['LOCATION', 'Onitsha'], ['ORGANIZATION', 'Harmattan Trust Bank']] },
  // 5 English (Australia), log: syslog line, person, restaurant, suburb
  { shape: 'log', text: 'Oct 03 07:41:09 app-02 booking[2231]: confirmed table for Lachlan Doherty at Saltbush Kitchen, Fremantle (party of 4)', expect: [['PERSON', 'Lachlan Doherty'], ['ORGANIZATION', 'Saltbush Kitchen'], ['LOCATION', 'Fremantle']] },
  // 6 German, json: customer with umlaut, street address, GmbH
  { shape: 'json', text: '{"ereignis":"rechnung.versendet","kunde":"Friederike Baumgärtner","anschrift":"Lindenstraße 23, 79098 Freiburg im Breisgau","firma":"Schwarzwald Solartechnik GmbH"}', expect: [['PERSON', 'Friederike Baumgärtner'], ['ADDRESS', 'Lindenstraße 23, 79098 Freiburg im Breisgau'], ['ORGANIZATION', 'Schwarzwald Solartechnik GmbH']] },
  // 7 French, log: free-text message with person, two cities, travel agency
  { shape: 'log', text: '2026-06-19 11:20:05 INFO réservation créée pour Gaëlle Fontaine, départ Bordeaux, arrivée Marseille, agence Voyages Azur Sud', expect: [['PERSON', 'Gaëlle Fontaine'], ['LOCATION', 'Bordeaux'], ['LOCATION', 'Marseille'], ['ORGANIZATION', 'Voyages Azur Sud']] },
  // 8 Turkish, json: recipient, city with dotted/ş letters, A.Ş. company
  { shape: 'json', text: '{"olay":"kargo_teslim","alici":"Elif Karaca","sehir":"Eskişehir","firma":"Anadolu Hızlı Kargo A.Ş."}', expect: [['PERSON', 'Elif Karaca'], ['LOCATION', 'Eskişehir'], ['ORGANIZATION', 'Anadolu Hızlı Kargo A.Ş.']] },
  // 9 English, log (hard negative): job names, product version, job title, status words
  { shape: 'log', text: '2026-02-09 03:00:00 INFO Scheduler: Monday Digest job finished; PowerSync Pro 4.2 cache warmed; Release Manager approval pending; Quarterly Review template rendered (Status: Green)', expect: [] },
  // 10 English, json (hard negative): product, colour, plan, slogan, job title, month
  { shape: 'json', text: '{"product":"Aurora Desk Lamp","colour":"Midnight Blue","plan":"Premium Annual","tagline":"Brighter Together","role":"Senior Account Executive","month":"September"}', expect: [] },

  // ---- CSV rows ----
  // 11 English (UK), csv with header: person, e-mail (not labelled), town, employer
  { shape: 'csv', text: 'name,email,town,employer\nOliver Ashworth,o.ashworth@mail.example,Harrogate,Yorkshire Dales Water Ltd', expect: [['PERSON', 'Oliver Ashworth'], ['LOCATION', 'Harrogate'], ['ORGANIZATION', 'Yorkshire Dales Water Ltd']] },
  // 12 English (US), csv without header: quoted person, quoted full address
  { shape: 'csv', text: '10482,"Marisol Vega","1877 Juniper Street, Sacramento, CA 95814",2026-04-01,paid', expect: [['PERSON', 'Marisol Vega'], ['ADDRESS', '1877 Juniper Street, Sacramento, CA 95814']] },
  // 13 English (India), csv with header: patient, hospital, city
  { shape: 'csv', text: 'patient_id,patient_name,hospital,city\nP-20931,Arjun Venkataraman,Vaigai Riverside Hospital,Madurai', expect: [['PERSON', 'Arjun Venkataraman'], ['ORGANIZATION', 'Vaigai Riverside Hospital'], ['LOCATION', 'Madurai']] },
  // 14 English (Nigeria), csv without header: hyphenated surname, city, university, job title (not labelled)
  { shape: 'csv', text: '"Ngozi Adeyemi-Bello",Ibadan,"University of Ibadan",Lecturer II', expect: [['PERSON', 'Ngozi Adeyemi-Bello'], ['LOCATION', 'Ibadan'], ['ORGANIZATION', 'University of Ibadan']] },
  // 15 English (Australia), csv with header: two rows of person + town
  { shape: 'csv', text: 'volunteer,suburb\nSiobhan McKenzie,Toowoomba\nBrodie Nguyen,Ipswich', expect: [['PERSON', 'Siobhan McKenzie'], ['LOCATION', 'Toowoomba'], ['PERSON', 'Brodie Nguyen'], ['LOCATION', 'Ipswich']] },
  // 16 Spanish, csv with header, semicolon-separated: compound given name, city with accent, S.L. company
  { shape: 'csv', text: 'nombre;ciudad;empresa\nMaría Inmaculada Roldán;Cáceres;Conservas del Tajo S.L.', expect: [['PERSON', 'María Inmaculada Roldán'], ['LOCATION', 'Cáceres'], ['ORGANIZATION', 'Conservas del Tajo S.L.']] },
  // 17 Italian, csv without header, semicolon-separated: person, Italian street address
  { shape: 'csv', text: '2026-07-11;Giancarlo Benedetti;Via dei Mille 14, 40121 Bologna;ordine evaso', expect: [['PERSON', 'Giancarlo Benedetti'], ['ADDRESS', 'Via dei Mille 14, 40121 Bologna']] },
  // 18 Dutch, csv with header: tussenvoegsel surname, quoted Amsterdam address, B.V.
  { shape: 'csv', text: 'klant,adres,leverancier\nSanne de Wit,"Herengracht 311, 1016 AV Amsterdam",Polderlicht B.V.', expect: [['PERSON', 'Sanne de Wit'], ['ADDRESS', 'Herengracht 311, 1016 AV Amsterdam'], ['ORGANIZATION', 'Polderlicht B.V.']] },
  // 19 English, csv with header (hard negative): product table with months and job titles
  { shape: 'csv', text: 'Product,Category,Launch Month,Owner Role,Status\nNimbus Router X2,Networking,March,Product Manager,Active\nQuartz Keyboard,Peripherals,June,Design Lead,Retired', expect: [] },
  // 20 English (UK, Scotland), csv without header: date, person, town, company, amount
  { shape: 'csv', text: '2026-08-30,Callum Fraser,Inverness,Highland Hydro Engineering,1240.00', expect: [['PERSON', 'Callum Fraser'], ['LOCATION', 'Inverness'], ['ORGANIZATION', 'Highland Hydro Engineering']] },

  // ---- E-mails with signatures ----
  // 21 English (UK), email: colleague in body, signature with name, firm, office address block
  { shape: 'email', text: 'Hi team,\n\nThanks for sending the draft. I\'ve copied in Gareth Llewellyn, who handles the probate files.\n\nBest wishes,\nRosalind Fairweather\nSenior Paralegal, Brackenbury & Hale LLP\n14 Chancery Row, Bristol BS1 4DJ', expect: [['PERSON', 'Gareth Llewellyn'], ['PERSON', 'Rosalind Fairweather'], ['ORGANIZATION', 'Brackenbury & Hale LLP'], ['ADDRESS', '14 Chancery Row, Bristol BS1 4DJ']] },
  // 22 English (US), email: honorific + surname greeting, medical center, signature
  { shape: 'email', text: 'Dear Ms. Okafor,\n\nYour interview at Cedar Ridge Medical Center is confirmed for Thursday at 10am. Please report to the front desk of the east wing.\n\nRegards,\nTravis Holloway\nTalent Acquisition', expect: [['PERSON', 'Okafor'], ['ORGANIZATION', 'Cedar Ridge Medical Center'], ['PERSON', 'Travis Holloway']] },
  // 23 English (India), email: city, Mr. + person, company, signature
  { shape: 'email', text: 'Hello all,\n\nThe vendor audit at the Pune plant is moved to 14 August. Mr. Ramesh Kulkarni from Deccan Polymers will accompany you.\n\nThanks & regards,\nDivya Menon', expect: [['LOCATION', 'Pune'], ['PERSON', 'Ramesh Kulkarni'], ['ORGANIZATION', 'Deccan Polymers'], ['PERSON', 'Divya Menon']] },
  // 24 English (Nigeria), email: Lagos address block in a sentence, company, signature
  { shape: 'email', text: 'Good afternoon Sir,\n\nPlease find attached the invoice for the generator servicing at our warehouse, 27 Admiralty Way, Lekki Phase 1, Lagos. Kindly remit to Ogbonna Engineering Services.\n\nYours faithfully,\nAdaeze Nwankwo', expect: [['ADDRESS', '27 Admiralty Way, Lekki Phase 1, Lagos'], ['ORGANIZATION', 'Ogbonna Engineering Services'], ['PERSON', 'Adaeze Nwankwo']] },
  // 25 English (Australia), email: town, bare first name, surveying firm, signature
  { shape: 'email', text: 'G\'day all,\n\nJust confirming the site visit in Ballarat next Tuesday. Tamsin from Goldfields Surveying will meet us at the gate.\n\nCheers,\nKirra Townsend', expect: [['LOCATION', 'Ballarat'], ['PERSON', 'Tamsin'], ['ORGANIZATION', 'Goldfields Surveying'], ['PERSON', 'Kirra Townsend']] },
  // 26 German, email: city, colleague, signature name and company
  { shape: 'email', text: 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Unterlagen zur Besichtigung in Leipzig. Unser Kollege Matthias Oberländer begleitet Sie.\n\nMit freundlichen Grüßen\nSabine Wendt\nHausverwaltung Elbblick GmbH', expect: [['LOCATION', 'Leipzig'], ['PERSON', 'Matthias Oberländer'], ['PERSON', 'Sabine Wendt'], ['ORGANIZATION', 'Hausverwaltung Elbblick GmbH']] },
  // 27 Portuguese, email: first-name greeting, company, city with accent, signature
  { shape: 'email', text: 'Olá Joana,\n\nConfirmo a reunião na sede da Cortiças do Alentejo, em Évora, na próxima quarta-feira.\n\nCumprimentos,\nRui Figueiredo', expect: [['PERSON', 'Joana'], ['ORGANIZATION', 'Cortiças do Alentejo'], ['LOCATION', 'Évora'], ['PERSON', 'Rui Figueiredo']] },
  // 28 Italian, email: title + person greeting, hospital, signature with department (not labelled)
  { shape: 'email', text: 'Gentile dott.ssa Carla Ferrandi,\n\nle confermo la visita presso l\'Ospedale San Gerardo dei Colli il 3 ottobre.\n\nCordiali saluti,\nStefano Lombardini\nUfficio Accettazione', expect: [['PERSON', 'Carla Ferrandi'], ['ORGANIZATION', 'Ospedale San Gerardo dei Colli'], ['PERSON', 'Stefano Lombardini']] },
  // 29 English, email (hard negative): weekday subject, collection name, job title, slogan, team and software names
  { shape: 'email', text: 'Subject: Friday Update\n\nTeam,\n\nThe Spring Collection launch moves to April. Marketing Director sign-off is needed for the Bright Ideas Start Here campaign, and Finance Ops will update the Budget Tracker in Excel.\n\nThanks,\nProduct Operations', expect: [] },
  // 30 French, email (hard negative): newsletter with month, collection, plan, menu path, generic signature
  { shape: 'email', text: 'Objet : Newsletter de Novembre\n\nBonjour,\n\nDécouvrez notre Collection Hiver et l\'offre Pack Famille jusqu\'au Lundi 1er décembre. Rendez-vous dans Mon Compte > Abonnements.\n\nÀ très vite,\nLe Service Client', expect: [] },

  // ---- Support tickets and chat transcripts ----
  // 31 English (UK), ticket: customer, broadband company, address block with postcode
  { shape: 'ticket', text: 'Ticket #88120 | Priority: High\nCustomer Imogen Thistlewood reports that the engineer from Severn Broadband never arrived at 6 Orchard Close, Tewkesbury GL20 5QP. She has taken two days off work.', expect: [['PERSON', 'Imogen Thistlewood'], ['ORGANIZATION', 'Severn Broadband'], ['ADDRESS', '6 Orchard Close, Tewkesbury GL20 5QP']] },
  // 32 English (US), chat: timestamped speakers, two cities
  { shape: 'chat', text: '[10:02] Jaylen Brooks: are you still in Denver?\n[10:03] Kimberly Sato: yeah until Sunday, flying back to Raleigh after', expect: [['PERSON', 'Jaylen Brooks'], ['LOCATION', 'Denver'], ['PERSON', 'Kimberly Sato'], ['LOCATION', 'Raleigh']] },
  // 33 English (India), ticket: caller, city, finance company, escalation person
  { shape: 'ticket', text: 'SR-55710: Caller Mohammed Rafiq from Hyderabad says his Godavari Home Finance EMI was debited twice. Escalated to Lakshmi Raghavan (L2).', expect: [['PERSON', 'Mohammed Rafiq'], ['LOCATION', 'Hyderabad'], ['ORGANIZATION', 'Godavari Home Finance'], ['PERSON', 'Lakshmi Raghavan']] },
  // 34 English (Nigeria), chat: Pidgin, speaker names, city, first name in message
  { shape: 'chat', text: 'Tunde: I don land for Abuja o\nIfeanyi: oya, Funmilayo dey come pick you?', expect: [['PERSON', 'Tunde'], ['LOCATION', 'Abuja'], ['PERSON', 'Ifeanyi'], ['PERSON', 'Funmilayo']] },
  // 35 English (Australia), ticket: person with apostrophe surname, town in brackets, council contractor
  { shape: 'ticket', text: 'Case 30417 – Resident Declan O\'Rourke (Geelong) says Bellarine Waste Services skipped bin collection again. Callback requested.', expect: [['PERSON', 'Declan O\'Rourke'], ['LOCATION', 'Geelong'], ['ORGANIZATION', 'Bellarine Waste Services']] },
  // 36 Spanish, chat: speaker, person in question, speaker, city
  { shape: 'chat', text: 'Lucía: ¿Has hablado con Álvaro Quintana?\nMarcos: sí, mañana viene a Zaragoza', expect: [['PERSON', 'Lucía'], ['PERSON', 'Álvaro Quintana'], ['PERSON', 'Marcos'], ['LOCATION', 'Zaragoza']] },
  // 37 French, ticket: Mme + person, shop company, French street address
  { shape: 'ticket', text: 'Ticket 7731 : Mme Séverine Lacombe signale que le colis envoyé par Maison Verdier n\'est jamais arrivé au 18 rue des Tanneurs, 67000 Strasbourg.', expect: [['PERSON', 'Séverine Lacombe'], ['ORGANIZATION', 'Maison Verdier'], ['ADDRESS', '18 rue des Tanneurs, 67000 Strasbourg']] },
  // 38 Dutch, chat: two speakers, two cities
  { shape: 'chat', text: 'Joris: Ben je al in Utrecht?\nFenna: Bijna, ik sta nog bij het station van Amersfoort', expect: [['PERSON', 'Joris'], ['LOCATION', 'Utrecht'], ['PERSON', 'Fenna'], ['LOCATION', 'Amersfoort']] },
  // 39 English, ticket (hard negative): categories, UI labels, release month, support tier
  { shape: 'ticket', text: 'Ticket #40021 | Category: Billing | Priority: Medium\nSummary: Invoice Export button greyed out in Dashboard v3 after the October Release. Workaround: use Reports > Monthly Summary. Assigned: Tier 2 Support.', expect: [] },
  // 40 English (India), chat: speakers, city, first name followed by kinship word
  { shape: 'chat', text: 'Rohit: reached Kochi, checking in now\nAnjali: ok, tell Suresh uncle I\'ll call him tonight', expect: [['PERSON', 'Rohit'], ['LOCATION', 'Kochi'], ['PERSON', 'Anjali'], ['PERSON', 'Suresh']] },

  // ---- Free prose: news, letters, reviews ----
  // 41 English (UK), news: town, councillor, heritage trust
  { shape: 'prose', text: 'Residents of Hebden Bridge have raised £12,000 to restore the old mill clock. Parish councillor Winifred Sowerby said the West Riding Heritage Trust had offered to match the sum.', expect: [['LOCATION', 'Hebden Bridge'], ['PERSON', 'Winifred Sowerby'], ['ORGANIZATION', 'West Riding Heritage Trust']] },
  // 42 English (US), review: inn, city, owner, landmark
  { shape: 'prose', text: 'We stayed three nights at the Pine Hollow Inn near Asheville. The owner, Dolores Kincaid, recommended a hike up to Looking Glass Rock, which was the highlight of the trip.', expect: [['ORGANIZATION', 'Pine Hollow Inn'], ['LOCATION', 'Asheville'], ['PERSON', 'Dolores Kincaid'], ['LOCATION', 'Looking Glass Rock']] },
  // 43 English (India), letter: kinship + first name greeting, child, school, signature first name
  { shape: 'prose', text: 'Dear Uncle Prakash,\nWe have settled in well. Meera has started at Himgiri Public School and already loves it.\nWith love,\nNandini', expect: [['PERSON', 'Prakash'], ['PERSON', 'Meera'], ['ORGANIZATION', 'Himgiri Public School'], ['PERSON', 'Nandini']] },
  // 44 English (Nigeria), news: city, Dr. + person, teaching hospital, town
  { shape: 'prose', text: 'Health officials in Enugu have praised Dr. Obiageli Eze of Udi Hills Teaching Hospital for leading the cholera response in Nsukka.', expect: [['LOCATION', 'Enugu'], ['PERSON', 'Obiageli Eze'], ['ORGANIZATION', 'Udi Hills Teaching Hospital'], ['LOCATION', 'Nsukka']] },
  // 45 English (Australia), review: city, charter company, skipper, natural landmark
  { shape: 'prose', text: 'Booked a reef trip out of Cairns with Coral Drift Charters. Our skipper, Jarrah Whitfield, knew every bommie on the Great Barrier Reef.', expect: [['LOCATION', 'Cairns'], ['ORGANIZATION', 'Coral Drift Charters'], ['PERSON', 'Jarrah Whitfield'], ['LOCATION', 'Great Barrier Reef']] },
  // 46 English (US), letter: reference letter with hyphenated surname, college, city, signature
  { shape: 'prose', text: 'To whom it may concern,\nI have known Marcus Delacroix-Reyes for six years as his supervisor at Bayview Community College in Oakland. I recommend him without reservation.\nSincerely,\nHelen Stroud', expect: [['PERSON', 'Marcus Delacroix-Reyes'], ['ORGANIZATION', 'Bayview Community College'], ['LOCATION', 'Oakland'], ['PERSON', 'Helen Stroud']] },
  // 47 German, news: city, bakery company named after a person (whole span is the organisation), owner, city
  { shape: 'prose', text: 'In Regensburg hat die Bäckerei Hubertus Maier KG ihre dritte Filiale eröffnet. Inhaberin Theresa Maier will im Frühjahr nach Passau expandieren.', expect: [['LOCATION', 'Regensburg'], ['ORGANIZATION', 'Bäckerei Hubertus Maier KG'], ['PERSON', 'Theresa Maier'], ['LOCATION', 'Passau']] },
  // 48 Italian, review: trattoria (organisation containing a first name), city, owner
  { shape: 'prose', text: 'Cena splendida alla Trattoria da Nives a Ferrara: il titolare, Ottavio Brunelli, ci ha consigliato i cappellacci di zucca.', expect: [['ORGANIZATION', 'Trattoria da Nives'], ['LOCATION', 'Ferrara'], ['PERSON', 'Ottavio Brunelli']] },
  // 49 Turkish, news: city with apostrophe case suffix, deputy mayor, university
  { shape: 'prose', text: 'Trabzon\'da düzenlenen festivalde konuşan belediye başkan yardımcısı Hülya Demirtaş, Karadeniz Teknik Üniversitesi ile ortak bir proje başlatılacağını açıkladı.', expect: [['LOCATION', 'Trabzon'], ['PERSON', 'Hülya Demirtaş'], ['ORGANIZATION', 'Karadeniz Teknik Üniversitesi']] },
  // 50 English, prose (hard negative): chapter heading, job title, playbook, month, slogan, weekday
  { shape: 'prose', text: 'Chapter Seven: Winter Sales Strategy. Every Regional Director should review the Growth Playbook before the January Kickoff. Remember our motto, Think Big, Act Bold, and bring your Quarterly Forecast to the Tuesday Workshop.', expect: [] },

  // ---- Forms and key: value records ----
  // 51 English (UK), form: hyphenated surname, birthplace, flat address block, employer
  { shape: 'form', text: 'Full name: Bethany Cartwright-Hughes\nDate of birth: 04/09/1991\nPlace of birth: Stoke-on-Trent\nHome address: Flat 3, 22 Wellington Road, Exeter EX2 4RL\nEmployer: Dartmoor Veterinary Partners', expect: [['PERSON', 'Bethany Cartwright-Hughes'], ['LOCATION', 'Stoke-on-Trent'], ['ADDRESS', 'Flat 3, 22 Wellington Road, Exeter EX2 4RL'], ['ORGANIZATION', 'Dartmoor Veterinary Partners']] },
  // 52 English (US), form: applicant, address with apartment, reference person
  { shape: 'form', text: 'Applicant: Terrence Boateng\nCurrent address: 901 Lakeshore Drive, Apt 14B, Madison, WI 53703\nReference: Gloria Petrakis', expect: [['PERSON', 'Terrence Boateng'], ['ADDRESS', '901 Lakeshore Drive, Apt 14B, Madison, WI 53703'], ['PERSON', 'Gloria Petrakis']] },
  // 53 English (India), form: applicant and father, sector-style address, university
  { shape: 'form', text: 'Name: Harpreet Kaur Sandhu\nFather\'s name: Gurdeep Singh Sandhu\nAddress: House No. 118, Sector 21-C, Chandigarh 160022\nInstitution: Panjab University', expect: [['PERSON', 'Harpreet Kaur Sandhu'], ['PERSON', 'Gurdeep Singh Sandhu'], ['ADDRESS', 'House No. 118, Sector 21-C, Chandigarh 160022'], ['ORGANIZATION', 'Panjab University']] },
  // 54 English (Nigeria), form: split surname / first name fields, next of kin, employer
  { shape: 'form', text: 'Surname: Oyelaran\nFirst name: Temitope\nNext of kin: Babatunde Oyelaran\nEmployer: Ife Cocoa Processing Ltd', expect: [['PERSON', 'Oyelaran'], ['PERSON', 'Temitope'], ['PERSON', 'Babatunde Oyelaran'], ['ORGANIZATION', 'Ife Cocoa Processing Ltd']] },
  // 55 English (Australia), form: patient, Dr. + GP, clinic, address with state and postcode
  { shape: 'form', text: 'Patient: Ellie Marchetti\nGP: Dr. Hamish Calloway\nClinic: Riverina Family Medical\nAddress: 45 Fitzmaurice Street, Wagga Wagga NSW 2650', expect: [['PERSON', 'Ellie Marchetti'], ['PERSON', 'Hamish Calloway'], ['ORGANIZATION', 'Riverina Family Medical'], ['ADDRESS', '45 Fitzmaurice Street, Wagga Wagga NSW 2650']] },
  // 56 French, form: split surname / given name, birthplace, address on a street named after a person
  { shape: 'form', text: 'Nom : Perrin\nPrénom : Anouk\nNé(e) à : Clermont-Ferrand\nAdresse : 9 avenue Jean Jaurès, 69007 Lyon', expect: [['PERSON', 'Perrin'], ['PERSON', 'Anouk'], ['LOCATION', 'Clermont-Ferrand'], ['ADDRESS', '9 avenue Jean Jaurès, 69007 Lyon']] },
  // 57 Spanish, form: double surname, Madrid address with floor, bank
  { shape: 'form', text: 'Titular: Jorge Ibarra Goikoetxea\nDomicilio: Calle de Zurbano 47, 3º izda., 28010 Madrid\nEntidad: Banco Cantábrico de Ahorros', expect: [['PERSON', 'Jorge Ibarra Goikoetxea'], ['ADDRESS', 'Calle de Zurbano 47, 3º izda., 28010 Madrid'], ['ORGANIZATION', 'Banco Cantábrico de Ahorros']] },
  // 58 Portuguese, form: full name, birthplace, Porto address, Lda. company
  { shape: 'form', text: 'Nome completo: Thiago Albuquerque Ramos\nNaturalidade: Recife\nMorada: Rua das Flores 212, 4050-265 Porto\nEntidade patronal: Vinhos Quinta do Sabugal, Lda.', expect: [['PERSON', 'Thiago Albuquerque Ramos'], ['LOCATION', 'Recife'], ['ADDRESS', 'Rua das Flores 212, 4050-265 Porto'], ['ORGANIZATION', 'Vinhos Quinta do Sabugal, Lda.']] },
  // 59 English, form (hard negative): job title, department, month, laptop and software names, weekdays
  { shape: 'form', text: 'Job Title: Senior Data Engineer\nDepartment: Platform Services\nStart Month: February\nLaptop: ThinkPad X1 Carbon\nSoftware: Visual Studio Code, Docker Desktop, Slack\nShift: Monday to Friday', expect: [] },
  // 60 Turkish, form: full name, birthplace, address on a boulevard named after a person, Ltd. Şti. company
  { shape: 'form', text: 'Ad Soyad: Mehmet Ali Yıldırım\nDoğum Yeri: Gaziantep\nAdres: Atatürk Bulvarı No: 145 Daire 6, 06640 Çankaya/Ankara\nİşveren: Başkent Yazılım Teknolojileri Ltd. Şti.', expect: [['PERSON', 'Mehmet Ali Yıldırım'], ['LOCATION', 'Gaziantep'], ['ADDRESS', 'Atatürk Bulvarı No: 145 Daire 6, 06640 Çankaya/Ankara'], ['ORGANIZATION', 'Başkent Yazılım Teknolojileri Ltd. Şti.']] },
];
