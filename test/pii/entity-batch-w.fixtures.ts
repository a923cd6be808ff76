import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch W: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_W: ShapeFixture[] = [
  // ---- English, template-style sentences (synthetic-dataset look) ----
  // 1 English (USA), template: "My name is X and I live at Y" with a US street address
  { shape: 'prose', text: 'My name is Tamsin Holloway and I live at 418 Birchwood Avenue, Ames, IA 50010.', expect: [['PERSON', 'Tamsin Holloway'], ['ADDRESS', '418 Birchwood Avenue, Ames, IA 50010']] },
  // 2 English (UK), template: "Please ship it to X at Y" with a Bristol postcode
  { shape: 'prose', text: 'Please ship it to Rhys Pemberton at 27 Coldharbour Road, Bristol BS6 7JT.', expect: [['PERSON', 'Rhys Pemberton'], ['ADDRESS', '27 Coldharbour Road, Bristol BS6 7JT']] },
  // 3 English (India), template: birthplace, employer and work city
  { shape: 'prose', text: 'Anirudh Venkataraman was born in Madurai and now works for Nilgiri Software Solutions in Pune.', expect: [['PERSON', 'Anirudh Venkataraman'], ['LOCATION', 'Madurai'], ['ORGANIZATION', 'Nilgiri Software Solutions'], ['LOCATION', 'Pune']] },
  // 4 English (Canada), template: "Contact X at the Acme branch in Z" with an accented first name
  { shape: 'prose', text: 'Contact Geneviève Tremblay at the Acme branch in Sherbrooke.', expect: [['PERSON', 'Geneviève Tremblay'], ['ORGANIZATION', 'Acme'], ['LOCATION', 'Sherbrooke']] },
  // 5 English (Australia), template: self-introduction with a reduplicated town name and an e-mail
  { shape: 'prose', text: 'Hi, I am Bronwyn Gallagher from Wagga Wagga, and my email is bronwyn.g@mail.example.', expect: [['PERSON', 'Bronwyn Gallagher'], ['LOCATION', 'Wagga Wagga']] },
  // 6 English (South Africa), template: parcel destination with suburb and Pretoria postal code
  { shape: 'prose', text: 'The parcel for Sipho Dlamini should go to 14 Jacaranda Street, Hatfield, Pretoria 0083.', expect: [['PERSON', 'Sipho Dlamini'], ['ADDRESS', '14 Jacaranda Street, Hatfield, Pretoria 0083']] },
  // 7 English (USA), template: honorific left out of the name, two cities and a practice
  { shape: 'prose', text: 'Dr. Evelyn Marchetti moved from Tucson to Montpelier last spring to join Green Mountain Family Practice.', expect: [['PERSON', 'Evelyn Marchetti'], ['LOCATION', 'Tucson'], ['LOCATION', 'Montpelier'], ['ORGANIZATION', 'Green Mountain Family Practice']] },
  // 8 English (UK), template: appositive name, office city and insurer
  { shape: 'prose', text: 'Our account manager, Priyanka Sandhu, is based at the Leicester office of Fernleigh Insurance Group.', expect: [['PERSON', 'Priyanka Sandhu'], ['LOCATION', 'Leicester'], ['ORGANIZATION', 'Fernleigh Insurance Group']] },
  // 9 English (USA), template: two places of origin then a full apartment address
  { shape: 'prose', text: 'Marisol Quintanilla here: I was born in Galveston, grew up in El Paso, and now rent an apartment at 2210 Magnolia Street, Apt 4C, Austin, TX 78704.', expect: [['PERSON', 'Marisol Quintanilla'], ['LOCATION', 'Galveston'], ['LOCATION', 'El Paso'], ['ADDRESS', '2210 Magnolia Street, Apt 4C, Austin, TX 78704']] },
  // 10 English (Canada), template: replacement card with Mr. and a Halifax address
  { shape: 'prose', text: 'Send the replacement card to Mr. Owen MacIsaac, 55 Gottingen Street, Halifax, NS B3K 3A1.', expect: [['PERSON', 'Owen MacIsaac'], ['ADDRESS', '55 Gottingen Street, Halifax, NS B3K 3A1']] },
  // 11 English (India), template: flat and building-name address with PIN code
  { shape: 'prose', text: 'Kindly deliver the documents to Farhana Qureshi, Flat 12B, Sea Breeze Apartments, Bandra West, Mumbai 400050.', expect: [['PERSON', 'Farhana Qureshi'], ['ADDRESS', 'Flat 12B, Sea Breeze Apartments, Bandra West, Mumbai 400050']] },
  // 12 English (Australia), template: employer, town and a landmark
  { shape: 'prose', text: 'Lachlan Fairweather works at Coral Coast Surveying in Townsville and visits the Great Barrier Reef every winter.', expect: [['PERSON', 'Lachlan Fairweather'], ['ORGANIZATION', 'Coral Coast Surveying'], ['LOCATION', 'Townsville'], ['LOCATION', 'Great Barrier Reef']] },
  // 13 English (South Africa), template: "reach X at the Z branch of Org"
  { shape: 'prose', text: 'You can reach Thandeka Mokoena at the Durban branch of Ubuntu Mutual Bank.', expect: [['PERSON', 'Thandeka Mokoena'], ['LOCATION', 'Durban'], ['ORGANIZATION', 'Ubuntu Mutual Bank']] },
  // 14 English (USA), template: customer, home town and credit union
  { shape: 'prose', text: 'The customer Harold Jankowski lives in Scranton and banks with Keystone Valley Credit Union.', expect: [['PERSON', 'Harold Jankowski'], ['LOCATION', 'Scranton'], ['ORGANIZATION', 'Keystone Valley Credit Union']] },
  // 15 English (UK), template: Ms. left out, birthplace and a university containing a town name
  { shape: 'prose', text: 'Ms. Imogen Featherstone was born in Harrogate and studied at the University of St Andrews.', expect: [['PERSON', 'Imogen Featherstone'], ['LOCATION', 'Harrogate'], ['ORGANIZATION', 'University of St Andrews']] },
  // 16 English (USA), template: invoice recipient with a Minneapolis address
  { shape: 'prose', text: 'Please send the invoice to Deshawn Carver at 901 West Lake Street, Minneapolis, MN 55408.', expect: [['PERSON', 'Deshawn Carver'], ['ADDRESS', '901 West Lake Street, Minneapolis, MN 55408']] },
  // 17 English (USA), template negative: job title, capitalised roadmap name, weekday and month
  { shape: 'negative', text: 'The Senior Product Manager presented the Summer Launch Roadmap on Thursday, March 5.', expect: [] },
  // 18 English (USA), template negative: capitalised product names and a brand slogan
  { shape: 'negative', text: 'Try the new Golden Harvest Granola, now with Maple Crunch clusters. Taste the Morning!', expect: [] },
  // 19 English (Canada), template: neighbour driving between two Ontario places
  { shape: 'prose', text: 'My neighbour Priya Raghunathan drove from Mississauga to Niagara Falls on the weekend.', expect: [['PERSON', 'Priya Raghunathan'], ['LOCATION', 'Mississauga'], ['LOCATION', 'Niagara Falls']] },
  // 20 English (India), template: branch head, cooperative bank and city
  { shape: 'prose', text: 'Arjun Mehta, the branch head of Deccan Cooperative Bank in Hyderabad, can be reached on the helpline.', expect: [['PERSON', 'Arjun Mehta'], ['ORGANIZATION', 'Deccan Cooperative Bank'], ['LOCATION', 'Hyderabad']] },

  // ---- English, realistic containers ----
  // 21 English (USA), log: quoted customer, Maine delivery address, freight company
  { shape: 'log', text: '2026-08-09 14:22:07,311 INFO [orders] shipment created for "Marcus Oyelaran" to 77 Harbor View Drive, Portland, ME 04101 via Northwind Freight Co.', expect: [['PERSON', 'Marcus Oyelaran'], ['ADDRESS', '77 Harbor View Drive, Portland, ME 04101'], ['ORGANIZATION', 'Northwind Freight Co.']] },
  // 22 English (UK), JSON: nested customer with a close-style address and Ltd employer
  { shape: 'json', text: '{"customer":{"name":"Eleanor Ashworth","address":"3 Rosemary Close, Cheltenham GL52 3HY"},"employer":"Cotswold Analytics Ltd"}', expect: [['PERSON', 'Eleanor Ashworth'], ['ADDRESS', '3 Rosemary Close, Cheltenham GL52 3HY'], ['ORGANIZATION', 'Cotswold Analytics Ltd']] },
  // 23 English (USA), CSV with header: name, city, state and employer columns
  { shape: 'csv', text: 'id,full_name,city,state,employer\n1041,Rosalind Kerrigan,Spokane,Washington,Evergreen Timber Supply', expect: [['PERSON', 'Rosalind Kerrigan'], ['LOCATION', 'Spokane'], ['LOCATION', 'Washington'], ['ORGANIZATION', 'Evergreen Timber Supply']] },
  // 24 English (UK), e-mail with signature block: city in body, signer, employer, office address
  { shape: 'email', text: 'Hi team,\n\nThanks for sending the survey results from Aberdeen. I will forward them to the board on Friday.\n\nBest regards,\nCallum Strachan\nSenior Analyst, Grampian Marine Research\n12 Union Terrace, Aberdeen AB10 1NJ', expect: [['LOCATION', 'Aberdeen'], ['PERSON', 'Callum Strachan'], ['ORGANIZATION', 'Grampian Marine Research'], ['ADDRESS', '12 Union Terrace, Aberdeen AB10 1NJ']] },
  // 25 English (Australia), ticket: reporter, depot town and logistics vendor
  { shape: 'ticket', text: 'Ticket #58213 | Priority: High\nReporter: Jessamy Blackwood\nSite: Ballarat depot\nIssue: Forklift scanner offline since Tuesday; vendor Southern Cross Logistics notified.', expect: [['PERSON', 'Jessamy Blackwood'], ['LOCATION', 'Ballarat'], ['ORGANIZATION', 'Southern Cross Logistics']] },
  // 26 English (India), chat: two speakers, a city and a client company
  { shape: 'chat', text: '[10:41] Rohit Bhatnagar: reached Chandigarh, heading to the client office now\n[10:42] Meera Iyer: ok, ask for the Punjab Agro Exports purchase team', expect: [['PERSON', 'Rohit Bhatnagar'], ['LOCATION', 'Chandigarh'], ['PERSON', 'Meera Iyer'], ['ORGANIZATION', 'Punjab Agro Exports']] },
  // 27 English (Canada), form: pipe-separated fields with unit-street address and dental group
  { shape: 'form', text: 'Name: Béatrice Lavoie | Date of birth: 1988-04-17 | Address: 302-1150 Robson Street, Vancouver, BC V6E 1B2 | Employer: Pacific Rim Dental Group', expect: [['PERSON', 'Béatrice Lavoie'], ['ADDRESS', '302-1150 Robson Street, Vancouver, BC V6E 1B2'], ['ORGANIZATION', 'Pacific Rim Dental Group']] },
  // 28 English (South Africa), SMS: tricky, landmark named after a person
  { shape: 'sms', text: 'Hi its Lwazi Ndlovu, running late, stuck in traffic near Sandton. See you at the Nelson Mandela Square entrance.', expect: [['PERSON', 'Lwazi Ndlovu'], ['LOCATION', 'Sandton'], ['LOCATION', 'Nelson Mandela Square']] },
  // 29 English (USA), news: founder, company, home city and expansion city
  { shape: 'news', text: 'Lorraine Abernathy, founder of Miami Valley Robotics, said Tuesday the Dayton company will open a second plant in Fort Wayne.', expect: [['PERSON', 'Lorraine Abernathy'], ['ORGANIZATION', 'Miami Valley Robotics'], ['LOCATION', 'Dayton'], ['LOCATION', 'Fort Wayne']] },
  // 30 English (UK), meeting minutes: attendees with apostrophe surname and a venue city
  { shape: 'meeting', text: 'Minutes, 14 October\nAttendees: Gareth Llewellyn (chair), Niamh O\'Sullivan\nAction: book the venue in Swansea by Friday.', expect: [['PERSON', 'Gareth Llewellyn'], ['PERSON', 'Niamh O\'Sullivan'], ['LOCATION', 'Swansea']] },
  // 31 English (USA), letter: inside address block over two lines, then salutation surname
  { shape: 'letter', text: 'March 3, 2026\n\nJonathan Pryce-Whitfield\n1840 Larkspur Lane\nBoise, ID 83706\n\nDear Mr. Pryce-Whitfield,', expect: [['PERSON', 'Jonathan Pryce-Whitfield'], ['ADDRESS', '1840 Larkspur Lane\nBoise, ID 83706'], ['PERSON', 'Pryce-Whitfield']] },
  // 32 English (Australia), label: Ms left out, unit/number address in Glenelg
  { shape: 'label', text: 'DELIVER TO:\nMs Kirsty Donaldson\n6/22 Esplanade, Glenelg SA 5045', expect: [['PERSON', 'Kirsty Donaldson'], ['ADDRESS', '6/22 Esplanade, Glenelg SA 5045']] },
  // 33 English (India), clinical notes: patient, referring town, doctor surname after Dr., clinic
  { shape: 'notes', text: 'Case notes: patient Sunita Deshpande, 54, referred from Nashik by Dr. Kulkarni of Godavari Heart Clinic.', expect: [['PERSON', 'Sunita Deshpande'], ['LOCATION', 'Nashik'], ['PERSON', 'Kulkarni'], ['ORGANIZATION', 'Godavari Heart Clinic']] },
  // 34 English (USA), call transcript: insurer greeting, caller name and city
  { shape: 'transcript', text: 'AGENT: Thanks for calling Lakeshore Mutual, who am I speaking with?\nCALLER: Yeah, this is Trevor Haskins, I am calling from Green Bay about my claim.', expect: [['ORGANIZATION', 'Lakeshore Mutual'], ['PERSON', 'Trevor Haskins'], ['LOCATION', 'Green Bay']] },
  // 35 English (South Africa), markdown table: Afrikaans particle surname, town and wine estate
  { shape: 'table', text: '| Name | Town | Branch |\n| --- | --- | --- |\n| Pieter van der Merwe | Stellenbosch | Boland Wine Estates |', expect: [['PERSON', 'Pieter van der Merwe'], ['LOCATION', 'Stellenbosch'], ['ORGANIZATION', 'Boland Wine Estates']] },
  // 36 English (Canada), case file: complainant, telecom and a Saskatoon address
  { shape: 'case', text: 'Case 2026-0412: Complainant Harjit Sandhu alleges that Prairie Sky Telecom overbilled his account; he resides at 48 Saskatchewan Crescent West, Saskatoon, SK S7M 0A1.', expect: [['PERSON', 'Harjit Sandhu'], ['ORGANIZATION', 'Prairie Sky Telecom'], ['ADDRESS', '48 Saskatchewan Crescent West, Saskatoon, SK S7M 0A1']] },
  // 37 English (USA), log negative: bundle name, job title, operating systems and weekday schedule
  { shape: 'log', text: '2026-02-10 08:00:00 INFO release: "Spring Forward Bundle" published by Release Engineering Lead; targets=Ubuntu Server, Windows 11; schedule=Every Wednesday', expect: [] },
  // 38 English (UK), JSON negative: title, department, campaign, slogan and product fields
  { shape: 'json', text: '{"title":"Head of Customer Success","department":"Global Partnerships","campaign":"Black Friday Mega Deals","slogan":"Brighter Days Ahead","product":"Aurora Pro Max"}', expect: [] },
  // 39 English (USA), e-mail: From header name, company office, town and first-name sign-off
  { shape: 'email', text: 'From: Naomi Feldstein <naomi.f@hollowcreek.example>\nSubject: Site visit\n\nI will be at the Hollow Creek Farms office in Lancaster on Thursday.\n\nNaomi', expect: [['PERSON', 'Naomi Feldstein'], ['ORGANIZATION', 'Hollow Creek Farms'], ['LOCATION', 'Lancaster'], ['PERSON', 'Naomi']] },
  // 40 English (UK), prose: employer, city, retiree and a Lake District cottage address
  { shape: 'prose', text: 'After twenty years at the Royal Mail sorting office in Carlisle, Dorothy Pennington retired to a cottage at 4 Church Brow, Grasmere, Ambleside LA22 9SW.', expect: [['ORGANIZATION', 'Royal Mail'], ['LOCATION', 'Carlisle'], ['PERSON', 'Dorothy Pennington'], ['ADDRESS', '4 Church Brow, Grasmere, Ambleside LA22 9SW']] },

  // ---- German ----
  // 41 German, template: "Mein Name ist X und ich wohne in Y" with street-number-postcode order
  { shape: 'prose', text: 'Mein Name ist Friederike Baumgartner und ich wohne in der Lindenstraße 27, 79098 Freiburg im Breisgau.', expect: [['PERSON', 'Friederike Baumgartner'], ['ADDRESS', 'Lindenstraße 27, 79098 Freiburg im Breisgau']] },
  // 42 German, e-mail: Frau left out, project city, signer and GmbH
  { shape: 'email', text: 'Sehr geehrte Frau Kessler,\n\nanbei die Unterlagen für das Projekt in Regensburg.\n\nMit freundlichen Grüßen\nTobias Wendland\nDonautal Bauplanung GmbH', expect: [['PERSON', 'Kessler'], ['LOCATION', 'Regensburg'], ['PERSON', 'Tobias Wendland'], ['ORGANIZATION', 'Donautal Bauplanung GmbH']] },
  // 43 German, negative: job advert with title, weekday/month deadline and slogan
  { shape: 'negative', text: 'Stellenangebot: Leitender Vertriebsmitarbeiter (m/w/d), Bewerbungsschluss Freitag, 15. Januar. Unser Motto: Zukunft Gemeinsam Gestalten.', expect: [] },

  // ---- French ----
  // 44 French, template: "Je m'appelle X et je suis née à Z"
  { shape: 'prose', text: 'Je m\'appelle Margaux Delacroix et je suis née à Besançon.', expect: [['PERSON', 'Margaux Delacroix'], ['LOCATION', 'Besançon']] },
  // 45 French, form: surname and first name in separate fields, Strasbourg address, SARL
  { shape: 'form', text: 'Nom : Lefebvre | Prénom : Antoine | Adresse : 12 rue des Tanneurs, 67000 Strasbourg | Employeur : Alsace Mécanique SARL', expect: [['PERSON', 'Lefebvre'], ['PERSON', 'Antoine'], ['ADDRESS', '12 rue des Tanneurs, 67000 Strasbourg'], ['ORGANIZATION', 'Alsace Mécanique SARL']] },
  // 46 French, negative: cosmetic product name, job title and weekday range
  { shape: 'negative', text: 'Nouveauté de printemps : la crème Éclat Velours, par notre Directrice Artistique. Soldes du Lundi au Samedi !', expect: [] },

  // ---- Spanish ----
  // 47 Spanish, template: "Por favor, envíe el paquete a X, Y" with floor/door in a Madrid address
  { shape: 'prose', text: 'Por favor, envíe el paquete a Esperanza Villalobos, Calle de Alcalá 214, 3.º B, 28028 Madrid.', expect: [['PERSON', 'Esperanza Villalobos'], ['ADDRESS', 'Calle de Alcalá 214, 3.º B, 28028 Madrid']] },
  // 48 Spanish, chat: Basque name, city, insurer and second speaker
  { shape: 'chat', text: '[18:05] Iñaki Etxeberria: ya estoy en Bilbao, voy directo a la oficina de Cantábrica Seguros\n[18:06] Lucía Ferrer: perfecto, nos vemos allí', expect: [['PERSON', 'Iñaki Etxeberria'], ['LOCATION', 'Bilbao'], ['ORGANIZATION', 'Cantábrica Seguros'], ['PERSON', 'Lucía Ferrer']] },
  // 49 Spanish, negative: summer offer, product name, job title and weekdays
  { shape: 'negative', text: 'Oferta especial de Verano: Gafas Sol Radiante, diseñadas por nuestro Jefe de Producto. Válido de Lunes a Domingo.', expect: [] },

  // ---- Italian ----
  // 50 Italian, template: birthplace, rural bank and work town
  { shape: 'prose', text: 'Giacomo Bellandi è nato a Perugia e lavora presso la Cassa Rurale Valle Umbra a Spoleto.', expect: [['PERSON', 'Giacomo Bellandi'], ['LOCATION', 'Perugia'], ['ORGANIZATION', 'Cassa Rurale Valle Umbra'], ['LOCATION', 'Spoleto']] },
  // 51 Italian, CSV with header: first and last name in separate columns, city, S.r.l.
  { shape: 'csv', text: 'nome,cognome,città,azienda\nChiara,Fontanesi,Modena,Ceramiche Secchia S.r.l.', expect: [['PERSON', 'Chiara'], ['PERSON', 'Fontanesi'], ['LOCATION', 'Modena'], ['ORGANIZATION', 'Ceramiche Secchia S.r.l.']] },
  // 52 Italian, ticket: customer and a Palermo street address with CAP
  { shape: 'ticket', text: 'Segnalazione n. 7731: il cliente Rocco Santangelo segnala un guasto all\'impianto in Via Garibaldi 48, 90133 Palermo.', expect: [['PERSON', 'Rocco Santangelo'], ['ADDRESS', 'Via Garibaldi 48, 90133 Palermo']] },

  // ---- Dutch ----
  // 53 Dutch, template: "Mijn naam is X en ik woon op Y" with Dutch postcode
  { shape: 'prose', text: 'Mijn naam is Femke Verhoeven en ik woon op de Oudegracht 112, 3511 AV Utrecht.', expect: [['PERSON', 'Femke Verhoeven'], ['ADDRESS', 'Oudegracht 112, 3511 AV Utrecht']] },
  // 54 Dutch, log: tussenvoegsel surname, B.V. and town
  { shape: 'log', text: '2026-06-18 11:03:27 INFO bezorging: pakket voor Joris van den Akker afgeleverd bij Zeeuwse Fietsen B.V. in Middelburg', expect: [['PERSON', 'Joris van den Akker'], ['ORGANIZATION', 'Zeeuwse Fietsen B.V.'], ['LOCATION', 'Middelburg']] },

  // ---- Portuguese ----
  // 55 Portuguese (Portugal), template: senhor left out, birthplace, energy company and capital
  { shape: 'prose', text: 'O senhor Rodrigo Albuquerque nasceu em Coimbra e trabalha na Tejo Energia Renovável em Lisboa.', expect: [['PERSON', 'Rodrigo Albuquerque'], ['LOCATION', 'Coimbra'], ['ORGANIZATION', 'Tejo Energia Renovável'], ['LOCATION', 'Lisboa']] },
  // 56 Portuguese (Brazil), JSON: client, full São Paulo address with CEP, Ltda.
  { shape: 'json', text: '{"cliente":"Thaís Nogueira","endereço":"Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001","empresa":"Paulista Cosméticos Ltda."}', expect: [['PERSON', 'Thaís Nogueira'], ['ADDRESS', 'Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001'], ['ORGANIZATION', 'Paulista Cosméticos Ltda.']] },

  // ---- Polish ----
  // 57 Polish, template: "Nazywam się X i mieszkam w Z" with locative city form
  { shape: 'prose', text: 'Nazywam się Katarzyna Wróblewska i mieszkam w Gdańsku.', expect: [['PERSON', 'Katarzyna Wróblewska'], ['LOCATION', 'Gdańsku']] },
  // 58 Polish, negative: winter promotion, product name, job title, weekdays and month
  { shape: 'negative', text: 'Promocja Zimowa: nowy model Błyskawica Plus, polecany przez naszego Kierownika Sprzedaży. Oferta ważna od poniedziałku do piątku, Styczeń 2027.', expect: [] },

  // ---- Turkish ----
  // 59 Turkish, template: "Benim adım X ve Z'de yaşıyorum" with apostrophe suffix on the city
  { shape: 'prose', text: 'Benim adım Emre Kocabaş ve İzmir\'de yaşıyorum.', expect: [['PERSON', 'Emre Kocabaş'], ['LOCATION', 'İzmir']] },
  // 60 Turkish, SMS: sender, Istanbul street address and cargo company
  { shape: 'sms', text: 'Merhaba, ben Zeynep Aydoğdu. Siparişim Atatürk Caddesi No: 45, Kadıköy, İstanbul adresine gelmedi; Boğaziçi Kargo ile görüştüm.', expect: [['PERSON', 'Zeynep Aydoğdu'], ['ADDRESS', 'Atatürk Caddesi No: 45, Kadıköy, İstanbul'], ['ORGANIZATION', 'Boğaziçi Kargo']] },
];
