import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch U: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_U: ShapeFixture[] = [
  // ---- Server and application logs ----
  // 1 English (USA), log: ISO timestamp with quoted customer, LLC and city
  { shape: 'log', text: '2026-03-14T09:12:44.018Z INFO  billing.invoice sent to customer="Darnell Whitaker" company="Bluegill Outfitters LLC" city="Duluth"', expect: [['PERSON', 'Darnell Whitaker'], ['ORGANIZATION', 'Bluegill Outfitters LLC'], ['LOCATION', 'Duluth']] },
  // 2 English (UK), log: tricky, joinery firm named after the buyer, then a Cumbrian delivery address
  { shape: 'log', text: '[2026-05-02 16:40:11] WARN  procurement: PO 44817 raised by Graham Hartley for Hartley & Byrne Joinery Ltd, delivery to 9 Tannery Lane, Kendal LA9 4QS', expect: [['PERSON', 'Graham Hartley'], ['ORGANIZATION', 'Hartley & Byrne Joinery Ltd'], ['ADDRESS', '9 Tannery Lane, Kendal LA9 4QS']] },
  // 3 English (India), log: syslog KYC line with branch town and Pvt Ltd employer
  { shape: 'log', text: 'Nov 03 22:17:09 kyc-svc[2211]: verification pending for Lakshmi Narayanan, branch Coimbatore, employer Kaveri Textiles Pvt Ltd', expect: [['PERSON', 'Lakshmi Narayanan'], ['LOCATION', 'Coimbatore'], ['ORGANIZATION', 'Kaveri Textiles Pvt Ltd']] },
  // 4 English (Australia), log: tricky, nurse surname is also the suburb that follows
  { shape: 'log', text: 'ts=2026-07-21T03:05:12+10:00 lvl=info svc=rostering msg="shift swap" nurse="Callum Penrith" ward=4B site="Nepean Valley Private Hospital" suburb=Penrith', expect: [['PERSON', 'Callum Penrith'], ['ORGANIZATION', 'Nepean Valley Private Hospital'], ['LOCATION', 'Penrith']] },
  // 5 English (Ireland), log: hard negative, job title, weekday heading, template and build named Phoenix
  { shape: 'log', text: '2026-09-30 23:59:59 INFO  scheduler: job "Monday Morning Digest" queued; template=Autumn Sale Banner; currency=EUR; owner_role="Marketing Operations Manager"; build=Phoenix v2.4.1', expect: [] },
  // 6 German, log: parcel delivery error with recipient, Munich address and GmbH carrier
  { shape: 'log', text: '2026-02-11 07:45:30 ERROR zustellung.paket Empfänger="Jürgen Obermaier" Adresse="Lindwurmstraße 88, 80337 München" Spediteur="Alpenland Logistik GmbH"', expect: [['PERSON', 'Jürgen Obermaier'], ['ADDRESS', 'Lindwurmstraße 88, 80337 München'], ['ORGANIZATION', 'Alpenland Logistik GmbH']] },
  // 7 Polish, log: tricky, bakery named after the contact person who follows it
  { shape: 'log', text: '2026-06-08 12:00:03 INFO faktury.eksport kontrahent="Piekarnia Nowak sp. z o.o." osoba="Henryk Nowak" miasto=Rzeszów', expect: [['ORGANIZATION', 'Piekarnia Nowak sp. z o.o.'], ['PERSON', 'Henryk Nowak'], ['LOCATION', 'Rzeszów']] },
  // 8 Swedish, log: syslog booking cancellation, guest, restaurant and coastal town
  { shape: 'log', text: 'okt 14 19:22:51 bokning[3120]: avbokning av Ingrid Lundqvist, restaurang Sjöboden i Lysekil, bord 12', expect: [['PERSON', 'Ingrid Lundqvist'], ['ORGANIZATION', 'Sjöboden'], ['LOCATION', 'Lysekil']] },

  // ---- JSON API payloads ----
  // 9 English (USA), json: order with nested ship-to address and carrier Inc.
  { shape: 'json', text: '{"orderId":"A-99172","customer":{"name":"Marisol Ibarra","shipTo":"4410 Mesquite Ridge Dr, El Paso, TX 79938"},"carrier":"Lone Star Freightways Inc."}', expect: [['PERSON', 'Marisol Ibarra'], ['ADDRESS', '4410 Mesquite Ridge Dr, El Paso, TX 79938'], ['ORGANIZATION', 'Lone Star Freightways Inc.']] },
  // 10 English (Ireland), json: tricky, quote with "<name> from <town> says" inside a string value
  { shape: 'json', text: '{"quote":{"author":"Aoife Brennan","text":"Ciarán Kealy from Mullingar says the bypass has halved his commute."},"publisher":"Midlands Weekly Observer"}', expect: [['PERSON', 'Aoife Brennan'], ['PERSON', 'Ciarán Kealy'], ['LOCATION', 'Mullingar'], ['ORGANIZATION', 'Midlands Weekly Observer']] },
  // 11 English (India), json: patient referral, hospital, city, doctor with title left out
  { shape: 'json', text: '{"patient":"Rohan Deshpande","hospital":"Sahyadri Heart Institute","city":"Pune","referredBy":"Dr. Meera Kulkarni"}', expect: [['PERSON', 'Rohan Deshpande'], ['ORGANIZATION', 'Sahyadri Heart Institute'], ['LOCATION', 'Pune'], ['PERSON', 'Meera Kulkarni']] },
  // 12 English (Canada), json: tricky, street named after a painter in a Victoria address
  { shape: 'json', text: '{"event":"address_change","member":"Tyler Okafor","newAddress":"57 Emily Carr Lane, Victoria, BC V8V 2K4","club":"Fairfield Rowing Club"}', expect: [['PERSON', 'Tyler Okafor'], ['ADDRESS', '57 Emily Carr Lane, Victoria, BC V8V 2K4'], ['ORGANIZATION', 'Fairfield Rowing Club']] },
  // 13 English (UK), json: review record with tearoom and seaside town
  { shape: 'json', text: '{"id":771,"reviewer":"Priyanka Shah","venue":"The Copper Kettle Tearoom","location":"Whitby","rating":4,"title":"Lovely scones, slow service"}', expect: [['PERSON', 'Priyanka Shah'], ['ORGANIZATION', 'The Copper Kettle Tearoom'], ['LOCATION', 'Whitby']] },
  // 14 French, json: bank client with French field names, Strasbourg address, adviser
  { shape: 'json', text: '{"client":{"nom":"Élodie Marchand","adresse":"12 rue des Tanneurs, 67000 Strasbourg"},"agence":"Crédit Rhénan SA","conseiller":"Yannick Roussel"}', expect: [['PERSON', 'Élodie Marchand'], ['ADDRESS', '12 rue des Tanneurs, 67000 Strasbourg'], ['ORGANIZATION', 'Crédit Rhénan SA'], ['PERSON', 'Yannick Roussel']] },
  // 15 Spanish, json: tricky, tavern carries the booking holder's surname
  { shape: 'json', text: '{"reserva":{"titular":"Lucía Ferrer","restaurante":"Taberna Casa Ferrer","ciudad":"Valencia","comensales":4}}', expect: [['PERSON', 'Lucía Ferrer'], ['ORGANIZATION', 'Taberna Casa Ferrer'], ['LOCATION', 'Valencia']] },
  // 16 Portuguese, json: hard negative, product with capitalised ocean word, category, campaign weekday, job title
  { shape: 'json', text: '{"produto":"Cadeira Ergo Atlântico","categoria":"Mobiliário de Escritório","campanha":"Promoção de Sexta-feira","cargo_responsavel":"Gerente de Vendas","estado":"ativo"}', expect: [] },

  // ---- CSV rows ----
  // 17 English (USA), csv with header: tricky, surname equals the first word of the employer
  { shape: 'csv', text: 'name,employer,city\nKeisha Washington,Washington Mutual Aid Society,Tacoma', expect: [['PERSON', 'Keisha Washington'], ['ORGANIZATION', 'Washington Mutual Aid Society'], ['LOCATION', 'Tacoma']] },
  // 18 English (UK), csv without header: quoted name with apostrophe and quoted London flat address
  { shape: 'csv', text: '10442,"Bridget O\'Rourke","Flat 3, 27 Holloway Road, London N7 8JG",Camden Tenants Advice Centre,2026-04-01', expect: [['PERSON', 'Bridget O\'Rourke'], ['ADDRESS', 'Flat 3, 27 Holloway Road, London N7 8JG'], ['ORGANIZATION', 'Camden Tenants Advice Centre']] },
  // 19 English (Australia), csv with header: ride log with port town and island
  { shape: 'csv', text: 'date,driver,pickup,dropoff\n2026-08-02,Jarrah Nguyen,Fremantle,Rottnest Island', expect: [['PERSON', 'Jarrah Nguyen'], ['LOCATION', 'Fremantle'], ['LOCATION', 'Rottnest Island']] },
  // 20 English (Australia), csv with header: hard negative, months, weekdays, product names (one with a mountain), job titles
  { shape: 'csv', text: 'Month,Weekday,Product,Owner Role,Status\nMarch,Friday,Galaxy Cloud Suite,Regional Sales Director,Shipped\nApril,Monday,Everest Backup Pro,Head of Customer Success,Planned', expect: [] },
  // 21 Italian, csv with semicolon header: tricky, hospital named after a pope
  { shape: 'csv', text: 'nominativo;comune;struttura\nChiara Bellandi;Bergamo;Ospedale Papa Giovanni XXIII', expect: [['PERSON', 'Chiara Bellandi'], ['LOCATION', 'Bergamo'], ['ORGANIZATION', 'Ospedale Papa Giovanni XXIII']] },
  // 22 Dutch, csv without header: tricky, bakery B.V. carrying a family name with particles
  { shape: 'csv', text: '2026-10-05;Sanne de Vries;Zwolle;Bakkerij Van der Meulen B.V.;bestelling 8812', expect: [['PERSON', 'Sanne de Vries'], ['LOCATION', 'Zwolle'], ['ORGANIZATION', 'Bakkerij Van der Meulen B.V.']] },
  // 23 German, csv with header: tricky, street named after Goethe and firm named after the customer
  { shape: 'csv', text: 'Kunde,Anschrift,Firma\n"Katrin Albrecht","Goethestraße 14, 04109 Leipzig","Albrecht & Söhne Elektro GmbH"', expect: [['PERSON', 'Katrin Albrecht'], ['ADDRESS', 'Goethestraße 14, 04109 Leipzig'], ['ORGANIZATION', 'Albrecht & Söhne Elektro GmbH']] },

  // ---- E-mails with signatures ----
  // 24 English (USA), email: greeting name, city in body, signature with title and Inc.
  { shape: 'email', text: 'Subject: Site visit next week\n\nHi Jordan,\n\nI can meet you at the Sacramento yard on Thursday.\n\nBest,\nMelissa Grant\nSenior Project Engineer\nRiverbend Civil Constructors, Inc.', expect: [['PERSON', 'Jordan'], ['LOCATION', 'Sacramento'], ['PERSON', 'Melissa Grant'], ['ORGANIZATION', 'Riverbend Civil Constructors, Inc.']] },
  // 25 English (UK), email: tricky, addressee surname Lincoln then the Lincoln branch
  { shape: 'email', text: 'Dear Mr Lincoln,\n\nThank you for your enquiry about opening a savings account at our Lincoln branch.\n\nKind regards,\nHelen Achterberg\nBranch Manager\nFenland Building Society', expect: [['PERSON', 'Lincoln'], ['LOCATION', 'Lincoln'], ['PERSON', 'Helen Achterberg'], ['ORGANIZATION', 'Fenland Building Society']] },
  // 26 English (India), email: From header with name, city in subject, repeated name in signature
  { shape: 'email', text: 'From: Arjun Mehta <arjun.mehta@tarangsolar.example>\nTo: procurement@gujaratgrid.example\nSubject: Panel delivery to Vadodara\n\nHello team,\nThe consignment left our plant this morning.\n\nRegards,\nArjun Mehta\nHead of Logistics\nTarang Solar Pvt. Ltd.', expect: [['PERSON', 'Arjun Mehta'], ['LOCATION', 'Vadodara'], ['PERSON', 'Arjun Mehta'], ['ORGANIZATION', 'Tarang Solar Pvt. Ltd.']] },
  // 27 English (Canada), email: hard negative, weekday/month subject, product names, role-only signature
  { shape: 'email', text: 'Subject: Agenda – Tuesday, October 6\n\nHi all,\n\nReminder: the Quarterly Roadmap Review starts at 10:00. We will demo Northstar Dashboard 3.0 and the new Maple Leaf Rewards tier.\n\nThanks,\nProduct Operations Lead\nCustomer Experience Team', expect: [] },
  // 28 English (Ireland), email: tricky, solicitor signs and his firm carries his surname
  { shape: 'email', text: 'Hi Niamh,\n\nThe lease for the unit at 4 Merchants Quay, Cork T12 K7P3 is ready to sign.\n\nMise le meas,\nConor Fitzpatrick\nSolicitor\nFitzpatrick & Dunne LLP', expect: [['PERSON', 'Niamh'], ['ADDRESS', '4 Merchants Quay, Cork T12 K7P3'], ['PERSON', 'Conor Fitzpatrick'], ['ORGANIZATION', 'Fitzpatrick & Dunne LLP']] },
  // 29 French, email: tricky, school named after a resistance hero, town after a comma
  { shape: 'email', text: 'Objet : Réunion parents-professeurs\n\nBonjour Monsieur Durand,\n\nLa réunion aura lieu jeudi à 18 h.\n\nCordialement,\nNathalie Girard\nConseillère principale d\'éducation\nCollège Jean-Moulin, Poitiers', expect: [['PERSON', 'Durand'], ['PERSON', 'Nathalie Girard'], ['ORGANIZATION', 'Collège Jean-Moulin'], ['LOCATION', 'Poitiers']] },
  // 30 Spanish, email: district in body, signature with job title and S.L. containing a river name
  { shape: 'email', text: 'Asunto: Presupuesto reforma cocina\n\nHola Javier:\n\nTe adjunto el presupuesto para el piso de Triana.\n\nUn saludo,\nRocío Santamaría\nJefa de Obra\nReformas Guadalquivir S.L.', expect: [['PERSON', 'Javier'], ['LOCATION', 'Triana'], ['PERSON', 'Rocío Santamaría'], ['ORGANIZATION', 'Reformas Guadalquivir S.L.']] },
  // 31 Swedish, email: truck from a town, signature with role and AB
  { shape: 'email', text: 'Ämne: Leverans till lagret\n\nHej Oskar,\n\nBilen från Jönköping är försenad till i morgon.\n\nMed vänliga hälsningar\nMaja Eklund\nInköpsansvarig\nVätterns Trä & Bygg AB', expect: [['PERSON', 'Oskar'], ['LOCATION', 'Jönköping'], ['PERSON', 'Maja Eklund'], ['ORGANIZATION', 'Vätterns Trä & Bygg AB']] },

  // ---- Support tickets ----
  // 32 English (Canada), ticket: pipe-separated header, office town and dental group in parentheses
  { shape: 'ticket', text: 'Ticket #58213 | Priority: High | Reporter: Brandon Kowalczyk\nThe thermostat at our Kelowna office (Okanagan Smiles Dental Group) keeps resetting overnight.', expect: [['PERSON', 'Brandon Kowalczyk'], ['LOCATION', 'Kelowna'], ['ORGANIZATION', 'Okanagan Smiles Dental Group']] },
  // 33 English (UK), ticket: tricky, street named after a queen inside a Bristol address
  { shape: 'ticket', text: 'INC-20931 opened by Fiona McLeish: parcel for 12 Victoria Street, Bristol BS1 6BY was left at the wrong door by courier partner Severnside Parcels Ltd.', expect: [['PERSON', 'Fiona McLeish'], ['ADDRESS', '12 Victoria Street, Bristol BS1 6BY'], ['ORGANIZATION', 'Severnside Parcels Ltd']] },
  // 34 English (Australia), ticket: dash-separated fields, storm town, Pty Ltd installer
  { shape: 'ticket', text: '[Support] Case 7781 – Customer: Mitchell O\'Brien – Issue: solar inverter offline since the storm in Toowoomba – Installer: Darling Downs Solar Pty Ltd', expect: [['PERSON', 'Mitchell O\'Brien'], ['LOCATION', 'Toowoomba'], ['ORGANIZATION', 'Darling Downs Solar Pty Ltd']] },
  // 35 English (India), ticket: tricky, "Customer <name> from <town> says" followed by a bank
  { shape: 'ticket', text: 'Ticket 44190\nSummary: refund not received\nDescription: Customer Anand Iyer from Madurai says the refund for order 7731 has not reached his Meenakshi Cooperative Bank account.', expect: [['PERSON', 'Anand Iyer'], ['LOCATION', 'Madurai'], ['ORGANIZATION', 'Meenakshi Cooperative Bank']] },
  // 36 Italian, ticket: hard negative, module and button names with season and weekday, software, job title
  { shape: 'ticket', text: 'Ticket #3307 – Categoria: Fatturazione\nOggetto: Errore nel modulo Ordini Primavera\nDescrizione: Da lunedì il pulsante "Conferma Venerdì" non funziona. Versione: Aurora Gestionale 5.2. Assegnato a: Responsabile Amministrativo', expect: [] },
  // 37 Dutch, ticket: tricky, installer firm carries a full personal name
  { shape: 'ticket', text: 'Melding 2026-0457\nMelder: Joris van Leeuwen\nLocatie: Kerkstraat 31, 2011 RK Haarlem\nOmschrijving: lekkage na werkzaamheden door Installatiebedrijf Henk Dijkstra B.V.', expect: [['PERSON', 'Joris van Leeuwen'], ['ADDRESS', 'Kerkstraat 31, 2011 RK Haarlem'], ['ORGANIZATION', 'Installatiebedrijf Henk Dijkstra B.V.']] },
  // 38 Portuguese, ticket: dash-separated, delivery town, Lda. carrier named after a river
  { shape: 'ticket', text: 'Chamado nº 1189 – Cliente: Beatriz Carvalho – Assunto: entrega atrasada em Coimbra – Transportadora: Rodoviária Mondego, Lda.', expect: [['PERSON', 'Beatriz Carvalho'], ['LOCATION', 'Coimbra'], ['ORGANIZATION', 'Rodoviária Mondego, Lda.']] },

  // ---- Chat transcripts ----
  // 39 English (USA), chat: time-stamped, full-name speakers, city and brewing company
  { shape: 'chat', text: '[09:14] Tasha Greene: is the Denver demo still on?\n[09:15] Kevin Ruiz: yes, Rocky Peak Brewing Co. confirmed this morning', expect: [['PERSON', 'Tasha Greene'], ['LOCATION', 'Denver'], ['PERSON', 'Kevin Ruiz'], ['ORGANIZATION', 'Rocky Peak Brewing Co.']] },
  // 40 English (Ireland), chat: tricky, "Dr <name> from <town>, says" then a medical practice
  { shape: 'chat', text: 'Aoife: the new GP, Dr Rachel Penrose from Tralee, says the Ashgrove Medical Practice list is full\nAoife: so we might have to stay with the old one', expect: [['PERSON', 'Aoife'], ['PERSON', 'Rachel Penrose'], ['LOCATION', 'Tralee'], ['ORGANIZATION', 'Ashgrove Medical Practice']] },
  // 41 English (Australia), chat: hard negative, role-labelled speakers, plan and add-on names, weekday
  { shape: 'chat', text: '[14:02] agent: Welcome to live chat! How can I help today?\n[14:03] customer: my Summer Saver plan renews Monday and the Outback Explorer add-on is still listed\n[14:04] agent: I will pass that to our Billing Team Leader', expect: [] },
  // 42 English (Canada), chat: tricky, town Kingston then a person surnamed Kingston
  { shape: 'chat', text: 'Liam: who\'s driving to Kingston on Saturday?\nPriya: Ben Kingston offered, he\'s collecting the banners on the way', expect: [['PERSON', 'Liam'], ['LOCATION', 'Kingston'], ['PERSON', 'Priya'], ['PERSON', 'Ben Kingston']] },
  // 43 Polish, chat: time-stamped, inflected city names (locative and instrumental)
  { shape: 'chat', text: '[18:20] Kasia: Hej, jesteś już w Gdańsku?\n[18:22] Michał Zając: Jeszcze nie, utknąłem w korku pod Elblągiem', expect: [['PERSON', 'Kasia'], ['LOCATION', 'Gdańsku'], ['PERSON', 'Michał Zając'], ['LOCATION', 'Elblągiem']] },
  // 44 German, chat: tricky, medical practice named after a doctor, then a speaker and city
  { shape: 'chat', text: 'Lena: Hast du den Termin bei der Praxis Dr. Weber bestätigt?\nTobias Brandt: Ja, Donnerstag um neun in Freiburg.', expect: [['PERSON', 'Lena'], ['ORGANIZATION', 'Praxis Dr. Weber'], ['PERSON', 'Tobias Brandt'], ['LOCATION', 'Freiburg']] },
  // 45 French, chat: tricky, restaurant "Chez Margot" and its owner Margot Lefebvre
  { shape: 'chat', text: '[10:41] Camille : table réservée Chez Margot, 20 h\n[10:42] Hugo : parfait, la patronne est bien Margot Lefebvre ?', expect: [['PERSON', 'Camille'], ['ORGANIZATION', 'Chez Margot'], ['PERSON', 'Hugo'], ['PERSON', 'Margot Lefebvre']] },

  // ---- Prose: news, letters, reviews, blog posts ----
  // 46 English (USA), news: tricky, "<name> from <town> says" then a bakery
  { shape: 'news', text: 'Local baker Rosa Delgado from Decatur says her shop, Sweet Crumb Bakery, will double its staff after winning a blue ribbon this summer.', expect: [['PERSON', 'Rosa Delgado'], ['LOCATION', 'Decatur'], ['ORGANIZATION', 'Sweet Crumb Bakery']] },
  // 47 English (UK), letter to the editor: town, district council, river, signature
  { shape: 'letter', text: 'Dear Editor,\n\nAs a resident of Shrewsbury for forty years, I was dismayed to read that Severn Vale District Council plans to close the footbridge over the River Severn.\n\nYours faithfully,\nMargaret Pennington', expect: [['LOCATION', 'Shrewsbury'], ['ORGANIZATION', 'Severn Vale District Council'], ['LOCATION', 'River Severn'], ['PERSON', 'Margaret Pennington']] },
  // 48 English (India), review: restaurant, city, cousin by first name, manager with honorific left out
  { shape: 'prose', text: 'Visited Spice Route Kitchen in Kochi last weekend with my cousin Anjali. The appam was perfect and the manager, Mr. Thomas Varghese, was very welcoming.', expect: [['ORGANIZATION', 'Spice Route Kitchen'], ['LOCATION', 'Kochi'], ['PERSON', 'Anjali'], ['PERSON', 'Thomas Varghese']] },
  // 49 English (Australia), blog: tricky, city Adelaide then a woman named Adelaide
  { shape: 'prose', text: 'Day three of our road trip: we left Adelaide early and reached Hahndorf by nine, where Adelaide Kruger runs a tiny cheese shop.', expect: [['LOCATION', 'Adelaide'], ['LOCATION', 'Hahndorf'], ['PERSON', 'Adelaide Kruger']] },
  // 50 English (Ireland), news: dateline city, landmark square, sergeant with rank left out, cycling club
  { shape: 'news', text: 'GALWAY – Gardaí are appealing for witnesses after a cyclist was injured near Eyre Square on Tuesday evening. Sergeant Declan Moloney said the Corrib Cycling Club had raised concerns about the junction.', expect: [['LOCATION', 'GALWAY'], ['LOCATION', 'Eyre Square'], ['PERSON', 'Declan Moloney'], ['ORGANIZATION', 'Corrib Cycling Club']] },
  // 51 Spanish, news: mayor of a city, foundation named after a river, then the river itself
  { shape: 'news', text: 'La alcaldesa de Cáceres, Inmaculada Robles, inauguró ayer la nueva sede de la Fundación Tajo Verde junto al río Tajo.', expect: [['LOCATION', 'Cáceres'], ['PERSON', 'Inmaculada Robles'], ['ORGANIZATION', 'Fundación Tajo Verde'], ['LOCATION', 'Tajo']] },
  // 52 Italian, letter: tricky, street named after Verdi inside a Parma address, then a landmark theatre
  { shape: 'letter', text: 'Cara Giulia,\nti scrivo dal nuovo appartamento in Via Giuseppe Verdi 21, 43121 Parma: finalmente vicino al Teatro Regio!\nUn abbraccio,\nFrancesca', expect: [['PERSON', 'Giulia'], ['ADDRESS', 'Via Giuseppe Verdi 21, 43121 Parma'], ['LOCATION', 'Teatro Regio'], ['PERSON', 'Francesca']] },
  // 53 Swedish, blog: hard negative, weekday heading, campaign and product names, job titles, month
  { shape: 'prose', text: 'Veckans tips: Måndag till Fredag med Vårkampanjen\nNya Kaffebryggaren Nordljus 3000 finns nu i butik. Perfekt för dig som är Projektledare eller Utvecklare. Gäller till och med 31 maj.', expect: [] },

  // ---- Forms and key-value records ----
  // 54 English (Canada), form: employer Ltd., Regina address with postal code, emergency contact
  { shape: 'form', text: 'Name: Ethan Caldwell\nEmployer: Prairie Shield Mutual Insurance Ltd.\nHome address: 18 Birch Hollow Crescent, Regina, SK S4S 6B2\nEmergency contact: Lauren Caldwell', expect: [['PERSON', 'Ethan Caldwell'], ['ORGANIZATION', 'Prairie Shield Mutual Insurance Ltd.'], ['ADDRESS', '18 Birch Hollow Crescent, Regina, SK S4S 6B2'], ['PERSON', 'Lauren Caldwell']] },
  // 55 English (Canada), form: tricky, school named after a prime minister, London in Ontario
  { shape: 'form', text: 'Applicant: Sophie Tremblay | School: Sir Wilfrid Laurier Secondary School | City: London | Province: Ontario', expect: [['PERSON', 'Sophie Tremblay'], ['ORGANIZATION', 'Sir Wilfrid Laurier Secondary School'], ['LOCATION', 'London'], ['LOCATION', 'Ontario']] },
  // 56 English (India), form: tricky, road named after Sarojini Naidu inside a Hyderabad address
  { shape: 'form', text: 'Full Name: Kavya Reddy\nPermanent Address: Plot 12, Sarojini Naidu Marg, Banjara Hills, Hyderabad 500034\nCollege: Osmania Institute of Technology', expect: [['PERSON', 'Kavya Reddy'], ['ADDRESS', 'Plot 12, Sarojini Naidu Marg, Banjara Hills, Hyderabad 500034'], ['ORGANIZATION', 'Osmania Institute of Technology']] },
  // 57 English (Ireland), form: Irish-language names with particles, GP practice and city
  { shape: 'form', text: 'Patient: Gráinne Ní Bhriain\nDOB: 1988-11-02\nGP practice: Shannonside Family Practice, Limerick\nNext of kin: Pádraig Ó Súilleabháin', expect: [['PERSON', 'Gráinne Ní Bhriain'], ['ORGANIZATION', 'Shannonside Family Practice'], ['LOCATION', 'Limerick'], ['PERSON', 'Pádraig Ó Súilleabháin']] },
  // 58 Dutch, form: hard negative, job title, department, weekdays, software, start month
  { shape: 'form', text: 'Functie: Teamleider Klantenservice\nAfdeling: Inkoop & Logistiek\nWerkdagen: maandag t/m vrijdag\nSoftware: Exact Online, Microsoft Teams\nStartdatum: 1 september', expect: [] },
  // 59 Portuguese, form: Porto address with postal code, S.A. employer
  { shape: 'form', text: 'Nome: João Pedro Almeida\nMorada: Rua de Santa Catarina 412, 4000-442 Porto\nEntidade patronal: Conservas Atlântico Norte, S.A.', expect: [['PERSON', 'João Pedro Almeida'], ['ADDRESS', 'Rua de Santa Catarina 412, 4000-442 Porto'], ['ORGANIZATION', 'Conservas Atlântico Norte, S.A.']] },
  // 60 Polish, form: tricky, street named after Skłodowska-Curie and hospital named after a pope
  { shape: 'form', text: 'Imię i nazwisko: Agnieszka Kowalczyk\nAdres: ul. Marii Skłodowskiej-Curie 7/3, 30-062 Kraków\nPracodawca: Szpital Miejski im. Jana Pawła II', expect: [['PERSON', 'Agnieszka Kowalczyk'], ['ADDRESS', 'ul. Marii Skłodowskiej-Curie 7/3, 30-062 Kraków'], ['ORGANIZATION', 'Szpital Miejski im. Jana Pawła II']] },
];
