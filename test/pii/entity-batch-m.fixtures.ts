import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch M: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_M: ShapeFixture[] = [
  // 1 English HR, payroll update with US address
  { shape: 'prose', text: 'Please update the payroll record for Priya Raghunathan; her new address is 4417 Willow Bend Dr, Plano, TX 75093.', expect: [['PERSON', 'Priya Raghunathan'], ['ADDRESS', '4417 Willow Bend Dr, Plano, TX 75093']] },
  // 2 English medical transfer, two US towns
  { shape: 'case', text: 'Patient Tomasz Wiśniewski, 58, was transferred from Duluth to the cardiology unit in Rochester on Tuesday.', expect: [['PERSON', 'Tomasz Wiśniewski'], ['LOCATION', 'Duluth'], ['LOCATION', 'Rochester']] },
  // 3 English finance wire, NZ address with district
  { shape: 'prose', text: 'Wire transfer initiated by Olumide Adeyemi to the account of Grace Fairweather in Auckland; confirmation sent to 27 Ponsonby Road, Grey Lynn, Auckland 1011.', expect: [['PERSON', 'Olumide Adeyemi'], ['PERSON', 'Grace Fairweather'], ['LOCATION', 'Auckland'], ['ADDRESS', '27 Ponsonby Road, Grey Lynn, Auckland 1011']] },
  // 4 English legal lease, Irish address with Eircode
  { shape: 'prose', text: 'The lease between landlord Declan Ó Súilleabháin and tenant Maeve Kinsella covers the ground-floor unit at 14 Mardyke Walk, Cork T12 K8AF, Ireland.', expect: [['PERSON', 'Declan Ó Súilleabháin'], ['PERSON', 'Maeve Kinsella'], ['ADDRESS', '14 Mardyke Walk, Cork T12 K8AF, Ireland']] },
  // 5 English travel, NZ lake and small town
  { shape: 'prose', text: 'Hiroshi Tanabe has booked a guided hike around Lake Wakatipu followed by two nights in Glenorchy.', expect: [['PERSON', 'Hiroshi Tanabe'], ['LOCATION', 'Lake Wakatipu'], ['LOCATION', 'Glenorchy']] },
  // 6 hard negative: English report headings and product names
  { shape: 'prose', text: 'Quarterly Report Highlights: Revenue grew in Q3 thanks to the launch of Nova Cloud Suite. The Finance Committee approved the new Travel Policy on Monday.', expect: [] },
  // 7 English education, river and two teachers
  { shape: 'notes', text: 'Ms. Adaeze Okonkwo will teach the Year 9 geography unit on the Murray River this term; questions go to her colleague Liam Thornbury.', expect: [['PERSON', 'Adaeze Okonkwo'], ['LOCATION', 'Murray River'], ['PERSON', 'Liam Thornbury']] },
  // 8 English insurance claim, Texas town
  { shape: 'case', text: 'Claimant Rafael Quintanilla reported hail damage to his vehicle while parked in Amarillo. Adjuster: Denise Whitcombe.', expect: [['PERSON', 'Rafael Quintanilla'], ['LOCATION', 'Amarillo'], ['PERSON', 'Denise Whitcombe']] },
  // 9 English HR transfer, UK postcode address
  { shape: 'email', text: 'Kwame Mensah-Bonsu transfers from the Leeds office to Harrogate effective 1 March. Please forward his post to 9 Valley Drive, Harrogate HG2 0JH.', expect: [['PERSON', 'Kwame Mensah-Bonsu'], ['LOCATION', 'Leeds'], ['LOCATION', 'Harrogate'], ['ADDRESS', '9 Valley Drive, Harrogate HG2 0JH']] },
  // 10 English medical referral, Indian address
  { shape: 'case', text: 'Dr. Ananya Bhattacharya referred the patient, Suresh Pillai, to a specialist in Kochi after his visit to the clinic at 22, 3rd Cross, Indiranagar, Bengaluru 560038.', expect: [['PERSON', 'Ananya Bhattacharya'], ['PERSON', 'Suresh Pillai'], ['LOCATION', 'Kochi'], ['ADDRESS', '22, 3rd Cross, Indiranagar, Bengaluru 560038']] },
  // 11 English shipping ticket, Quebec address
  { shape: 'ticket', text: 'Please ship the replacement router to Marie-Claude Bérubé, 1187 rue Saint-Denis, Montréal, QC H2X 3J6.', expect: [['PERSON', 'Marie-Claude Bérubé'], ['ADDRESS', '1187 rue Saint-Denis, Montréal, QC H2X 3J6']] },
  // 12 hard negative: English UI help text
  { shape: 'prose', text: 'Settings > Privacy & Security > Advanced. Click Save Changes to apply. Need help? Visit the Help Center or contact Customer Success.', expect: [] },
  // 13 English HR bio, South African township and town
  { shape: 'prose', text: 'Thabo Nkosi, who grew up in Soweto, now manages our branch in Stellenbosch.', expect: [['PERSON', 'Thabo Nkosi'], ['LOCATION', 'Soweto'], ['LOCATION', 'Stellenbosch']] },
  // 14 English courier note, Australian unit address
  { shape: 'label', text: 'Courier note: leave parcel for Bronwyn McAllister at 3/58 Beach Road, Sandringham VIC 3191 if no one answers.', expect: [['PERSON', 'Bronwyn McAllister'], ['ADDRESS', '3/58 Beach Road, Sandringham VIC 3191']] },
  // 15 English finance, couple sharing a surname
  { shape: 'prose', text: 'Loan officer Ethan Kowalczyk approved the mortgage for Luis and Pilar Ortega on the property in Tucson.', expect: [['PERSON', 'Ethan Kowalczyk'], ['PERSON', 'Luis'], ['PERSON', 'Pilar Ortega'], ['LOCATION', 'Tucson']] },
  // 16 English legal scheduling, two US cities
  { shape: 'case', text: 'Deposition of witness Harold Pemberton-Ricks is scheduled in Boise; opposing counsel Naomi Ishikawa will attend remotely from Spokane.', expect: [['PERSON', 'Harold Pemberton-Ricks'], ['LOCATION', 'Boise'], ['PERSON', 'Naomi Ishikawa'], ['LOCATION', 'Spokane']] },
  // 17 English education enrolment, Dakar and Galway
  { shape: 'prose', text: 'Student Amara Diallo from Dakar has enrolled in the summer program at our Galway campus.', expect: [['PERSON', 'Amara Diallo'], ['LOCATION', 'Dakar'], ['LOCATION', 'Galway']] },
  // 18 hard negative: markdown product inventory table
  { shape: 'table', text: '| Product | SKU | Status |\n|---|---|---|\n| Aurora Desk Lamp | AL-200 | In Stock |\n| Titan Backpack | TB-55 | Discontinued |', expect: [] },
  // 19 English invoice request, Argentine address
  { shape: 'email', text: 'The customer Joaquín Ferreyra asked for the invoice to be sent to Av. Corrientes 1847, piso 3, C1045AAB Buenos Aires.', expect: [['PERSON', 'Joaquín Ferreyra'], ['ADDRESS', 'Av. Corrientes 1847, piso 3, C1045AAB Buenos Aires']] },
  // 20 English travel, Mexican city and natural site
  { shape: 'prose', text: 'Our driver, Guadalupe Zamora, will pick you up at the airport in Oaxaca and take you to Hierve el Agua.', expect: [['PERSON', 'Guadalupe Zamora'], ['LOCATION', 'Oaxaca'], ['LOCATION', 'Hierve el Agua']] },
  // 21 German, Austrian address change
  { shape: 'prose', text: 'Herr Lukas Oberhuber aus Kufstein hat seine neue Anschrift mitgeteilt: Kaiserbergstraße 14, 6330 Kufstein, Österreich.', expect: [['PERSON', 'Lukas Oberhuber'], ['LOCATION', 'Kufstein'], ['ADDRESS', 'Kaiserbergstraße 14, 6330 Kufstein, Österreich']] },
  // 22 German medical referral, spa town
  { shape: 'case', text: 'Die Patientin Sabine Krüger wurde am Montag von ihrer Hausärztin, Dr. Yasemin Aydın, an eine Fachklinik in Bad Nauheim überwiesen.', expect: [['PERSON', 'Sabine Krüger'], ['PERSON', 'Yasemin Aydın'], ['LOCATION', 'Bad Nauheim']] },
  // 23 German payroll, small-town address
  { shape: 'prose', text: 'Die Gehaltsabrechnung für Jörg Vollmer geht ab sofort an Lindenweg 7a, 79211 Denzlingen.', expect: [['PERSON', 'Jörg Vollmer'], ['ADDRESS', 'Lindenweg 7a, 79211 Denzlingen']] },
  // 24 hard negative: ship, storm and dishes named after people
  { shape: 'news', text: 'The Queen Mary 2 departed on schedule, while Storm Ciarán forced the cancellation of the Sunday regatta. Guests dined on Beef Wellington and Eggs Benedict.', expect: [] },
  // 25 Swiss German, town and lake
  { shape: 'prose', text: 'Frau Corinne Zbinden wohnt seit Mai in Thun, ihr Bruder Reto lebt weiterhin am Zürichsee.', expect: [['PERSON', 'Corinne Zbinden'], ['LOCATION', 'Thun'], ['PERSON', 'Reto'], ['LOCATION', 'Zürichsee']] },
  // 26 French lease, French address
  { shape: 'prose', text: 'Mme Élodie Marchand a signé le contrat de location pour l\'appartement situé 18 rue des Carmes, 45000 Orléans.', expect: [['PERSON', 'Élodie Marchand'], ['ADDRESS', '18 rue des Carmes, 45000 Orléans']] },
  // 27 French bank file transfer, two towns
  { shape: 'notes', text: 'Le dossier de M. Karim Benali a été transféré de l\'agence de Villeurbanne à celle d\'Annecy.', expect: [['PERSON', 'Karim Benali'], ['LOCATION', 'Villeurbanne'], ['LOCATION', 'Annecy']] },
  // 28 Belgian French invoice address
  { shape: 'email', text: 'Veuillez envoyer la facture à Amélie Dupuis, Rue de la Station 42, 5000 Namur, Belgique.', expect: [['PERSON', 'Amélie Dupuis'], ['ADDRESS', 'Rue de la Station 42, 5000 Namur, Belgique']] },
  // 29 Italian travel, lake town and lake
  { shape: 'prose', text: 'Il signor Giovanni Lombardo ha prenotato una camera a Bardolino, sul Lago di Garda, per il mese di giugno.', expect: [['PERSON', 'Giovanni Lombardo'], ['LOCATION', 'Bardolino'], ['LOCATION', 'Lago di Garda']] },
  // 30 hard negative: blank US tax form labels
  { shape: 'form', text: 'Form W-9\nName (as shown on your income tax return): ______\nBusiness Name: ______\nAddress (number, street, and apt. or suite no.): ______\nCity, State, and ZIP Code: ______', expect: [] },
  // 31 Italian invoice header, Italian address
  { shape: 'form', text: 'La fattura va intestata a Francesca De Luca, Via Garibaldi 112, 10122 Torino (TO).', expect: [['PERSON', 'Francesca De Luca'], ['ADDRESS', 'Via Garibaldi 112, 10122 Torino (TO)']] },
  // 32 Italian medical visit, town
  { shape: 'case', text: 'La dottoressa Chiara Santoro ha visitato il paziente Matteo Ferri presso l\'ambulatorio di Lecce.', expect: [['PERSON', 'Chiara Santoro'], ['PERSON', 'Matteo Ferri'], ['LOCATION', 'Lecce']] },
  // 33 Spanish medical, Madrid address with floor
  { shape: 'case', text: 'La paciente Lucía Herrera Gómez, residente en Calle de Alcalá 215, 4º B, 28028 Madrid, acudió a consulta el jueves.', expect: [['PERSON', 'Lucía Herrera Gómez'], ['ADDRESS', 'Calle de Alcalá 215, 4º B, 28028 Madrid']] },
  // 34 Spanish legal, city
  { shape: 'prose', text: 'El abogado Andrés Villalobos representará a la empresa en el juicio que se celebrará en Zaragoza.', expect: [['PERSON', 'Andrés Villalobos'], ['LOCATION', 'Zaragoza']] },
  // 35 Mexican Spanish parcel, Mexican address
  { shape: 'label', text: 'Favor de enviar el paquete a Rosa María Castañeda, Calle Hidalgo 320, Col. Centro, 58000 Morelia, Mich.', expect: [['PERSON', 'Rosa María Castañeda'], ['ADDRESS', 'Calle Hidalgo 320, Col. Centro, 58000 Morelia, Mich.']] },
  // 36 hard negative: German staff notice, capitalised nouns
  { shape: 'letter', text: 'Sehr geehrte Damen und Herren,\nam Montag findet die Betriebsversammlung statt. Bitte bringen Sie Ihren Mitarbeiterausweis mit.\nDer Vorstand und die Geschäftsführung', expect: [] },
  // 37 Dutch address change, Utrecht
  { shape: 'prose', text: 'Mevrouw Femke de Vries heeft haar nieuwe adres doorgegeven: Oudegracht 231, 3511 NK Utrecht.', expect: [['PERSON', 'Femke de Vries'], ['ADDRESS', 'Oudegracht 231, 3511 NK Utrecht']] },
  // 38 Dutch service visit, two small towns
  { shape: 'notes', text: 'De monteur, Sander Bakker, komt donderdag langs in Zwolle en daarna in Kampen.', expect: [['PERSON', 'Sander Bakker'], ['LOCATION', 'Zwolle'], ['LOCATION', 'Kampen']] },
  // 39 Flemish insurance refund, town
  { shape: 'prose', text: 'Meneer Pieter Claes uit Mechelen vraagt om terugbetaling van zijn verzekeringspremie.', expect: [['PERSON', 'Pieter Claes'], ['LOCATION', 'Mechelen']] },
  // 40 European Portuguese delivery, Lisbon address
  { shape: 'prose', text: 'A cliente Ana Beatriz Nogueira solicitou a entrega na Rua Augusta 274, 2.º Esq., 1100-053 Lisboa.', expect: [['PERSON', 'Ana Beatriz Nogueira'], ['ADDRESS', 'Rua Augusta 274, 2.º Esq., 1100-053 Lisboa']] },
  // 41 Brazilian Portuguese medical transfer, two cities
  { shape: 'case', text: 'O paciente João Pedro Cavalcanti foi transferido de Campina Grande para o hospital em Recife.', expect: [['PERSON', 'João Pedro Cavalcanti'], ['LOCATION', 'Campina Grande'], ['LOCATION', 'Recife']] },
  // 42 hard negative: French internal rule update
  { shape: 'notes', text: 'Mise à jour du Règlement Intérieur : à compter du Lundi 4 Mars, le Service Comptabilité sera fermé le Vendredi après-midi. Merci de votre compréhension. La Direction', expect: [] },
  // 43 English UK letter, village address
  { shape: 'letter', text: 'Dear Mr Whitaker,\n\nThank you for your enquiry about the cottage at 3 Church Lane, Much Wenlock, Shropshire TF13 6AS. My late aunt, Edith Marlow, lived there for forty years.\n\nThe keys are with our neighbour, Rhys Pritchard, who can show you round any weekend.\n\nYours sincerely,\nGwendolyn Ashby', expect: [['PERSON', 'Whitaker'], ['ADDRESS', '3 Church Lane, Much Wenlock, Shropshire TF13 6AS'], ['PERSON', 'Edith Marlow'], ['PERSON', 'Rhys Pritchard'], ['PERSON', 'Gwendolyn Ashby']] },
  // 44 English US lease contract, two addresses and a county
  { shape: 'letter', text: 'RESIDENTIAL LEASE AGREEMENT\nThis Lease is made between Landlord: Gregory Vance Holloway, of 880 Maple Ave, Unit 2, Evanston, IL 60202, and Tenant: Shanice Dubose.\nPremises: 1422 W Farragut Ave, Apt 3R, Chicago, IL 60640.\nTerm: 12 months commencing June 1.\nIn the event of a dispute, the parties agree to mediation in Cook County.\nSigned: G. V. Holloway / S. Dubose', expect: [['PERSON', 'Gregory Vance Holloway'], ['ADDRESS', '880 Maple Ave, Unit 2, Evanston, IL 60202'], ['PERSON', 'Shanice Dubose'], ['ADDRESS', '1422 W Farragut Ave, Apt 3R, Chicago, IL 60640'], ['LOCATION', 'Cook County'], ['PERSON', 'G. V. Holloway'], ['PERSON', 'S. Dubose']] },
  // 45 English NZ clinical note
  { shape: 'case', text: 'CLINICAL NOTE\nPatient: Margaret O\'Donoghue (DOB 14/02/1951)\nReferred by: Dr Sunil Varma, Palmerston North\nHistory: 72F presenting with shortness of breath after returning from a trip to Rotorua. Daughter Siobhan accompanies her.\nPlan: echocardiogram; review with Dr Varma in 2 weeks.\nHome address: 41 Fitzherbert Avenue, West End, Palmerston North 4410', expect: [['PERSON', 'Margaret O\'Donoghue'], ['PERSON', 'Sunil Varma'], ['LOCATION', 'Palmerston North'], ['LOCATION', 'Rotorua'], ['PERSON', 'Siobhan'], ['PERSON', 'Varma'], ['ADDRESS', '41 Fitzherbert Avenue, West End, Palmerston North 4410']] },
  // 46 English Canadian insurance claim
  { shape: 'form', text: 'Claim No. HX-20931\nPolicyholder: Bernard Lefebvre-Ngata\nInsured property: 2215 Oak Bay Avenue, Victoria, BC V8R 1G4\nIncident: On 4 August a burst pipe flooded the kitchen. The plumber, Darnell Whitfield, attended the same day.\nWitness: neighbour Priscilla Yuen.\nThe policyholder is temporarily staying with family in Nanaimo.', expect: [['PERSON', 'Bernard Lefebvre-Ngata'], ['ADDRESS', '2215 Oak Bay Avenue, Victoria, BC V8R 1G4'], ['PERSON', 'Darnell Whitfield'], ['PERSON', 'Priscilla Yuen'], ['LOCATION', 'Nanaimo']] },
  // 47 English CV with Berlin address, river and city
  { shape: 'form', text: 'CURRICULUM VITAE\nName: Ingrid Solveig Halvorsen\nAddress: Brunnenstraße 48, 10115 Berlin, Germany\nEducation: MSc Environmental Engineering, University of Bergen\nExperience: 2019–2023 Water Quality Analyst, monitoring the Elbe near Dresden.\nReferences: Prof. Henrik Aas; Dr. Mbali Dlamini', expect: [['PERSON', 'Ingrid Solveig Halvorsen'], ['ADDRESS', 'Brunnenstraße 48, 10115 Berlin, Germany'], ['LOCATION', 'Elbe'], ['LOCATION', 'Dresden'], ['PERSON', 'Henrik Aas'], ['PERSON', 'Mbali Dlamini']] },
  // 48 hard negative: system log with CamelCase components
  { shape: 'log', text: '2024-07-01T12:00:03Z INFO Scheduler started job=NightlyBackup target=PrimaryCluster retries=3\n2024-07-01T12:04:41Z WARN StorageMonitor disk=/dev/sdb1 usage=91% threshold=90%', expect: [] },
  // 49 English Australian property listing
  { shape: 'prose', text: 'FOR SALE – Charming 3-bed Queenslander\n27 Jacaranda Street, Paddington QLD 4064\nWalk to local cafés and a short drive to Mount Coot-tha. Quiet street, close to the Brisbane CBD.\nContact agent Lachlan Pettigrew on 0412 555 019 or his associate Mei Lin Chau.', expect: [['ADDRESS', '27 Jacaranda Street, Paddington QLD 4064'], ['LOCATION', 'Mount Coot-tha'], ['LOCATION', 'Brisbane'], ['PERSON', 'Lachlan Pettigrew'], ['PERSON', 'Mei Lin Chau']] },
  // 50 English UK police incident report
  { shape: 'case', text: 'INCIDENT REPORT\nReporting officer: PC Danielle Broadbent\nDate: 12/10, 23:40\nLocation: outside 58 Deansgate, Manchester M3 2FF\nThe complainant, Mr Aziz Rahimi, stated that his bicycle was taken by a male he knew as "Kieran". A witness, Joanne Stubbs, saw the suspect cycle towards Salford.\nFollow-up: CCTV request sent.', expect: [['PERSON', 'Danielle Broadbent'], ['ADDRESS', '58 Deansgate, Manchester M3 2FF'], ['PERSON', 'Aziz Rahimi'], ['PERSON', 'Kieran'], ['PERSON', 'Joanne Stubbs'], ['LOCATION', 'Salford']] },
  // 51 English UK school report
  { shape: 'notes', text: 'END OF TERM REPORT – Year 6\nPupil: Oliver Nakamura-Reid\nClass teacher: Mrs Fenella Cartwright\nOliver has worked hard this term, especially on our project about the Lake District. His trip report on Keswick was excellent.\nNext term he will join Mr Osei\'s reading group.\nHeadteacher: Alistair Gunn', expect: [['PERSON', 'Oliver Nakamura-Reid'], ['PERSON', 'Fenella Cartwright'], ['PERSON', 'Oliver'], ['LOCATION', 'Lake District'], ['LOCATION', 'Keswick'], ['PERSON', 'Osei'], ['PERSON', 'Alistair Gunn']] },
  // 52 German letter from property management, multi-line address
  { shape: 'letter', text: 'Sehr geehrte Frau Brandstätter,\n\nwir bestätigen den Eingang Ihrer Kündigung vom 3. November. Die Rückzahlung der Kaution erfolgt an Ihre neue Anschrift:\nAm Mühlbach 3\n83278 Traunstein\n\nBei Rückfragen wenden Sie sich bitte an unseren Mitarbeiter Herrn Dominik Stöckl.\n\nMit freundlichen Grüßen\nHausverwaltung Gruber & Partner\nElisabeth Rainer', expect: [['PERSON', 'Brandstätter'], ['ADDRESS', 'Am Mühlbach 3\n83278 Traunstein'], ['PERSON', 'Dominik Stöckl'], ['PERSON', 'Elisabeth Rainer']] },
  // 53 French medical referral letter
  { shape: 'letter', text: 'Cher confrère,\n\nJe vous adresse Mme Nathalie Giraud, 64 ans, domiciliée 7 impasse des Lilas, 33600 Pessac, pour un avis cardiologique. Elle a fait un malaise lors d\'un séjour à Biarritz.\nSon fils, Julien, peut être joint en cas de besoin.\n\nBien confraternellement,\nDr Thierry Lemaire', expect: [['PERSON', 'Nathalie Giraud'], ['ADDRESS', '7 impasse des Lilas, 33600 Pessac'], ['LOCATION', 'Biarritz'], ['PERSON', 'Julien'], ['PERSON', 'Thierry Lemaire']] },
  // 54 hard negative: JSON product spec, product named after a mountain
  { shape: 'json', text: '{"product": "Everest Pro 14", "category": "Laptops", "brand": "Zenith", "warranty": "2 Years", "color": "Midnight Blue", "status": "Available"}', expect: [] },
  // 55 Italian loan contract
  { shape: 'letter', text: 'CONTRATTO DI COMODATO\nTra il sig. Alessandro Rinaldi, nato a Perugia, residente in Via dei Priori 31, 06123 Perugia, e la sig.ra Valentina Mancuso, residente a Foligno, si conviene quanto segue:\n1. Il comodante concede in uso gratuito l\'autovettura al comodatario.\n2. Il contratto ha durata di dodici mesi.', expect: [['PERSON', 'Alessandro Rinaldi'], ['LOCATION', 'Perugia'], ['ADDRESS', 'Via dei Priori 31, 06123 Perugia'], ['PERSON', 'Valentina Mancuso'], ['LOCATION', 'Foligno']] },
  // 56 Spanish police statement
  { shape: 'case', text: 'ATESTADO Nº 4471/23\nEn Málaga, a las 14:20 horas, comparece D. Sergio Palomares Ruiz, con domicilio en Calle Larios 9, 3º izq., 29005 Málaga, quien manifiesta que su vehículo fue dañado en el aparcamiento de un centro comercial.\nAcompaña al denunciante su esposa, Inmaculada Serrano.\nInstructor: agente Rubén Casado.', expect: [['LOCATION', 'Málaga'], ['PERSON', 'Sergio Palomares Ruiz'], ['ADDRESS', 'Calle Larios 9, 3º izq., 29005 Málaga'], ['PERSON', 'Inmaculada Serrano'], ['PERSON', 'Rubén Casado']] },
  // 57 Dutch insurance claim form
  { shape: 'form', text: 'Schadeformulier\nVerzekerde: Joost van der Meulen\nAdres: Lange Nieuwstraat 88, 2611 XZ Delft\nOp 14 september is mijn fiets gestolen bij het station in Leiden. Mijn buurman, Ahmet Yıldız, heeft de dader gezien.\nIk ben bereikbaar via mijn partner, Lotte Kuipers.', expect: [['PERSON', 'Joost van der Meulen'], ['ADDRESS', 'Lange Nieuwstraat 88, 2611 XZ Delft'], ['LOCATION', 'Leiden'], ['PERSON', 'Ahmet Yıldız'], ['PERSON', 'Lotte Kuipers']] },
  // 58 Brazilian Portuguese services contract
  { shape: 'letter', text: 'CONTRATO DE PRESTAÇÃO DE SERVIÇOS\nCONTRATANTE: Marcos Vinícius Albuquerque, residente na Rua das Laranjeiras 512, apto 801, Laranjeiras, Rio de Janeiro - RJ, 22240-003.\nCONTRATADA: Fernanda Teixeira Lopes, residente em Niterói.\nO serviço será prestado na casa de praia do contratante em Búzios.\nTestemunha: Rodrigo Saldanha', expect: [['PERSON', 'Marcos Vinícius Albuquerque'], ['ADDRESS', 'Rua das Laranjeiras 512, apto 801, Laranjeiras, Rio de Janeiro - RJ, 22240-003'], ['PERSON', 'Fernanda Teixeira Lopes'], ['LOCATION', 'Niterói'], ['LOCATION', 'Búzios'], ['PERSON', 'Rodrigo Saldanha']] },
  // 59 English South African affidavit
  { shape: 'letter', text: 'AFFIDAVIT\nI, the undersigned, Nomvula Khumalo, residing at 14 Jan Smuts Avenue, Parktown, Johannesburg, 2193, do hereby state under oath that:\n1. I am the owner of the vehicle stolen in Pietermaritzburg on 2 May.\n2. The vehicle was lent to my cousin, Sipho Mahlangu, at the time.\nCommissioner of Oaths: Johan van Wyk', expect: [['PERSON', 'Nomvula Khumalo'], ['ADDRESS', '14 Jan Smuts Avenue, Parktown, Johannesburg, 2193'], ['LOCATION', 'Pietermaritzburg'], ['PERSON', 'Sipho Mahlangu'], ['PERSON', 'Johan van Wyk']] },
  // 60 hard negative: CSV with months and region codes
  { shape: 'csv', text: 'Month,Region Code,Revenue,Forecast\nJanuary,R-01,12000,13000\nFebruary,R-02,14500,14000\nMarch,R-03,9800,11000', expect: [] },
  // 61 English Indian rent agreement
  { shape: 'letter', text: 'RENT AGREEMENT\nThis agreement is made at Pune between Mr. Vikram Deshpande (Owner), residing at Flat 402, Shanti Heights, Baner Road, Pune 411045, and Ms. Kavya Reddy (Tenant), originally from Guntur, Andhra Pradesh.\nWitnesses: 1. Farhan Qureshi 2. Lalitha Subramaniam', expect: [['LOCATION', 'Pune'], ['PERSON', 'Vikram Deshpande'], ['ADDRESS', 'Flat 402, Shanti Heights, Baner Road, Pune 411045'], ['PERSON', 'Kavya Reddy'], ['LOCATION', 'Guntur'], ['LOCATION', 'Andhra Pradesh'], ['PERSON', 'Farhan Qureshi'], ['PERSON', 'Lalitha Subramaniam']] },
  // 62 Argentine Spanish letter, multi-line address
  { shape: 'letter', text: 'Buenos Aires, 12 de marzo\n\nSr. Esteban Iturralde\nAv. Santa Fe 3250, 7º C\nC1425BGW CABA\n\nDe mi consideración:\nPor la presente le informo que su solicitud fue aprobada. La escribana Mariela Gorosito se comunicará con usted para coordinar la firma en Rosario.\n\nAtentamente,\nHoracio Benítez', expect: [['LOCATION', 'Buenos Aires'], ['PERSON', 'Esteban Iturralde'], ['ADDRESS', 'Av. Santa Fe 3250, 7º C\nC1425BGW CABA'], ['PERSON', 'Mariela Gorosito'], ['LOCATION', 'Rosario'], ['PERSON', 'Horacio Benítez']] },
  // 63 Swiss German hospital discharge report
  { shape: 'case', text: 'Austrittsbericht\nPatient: Beat Lüthi, geb. 03.07.1948\nWohnadresse: Bahnhofstrasse 12, 3800 Interlaken\nDer Patient stürzte bei einer Wanderung am Niesen und wurde mit der Rega nach Bern geflogen.\nNachbehandlung durch Hausarzt Dr. med. Urs Tschanz.\nAngehörige: Ehefrau Verena Lüthi-Gerber', expect: [['PERSON', 'Beat Lüthi'], ['ADDRESS', 'Bahnhofstrasse 12, 3800 Interlaken'], ['LOCATION', 'Niesen'], ['LOCATION', 'Bern'], ['PERSON', 'Urs Tschanz'], ['PERSON', 'Verena Lüthi-Gerber']] },
  // 64 English Irish nurse CV
  { shape: 'form', text: 'CV – Aoife Brennan\n22 Clontarf Road, Clontarf, Dublin 3, D03 X2K7\nProfile: Registered nurse with eight years\' experience in Limerick and Sligo.\nEmployment: Staff Nurse, Ward 4B (2016–2022)\nReferees: Ms Orla Fitzgibbon (Clinical Nurse Manager); Mr Padraig Nolan', expect: [['PERSON', 'Aoife Brennan'], ['ADDRESS', '22 Clontarf Road, Clontarf, Dublin 3, D03 X2K7'], ['LOCATION', 'Limerick'], ['LOCATION', 'Sligo'], ['PERSON', 'Orla Fitzgibbon'], ['PERSON', 'Padraig Nolan']] },
  // 65 Flemish property listing
  { shape: 'prose', text: 'TE KOOP – Gerenoveerde rijwoning\nKerkstraat 19, 9000 Gent\nOp wandelafstand van het centrum en vlak bij de Leie. Ideaal voor een gezin.\nBezichtiging na afspraak met makelaar Wouter Verstraeten of zijn collega Ilse Van Damme.\nDe verkoper verhuist naar Brugge.', expect: [['ADDRESS', 'Kerkstraat 19, 9000 Gent'], ['LOCATION', 'Leie'], ['PERSON', 'Wouter Verstraeten'], ['PERSON', 'Ilse Van Damme'], ['LOCATION', 'Brugge']] },
  // 66 hard negative: English compliance reminder email
  { shape: 'email', text: 'Subject: Reminder – Annual Compliance Training\n\nHi Team,\n\nPlease complete the Data Protection Awareness module by Friday. Managers should confirm completion in the Learning Portal.\n\nThanks,\nHR Operations', expect: [] },
  // 67 Austrian German school report
  { shape: 'notes', text: 'Jahreszeugnis 2022/23\nSchülerin: Hannah Pichler\nKlassenvorständin: Mag. Theresa Hofbauer\nHannah hat an der Projektwoche in Hallstatt teilgenommen und ein Referat über den Dachstein gehalten.\nErziehungsberechtigter: Manfred Pichler, Annenstraße 27, 8020 Graz', expect: [['PERSON', 'Hannah Pichler'], ['PERSON', 'Theresa Hofbauer'], ['PERSON', 'Hannah'], ['LOCATION', 'Hallstatt'], ['LOCATION', 'Dachstein'], ['PERSON', 'Manfred Pichler'], ['ADDRESS', 'Annenstraße 27, 8020 Graz']] },
  // 68 English Canadian dermatology referral
  { shape: 'letter', text: 'REFERRAL\nTo: Dr. Anjali Mehra, Dermatology\nRe: Connor MacIsaac, 45, of 77 Water Street, Lunenburg, NS B0J 2C0\nMr. MacIsaac is a fisherman who noticed a changing lesion after a season off Cape Breton. His wife, Tracy, reports it has grown.\nReferring physician: Dr. Émile Thibodeau, Halifax', expect: [['PERSON', 'Anjali Mehra'], ['PERSON', 'Connor MacIsaac'], ['ADDRESS', '77 Water Street, Lunenburg, NS B0J 2C0'], ['PERSON', 'MacIsaac'], ['LOCATION', 'Cape Breton'], ['PERSON', 'Tracy'], ['PERSON', 'Émile Thibodeau'], ['LOCATION', 'Halifax']] },
  // 69 Swiss French insurance claim
  { shape: 'form', text: 'Déclaration de sinistre\nAssuré : Laurent Favre, Chemin des Vignes 5, 1095 Lutry\nLe 18 juillet, un orage de grêle a endommagé la toiture. L\'entreprise de M. Cédric Rochat est intervenue le lendemain.\nLe véhicule de l\'assuré se trouvait alors à Montreux, chez sa fille Noémie.', expect: [['PERSON', 'Laurent Favre'], ['ADDRESS', 'Chemin des Vignes 5, 1095 Lutry'], ['PERSON', 'Cédric Rochat'], ['LOCATION', 'Montreux'], ['PERSON', 'Noémie']] },
  // 70 Italian hospital discharge letter
  { shape: 'case', text: 'LETTERA DI DIMISSIONE\nPaziente: Giuseppina Russo, nata a Catania il 12/09/1939\nResidenza: Via Etnea 188, 95131 Catania\nRicoverata per frattura del femore dopo una caduta durante una gita sull\'Etna.\nMedico curante: dott. Salvatore Grasso\nIn caso di necessità contattare il nipote Davide.', expect: [['PERSON', 'Giuseppina Russo'], ['LOCATION', 'Catania'], ['ADDRESS', 'Via Etnea 188, 95131 Catania'], ['LOCATION', 'Etna'], ['PERSON', 'Salvatore Grasso'], ['PERSON', 'Davide']] },
  // 71 European Portuguese insurance letter, multi-line address
  { shape: 'letter', text: 'Exmo. Senhor\nTiago Fernandes Rocha\nRua de Santa Catarina 410, 3.º Dto.\n4000-442 Porto\n\nAssunto: Renovação do seguro\n\nInformamos que a sua apólice foi renovada. A vistoria à sua casa de férias em Lagos será feita pelo técnico Nuno Carvalho.\n\nCom os melhores cumprimentos,\nInês Moura', expect: [['PERSON', 'Tiago Fernandes Rocha'], ['ADDRESS', 'Rua de Santa Catarina 410, 3.º Dto.\n4000-442 Porto'], ['LOCATION', 'Lagos'], ['PERSON', 'Nuno Carvalho'], ['PERSON', 'Inês Moura']] },
  // 72 hard negative: Spanish HR notice
  { shape: 'prose', text: 'Aviso Importante: El Departamento de Recursos Humanos informa que el Plan de Pensiones se actualizará en Enero. Consulte la Intranet para más detalles.', expect: [] },
  // 73 JSON customer record, US address
  { shape: 'json', text: '{"customer_id": 88213, "full_name": "Dmitri Sorokin", "shipping_address": "2301 Pine Street, Apt 5, San Francisco, CA 94115", "notes": "Leave with doorman"}', expect: [['PERSON', 'Dmitri Sorokin'], ['ADDRESS', '2301 Pine Street, Apt 5, San Francisco, CA 94115']] },
  // 74 JSON nested, German keys, split name fields
  { shape: 'json', text: '{"kunde": {"vorname": "Friederike", "nachname": "Albrecht", "adresse": "Hauptstraße 56, 69117 Heidelberg"}, "geburtsort": "Schwetzingen"}', expect: [['PERSON', 'Friederike'], ['PERSON', 'Albrecht'], ['ADDRESS', 'Hauptstraße 56, 69117 Heidelberg'], ['LOCATION', 'Schwetzingen']] },
  // 75 CSV English headers, city and country columns
  { shape: 'csv', text: 'id,name,city,country,signup_date\n1,Tamsin Rowe,Penzance,UK,2023-01-14\n2,Arjun Malhotra,Jaipur,India,2023-02-02\n3,Solène Garnier,Colmar,France,2023-02-19', expect: [['PERSON', 'Tamsin Rowe'], ['LOCATION', 'Penzance'], ['LOCATION', 'UK'], ['PERSON', 'Arjun Malhotra'], ['LOCATION', 'Jaipur'], ['LOCATION', 'India'], ['PERSON', 'Solène Garnier'], ['LOCATION', 'Colmar'], ['LOCATION', 'France']] },
  // 76 CSV semicolon, German headers, DE/AT addresses
  { shape: 'csv', text: 'Nachname;Vorname;Anschrift;Telefon\nKowalski;Agnieszka;Gartenstraße 12, 04107 Leipzig;0341 555 2210\nHuber;Florian;Schillerplatz 3, 4020 Linz;0732 555 981', expect: [['PERSON', 'Kowalski'], ['PERSON', 'Agnieszka'], ['ADDRESS', 'Gartenstraße 12, 04107 Leipzig'], ['PERSON', 'Huber'], ['PERSON', 'Florian'], ['ADDRESS', 'Schillerplatz 3, 4020 Linz']] },
  // 77 TSV with French headers
  { shape: 'csv', text: 'nom\tprénom\tville\tcode_postal\nRoussel\tMathis\tQuimper\t29000\nN\'Diaye\tFatou\tSaint-Denis\t93200', expect: [['PERSON', 'Roussel'], ['PERSON', 'Mathis'], ['LOCATION', 'Quimper'], ['PERSON', 'N\'Diaye'], ['PERSON', 'Fatou'], ['LOCATION', 'Saint-Denis']] },
  // 78 hard negative: Italian customer service auto-reply
  { shape: 'email', text: 'Gentile Cliente, la Sua Richiesta di Assistenza è stata presa in carico dal nostro Servizio Clienti. Riceverà una Risposta entro Mercoledì.', expect: [] },
  // 79 auth log line with key=value geo fields
  { shape: 'log', text: '2024-03-11T09:14:22Z INFO auth.login user="Hemi Rangihuna" ip=203.0.113.42 geo_city=Hamilton geo_country="New Zealand" status=ok', expect: [['PERSON', 'Hemi Rangihuna'], ['LOCATION', 'Hamilton'], ['LOCATION', 'New Zealand']] },
  // 80 shipping log lines, Mexican address
  { shape: 'log', text: '[2024-05-02 17:03:11] WARN shipping: address validation failed for order #55120 recipient=\'Ximena Salgado\' addr=\'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX\'\n[2024-05-02 17:03:12] INFO shipping: retry scheduled (attempt=2)', expect: [['PERSON', 'Ximena Salgado'], ['ADDRESS', 'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX']] },
  // 81 YAML employee record, South African address
  { shape: 'json', text: 'employee:\n  name: Bartholomew Nkemelu\n  title: Senior Analyst\n  office: Cape Town\n  home_address: 9 Kloof Nek Road, Tamboerskloof, Cape Town, 8001\n  manager: Zanele Mokoena', expect: [['PERSON', 'Bartholomew Nkemelu'], ['LOCATION', 'Cape Town'], ['ADDRESS', '9 Kloof Nek Road, Tamboerskloof, Cape Town, 8001'], ['PERSON', 'Zanele Mokoena']] },
  // 82 XML patient record with PO box
  { shape: 'json', text: '<patient>\n  <name>Lindiwe Ngcobo</name>\n  <address>PO Box 1182, Durban, 4000</address>\n  <nextOfKin>Bongani Ngcobo</nextOfKin>\n  <referringHospital>Addington Hospital</referringHospital>\n</patient>', expect: [['PERSON', 'Lindiwe Ngcobo'], ['ADDRESS', 'PO Box 1182, Durban, 4000'], ['PERSON', 'Bongani Ngcobo']] },
  // 83 SQL INSERT, Scottish address and birthplace
  { shape: 'json', text: 'INSERT INTO customers (first_name, last_name, address, birthplace) VALUES (\'Eilidh\', \'MacLeod\', \'14 Bank Street, Portree, Isle of Skye IV51 9BZ\', \'Inverness\');', expect: [['PERSON', 'Eilidh'], ['PERSON', 'MacLeod'], ['ADDRESS', '14 Bank Street, Portree, Isle of Skye IV51 9BZ'], ['LOCATION', 'Inverness']] },
  // 84 hard negative: Dutch phone menu text
  { shape: 'prose', text: 'Welkom bij de Klantenservice. Kies Optie 1 voor Facturen, Optie 2 voor Storingen. Op Zaterdag en Zondag zijn wij gesloten.', expect: [] },
  // 85 markdown table of staff and cities
  { shape: 'table', text: '| Name | Role | Location |\n|---|---|---|\n| Kenji Matsuda | Lead Engineer | Osaka |\n| Fiona Galbraith | QA | Dundee |\n| Tomás Ribeiro | PM | Coimbra |', expect: [['PERSON', 'Kenji Matsuda'], ['LOCATION', 'Osaka'], ['PERSON', 'Fiona Galbraith'], ['LOCATION', 'Dundee'], ['PERSON', 'Tomás Ribeiro'], ['LOCATION', 'Coimbra']] },
  // 86 JSON array, Spanish keys, South American cities
  { shape: 'json', text: '[{"nombre": "Valeria Montes", "ciudad": "Valparaíso", "pais": "Chile"}, {"nombre": "Diego Alarcón", "ciudad": "Arequipa", "pais": "Perú"}]', expect: [['PERSON', 'Valeria Montes'], ['LOCATION', 'Valparaíso'], ['LOCATION', 'Chile'], ['PERSON', 'Diego Alarcón'], ['LOCATION', 'Arequipa'], ['LOCATION', 'Perú']] },
  // 87 CSV with Dutch headers, quoted address plus town column
  { shape: 'csv', text: 'klantnummer,naam,adres,woonplaats\n1043,Bram Hendriks,"Dorpsstraat 5, 1741 BC Schagen",Schagen\n1044,Noor El Amrani,"Vismarkt 12, 9711 KS Groningen",Groningen', expect: [['PERSON', 'Bram Hendriks'], ['ADDRESS', 'Dorpsstraat 5, 1741 BC Schagen'], ['LOCATION', 'Schagen'], ['PERSON', 'Noor El Amrani'], ['ADDRESS', 'Vismarkt 12, 9711 KS Groningen'], ['LOCATION', 'Groningen']] },
  // 88 JSON log line, Indian address
  { shape: 'log', text: '{"ts":"2024-06-18T11:02:45Z","level":"info","event":"profile_update","user":{"display_name":"Siddharth Iyer","home_town":"Mysuru"},"changed":["address"],"new_address":"No. 18, 2nd Main Road, Jayalakshmipuram, Mysuru 570012"}', expect: [['PERSON', 'Siddharth Iyer'], ['LOCATION', 'Mysuru'], ['ADDRESS', 'No. 18, 2nd Main Road, Jayalakshmipuram, Mysuru 570012']] },
  // 89 YAML order, Italian keys and address
  { shape: 'json', text: 'ordine: 55321\ncliente:\n  nome: Lorenzo Bianchetti\n  indirizzo: Corso Vittorio Emanuele II 74, 80121 Napoli NA\n  note: consegna dopo le 18\nreferente: Giulia Marchetti', expect: [['PERSON', 'Lorenzo Bianchetti'], ['ADDRESS', 'Corso Vittorio Emanuele II 74, 80121 Napoli NA'], ['PERSON', 'Giulia Marchetti']] },
  // 90 hard negative: Portuguese product box notice
  { shape: 'label', text: 'Atenção: O Manual do Utilizador e o Certificado de Garantia encontram-se na Caixa. Para Suporte Técnico, aceda à Área de Cliente.', expect: [] },
  // 91 XML client, French tags
  { shape: 'json', text: '<client id="4471"><nom>Benoît Lacroix</nom><adresse>12 quai de la Fosse, 44000 Nantes</adresse><lieuNaissance>Saint-Nazaire</lieuNaissance></client>', expect: [['PERSON', 'Benoît Lacroix'], ['ADDRESS', '12 quai de la Fosse, 44000 Nantes'], ['LOCATION', 'Saint-Nazaire']] },
  // 92 SQL multi-row INSERT, office cities
  { shape: 'json', text: 'INSERT INTO employees (id, name, office_city) VALUES\n(101, \'Olga Petrenko\', \'Kraków\'),\n(102, \'Mateus Barbosa\', \'Curitiba\'),\n(103, \'Hana Novotná\', \'Brno\');', expect: [['PERSON', 'Olga Petrenko'], ['LOCATION', 'Kraków'], ['PERSON', 'Mateus Barbosa'], ['LOCATION', 'Curitiba'], ['PERSON', 'Hana Novotná'], ['LOCATION', 'Brno']] },
  // 93 markdown table, German headers
  { shape: 'table', text: '| Mitarbeiter | Standort | Vertretung |\n|---|---|---|\n| Katrin Wendt | Rostock | Jan-Erik Sørensen |\n| Mehmet Demir | Augsburg | Paula Roth |', expect: [['PERSON', 'Katrin Wendt'], ['LOCATION', 'Rostock'], ['PERSON', 'Jan-Erik Sørensen'], ['PERSON', 'Mehmet Demir'], ['LOCATION', 'Augsburg'], ['PERSON', 'Paula Roth']] },
  // 94 JSON order, Australian unit address, gift message names
  { shape: 'json', text: '{"order": "AU-77120", "recipient": "Callum Fitzpatrick", "deliver_to": "Unit 6, 12 Stirling Highway, Nedlands WA 6009", "gift_message": "Happy birthday, Nan! Love from Callum & Jess"}', expect: [['PERSON', 'Callum Fitzpatrick'], ['ADDRESS', 'Unit 6, 12 Stirling Highway, Nedlands WA 6009'], ['PERSON', 'Callum'], ['PERSON', 'Jess']] },
  // 95 CSV semicolon, Portuguese headers, Brazilian cities
  { shape: 'csv', text: 'nome;cidade;cep\nLarissa Moreira;Florianópolis;88010-000\nOtávio Pires;Belo Horizonte;30130-010', expect: [['PERSON', 'Larissa Moreira'], ['LOCATION', 'Florianópolis'], ['PERSON', 'Otávio Pires'], ['LOCATION', 'Belo Horizonte']] },
  // 96 hard negative: English product comparison with brands
  { shape: 'prose', text: 'Compare the Galaxy Tab, the Surface Go and the Kindle Paperwhite: our Editor\'s Choice goes to the model with the best Battery Life.', expect: [] },
  // 97 billing error log, German key=value
  { shape: 'log', text: '2024-09-30 08:15:02 ERROR billing invoice_id=RE-2024-0912 kunde="Wiebke Sommerfeld" rechnungsadresse="Am Sande 14, 21335 Lüneburg" reason=iban_invalid', expect: [['PERSON', 'Wiebke Sommerfeld'], ['ADDRESS', 'Am Sande 14, 21335 Lüneburg']] },
  // 98 JSON, Argentine Spanish patient record
  { shape: 'json', text: '{"paciente": "Agustina Pereyra", "obra_social": "OSDE", "domicilio": "San Martín 455, M5500 Mendoza", "medico": "Dr. Facundo Ledesma", "derivado_desde": "San Rafael"}', expect: [['PERSON', 'Agustina Pereyra'], ['ADDRESS', 'San Martín 455, M5500 Mendoza'], ['PERSON', 'Facundo Ledesma'], ['LOCATION', 'San Rafael']] },
  // 99 TSV with Italian headers, comune and provincia
  { shape: 'csv', text: 'Cognome\tNome\tComune\tProvincia\nEsposito\tMartina\tSorrento\tNapoli\nGallo\tRiccardo\tBassano del Grappa\tVicenza', expect: [['PERSON', 'Esposito'], ['PERSON', 'Martina'], ['LOCATION', 'Sorrento'], ['LOCATION', 'Napoli'], ['PERSON', 'Gallo'], ['PERSON', 'Riccardo'], ['LOCATION', 'Bassano del Grappa'], ['LOCATION', 'Vicenza']] },
  // 100 XML appointment, Dutch tags
  { shape: 'json', text: '<afspraak>\n  <patient>Daan Vermeulen</patient>\n  <arts>dr. Sanne Jacobs</arts>\n  <locatie>Amersfoort</locatie>\n  <adres>Utrechtseweg 40, 3818 EM Amersfoort</adres>\n</afspraak>', expect: [['PERSON', 'Daan Vermeulen'], ['PERSON', 'Sanne Jacobs'], ['LOCATION', 'Amersfoort'], ['ADDRESS', 'Utrechtseweg 40, 3818 EM Amersfoort']] },
  // 101 YAML vendor, US PO box
  { shape: 'json', text: 'vendor:\n  id: V-3391\n  contact: Marisol Quiñones\n  remit_to: P.O. Box 4471, Santa Fe, NM 87502\n  terms: net-30\n  backup_contact: Everett Lindqvist', expect: [['PERSON', 'Marisol Quiñones'], ['ADDRESS', 'P.O. Box 4471, Santa Fe, NM 87502'], ['PERSON', 'Everett Lindqvist']] },
  // 102 hard negative: bug ticket with UI labels
  { shape: 'ticket', text: 'TICKET #4821 – Priority: High\nComponent: Payment Gateway\nSummary: Checkout Button unresponsive on Safari after Release 5.2\nSteps: Open Cart > Apply Promo Code > Click Pay Now\nAssignee: Unassigned', expect: [] },
  // 103 English chat, all lower-case, UK address
  { shape: 'chat', text: '[10:02] mia: hey did you hear from raj?\n[10:03] tom: yeah he\'s stuck in leicester, train cancelled\n[10:03] mia: ugh. tell him to crash at mine, 41 hartington rd, nottingham ng5 2fj\n[10:04] tom: will do', expect: [['PERSON', 'mia'], ['PERSON', 'raj'], ['PERSON', 'tom'], ['LOCATION', 'leicester'], ['PERSON', 'mia'], ['ADDRESS', '41 hartington rd, nottingham ng5 2fj'], ['PERSON', 'tom']] },
  // 104 German SMS, lower-case
  { shape: 'sms', text: 'hi lena, bin gleich da. stehe noch im stau bei würzburg 🙈 sag fabian bescheid dass er ohne mich anfangen soll', expect: [['PERSON', 'lena'], ['LOCATION', 'würzburg'], ['PERSON', 'fabian']] },
  // 105 English support call, Canadian address
  { shape: 'transcript', text: 'Agent (Carla): Thank you for calling, may I have your name?\nCustomer: It\'s Desmond Achterberg.\nAgent (Carla): Thanks, Desmond. Can you confirm the billing address?\nCustomer: 615 Lakeview Terrace, Kelowna, BC V1Y 6J8.\nAgent (Carla): Perfect. I see the package was held at the depot in Vernon.', expect: [['PERSON', 'Carla'], ['PERSON', 'Desmond Achterberg'], ['PERSON', 'Carla'], ['PERSON', 'Desmond'], ['ADDRESS', '615 Lakeview Terrace, Kelowna, BC V1Y 6J8'], ['PERSON', 'Carla'], ['LOCATION', 'Vernon']] },
  // 106 English ops meeting notes
  { shape: 'meeting', text: 'Weekly ops sync – 14 Nov\nAttendees: Rosalind Achebe, Gustavo Henriques, Yuki Tanaka-Berg\n- Rosalind: warehouse move from Reno to Sparks is on track.\n- Gustavo to confirm lease for the new site at 1950 Glendale Ave, Sparks, NV 89431.\n- Yuki out next week (visiting family in Sapporo).', expect: [['PERSON', 'Rosalind Achebe'], ['PERSON', 'Gustavo Henriques'], ['PERSON', 'Yuki Tanaka-Berg'], ['PERSON', 'Rosalind'], ['LOCATION', 'Reno'], ['LOCATION', 'Sparks'], ['PERSON', 'Gustavo'], ['ADDRESS', '1950 Glendale Ave, Sparks, NV 89431'], ['PERSON', 'Yuki'], ['LOCATION', 'Sapporo']] },
  // 107 Spanish WhatsApp, lower-case, city and district
  { shape: 'chat', text: '[21:14] carmen: oye, ya llegaste a sevilla?\n[21:15] álvaro: sí, estoy en casa de mi tía rocío en triana\n[21:15] carmen: genial, dale un beso de mi parte', expect: [['PERSON', 'carmen'], ['LOCATION', 'sevilla'], ['PERSON', 'álvaro'], ['PERSON', 'rocío'], ['LOCATION', 'triana'], ['PERSON', 'carmen']] },
  // 108 hard negative: meeting agenda with role titles
  { shape: 'meeting', text: 'Meeting Agenda\n1. Welcome and Introductions\n2. Budget Review (Finance Lead)\n3. Roadmap Update (Product Owner)\n4. Any Other Business\nNext Meeting: Thursday, 10:00, Conference Room B', expect: [] },
  // 109 French SMS
  { shape: 'sms', text: 'Coucou Manon, je serai à Lyon demain vers 18h. On se retrouve chez Hugo ? Bisous, Clémence', expect: [['PERSON', 'Manon'], ['LOCATION', 'Lyon'], ['PERSON', 'Hugo'], ['PERSON', 'Clémence']] },
  // 110 Italian chat, lower-case, Italian address
  { shape: 'chat', text: 'marco: ciao sara, hai il nuovo indirizzo di elena?\nsara: sì, via roma 14, 20900 monza\nmarco: grazie, passo sabato', expect: [['PERSON', 'marco'], ['PERSON', 'sara'], ['PERSON', 'elena'], ['PERSON', 'sara'], ['ADDRESS', 'via roma 14, 20900 monza'], ['PERSON', 'marco']] },
  // 111 Dutch support chat
  { shape: 'transcript', text: 'Klant: Hallo, ik ben Wilma Dekker en mijn pakket is niet aangekomen.\nMedewerker Youssef: Vervelend, mevrouw Dekker. Uw adres is Kerkplein 3, 8911 DM Leeuwarden?\nKlant: Klopt. Ik woon eigenlijk in Franeker, maar het pakket gaat naar mijn werk.', expect: [['PERSON', 'Wilma Dekker'], ['PERSON', 'Youssef'], ['PERSON', 'Dekker'], ['ADDRESS', 'Kerkplein 3, 8911 DM Leeuwarden'], ['LOCATION', 'Franeker']] },
  // 112 European Portuguese sales meeting minutes
  { shape: 'meeting', text: 'Ata da reunião – equipa de vendas\nPresentes: Catarina Vilela, Henrique Amaral, Marta Sousa\n- A Catarina apresentou os resultados da região do Algarve.\n- O Henrique vai visitar o cliente em Braga na próxima semana.\n- Próxima reunião em Aveiro.', expect: [['PERSON', 'Catarina Vilela'], ['PERSON', 'Henrique Amaral'], ['PERSON', 'Marta Sousa'], ['PERSON', 'Catarina'], ['LOCATION', 'Algarve'], ['PERSON', 'Henrique'], ['LOCATION', 'Braga'], ['LOCATION', 'Aveiro']] },
  // 113 English witness interview, Welsh towns
  { shape: 'transcript', text: 'INTERVIEWER: For the record, state your name.\nWITNESS: Gareth Llewellyn.\nINTERVIEWER: And where were you on the night of the 3rd?\nWITNESS: At my sister Carys\'s flat in Swansea. Then I drove back to Aberystwyth.\nINTERVIEWER: Did anyone else see you there?\nWITNESS: Her partner, Owain.', expect: [['PERSON', 'Gareth Llewellyn'], ['PERSON', 'Carys'], ['LOCATION', 'Swansea'], ['LOCATION', 'Aberystwyth'], ['PERSON', 'Owain']] },
  // 114 hard negative: restaurant menu, dishes named after people
  { shape: 'label', text: 'Menu of the Day: Caesar Salad, Margherita Pizza, Waldorf Salad, Peach Melba. Wine of the Month: House Red.', expect: [] },
  // 115 English SMS, lower-case, Sydney suburb
  { shape: 'sms', text: 'running late!! bus broke down near parramatta. can u tell ms okafor i\'ll be there by 10. thx - zoe', expect: [['LOCATION', 'parramatta'], ['PERSON', 'okafor'], ['PERSON', 'zoe']] },
  // 116 German support call transcript
  { shape: 'transcript', text: 'Kundendienst (Herr Schuster): Guten Tag, Sie sprechen mit Norbert Schuster. Was kann ich für Sie tun?\nAnruferin: Hallo, hier ist Gülay Arslan aus Offenbach. Meine Rechnung ging an die falsche Adresse.\nKundendienst: Wie lautet die richtige?\nAnruferin: Sprendlinger Landstraße 110, 63069 Offenbach am Main.', expect: [['PERSON', 'Schuster'], ['PERSON', 'Norbert Schuster'], ['PERSON', 'Gülay Arslan'], ['LOCATION', 'Offenbach'], ['ADDRESS', 'Sprendlinger Landstraße 110, 63069 Offenbach am Main']] },
  // 117 Hinglish chat, lower-case, Goa places
  { shape: 'chat', text: 'rohan: bhai kal goa ja rahe ho?\nkabir: haan, neha aur main panjim se anjuna drive karenge\nrohan: mast. ishaan ko bhi bol do', expect: [['PERSON', 'rohan'], ['LOCATION', 'goa'], ['PERSON', 'kabir'], ['PERSON', 'neha'], ['LOCATION', 'panjim'], ['LOCATION', 'anjuna'], ['PERSON', 'rohan'], ['PERSON', 'ishaan']] },
  // 118 French steering committee minutes
  { shape: 'meeting', text: 'Compte rendu – comité de pilotage\nPrésents : Sylvie Aubert, Grégoire N\'Guessan, Paul-Henri de Villiers\nSylvie rappelle que le chantier de Roubaix a pris deux semaines de retard.\nGrégoire propose de déplacer l\'atelier à Tourcoing.\nProchaine réunion : siège, 25 avenue Jean Lebas, 59100 Roubaix.', expect: [['PERSON', 'Sylvie Aubert'], ['PERSON', 'Grégoire N\'Guessan'], ['PERSON', 'Paul-Henri de Villiers'], ['PERSON', 'Sylvie'], ['LOCATION', 'Roubaix'], ['PERSON', 'Grégoire'], ['LOCATION', 'Tourcoing'], ['ADDRESS', '25 avenue Jean Lebas, 59100 Roubaix']] },
  // 119 Brazilian Portuguese chat, lower-case, address
  { shape: 'chat', text: 'lu: amiga vc vai pro aniversário do caio sábado?\nbia: vou sim!! vai ser na casa da vó dele em petrópolis né\nlu: isso, rua do imperador 890, petrópolis - rj', expect: [['PERSON', 'lu'], ['PERSON', 'caio'], ['PERSON', 'bia'], ['LOCATION', 'petrópolis'], ['PERSON', 'lu'], ['ADDRESS', 'rua do imperador 890, petrópolis - rj']] },
  // 120 hard negative: finance headline and body without names
  { shape: 'news', text: 'Markets Close Higher as Tech Stocks Rally\nThe Central Bank held interest rates steady on Wednesday, and the Consumer Price Index rose slightly. Analysts at Global Equity Research expect further gains.', expect: [] },
];
