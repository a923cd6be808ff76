import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch P: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_P: ShapeFixture[] = [
  // 1 EN business contact, US address
  { shape: 'prose', text: 'Priya Raghunathan, procurement lead at Veltrix Components, can be reached at her office, 4417 Cedar Ridge Dr, Plano, TX 75093.', expect: [['PERSON', 'Priya Raghunathan'], ['ADDRESS', '4417 Cedar Ridge Dr, Plano, TX 75093']] },
  // 2 EN medical admission, residence + birthplace
  { shape: 'case', text: 'Patient Tomasz Wierzbicki (DOB 03/11/1968) was admitted to the cardiology ward on 14 June; he resides in Swindon and was born in Gdańsk.', expect: [['PERSON', 'Tomasz Wierzbicki'], ['LOCATION', 'Swindon'], ['LOCATION', 'Gdańsk']] },
  // 3 EN legal claim, UK flat address
  { shape: 'case', text: 'The plaintiff, Oluwaseun Adeyemi-Clarke, of Flat 3, 22 Mortimer Road, Clifton, Bristol BS8 4EX, alleges breach of contract by the defendant, Gareth Pryce.', expect: [['PERSON', 'Oluwaseun Adeyemi-Clarke'], ['ADDRESS', 'Flat 3, 22 Mortimer Road, Clifton, Bristol BS8 4EX'], ['PERSON', 'Gareth Pryce']] },
  // 4 EN loan application, Canadian address
  { shape: 'form', text: 'Loan application #88213 submitted by Mei-Ling Chao, residing at 1185 Kingsway, Vancouver, BC V5V 3C8, Canada; co-signer Darren Fitzpatrick.', expect: [['PERSON', 'Mei-Ling Chao'], ['ADDRESS', '1185 Kingsway, Vancouver, BC V5V 3C8, Canada'], ['PERSON', 'Darren Fitzpatrick']] },
  // 5 EN HR onboarding, Irish Eircode address
  { shape: 'prose', text: 'New hire Aoife Ní Bhriain will start on Monday at our Galway office; her home address is 7 Ard na Mara, Salthill, Galway H91 X2C4.', expect: [['PERSON', 'Aoife Ní Bhriain'], ['LOCATION', 'Galway'], ['ADDRESS', '7 Ard na Mara, Salthill, Galway H91 X2C4']] },
  // 6 EN travel booking, NZ address
  { shape: 'form', text: 'Booking confirmed for Mr. Hemi Walker travelling from Rotorua to Queenstown on 2 March; billing address 14 Karaka Street, Tauranga 3110, New Zealand.', expect: [['PERSON', 'Hemi Walker'], ['LOCATION', 'Rotorua'], ['LOCATION', 'Queenstown'], ['ADDRESS', '14 Karaka Street, Tauranga 3110, New Zealand']] },
  // 7 EN education, birthplace, org with place name
  { shape: 'prose', text: 'Student Isabella Moreno-Quintero, born in Medellín, Colombia, enrolled in the MSc Data Science programme at the University of Leeds.', expect: [['PERSON', 'Isabella Moreno-Quintero'], ['LOCATION', 'Medellín'], ['LOCATION', 'Colombia']] },
  // 8 EN real estate listing, Australian address
  { shape: 'prose', text: 'The property at 39 Wattle Grove, Marrickville NSW 2204 was listed by agent Connor Tran on behalf of vendor Siobhan Kelly.', expect: [['ADDRESS', '39 Wattle Grove, Marrickville NSW 2204'], ['PERSON', 'Connor Tran'], ['PERSON', 'Siobhan Kelly']] },
  // 9 EN government voter record, Indian address
  { shape: 'form', text: 'Voter registration: Rajesh Kumar Iyer, Flat 12B, Shanti Apartments, 4th Cross, Malleswaram, Bengaluru 560003, Karnataka.', expect: [['PERSON', 'Rajesh Kumar Iyer'], ['ADDRESS', 'Flat 12B, Shanti Apartments, 4th Cross, Malleswaram, Bengaluru 560003, Karnataka']] },
  // 10 EN insurance, South African town + address
  { shape: 'case', text: 'Thabo Mokoena, 44, a mechanic from Soweto, filed a claim after his vehicle was damaged outside 18 Jan Smuts Avenue, Rosebank, Johannesburg 2196.', expect: [['PERSON', 'Thabo Mokoena'], ['LOCATION', 'Soweto'], ['ADDRESS', '18 Jan Smuts Avenue, Rosebank, Johannesburg 2196']] },
  // 11 EN medical referral, titles excluded
  { shape: 'case', text: 'Dr. Fiona MacLeod referred Ms. Harriet Okonkwo to the dermatology clinic in Inverness for further review.', expect: [['PERSON', 'Fiona MacLeod'], ['PERSON', 'Harriet Okonkwo'], ['LOCATION', 'Inverness']] },
  // 12 EN insurance, romanized Japanese address
  { shape: 'form', text: 'Policyholder Kenji Watanabe, 2-14-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan, reported water damage on 9 October.', expect: [['PERSON', 'Kenji Watanabe'], ['ADDRESS', '2-14-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan']] },
  // 13 EN HR transfer, city + state
  { shape: 'prose', text: 'Employee Lucía Fernández Ortega transferred from the Seville branch to Denver, Colorado, effective 1 April.', expect: [['PERSON', 'Lucía Fernández Ortega'], ['LOCATION', 'Seville'], ['LOCATION', 'Denver'], ['LOCATION', 'Colorado']] },
  // 14 EN finance wire, Polish beneficiary address
  { shape: 'prose', text: 'Wire transfer of $12,400 from Benjamin Osei to Karolina Nowak, beneficiary address ul. Długa 15/4, 31-147 Kraków, Poland.', expect: [['PERSON', 'Benjamin Osei'], ['PERSON', 'Karolina Nowak'], ['ADDRESS', 'ul. Długa 15/4, 31-147 Kraków, Poland']] },
  // 15 EN government passport, birthplace + residence
  { shape: 'case', text: 'The passport renewal for Ahmad Farouk Al-Masri, born in Amman and now living in Dearborn, Michigan, is still pending.', expect: [['PERSON', 'Ahmad Farouk Al-Masri'], ['LOCATION', 'Amman'], ['LOCATION', 'Dearborn'], ['LOCATION', 'Michigan']] },
  // 16 EN tenancy, NZ unit address
  { shape: 'notes', text: 'Tenant: Ngaio Parata. Lease starts 1 Dec for the unit at 5/88 Cuba Street, Te Aro, Wellington 6011.', expect: [['PERSON', 'Ngaio Parata'], ['ADDRESS', '5/88 Cuba Street, Te Aro, Wellington 6011']] },
  // 17 EN school contact, US PO box
  { shape: 'form', text: 'Parent contact: Mrs. Deborah Kowalczyk, PO Box 2291, Bozeman, MT 59771. Child: Eli Kowalczyk, grade 4.', expect: [['PERSON', 'Deborah Kowalczyk'], ['ADDRESS', 'PO Box 2291, Bozeman, MT 59771'], ['PERSON', 'Eli Kowalczyk']] },
  // 18 EN witness statement, Swedish city + lake
  { shape: 'case', text: 'Witness statement of Marcus Lindqvist, taken at the police station in Karlstad; he says he was fishing on the shores of Vänern at the time.', expect: [['PERSON', 'Marcus Lindqvist'], ['LOCATION', 'Karlstad'], ['LOCATION', 'Vänern']] },
  // 19 EN medical note, travel history
  { shape: 'notes', text: 'Ana Beatriz Carvalho, 31, presented with recurring migraines; she recently returned from a two-week trip to Lisbon and the Algarve.', expect: [['PERSON', 'Ana Beatriz Carvalho'], ['LOCATION', 'Lisbon'], ['LOCATION', 'Algarve']] },
  // 20 EN business courier, German address
  { shape: 'prose', text: 'Please courier the signed NDA to Felix Hartmann, Hartmann Consulting GmbH, Leopoldstraße 112, 80802 München, Germany.', expect: [['PERSON', 'Felix Hartmann'], ['ADDRESS', 'Leopoldstraße 112, 80802 München, Germany']] },
  // 21 EN travel, nationality adjective not a location
  { shape: 'prose', text: 'Traveller Chloé Dubois (French national) checked out of her hotel in Kyoto this morning and is taking the train to Osaka.', expect: [['PERSON', 'Chloé Dubois'], ['LOCATION', 'Kyoto'], ['LOCATION', 'Osaka']] },
  // 22 EN bank account opening, Canadian address
  { shape: 'form', text: 'Account holder Samuel Adebayo Johnson, 902 Dufferin Street, Toronto, ON M6H 4B6, opened a savings account on 3 May.', expect: [['PERSON', 'Samuel Adebayo Johnson'], ['ADDRESS', '902 Dufferin Street, Toronto, ON M6H 4B6']] },
  // 23 EN HR reference check
  { shape: 'notes', text: 'Reference check: Grace Whitfield previously worked under manager Luis Alvarado at the Phoenix distribution centre for three years.', expect: [['PERSON', 'Grace Whitfield'], ['PERSON', 'Luis Alvarado'], ['LOCATION', 'Phoenix']] },
  // 24 EN family, towns + county, first name alone
  { shape: 'prose', text: 'Daniel Ben-David, a retired teacher from Haifa, now lives in Hove, East Sussex, with his daughter Noa.', expect: [['PERSON', 'Daniel Ben-David'], ['LOCATION', 'Haifa'], ['LOCATION', 'Hove'], ['LOCATION', 'East Sussex'], ['PERSON', 'Noa']] },
  // 25 EN building inspection, Queensland address
  { shape: 'form', text: 'Building inspection at 17 Banksia Court, Caloundra QLD 4551 requested by owner Mitchell Ferris for Thursday 9am.', expect: [['ADDRESS', '17 Banksia Court, Caloundra QLD 4551'], ['PERSON', 'Mitchell Ferris']] },
  // 26 DE housing benefit, German address
  { shape: 'case', text: 'Frau Johanna Brenninkmeyer, wohnhaft in der Hauptstraße 27, 74321 Bietigheim-Bissingen, hat am 4. März einen Antrag auf Wohngeld gestellt.', expect: [['PERSON', 'Johanna Brenninkmeyer'], ['ADDRESS', 'Hauptstraße 27, 74321 Bietigheim-Bissingen']] },
  // 27 DE (Austria) patient transfer, towns
  { shape: 'case', text: 'Der Patient Lukas Grubinger, geboren in Villach, wurde zur weiteren Behandlung in das Klinikum nach Graz überwiesen.', expect: [['PERSON', 'Lukas Grubinger'], ['LOCATION', 'Villach'], ['LOCATION', 'Graz']] },
  // 28 DE (Switzerland) rental contract, Swiss address
  { shape: 'prose', text: 'Mietvertrag zwischen Reto Bachmann und Nadia Zürcher für die 3,5-Zimmer-Wohnung an der Seefeldstrasse 54, 8008 Zürich.', expect: [['PERSON', 'Reto Bachmann'], ['PERSON', 'Nadia Zürcher'], ['ADDRESS', 'Seefeldstrasse 54, 8008 Zürich']] },
  // 29 FR legal summons, French address
  { shape: 'case', text: 'M. Antoine Lefebvre-Roussel, domicilié au 14 rue des Tanneurs, 67000 Strasbourg, est convoqué au tribunal le 12 janvier.', expect: [['PERSON', 'Antoine Lefebvre-Roussel'], ['ADDRESS', '14 rue des Tanneurs, 67000 Strasbourg']] },
  // 30 FR (Belgium) HR, birthplace + workplace
  { shape: 'prose', text: 'Mme Séverine Van den Broeck, née à Namur, travaille désormais comme infirmière à Liège.', expect: [['PERSON', 'Séverine Van den Broeck'], ['LOCATION', 'Namur'], ['LOCATION', 'Liège']] },
  // 31 ES bank, Spanish address with floor
  { shape: 'prose', text: 'El cliente Joaquín Ibarra Mendoza, con domicilio en Calle de Alcalá 212, 3º B, 28028 Madrid, solicitó la cancelación de su tarjeta.', expect: [['PERSON', 'Joaquín Ibarra Mendoza'], ['ADDRESS', 'Calle de Alcalá 212, 3º B, 28028 Madrid']] },
  // 32 ES (Mexico) medical, origin + hospital town
  { shape: 'case', text: 'La paciente Guadalupe Hernández Ruiz, originaria de Oaxaca, fue atendida en el hospital general de Puebla el pasado lunes.', expect: [['PERSON', 'Guadalupe Hernández Ruiz'], ['LOCATION', 'Oaxaca'], ['LOCATION', 'Puebla']] },
  // 33 IT complaint, Italian address
  { shape: 'prose', text: 'La signora Carla Bellandi, residente in Via Garibaldi 18, 50123 Firenze (FI), ha presentato reclamo al servizio clienti.', expect: [['PERSON', 'Carla Bellandi'], ['ADDRESS', 'Via Garibaldi 18, 50123 Firenze (FI)']] },
  // 34 IT HR transfer, birthplace
  { shape: 'prose', text: 'Il dipendente Matteo Ferraresi, nato a Bergamo, è stato trasferito nella sede di Catania a partire da gennaio.', expect: [['PERSON', 'Matteo Ferraresi'], ['LOCATION', 'Bergamo'], ['LOCATION', 'Catania']] },
  // 35 NL subscription, Dutch address
  { shape: 'prose', text: 'Dhr. Sander de Wit, Oudegracht 145, 3511 AK Utrecht, heeft zijn abonnement per 1 februari opgezegd.', expect: [['PERSON', 'Sander de Wit'], ['ADDRESS', 'Oudegracht 145, 3511 AK Utrecht']] },
  // 36 NL, three Frisian/Groningen towns
  { shape: 'prose', text: 'Mevrouw Fenna Hoekstra uit Leeuwarden is geboren in Sneek en werkt sinds dit jaar in Groningen.', expect: [['PERSON', 'Fenna Hoekstra'], ['LOCATION', 'Leeuwarden'], ['LOCATION', 'Sneek'], ['LOCATION', 'Groningen']] },
  // 37 PT insurance, Portuguese address
  { shape: 'prose', text: 'O senhor Rodrigo Tavares, morador na Rua de Santa Catarina 312, 4000-443 Porto, pediu a renovação do seguro automóvel.', expect: [['PERSON', 'Rodrigo Tavares'], ['ADDRESS', 'Rua de Santa Catarina 312, 4000-443 Porto']] },
  // 38 PT (Brazil) refund, Brazilian address
  { shape: 'prose', text: 'A cliente Luana Ferreira dos Santos, residente na Av. Sete de Setembro, 1450, apto 302, Salvador - BA, 40080-001, solicitou reembolso.', expect: [['PERSON', 'Luana Ferreira dos Santos'], ['ADDRESS', 'Av. Sete de Setembro, 1450, apto 302, Salvador - BA, 40080-001']] },
  // 39 SV utility order, Swedish address
  { shape: 'prose', text: 'Kunden Elin Bergström, Storgatan 12B, 753 31 Uppsala, har beställt en ny elmätare till sin lägenhet.', expect: [['PERSON', 'Elin Bergström'], ['ADDRESS', 'Storgatan 12B, 753 31 Uppsala']] },
  // 40 PL record, Polish address + inflected birthplace
  { shape: 'form', text: 'Pan Krzysztof Zawadzki, zam. ul. Narutowicza 9/3, 20-004 Lublin, urodził się w Zamościu w 1979 roku.', expect: [['PERSON', 'Krzysztof Zawadzki'], ['ADDRESS', 'ul. Narutowicza 9/3, 20-004 Lublin'], ['LOCATION', 'Zamościu']] },
  // 41 EN prompt: rent reminder, US address
  { shape: 'prose', text: 'Can you write a polite reminder email to my tenant Jerome Fontaine at 58 Willow Lane, Asheville, NC 28801, about the overdue rent for November?', expect: [['PERSON', 'Jerome Fontaine'], ['ADDRESS', '58 Willow Lane, Asheville, NC 28801']] },
  // 42 EN prompt: recommendation letter
  { shape: 'prose', text: 'Help me draft a recommendation letter for my former intern, Keisha Thompson. She worked with us in Atlanta for six months and is applying to a master\'s program in Edinburgh.', expect: [['PERSON', 'Keisha Thompson'], ['LOCATION', 'Atlanta'], ['LOCATION', 'Edinburgh']] },
  // 43 EN prompt: neighbour dispute, Irish address
  { shape: 'prose', text: 'My neighbour Bernard Quigley keeps parking across my driveway at 3 Glenview Park, Ballincollig, Co. Cork P31 YX80. What are my legal options?', expect: [['PERSON', 'Bernard Quigley'], ['ADDRESS', '3 Glenview Park, Ballincollig, Co. Cork P31 YX80']] },
  // 44 EN prompt: translation request with names
  { shape: 'prose', text: 'Translate into Spanish: "Dear Mr. Okafor, your appointment with Dr. Elena Rossi is confirmed for Tuesday at our Sandton clinic."', expect: [['PERSON', 'Okafor'], ['PERSON', 'Elena Rossi'], ['LOCATION', 'Sandton']] },
  // 45 EN prompt: birthday poem, town + mountain range
  { shape: 'prose', text: 'I need a short birthday poem for my grandma Wilhelmina. She grew up on a farm near Ballarat and still talks about hiking in the Grampians.', expect: [['PERSON', 'Wilhelmina'], ['LOCATION', 'Ballarat'], ['LOCATION', 'Grampians']] },
  // 46 EN prompt: seating chart name list
  { shape: 'prose', text: 'Create a seating chart for five tables with these guests: Amara Nwosu, Pedro Salgado, Ingrid Solheim, Yusuf Demir, and Hana Kobayashi. Keep Ingrid away from the speakers.', expect: [['PERSON', 'Amara Nwosu'], ['PERSON', 'Pedro Salgado'], ['PERSON', 'Ingrid Solheim'], ['PERSON', 'Yusuf Demir'], ['PERSON', 'Hana Kobayashi'], ['PERSON', 'Ingrid']] },
  // 47 EN prompt: shipping label, Mumbai address
  { shape: 'prose', text: 'Please format this as a shipping label: Vikram Malhotra, B-204 Sunrise Heights, Linking Road, Bandra West, Mumbai 400050, Maharashtra, India', expect: [['PERSON', 'Vikram Malhotra'], ['ADDRESS', 'B-204 Sunrise Heights, Linking Road, Bandra West, Mumbai 400050, Maharashtra, India']] },
  // 48 EN prompt: farewell card
  { shape: 'prose', text: 'My coworker Trevor Lindgren told me our manager Patricia Ng is moving to the Halifax office next month. Write a warm farewell card message from the whole team.', expect: [['PERSON', 'Trevor Lindgren'], ['PERSON', 'Patricia Ng'], ['LOCATION', 'Halifax']] },
  // 49 EN prompt: visa form, UK address
  { shape: 'prose', text: 'Is this address format valid for a visa application form? 27 Harrowby Street, Cleethorpes, DN35 8EE. The applicant is my cousin Zainab Qureshi.', expect: [['ADDRESS', '27 Harrowby Street, Cleethorpes, DN35 8EE'], ['PERSON', 'Zainab Qureshi']] },
  // 50 EN prompt: cover letter about self
  { shape: 'prose', text: 'Write a cover letter for me. My name is Camille Rousseau, I live in Lyon and I\'m applying for a marketing coordinator job in Geneva.', expect: [['PERSON', 'Camille Rousseau'], ['LOCATION', 'Lyon'], ['LOCATION', 'Geneva']] },
  // 51 DE prompt: cancellation letter with sender address
  { shape: 'prose', text: 'Kannst du mir eine Kündigung für meinen Handyvertrag schreiben? Absender: Dennis Kowalski, Lindenweg 8, 49074 Osnabrück. Kundennummer 5521983.', expect: [['PERSON', 'Dennis Kowalski'], ['ADDRESS', 'Lindenweg 8, 49074 Osnabrück']] },
  // 52 FR prompt: delivery delay email
  { shape: 'prose', text: 'Rédige un courriel pour informer mon client Olivier Marchand que la livraison à Bordeaux aura deux jours de retard.', expect: [['PERSON', 'Olivier Marchand'], ['LOCATION', 'Bordeaux']] },
  // 53 ES prompt: landlord letter, Pamplona address
  { shape: 'prose', text: 'Ayúdame a escribir una carta a mi casero, Ramón Echeverría, sobre la humedad en el piso de Calle Mayor 41, 2º izq., 31001 Pamplona.', expect: [['PERSON', 'Ramón Echeverría'], ['ADDRESS', 'Calle Mayor 41, 2º izq., 31001 Pamplona']] },
  // 54 IT prompt: birthday wishes
  { shape: 'prose', text: 'Scrivi un messaggio di auguri per mia zia Rosalba, che compie 70 anni sabato e vive a Lecce da quando si è sposata.', expect: [['PERSON', 'Rosalba'], ['LOCATION', 'Lecce']] },
  // 55 NL prompt: thank-you note
  { shape: 'prose', text: 'Kun je een kort bedankbriefje schrijven voor mijn buurvrouw Marijke Verhoeven? Ze heeft op mijn kat gepast toen ik in Maastricht was.', expect: [['PERSON', 'Marijke Verhoeven'], ['LOCATION', 'Maastricht']] },
  // 56 EN chat, lower-case, marketplace
  { shape: 'chat', text: 'hey is the couch still available? im in brooklyn, can pick up tmrw after 6. just ask for devon', expect: [['LOCATION', 'brooklyn'], ['PERSON', 'devon']] },
  // 57 EN sms, garage, Irish address
  { shape: 'sms', text: 'Hi Marguerite, it\'s Colm from the garage. Your car is ready, we\'re at 41 Main St, Kilkenny. Pay at the desk when you collect.', expect: [['PERSON', 'Marguerite'], ['PERSON', 'Colm'], ['ADDRESS', '41 Main St, Kilkenny']] },
  // 58 EN support call transcript, lower-case address
  { shape: 'transcript', text: 'Agent: Thanks for calling, may I have your full name?\nCustomer: yeah it\'s brandon mercer\nAgent: And the service address?\nCustomer: 1620 west elm ave apt 4, duluth mn 55806\nAgent: Thank you, Brandon, one moment.', expect: [['PERSON', 'brandon mercer'], ['ADDRESS', '1620 west elm ave apt 4, duluth mn 55806'], ['PERSON', 'Brandon']] },
  // 59 EN chat, typos, lower-case names
  { shape: 'chat', text: 'omg sarah just texted me, shes stuck in reno bc of the snow lol. tell jake were still on for sat', expect: [['PERSON', 'sarah'], ['LOCATION', 'reno'], ['PERSON', 'jake']] },
  // 60 EN sms, courier, UK address
  { shape: 'sms', text: 'Delivery for Ravi: parcel left with your neighbour at 12 Mill Lane, Oxted RH8 9EX. Photo attached. - ParcelRun', expect: [['PERSON', 'Ravi'], ['ADDRESS', '12 Mill Lane, Oxted RH8 9EX']] },
  // 61 DE chat, lower-case, traffic jam
  { shape: 'chat', text: 'hi lena, bin gleich da. stehe noch im stau bei kassel 🙈 sag tobi bitte bescheid', expect: [['PERSON', 'lena'], ['LOCATION', 'kassel'], ['PERSON', 'tobi']] },
  // 62 FR support transcript, French address
  { shape: 'transcript', text: 'Conseiller : Bonjour, à qui ai-je l\'honneur ?\nClient : Mathieu Garnier.\nConseiller : Votre adresse de livraison, s\'il vous plaît ?\nClient : 8 allée des Peupliers, 44300 Nantes.\nConseiller : Merci monsieur Garnier.', expect: [['PERSON', 'Mathieu Garnier'], ['ADDRESS', '8 allée des Peupliers, 44300 Nantes'], ['PERSON', 'Garnier']] },
  // 63 ES chat, informal, nickname
  { shape: 'chat', text: 'oye marisol, q tal todo por valparaíso? dile a nacho q le debo una cerveza jaja', expect: [['PERSON', 'marisol'], ['LOCATION', 'valparaíso'], ['PERSON', 'nacho']] },
  // 64 EN sms, appointment reminder
  { shape: 'sms', text: 'Reminder: Dr Anand will see you Thu 10:30 at the Parramatta clinic. Reply Y to confirm or call us to reschedule. - Lakshmi, reception', expect: [['PERSON', 'Anand'], ['LOCATION', 'Parramatta'], ['PERSON', 'Lakshmi']] },
  // 65 EN team chat with timestamps
  { shape: 'chat', text: '[10:02] Jordan: who\'s covering the Tulsa trip next week?\n[10:03] Mariana Ochoa: me and Gus\n[10:03] Jordan: ok cool, book the hotel near the airport', expect: [['PERSON', 'Jordan'], ['LOCATION', 'Tulsa'], ['PERSON', 'Mariana Ochoa'], ['PERSON', 'Gus'], ['PERSON', 'Jordan']] },
  // 66 IT support transcript, lower-case address
  { shape: 'transcript', text: 'Operatore: Buongiorno, mi dice nome e cognome?\nCliente: Francesca Moretti\nOperatore: Indirizzo di spedizione?\nCliente: via roma 7, 10121 torino\nOperatore: Perfetto, grazie signora Moretti.', expect: [['PERSON', 'Francesca Moretti'], ['ADDRESS', 'via roma 7, 10121 torino'], ['PERSON', 'Moretti']] },
  // 67 NL sms, key handover
  { shape: 'sms', text: 'Hoi Bram, de sleutel ligt bij Anouk. Ik ben tot zondag in Zeeland, bel me als er iets is.', expect: [['PERSON', 'Bram'], ['PERSON', 'Anouk'], ['LOCATION', 'Zeeland']] },
  // 68 PT-BR group chat, lower-case
  { shape: 'chat', text: 'gente, a Bia já chegou em Curitiba? o voo do thiago atrasou de novo kkk', expect: [['PERSON', 'Bia'], ['LOCATION', 'Curitiba'], ['PERSON', 'thiago']] },
  // 69 EN support chat, lower-case UK address
  { shape: 'chat', text: 'Customer: hi my order never arrived\nAgent (Melissa): Sorry to hear that! Can you confirm the delivery address?\nCustomer: 77 ocean view rd, st ives, cornwall TR26 1QP\nAgent (Melissa): Thanks, I\'ll raise a trace with the courier now.', expect: [['PERSON', 'Melissa'], ['ADDRESS', '77 ocean view rd, st ives, cornwall TR26 1QP'], ['PERSON', 'Melissa']] },
  // 70 SV sms, holiday
  { shape: 'sms', text: 'Hej Oskar! Mamma och jag är i Visby hela veckan, vi ses på måndag. Kram, Maja', expect: [['PERSON', 'Oskar'], ['LOCATION', 'Visby'], ['PERSON', 'Maja']] },
  // 71 EN letter with UK multi-line address block
  { shape: 'letter', text: 'Mrs Evelyn Cartwright\n16 Beechwood Avenue\nHarrogate\nHG2 0PL\n\n12 March 2026\n\nDear Mrs Cartwright,\n\nThank you for your enquiry regarding the tenancy. Our colleague Adrian Moss will visit the property on Friday morning to assess the damp.\n\nYours sincerely,\nRuth Bellamy\nLettings Manager', expect: [['PERSON', 'Evelyn Cartwright'], ['ADDRESS', '16 Beechwood Avenue\nHarrogate\nHG2 0PL'], ['PERSON', 'Cartwright'], ['PERSON', 'Adrian Moss'], ['PERSON', 'Ruth Bellamy']] },
  // 72 EN e-mail with signature and US address
  { shape: 'email', text: 'From: Nathan Ortiz\nTo: Procurement Team\nSubject: Visit to Cincinnati plant\n\nHi all,\n\nI will be in Cincinnati next Tuesday with Jasmine Clarke from finance to review the supplier contracts. Please send any open items by Monday.\n\nBest,\nNathan Ortiz\nRegional Operations Manager\nBrightline Logistics\n3300 Riverside Dr, Suite 210, Columbus, OH 43221', expect: [['PERSON', 'Nathan Ortiz'], ['LOCATION', 'Cincinnati'], ['LOCATION', 'Cincinnati'], ['PERSON', 'Jasmine Clarke'], ['PERSON', 'Nathan Ortiz'], ['ADDRESS', '3300 Riverside Dr, Suite 210, Columbus, OH 43221']] },
  // 73 EN discharge summary
  { shape: 'case', text: 'DISCHARGE SUMMARY\nPatient: Harold Pemberton-Smythe\nDOB: 22/07/1949\nAddress: 9 Orchard Close, Tewkesbury, Gloucestershire GL20 5QR\nAttending: Dr. Samira Haddad\nSummary: Admitted via A&E after a fall at home. Daughter (Claire) informed and present at discharge.\nFollow-up: GP Dr. Owen Rees, Cheltenham, within 2 weeks.', expect: [['PERSON', 'Harold Pemberton-Smythe'], ['ADDRESS', '9 Orchard Close, Tewkesbury, Gloucestershire GL20 5QR'], ['PERSON', 'Samira Haddad'], ['PERSON', 'Claire'], ['PERSON', 'Owen Rees'], ['LOCATION', 'Cheltenham']] },
  // 74 EN auto insurance claim form
  { shape: 'form', text: 'CLAIM FORM - AUTO\nInsured: Marisa Delgado\nPolicy No: AX-4471902\nMailing address: 5512 N Sheridan Rd, Apt 9C, Chicago, IL 60640\nIncident location: I-94 northbound near Kenosha\nOther driver: Terrence Boyd (Waukegan)\nDescription: Rear-ended while stationary in traffic. No injuries reported.', expect: [['PERSON', 'Marisa Delgado'], ['ADDRESS', '5512 N Sheridan Rd, Apt 9C, Chicago, IL 60640'], ['LOCATION', 'Kenosha'], ['PERSON', 'Terrence Boyd'], ['LOCATION', 'Waukegan']] },
  // 75 EN CV, Indian address, org containing a city
  { shape: 'form', text: 'CURRICULUM VITAE\nName: Anjali Deshmukh\nAddress: 42 Palm Grove Road, Koregaon Park, Pune 411001\nBorn: Nagpur, 1991\n\nEXPERIENCE\n2019-present  Senior Analyst, Kestrel Analytics, Pune\n2015-2019  Analyst, Meridian Softech, Hyderabad\n\nEDUCATION\nB.Tech, VNIT Nagpur\n\nREFERENCES\nProf. Sunil Joshi; Dr. Meera Pillai', expect: [['PERSON', 'Anjali Deshmukh'], ['ADDRESS', '42 Palm Grove Road, Koregaon Park, Pune 411001'], ['LOCATION', 'Nagpur'], ['LOCATION', 'Pune'], ['LOCATION', 'Hyderabad'], ['PERSON', 'Sunil Joshi'], ['PERSON', 'Meera Pillai']] },
  // 76 EN parish council minutes
  { shape: 'meeting', text: 'Minutes - Parish Council Meeting, 4 November\nPresent: Cllr Gillian Hargreaves (Chair), Cllr Peter Oduya, Mrs Janet Trowbridge (Clerk)\nApologies: Cllr Robert Fenwick\n1. Flooding on the lane at Little Haywood: the Chair reported that the county has been notified.\n2. A resident of 4 Church Lane, Colwich, Stafford ST17 0UN raised concerns about speeding traffic.\n3. Cllr Oduya to obtain quotes for a speed sign.', expect: [['PERSON', 'Gillian Hargreaves'], ['PERSON', 'Peter Oduya'], ['PERSON', 'Janet Trowbridge'], ['PERSON', 'Robert Fenwick'], ['LOCATION', 'Little Haywood'], ['ADDRESS', '4 Church Lane, Colwich, Stafford ST17 0UN'], ['PERSON', 'Oduya']] },
  // 77 EN US law-firm letter, two address blocks
  { shape: 'letter', text: 'Harlow & Dunn LLP\n200 Pine Street, 14th Floor\nSan Francisco, CA 94104\n\nMr. Desmond Achebe\n1847 Alder Way\nEugene, OR 97401\n\nRe: Estate of Margaret Achebe\n\nDear Mr. Achebe,\n\nWe write to confirm that the probate hearing has been scheduled for 18 January. Please contact our paralegal, Whitney Galloway, with any questions.\n\nSincerely,\nHoward Lindsey, Esq.', expect: [['ADDRESS', '200 Pine Street, 14th Floor\nSan Francisco, CA 94104'], ['PERSON', 'Desmond Achebe'], ['ADDRESS', '1847 Alder Way\nEugene, OR 97401'], ['PERSON', 'Margaret Achebe'], ['PERSON', 'Achebe'], ['PERSON', 'Whitney Galloway'], ['PERSON', 'Howard Lindsey']] },
  // 78 DE e-mail, job interview, signature with address
  { shape: 'email', text: 'Betreff: Ihre Bewerbung als Sachbearbeiterin\n\nSehr geehrte Frau Yilmaz,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem Vorstellungsgespräch in unserer Niederlassung in Mannheim ein.\n\nMit freundlichen Grüßen\nStefan Albrecht\nPersonalabteilung\nRheinwerk Logistik GmbH\nIndustriestraße 14\n68169 Mannheim', expect: [['PERSON', 'Yilmaz'], ['LOCATION', 'Mannheim'], ['PERSON', 'Stefan Albrecht'], ['ADDRESS', 'Industriestraße 14\n68169 Mannheim']] },
  // 79 FR letter, contract termination
  { shape: 'letter', text: 'Madame Élodie Perrin\n3 impasse des Lilas\n84000 Avignon\n\nObjet : Résiliation de votre contrat\n\nMadame Perrin,\n\nNous accusons réception de votre demande. Votre dossier a été transmis à notre agence de Marseille, qui vous contactera sous huit jours.\n\nCordialement,\nJulien Caron\nService clients', expect: [['PERSON', 'Élodie Perrin'], ['ADDRESS', '3 impasse des Lilas\n84000 Avignon'], ['PERSON', 'Perrin'], ['LOCATION', 'Marseille'], ['PERSON', 'Julien Caron']] },
  // 80 ES clinical report, Argentine address
  { shape: 'case', text: 'INFORME CLÍNICO\nPaciente: María José Quiroga Salinas\nDomicilio: Av. Corrientes 3456, piso 7, C1194AAR Buenos Aires, Argentina\nLugar de nacimiento: Rosario\nMédico tratante: Dr. Hernán Aguirre\nDiagnóstico: Hipertensión arterial leve.\nIndicaciones: control en 30 días.', expect: [['PERSON', 'María José Quiroga Salinas'], ['ADDRESS', 'Av. Corrientes 3456, piso 7, C1194AAR Buenos Aires, Argentina'], ['LOCATION', 'Rosario'], ['PERSON', 'Hernán Aguirre']] },
  // 81 IT meeting minutes
  { shape: 'meeting', text: 'Verbale della riunione del 15 ottobre\nPresenti: Giulia Santoro, Alessandro Conti, Paolo Rinaldi\nAssente giustificata: Chiara Lombardi\n1. Trasferta a Bologna: Alessandro conferma le date del 3-4 dicembre.\n2. Budget: Paolo presenterà il consuntivo alla prossima riunione.', expect: [['PERSON', 'Giulia Santoro'], ['PERSON', 'Alessandro Conti'], ['PERSON', 'Paolo Rinaldi'], ['PERSON', 'Chiara Lombardi'], ['LOCATION', 'Bologna'], ['PERSON', 'Alessandro'], ['PERSON', 'Paolo']] },
  // 82 NL insurance damage report
  { shape: 'form', text: 'SCHADEMELDING\nVerzekerde: Pieter van Dijk\nAdres: Kerkstraat 23, 2011 KL Haarlem\nSchadedatum: 3 augustus\nToedracht: Waterschade door een lekkende leiding tijdens vakantie in Friesland.\nBehandelaar: Yvonne Smit', expect: [['PERSON', 'Pieter van Dijk'], ['ADDRESS', 'Kerkstraat 23, 2011 KL Haarlem'], ['LOCATION', 'Friesland'], ['PERSON', 'Yvonne Smit']] },
  // 83 EN Australian e-mail, key handover
  { shape: 'email', text: 'Hi Bronwyn,\n\nJust confirming the key handover for 12/340 Beach Road, Sandringham VIC 3191 on Saturday at 10am. Callum will meet you out the front.\n\nCheers,\nLachlan Doyle\nBayside Property Group', expect: [['PERSON', 'Bronwyn'], ['ADDRESS', '12/340 Beach Road, Sandringham VIC 3191'], ['PERSON', 'Callum'], ['PERSON', 'Lachlan Doyle']] },
  // 84 EN South African letter, PO box block
  { shape: 'letter', text: 'Ms Nomvula Dlamini\nPO Box 1187\nPietermaritzburg\n3200\n\nDear Ms Dlamini,\n\nWe are pleased to inform you that your bursary application has been approved. Please report to our Durban office on 14 January with your certified ID copy.\n\nKind regards,\nJohan Joubert\nBursary Administrator', expect: [['PERSON', 'Nomvula Dlamini'], ['ADDRESS', 'PO Box 1187\nPietermaritzburg\n3200'], ['PERSON', 'Dlamini'], ['LOCATION', 'Durban'], ['PERSON', 'Johan Joubert']] },
  // 85 PL rental agreement
  { shape: 'form', text: 'UMOWA NAJMU LOKALU\nWynajmujący: Agnieszka Wróblewska, ul. Piotrkowska 120 m. 5, 90-006 Łódź\nNajemca: Michał Sikora, zamieszkały w Radomiu\nPrzedmiot najmu: lokal mieszkalny o pow. 48 m2\nCzynsz: 2400 zł miesięcznie', expect: [['PERSON', 'Agnieszka Wróblewska'], ['ADDRESS', 'ul. Piotrkowska 120 m. 5, 90-006 Łódź'], ['PERSON', 'Michał Sikora'], ['LOCATION', 'Radomiu']] },
  // 86 JSON nested, Irish address string + birthplace
  { shape: 'json', text: '{"customer":{"id":"C-20931","name":"Oliver Brennan","address":"88 Fitzwilliam Square, Dublin 2, D02 RX67, Ireland","birth_place":"Sligo"},"notes":"prefers delivery after 5pm"}', expect: [['PERSON', 'Oliver Brennan'], ['ADDRESS', '88 Fitzwilliam Square, Dublin 2, D02 RX67, Ireland'], ['LOCATION', 'Sligo']] },
  // 87 JSON array of people with cities
  { shape: 'json', text: '[{"id":1,"full_name":"Sofia Lindahl","city":"Malmö"},{"id":2,"full_name":"Arjun Bhatt","city":"Leicester"},{"id":3,"full_name":"Serena Esposito","city":"Napoli"}]', expect: [['PERSON', 'Sofia Lindahl'], ['LOCATION', 'Malmö'], ['PERSON', 'Arjun Bhatt'], ['LOCATION', 'Leicester'], ['PERSON', 'Serena Esposito'], ['LOCATION', 'Napoli']] },
  // 88 JSON lines, login events with geo
  { shape: 'log', text: '{"ts":"2026-11-01T08:12:03Z","user":"Kwame Asante","action":"login","geo":"Accra"}\n{"ts":"2026-11-01T08:15:47Z","user":"Leilani Kahale","action":"logout","geo":"Hilo"}\n{"ts":"2026-11-01T08:16:02Z","user":"Dmitri Volkov","action":"login","geo":"Tallinn"}', expect: [['PERSON', 'Kwame Asante'], ['LOCATION', 'Accra'], ['PERSON', 'Leilani Kahale'], ['LOCATION', 'Hilo'], ['PERSON', 'Dmitri Volkov'], ['LOCATION', 'Tallinn']] },
  // 89 CSV with quoted US addresses
  { shape: 'csv', text: 'name,address,member_since\n"Megan O\'Rourke","2210 Magnolia Ave, Long Beach, CA 90806",2019\n"Tyrone Whitaker","615 S Main St, Apt 3, Ann Arbor, MI 48104",2022', expect: [['PERSON', 'Megan O\'Rourke'], ['ADDRESS', '2210 Magnolia Ave, Long Beach, CA 90806'], ['PERSON', 'Tyrone Whitaker'], ['ADDRESS', '615 S Main St, Apt 3, Ann Arbor, MI 48104']] },
  // 90 CSV with German headers, split name columns
  { shape: 'csv', text: 'Vorname;Nachname;Wohnort;Geburtsort\nJonas;Pfeiffer;Dresden;Zwickau\nAyşe;Kaya;Bremen;Izmir', expect: [['PERSON', 'Jonas'], ['PERSON', 'Pfeiffer'], ['LOCATION', 'Dresden'], ['LOCATION', 'Zwickau'], ['PERSON', 'Ayşe'], ['PERSON', 'Kaya'], ['LOCATION', 'Bremen'], ['LOCATION', 'Izmir']] },
  // 91 TSV patient list with hometown
  { shape: 'table', text: 'patient_id\tname\tdob\thometown\n10442\tGwen Pritchard\t1958-04-12\tAberystwyth\n10443\tIbrahim Sesay\t1987-09-30\tFreetown', expect: [['PERSON', 'Gwen Pritchard'], ['LOCATION', 'Aberystwyth'], ['PERSON', 'Ibrahim Sesay'], ['LOCATION', 'Freetown']] },
  // 92 key=value log line
  { shape: 'log', text: '2026-11-02T09:14:22Z INFO user.update uid=88123 name="Hugo Marchetti" city=Lugano plan=premium status=ok', expect: [['PERSON', 'Hugo Marchetti'], ['LOCATION', 'Lugano']] },
  // 93 log with Austrian address
  { shape: 'log', text: '[WARN] 2026-11-02 17:40:11 shipment=55120 reason=address_unverified addr="Schönbrunner Straße 118/7, 1050 Wien" recipient="Magdalena Huber"', expect: [['ADDRESS', 'Schönbrunner Straße 118/7, 1050 Wien'], ['PERSON', 'Magdalena Huber']] },
  // 94 YAML employee record
  { shape: 'json', text: 'employee:\n  name: Declan Moriarty\n  office: Limerick\n  start_date: 2024-02-05\n  emergency_contact:\n    name: Sinéad Moriarty\n    relation: spouse', expect: [['PERSON', 'Declan Moriarty'], ['LOCATION', 'Limerick'], ['PERSON', 'Sinéad Moriarty']] },
  // 95 XML contact, Montreal address (street named after a person)
  { shape: 'json', text: '<contact><name>Émilie Girard</name><address>1250 boulevard René-Lévesque Ouest, Montréal, QC H3B 4W8</address><phone>514-555-0142</phone></contact>', expect: [['PERSON', 'Émilie Girard'], ['ADDRESS', '1250 boulevard René-Lévesque Ouest, Montréal, QC H3B 4W8']] },
  // 96 SQL insert, Mexican address
  { shape: 'table', text: 'INSERT INTO customers (name, address, birthplace) VALUES (\'Rafael Domínguez\', \'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX\', \'Guadalajara\');', expect: [['PERSON', 'Rafael Domínguez'], ['ADDRESS', 'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX'], ['LOCATION', 'Guadalajara']] },
  // 97 markdown table, team locations
  { shape: 'table', text: '| Name | Role | Location |\n|---|---|---|\n| Kofi Mensah | Engineer | Kumasi |\n| Laila Haddadi | Designer | Rabat |\n| Björn Eriksson | Product Manager | Örebro |', expect: [['PERSON', 'Kofi Mensah'], ['LOCATION', 'Kumasi'], ['PERSON', 'Laila Haddadi'], ['LOCATION', 'Rabat'], ['PERSON', 'Björn Eriksson'], ['LOCATION', 'Örebro']] },
  // 98 JSON with Spanish keys, Argentine address
  { shape: 'json', text: '{"pedido":4821,"cliente":{"nombre":"Valentina Rojas","direccion":"Calle San Martín 745, M5500 Mendoza, Argentina","telefono":"+54 261 555 0199"},"estado":"enviado"}', expect: [['PERSON', 'Valentina Rojas'], ['ADDRESS', 'Calle San Martín 745, M5500 Mendoza, Argentina']] },
  // 99 JSON lines, community posts with towns
  { shape: 'log', text: '{"author":"Wiremu Tane","msg":"kia ora from Gisborne!"}\n{"author":"Hollie Baxter","msg":"anyone driving up to Whangārei this weekend?"}', expect: [['PERSON', 'Wiremu Tane'], ['LOCATION', 'Gisborne'], ['PERSON', 'Hollie Baxter'], ['LOCATION', 'Whangārei']] },
  // 100 CSV with French headers, Toulouse address
  { shape: 'csv', text: 'nom,prénom,adresse,ville_naissance\nLambert,Manon,"27 allée Jean Jaurès, 31000 Toulouse",Perpignan\nMercier,Théo,"5 place du Marché, 59800 Lille",Roubaix', expect: [['PERSON', 'Lambert'], ['PERSON', 'Manon'], ['ADDRESS', '27 allée Jean Jaurès, 31000 Toulouse'], ['LOCATION', 'Perpignan'], ['PERSON', 'Mercier'], ['PERSON', 'Théo'], ['ADDRESS', '5 place du Marché, 59800 Lille'], ['LOCATION', 'Roubaix']] },
  // 101 JSON app log with user + geo
  { shape: 'log', text: '{"level":"info","msg":"password reset requested","user":{"display_name":"Yuki Tanaka-Moore","locale":"en-NZ"},"ip_geo":{"city":"Christchurch","region":"Canterbury"}}', expect: [['PERSON', 'Yuki Tanaka-Moore'], ['LOCATION', 'Christchurch'], ['LOCATION', 'Canterbury']] },
  // 102 XML with Dutch tags, Belgian address
  { shape: 'json', text: '<klant><naam>Ruben Vermeulen</naam><adres>Meir 34, 2000 Antwerpen</adres><geboorteplaats>Gent</geboorteplaats></klant>', expect: [['PERSON', 'Ruben Vermeulen'], ['ADDRESS', 'Meir 34, 2000 Antwerpen'], ['LOCATION', 'Gent']] },
  // 103 YAML with Portuguese keys, Coimbra address
  { shape: 'json', text: 'cliente:\n  nome: Inês Mourão\n  morada: Rua do Comércio 56, 3º Dto, 3000-117 Coimbra\n  naturalidade: Viseu\n  nif: 245123987', expect: [['PERSON', 'Inês Mourão'], ['ADDRESS', 'Rua do Comércio 56, 3º Dto, 3000-117 Coimbra'], ['LOCATION', 'Viseu']] },
  // 104 CSV with Swedish headers
  { shape: 'csv', text: 'namn;ort;adress\nAstrid Holmqvist;Kiruna;"Föreningsgatan 17, 981 31 Kiruna"\nNils Åkesson;Ystad;"Stora Östergatan 4, 271 34 Ystad"', expect: [['PERSON', 'Astrid Holmqvist'], ['LOCATION', 'Kiruna'], ['ADDRESS', 'Föreningsgatan 17, 981 31 Kiruna'], ['PERSON', 'Nils Åkesson'], ['LOCATION', 'Ystad'], ['ADDRESS', 'Stora Östergatan 4, 271 34 Ystad']] },
  // 105 JSON with Polish keys, Gdynia address
  { shape: 'json', text: '{"zamowienie":{"numer":"ZM/2026/1187","klient":"Bartosz Kaczmarczyk","adres_dostawy":"ul. Świętojańska 45/2, 81-391 Gdynia","uwagi":"dzwonić przed dostawą"}}', expect: [['PERSON', 'Bartosz Kaczmarczyk'], ['ADDRESS', 'ul. Świętojańska 45/2, 81-391 Gdynia']] },
  // 106 EN negative: business prose
  { shape: 'negative', text: 'Quarterly revenue grew by 4.2% compared with last year, driven mostly by subscription renewals and lower churn.', expect: [] },
  // 107 EN negative: bug ticket
  { shape: 'negative', text: 'Ticket #4471: The export button on the dashboard returns a 500 error when the selected date range exceeds 90 days.', expect: [] },
  // 108 EN negative: system log
  { shape: 'negative', text: '2026-11-03 12:00:01 ERROR db.pool timeout after 30000ms host=10.0.4.12 retries=3 pool=primary', expect: [] },
  // 109 EN negative: brands named after people
  { shape: 'negative', text: 'We switched the office from Dell laptops to Lenovo and renewed our Microsoft 365 licences for another year.', expect: [] },
  // 110 EN negative: sms with no entities
  { shape: 'negative', text: 'ok sounds good, running 10 min late, save me a seat pls 👍', expect: [] },
  // 111 EN negative: nationality/demonym adjectives only
  { shape: 'negative', text: 'The Italian restaurant downstairs serves excellent Neapolitan pizza, and the bakery next door sells French pastries.', expect: [] },
  // 112 EN negative: eponymous diseases
  { shape: 'negative', text: 'Patients with Parkinson\'s disease or Crohn\'s disease were excluded from the trial, as were those taking warfarin.', expect: [] },
  // 113 DE negative: meeting moved
  { shape: 'negative', text: 'Die Sitzung wird auf Donnerstag verschoben, bitte aktualisieren Sie Ihre Kalender entsprechend.', expect: [] },
  // 114 FR negative: report availability
  { shape: 'negative', text: 'Le rapport annuel sera disponible en téléchargement à partir de la semaine prochaine.', expect: [] },
  // 115 ES negative: billing reminder
  { shape: 'negative', text: 'Recuerde que la factura debe pagarse antes del día 15 de cada mes para evitar recargos.', expect: [] },
  // 116 JSON negative: order items
  { shape: 'negative', text: '{"status":"ok","items":[{"sku":"A-1093","qty":4},{"sku":"B-220","qty":1}],"total":58.40,"currency":"EUR"}', expect: [] },
  // 117 CSV negative: sales figures
  { shape: 'negative', text: 'date,product,units,price\n2026-10-01,Widget A,12,4.99\n2026-10-02,Widget B,3,19.50', expect: [] },
  // 118 EN negative: organisations containing place names
  { shape: 'negative', text: 'Analysts at Bank of America and the Boston Consulting Group expect interest rates to stay flat until the spring.', expect: [] },
  // 119 EN negative: dosage instructions
  { shape: 'negative', text: 'Take one tablet twice daily with food. Do not exceed four tablets in 24 hours.', expect: [] },
  // 120 NL negative: office note
  { shape: 'negative', text: 'De vergadering begint om 10 uur; koffie en thee staan klaar in de kantine.', expect: [] },
];
