import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch O: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_O: ShapeFixture[] = [
  // 1 EN banking, Nigeria address
  { shape: 'prose', text: 'Customer Adaeze Okonkwo reported an unauthorized debit of $412.50 on her checking account. She can be reached at 14 Admiralty Way, Lekki Phase 1, Lagos 106104, Nigeria.', expect: [['PERSON', 'Adaeze Okonkwo'], ['ADDRESS', '14 Admiralty Way, Lekki Phase 1, Lagos 106104, Nigeria']] },
  // 2 EN insurance claim, US apartment
  { shape: 'case', text: 'Claim #CLM-2291-884: Policyholder Tomasz Wierzbicki states his parked car was struck by a delivery van outside 2207 W Belmont Ave, Apt 3R, Chicago, IL 60618 on March 4. Witness Renata Holloway confirmed the account.', expect: [['PERSON', 'Tomasz Wierzbicki'], ['ADDRESS', '2207 W Belmont Ave, Apt 3R, Chicago, IL 60618'], ['PERSON', 'Renata Holloway']] },
  // 3 EN healthcare note, US towns
  { shape: 'notes', text: 'Patient Mei-Ling Tsai, DOB 09/14/1976, was seen for follow-up of type 2 diabetes. Referring physician: Dr. Obinna Eze. Patient recently moved from Fremont to Pleasanton and requests records be transferred.', expect: [['PERSON', 'Mei-Ling Tsai'], ['PERSON', 'Obinna Eze'], ['LOCATION', 'Fremont'], ['LOCATION', 'Pleasanton']] },
  // 4 EN HR onboarding, India flat address
  { shape: 'prose', text: 'New hire Siddharth Raghunathan will start on 2 June as a Data Analyst. Please send the welcome pack to Flat 5B, Kumar Primrose, Baner Road, Pune, Maharashtra 411045. His manager will be Laura Fenwick.', expect: [['PERSON', 'Siddharth Raghunathan'], ['ADDRESS', 'Flat 5B, Kumar Primrose, Baner Road, Pune, Maharashtra 411045'], ['PERSON', 'Laura Fenwick']] },
  // 5 EN e-commerce support, US unit
  { shape: 'ticket', text: 'Order 88-20417 placed by Bethany Kowalczyk was returned to sender. The shipping label showed 4410 Maple Grove Dr, Unit 12, Boise, ID 83704 but the carrier marked it undeliverable.', expect: [['PERSON', 'Bethany Kowalczyk'], ['ADDRESS', '4410 Maple Grove Dr, Unit 12, Boise, ID 83704']] },
  // 6 EN legal intake, UK town
  { shape: 'case', text: 'Intake note: Prospective client Hamza Qureshi seeks advice on a landlord dispute in Bradford. The landlord, Gordon Pettigrew, has withheld a £950 deposit.', expect: [['PERSON', 'Hamza Qureshi'], ['LOCATION', 'Bradford'], ['PERSON', 'Gordon Pettigrew']] },
  // 7 EN travel booking, cities
  { shape: 'prose', text: 'Booking ref QX7R2L: passenger Ngozi Adeyemi-Clarke, flying from Accra to Lisbon on 14 Nov, connecting onward to Porto. Seat 23C requested.', expect: [['PERSON', 'Ngozi Adeyemi-Clarke'], ['LOCATION', 'Accra'], ['LOCATION', 'Lisbon'], ['LOCATION', 'Porto']] },
  // 8 EN real estate, Ireland Eircode
  { shape: 'prose', text: 'Listing agent Caoimhe Brennan has scheduled a viewing of the three-bed semi at 27 Glenageary Park, Dún Laoghaire, Co. Dublin A96 K2X8 for Saturday at 11am.', expect: [['PERSON', 'Caoimhe Brennan'], ['ADDRESS', '27 Glenageary Park, Dún Laoghaire, Co. Dublin A96 K2X8']] },
  // 9 EN education, Hawaii towns
  { shape: 'notes', text: 'Student Ikaika Kahananui (ID 20481177) has transferred from Hilo to the Honolulu campus. Advisor Prof. Danielle Marchetti approved the credit transfer.', expect: [['PERSON', 'Ikaika Kahananui'], ['LOCATION', 'Hilo'], ['LOCATION', 'Honolulu'], ['PERSON', 'Danielle Marchetti']] },
  // 10 EN utilities, Wales address
  { shape: 'ticket', text: 'Service request: Gas meter reading disputed by account holder Rhys Pritchard, 8 Heol y Nant, Llanelli SA15 3HX. Engineer visit booked for Tuesday.', expect: [['PERSON', 'Rhys Pritchard'], ['ADDRESS', '8 Heol y Nant, Llanelli SA15 3HX']] },
  // 11 EN telecom, South Africa address
  { shape: 'prose', text: 'Ms. Thandiwe Mokoena requested a fibre installation at 31 Jacaranda Street, Lynnwood, Pretoria, 0081. The line is currently registered to her late father, Sipho Mokoena.', expect: [['PERSON', 'Thandiwe Mokoena'], ['ADDRESS', '31 Jacaranda Street, Lynnwood, Pretoria, 0081'], ['PERSON', 'Sipho Mokoena']] },
  // 12 EN banking wire, Canada suite address
  { shape: 'case', text: 'Wire transfer of CAD 7,800 from Étienne Gagnon to Priyanka Deshmukh flagged for review. Beneficiary address: 1190 Rue Sherbrooke Ouest, Suite 410, Montréal, QC H3A 2R5.', expect: [['PERSON', 'Étienne Gagnon'], ['PERSON', 'Priyanka Deshmukh'], ['ADDRESS', '1190 Rue Sherbrooke Ouest, Suite 410, Montréal, QC H3A 2R5']] },
  // 13 EN insurance, Australia address
  { shape: 'case', text: 'Home contents claim lodged by Lachlan McIntyre after a storm damaged his property at 56 Banksia Crescent, Toowoomba QLD 4350. Assessor Kirra Donnelly will inspect on Friday.', expect: [['PERSON', 'Lachlan McIntyre'], ['ADDRESS', '56 Banksia Crescent, Toowoomba QLD 4350'], ['PERSON', 'Kirra Donnelly']] },
  // 14 EN healthcare referral, NZ towns
  { shape: 'notes', text: 'Referral received for Aroha Te Whata, 42, from Gisborne. She will be seen at the Hamilton clinic by Dr. Marcus Lindqvist.', expect: [['PERSON', 'Aroha Te Whata'], ['LOCATION', 'Gisborne'], ['LOCATION', 'Hamilton'], ['PERSON', 'Marcus Lindqvist']] },
  // 15 EN HR relocation, Mexico cities
  { shape: 'prose', text: 'Employee Juan Pablo Restrepo has requested relocation from the Monterrey office to Guadalajara starting Q3. Approved by HR partner Keisha Barrington.', expect: [['PERSON', 'Juan Pablo Restrepo'], ['LOCATION', 'Monterrey'], ['LOCATION', 'Guadalajara'], ['PERSON', 'Keisha Barrington']] },
  // 16 EN e-commerce email, US PO box
  { shape: 'email', text: 'Hi, I\'m writing on behalf of my mother, Evelyn Oyelaran. Her parcel was supposed to go to PO Box 7721, Fairbanks, AK 99707 but the tracking shows it in Anchorage.', expect: [['PERSON', 'Evelyn Oyelaran'], ['ADDRESS', 'PO Box 7721, Fairbanks, AK 99707'], ['LOCATION', 'Anchorage']] },
  // 17 EN legal probate, UK village address
  { shape: 'case', text: 'The deceased, Horace Whitcombe, formerly of 3 Church Lane, Great Bardfield, Braintree CM7 4SP, left his estate to his niece Philippa Ashdown.', expect: [['PERSON', 'Horace Whitcombe'], ['ADDRESS', '3 Church Lane, Great Bardfield, Braintree CM7 4SP'], ['PERSON', 'Philippa Ashdown']] },
  // 18 EN visa application, Philippines address
  { shape: 'form', text: 'Visa application for Jerome Manalo Dizon: current residence 45 Kamagong St, Barangay San Antonio, Makati City, Metro Manila 1203, Philippines. Intended stay: Vienna and Salzburg, 10 days.', expect: [['PERSON', 'Jerome Manalo Dizon'], ['ADDRESS', '45 Kamagong St, Barangay San Antonio, Makati City, Metro Manila 1203, Philippines'], ['LOCATION', 'Vienna'], ['LOCATION', 'Salzburg']] },
  // 19 EN real estate notice, Kenya address
  { shape: 'prose', text: 'Tenant Wanjiru Kamau has given notice to vacate House No. 14, Kindaruma Road, Kilimani, Nairobi by 30 April.', expect: [['PERSON', 'Wanjiru Kamau'], ['ADDRESS', 'House No. 14, Kindaruma Road, Kilimani, Nairobi']] },
  // 20 EN education, parent and child, US cities
  { shape: 'notes', text: 'Parent-teacher meeting requested by Mr. Farid Haddad regarding his son Karim\'s progress in maths. The family recently moved to Dearborn from Toledo.', expect: [['PERSON', 'Farid Haddad'], ['PERSON', 'Karim'], ['LOCATION', 'Dearborn'], ['LOCATION', 'Toledo']] },
  // 21 EN utilities final bill, Singapore address
  { shape: 'prose', text: 'Final bill for account 7730012 should be posted to the new address: 19 Tanjong Pagar Road, #04-02, Singapore 088443. Account holder: Lim Wei Jie.', expect: [['ADDRESS', '19 Tanjong Pagar Road, #04-02, Singapore 088443'], ['PERSON', 'Lim Wei Jie']] },
  // 22 EN telecom fraud note, Nigeria address
  { shape: 'ticket', text: 'SIM swap request by caller claiming to be Oluwaseun Bakare was declined; the security answers did not match. Customer\'s registered address is 7 Olabode Street, Bodija, Ibadan, Oyo State.', expect: [['PERSON', 'Oluwaseun Bakare'], ['ADDRESS', '7 Olabode Street, Bodija, Ibadan, Oyo State']] },
  // 23 EN travel insurance, cities
  { shape: 'case', text: 'Travel insurance claim: Gabriela Vasconcelos lost her luggage on a flight from São Paulo to Cape Town. She is staying at a guesthouse in Stellenbosch until 18 May.', expect: [['PERSON', 'Gabriela Vasconcelos'], ['LOCATION', 'São Paulo'], ['LOCATION', 'Cape Town'], ['LOCATION', 'Stellenbosch']] },
  // 24 EN discharge note, Irish names and town
  { shape: 'notes', text: 'Discharge summary for Declan Ó Faoláin: admitted with community-acquired pneumonia, treated with IV antibiotics. GP is Dr. Aisling Moriarty in Ennis.', expect: [['PERSON', 'Declan Ó Faoláin'], ['PERSON', 'Aisling Moriarty'], ['LOCATION', 'Ennis']] },
  // 25 EN mortgage application, UK address
  { shape: 'prose', text: 'Mortgage application from Dimitrios Papadakis and Eleni Papadakis for a property in Wokingham. Current address: 88 Crescent Road, Reading RG1 5SN.', expect: [['PERSON', 'Dimitrios Papadakis'], ['PERSON', 'Eleni Papadakis'], ['LOCATION', 'Wokingham'], ['ADDRESS', '88 Crescent Road, Reading RG1 5SN']] },
  // 26 DE banking, German address with floor
  { shape: 'prose', text: 'Kundin Annika Vogelsang meldet den Verlust ihrer EC-Karte. Neue Karte bitte an Lindenstraße 42, 3. OG, 50674 Köln senden.', expect: [['PERSON', 'Annika Vogelsang'], ['ADDRESS', 'Lindenstraße 42, 3. OG, 50674 Köln']] },
  // 27 DE insurance claim, town
  { shape: 'case', text: 'Schadensmeldung: Herr Bernd Hölzl, wohnhaft in Rosenheim, meldet einen Wasserschaden. Der Gutachter Kemal Yıldırım kommt am Montag.', expect: [['PERSON', 'Bernd Hölzl'], ['LOCATION', 'Rosenheim'], ['PERSON', 'Kemal Yıldırım']] },
  // 28 FR healthcare, French address
  { shape: 'notes', text: 'Mme Solène Tardieu, 54 ans, adressée par le Dr Youssef Benali pour une échographie. Domicile : 17 rue des Tanneurs, 67000 Strasbourg.', expect: [['PERSON', 'Solène Tardieu'], ['PERSON', 'Youssef Benali'], ['ADDRESS', '17 rue des Tanneurs, 67000 Strasbourg']] },
  // 29 FR travel booking, cities
  { shape: 'prose', text: 'Réservation au nom de Jean-Baptiste Lefebvre : départ de Nantes le 3 juillet, arrivée à Ajaccio.', expect: [['PERSON', 'Jean-Baptiste Lefebvre'], ['LOCATION', 'Nantes'], ['LOCATION', 'Ajaccio']] },
  // 30 ES e-commerce, Spanish address with floor
  { shape: 'ticket', text: 'El pedido de Lucía Fernández Ortega fue entregado en Calle de Alcalá 215, 4º B, 28028 Madrid, pero la clienta dice que no lo recibió.', expect: [['PERSON', 'Lucía Fernández Ortega'], ['ADDRESS', 'Calle de Alcalá 215, 4º B, 28028 Madrid']] },
  // 31 ES HR transfer, cities
  { shape: 'prose', text: 'Alta de empleado: Mateo Villalobos Ruiz, trasladado desde Sevilla a la oficina de Valencia.', expect: [['PERSON', 'Mateo Villalobos Ruiz'], ['LOCATION', 'Sevilla'], ['LOCATION', 'Valencia']] },
  // 32 IT utilities, Italian address
  { shape: 'ticket', text: 'Il signor Giancarlo Bertolini ha segnalato un guasto alla caldaia presso Via Garibaldi 18, 10122 Torino. Il tecnico Fabio Lanzetta interverrà domani.', expect: [['PERSON', 'Giancarlo Bertolini'], ['ADDRESS', 'Via Garibaldi 18, 10122 Torino'], ['PERSON', 'Fabio Lanzetta']] },
  // 33 NL energy complaint, Dutch address
  { shape: 'prose', text: 'Mevrouw Femke van der Berg heeft een klacht ingediend over haar energierekening. Adres: Kerkstraat 112, 2011 HG Haarlem.', expect: [['PERSON', 'Femke van der Berg'], ['ADDRESS', 'Kerkstraat 112, 2011 HG Haarlem']] },
  // 34 PT telecom, Portuguese address
  { shape: 'prose', text: 'A cliente Inês Carvalho Marques solicitou a portabilidade do número. Morada: Avenida da Liberdade 95, 4710-251 Braga.', expect: [['PERSON', 'Inês Carvalho Marques'], ['ADDRESS', 'Avenida da Liberdade 95, 4710-251 Braga']] },
  // 35 PT-BR healthcare referral, city
  { shape: 'notes', text: 'Paciente Thiago Albuquerque Nogueira, residente em Campinas, foi encaminhado para cardiologia pela Dra. Patrícia Siqueira.', expect: [['PERSON', 'Thiago Albuquerque Nogueira'], ['LOCATION', 'Campinas'], ['PERSON', 'Patrícia Siqueira']] },
  // 36 EN support chat, lower-case, US address
  { shape: 'chat', text: 'agent: thanks for contacting us, can i get your full name?\ncustomer: its dwayne oyelowo\nagent: thanks dwayne, and the delivery address?\ncustomer: 1543 n ventura ave apt 7 ventura ca 93001\nagent: got it.', expect: [['PERSON', 'dwayne oyelowo'], ['PERSON', 'dwayne'], ['ADDRESS', '1543 n ventura ave apt 7 ventura ca 93001']] },
  // 37 EN SMS, first name and town
  { shape: 'sms', text: 'Hi it\'s Anjali, running 10 min late. Meet u outside Leamington Spa station instead?', expect: [['PERSON', 'Anjali'], ['LOCATION', 'Leamington Spa']] },
  // 38 EN broadband support chat, UK address
  { shape: 'chat', text: '[10:02] Support (Kevin): Hello! How can I help?\n[10:03] Rosalind Achterberg: my router keeps dropping since the move to Kettering\n[10:04] Support (Kevin): Sorry to hear that, Rosalind. Can you confirm the install address?\n[10:04] Rosalind Achterberg: 22 Rockingham Road, Kettering NN16 8JX', expect: [['PERSON', 'Kevin'], ['PERSON', 'Rosalind Achterberg'], ['LOCATION', 'Kettering'], ['PERSON', 'Kevin'], ['PERSON', 'Rosalind'], ['PERSON', 'Rosalind Achterberg'], ['ADDRESS', '22 Rockingham Road, Kettering NN16 8JX']] },
  // 39 EN SMS with typos, lower-case names
  { shape: 'sms', text: 'hey its rafael, cn u pick up jaden from practise at 5? im stuck in traffic near Mississauga', expect: [['PERSON', 'rafael'], ['PERSON', 'jaden'], ['LOCATION', 'Mississauga']] },
  // 40 EN chatbot, Australian address
  { shape: 'chat', text: 'User: I need to change the billing address on my account\nBot: Sure. Please provide the new address.\nUser: 9 Wattle Grove, Glen Waverley VIC 3150\nBot: Thanks. And the account holder name?\nUser: Sunita Bhattarai', expect: [['ADDRESS', '9 Wattle Grove, Glen Waverley VIC 3150'], ['PERSON', 'Sunita Bhattarai']] },
  // 41 EN courier SMS, South Africa address
  { shape: 'sms', text: 'Your Parcelly courier Hendrik is on his way. Delivery to 5 Sandown Rd, Rondebosch, Cape Town 7700 between 14:00-16:00.', expect: [['PERSON', 'Hendrik'], ['ADDRESS', '5 Sandown Rd, Rondebosch, Cape Town 7700']] },
  // 42 EN friends chat, lower-case, UK address
  { shape: 'chat', text: 'me: did u hear back from the landlord\njess: ya mr okafor said we can move in on the 1st\nme: nice so we\'ll finally be out of croydon lol\njess: haha yes. new place is 41b elmhurst rd slough sl3 7lq', expect: [['PERSON', 'jess'], ['PERSON', 'okafor'], ['LOCATION', 'croydon'], ['PERSON', 'jess'], ['ADDRESS', '41b elmhurst rd slough sl3 7lq']] },
  // 43 EN call-centre transcript, Scotland
  { shape: 'transcript', text: 'Agent: Thank you for calling Northwind Insurance, this is Bianca. May I have the policy holder\'s name?\nCaller: Yes, it\'s Graham Tulloch, T-U-L-L-O-C-H.\nAgent: Thank you, Mr. Tulloch. And the town you live in?\nCaller: Aberdeen, the west end.\nAgent: Great, I can see the policy.', expect: [['PERSON', 'Bianca'], ['PERSON', 'Graham Tulloch'], ['PERSON', 'Tulloch'], ['LOCATION', 'Aberdeen']] },
  // 44 ES SMS, street address without town
  { shape: 'sms', text: 'Hola Carmen, soy Diego. Ya llegué a Zaragoza, mañana paso por tu casa en Calle Mayor 27, 2º izq. ¿Vale?', expect: [['PERSON', 'Carmen'], ['PERSON', 'Diego'], ['LOCATION', 'Zaragoza'], ['ADDRESS', 'Calle Mayor 27, 2º izq']] },
  // 45 DE SMS, parcel with neighbour, German address
  { shape: 'sms', text: 'Hallo Jonas, Paket ist bei Nachbarin Frau Krüger abgegeben (Hauptstr. 9, 79098 Freiburg). LG Mia', expect: [['PERSON', 'Jonas'], ['PERSON', 'Krüger'], ['ADDRESS', 'Hauptstr. 9, 79098 Freiburg'], ['PERSON', 'Mia']] },
  // 46 FR support chat, towns
  { shape: 'chat', text: 'Client : Bonjour, je m\'appelle Aurélien Moreau, ma box ne marche plus depuis hier.\nConseillère (Nadia) : Bonjour M. Moreau, vous habitez toujours à Villeurbanne ?\nClient : Non, j\'ai déménagé à Caluire-et-Cuire.', expect: [['PERSON', 'Aurélien Moreau'], ['PERSON', 'Nadia'], ['PERSON', 'Moreau'], ['LOCATION', 'Villeurbanne'], ['LOCATION', 'Caluire-et-Cuire']] },
  // 47 IT SMS, first names and city
  { shape: 'sms', text: 'Ciao Giulia! Sono Lorenzo, arrivo a Bologna stasera col treno delle 21. Ci vediamo davanti alla stazione?', expect: [['PERSON', 'Giulia'], ['PERSON', 'Lorenzo'], ['LOCATION', 'Bologna']] },
  // 48 NL parcel support chat, Dutch address
  { shape: 'chat', text: 'Klant: Hoi, mijn pakket is nog niet bezorgd.\nMedewerker: Wat is uw naam en adres?\nKlant: Sanne Dijkstra, Oudegracht 88, 3511 LN Utrecht\nMedewerker: Dank u, Sanne. Ik kijk het even na.', expect: [['PERSON', 'Sanne Dijkstra'], ['ADDRESS', 'Oudegracht 88, 3511 LN Utrecht'], ['PERSON', 'Sanne']] },
  // 49 PT-BR support chat, Brazilian address
  { shape: 'chat', text: 'Atendente: Boa tarde, com quem falo?\nCliente: Aqui é o Rodrigo Tavares, de Florianópolis.\nAtendente: Olá Rodrigo, qual o endereço de entrega?\nCliente: Rua Felipe Schmidt 402, apto 1103, Centro, Florianópolis - SC, 88010-001', expect: [['PERSON', 'Rodrigo Tavares'], ['LOCATION', 'Florianópolis'], ['PERSON', 'Rodrigo'], ['ADDRESS', 'Rua Felipe Schmidt 402, apto 1103, Centro, Florianópolis - SC, 88010-001']] },
  // 50 EN appointment SMS, US suite address
  { shape: 'sms', text: 'Reminder: Dr. Farah Siddiqui\'s clinic has moved. Your appt on 12/3 at 9:40am is now at Suite 210, 3300 Oak Lawn Ave, Dallas, TX 75219. Reply C to confirm.', expect: [['PERSON', 'Farah Siddiqui'], ['ADDRESS', 'Suite 210, 3300 Oak Lawn Ave, Dallas, TX 75219']] },
  // 51 EN team chat, display names and city
  { shape: 'chat', text: '[Slack #ops] Chloe Fairbairn: has anyone heard from Arjun today?\n[Slack #ops] Mohan Patel: he\'s WFH from Leicester, train strikes\n[Slack #ops] Chloe Fairbairn: ok thx, I\'ll ping him', expect: [['PERSON', 'Chloe Fairbairn'], ['PERSON', 'Arjun'], ['PERSON', 'Mohan Patel'], ['LOCATION', 'Leicester'], ['PERSON', 'Chloe Fairbairn']] },
  // 52 EN dental SMS, org named after town
  { shape: 'sms', text: 'This is Harlow Dental. Hi Quentin, your daughter Maisie is booked for a check-up on Thu 10:15. Call 01279 555 012 to change.', expect: [['PERSON', 'Quentin'], ['PERSON', 'Maisie']] },
  // 53 EN refund chat, lower-case
  { shape: 'chat', text: 'customer: hi my name is fatima al-sayed and i never got my refund\nagent: hi fatima, sorry about that. can you confirm the email on the account?\ncustomer: fa.sayed88@example.com\nagent: thanks, i see the refund was sent to your old address in leeds', expect: [['PERSON', 'fatima al-sayed'], ['PERSON', 'fatima'], ['LOCATION', 'leeds']] },
  // 54 EN 911 call transcript, US address
  { shape: 'transcript', text: 'Dispatcher: 911, what\'s the address of your emergency?\nCaller: 2715 Willow Creek Lane, Apex, North Carolina, 27502. My neighbour, Mr. Haverford, collapsed in his yard.\nDispatcher: Is he breathing?\nCaller: Yes. My name\'s Tamsin, I\'m with him now.', expect: [['ADDRESS', '2715 Willow Creek Lane, Apex, North Carolina, 27502'], ['PERSON', 'Haverford'], ['PERSON', 'Tamsin']] },
  // 55 EN family SMS, Ghanaian names
  { shape: 'sms', text: 'Kwame - flight delayed, landing in Manchester around 11. Can you ask Efua to leave the key under the mat? - Yaw', expect: [['PERSON', 'Kwame'], ['LOCATION', 'Manchester'], ['PERSON', 'Efua'], ['PERSON', 'Yaw']] },
  // 56 EN e-mail with signature, NZ address
  { shape: 'email', text: 'From: Oliver Nakamura-Reid\nTo: Accounts Payable\nSubject: Invoice 4471 overdue\n\nHi team,\n\nInvoice 4471 for the Wellington fit-out is now 30 days overdue. Could you check with Hemi Parata whether it was approved?\n\nThanks,\nOliver\n\nOliver Nakamura-Reid | Project Manager\nKōwhai Interiors Ltd\nLevel 3, 57 Cuba Street, Te Aro, Wellington 6011, New Zealand', expect: [['PERSON', 'Oliver Nakamura-Reid'], ['LOCATION', 'Wellington'], ['PERSON', 'Hemi Parata'], ['PERSON', 'Oliver'], ['PERSON', 'Oliver Nakamura-Reid'], ['ADDRESS', 'Level 3, 57 Cuba Street, Te Aro, Wellington 6011, New Zealand']] },
  // 57 EN council letter, UK multi-line address block
  { shape: 'letter', text: 'Mrs Gwendolyn Ashcroft\n14 Brackenbury Close\nHarrogate\nHG2 9PL\n\n3 October 2026\n\nDear Mrs Ashcroft,\n\nRe: Planning application 26/01882/FUL\n\nThank you for your objection to the proposed extension at the neighbouring property. Your comments have been passed to the case officer, Mr Nikhil Sharma, who will visit Harrogate on 15 October.\n\nYours sincerely,\n\nFrances Oduya\nPlanning Support Officer', expect: [['PERSON', 'Gwendolyn Ashcroft'], ['ADDRESS', '14 Brackenbury Close\nHarrogate\nHG2 9PL'], ['PERSON', 'Ashcroft'], ['PERSON', 'Nikhil Sharma'], ['LOCATION', 'Harrogate'], ['PERSON', 'Frances Oduya']] },
  // 58 EN medical referral letter, Ireland
  { shape: 'letter', text: 'REFERRAL LETTER\nTo: Dr. Helena Marsh, Consultant Rheumatologist, St. Luke\'s Hospital\nFrom: Dr. Anand Krishnamurthy, Riverside Family Practice\n\nRe: Mr. Connor Fitzgibbon, DOB 22/07/1969\nAddress: 6 Shandon Street, Cork T23 X9P4\n\nDear Dr. Marsh,\nI would be grateful if you could see Mr. Fitzgibbon, who presents with symmetrical polyarthritis of the hands for 3 months. ESR 48. He works as a carpenter in Mallow.\n\nKind regards,\nAnand Krishnamurthy', expect: [['PERSON', 'Helena Marsh'], ['PERSON', 'Anand Krishnamurthy'], ['PERSON', 'Connor Fitzgibbon'], ['ADDRESS', '6 Shandon Street, Cork T23 X9P4'], ['PERSON', 'Marsh'], ['PERSON', 'Fitzgibbon'], ['LOCATION', 'Mallow'], ['PERSON', 'Anand Krishnamurthy']] },
  // 59 EN police incident report, Boston
  { shape: 'case', text: 'INCIDENT REPORT #2026-04417\nDate/Time: 11/02/2026 22:40\nLocation: 880 Dorchester Avenue, Boston, MA 02125\nReporting Officer: Ptl. Shannon Delgado\n\nNarrative: Officer responded to a report of a break-in. The resident, Curtis Mbeki-Lawson, stated he returned from Quincy to find the rear door forced. A neighbor, Lorraine Fiore, saw two males flee toward Savin Hill. Nothing further at this time.', expect: [['ADDRESS', '880 Dorchester Avenue, Boston, MA 02125'], ['PERSON', 'Shannon Delgado'], ['PERSON', 'Curtis Mbeki-Lawson'], ['LOCATION', 'Quincy'], ['PERSON', 'Lorraine Fiore'], ['LOCATION', 'Savin Hill']] },
  // 60 EN court complaint, caption in capitals
  { shape: 'case', text: 'CIRCUIT COURT - LAW DIVISION\n\nMARGARET A. HOLLINGSWORTH,\n    Plaintiff,\nv.\nDESMOND T. REYES,\n    Defendant.\n\nCase No. 2026-L-004512\n\nCOMPLAINT\n\n1. Plaintiff Margaret A. Hollingsworth resides at 1420 Sheridan Road, Unit 5C, Evanston, Illinois 60201.\n2. Defendant Desmond T. Reyes resides in Oak Park.', expect: [['PERSON', 'MARGARET A. HOLLINGSWORTH'], ['PERSON', 'DESMOND T. REYES'], ['PERSON', 'Margaret A. Hollingsworth'], ['ADDRESS', '1420 Sheridan Road, Unit 5C, Evanston, Illinois 60201'], ['PERSON', 'Desmond T. Reyes'], ['LOCATION', 'Oak Park']] },
  // 61 EN resume, South Africa
  { shape: 'letter', text: 'CURRICULUM VITAE\n\nNomvula Dlamini-Hart\n23 Florida Road, Morningside, Durban 4001, South Africa\n+27 82 555 0191 | n.dlaminihart@example.com\n\nEXPERIENCE\nSenior Accountant, Coastline Holdings (2019-present), Umhlanga\nAudit Associate, Karoo Partners (2015-2019), Bloemfontein\n\nEDUCATION\nBCom Accounting, University of Pretoria\n\nREFERENCES\nAvailable from Brian Tshabalala on request.', expect: [['PERSON', 'Nomvula Dlamini-Hart'], ['ADDRESS', '23 Florida Road, Morningside, Durban 4001, South Africa'], ['LOCATION', 'Umhlanga'], ['LOCATION', 'Bloemfontein'], ['PERSON', 'Brian Tshabalala']] },
  // 62 EN invoice, Kenya PO box billing + shipping
  { shape: 'form', text: 'INVOICE #INV-30917\nDate: 2026-09-14\n\nBill To:\nPriscilla Onyango\nP.O. Box 48211-00100\nNairobi, Kenya\n\nShip To:\nPriscilla Onyango\nPlot 22, Mombasa Road, Syokimau, Machakos County\n\nItem: Solar inverter 5kVA x1 - KES 84,500\nTotal due: KES 84,500', expect: [['PERSON', 'Priscilla Onyango'], ['ADDRESS', 'P.O. Box 48211-00100\nNairobi, Kenya'], ['PERSON', 'Priscilla Onyango'], ['ADDRESS', 'Plot 22, Mombasa Road, Syokimau, Machakos County']] },
  // 63 EN leasing e-mail, US apartment
  { shape: 'email', text: 'Subject: Move-out inspection\n\nHi Mr. Castellanos,\n\nThis confirms your move-out inspection at 3901 Bayshore Blvd, Apt 1406, Tampa, FL 33611 on Friday at 10 AM. Our maintenance lead, Rochelle Banks, will meet you in the lobby. Please leave keys and fobs with her.\n\nBest,\nTyler Vanderhoff\nLeasing Manager, Harbor Pointe Apartments', expect: [['PERSON', 'Castellanos'], ['ADDRESS', '3901 Bayshore Blvd, Apt 1406, Tampa, FL 33611'], ['PERSON', 'Rochelle Banks'], ['PERSON', 'Tyler Vanderhoff']] },
  // 64 EN admissions letter, Quebec address block
  { shape: 'letter', text: 'Pierre-Luc Tremblay\n2250 Chemin Sainte-Foy, App. 304\nQuébec (Québec) G1V 1S4\n\nNovember 2, 2026\n\nDear Mr. Tremblay,\n\nWe are pleased to confirm your enrolment in the Spring cohort. Orientation will be held in Ottawa on January 12. Please contact our registrar, Meghan O\'Rourke, with any questions.\n\nSincerely,\nDr. Ravi Chandrasekaran\nDirector of Admissions', expect: [['PERSON', 'Pierre-Luc Tremblay'], ['ADDRESS', '2250 Chemin Sainte-Foy, App. 304\nQuébec (Québec) G1V 1S4'], ['PERSON', 'Tremblay'], ['LOCATION', 'Ottawa'], ['PERSON', 'Meghan O\'Rourke'], ['PERSON', 'Ravi Chandrasekaran']] },
  // 65 EN discharge summary, Western Australia
  { shape: 'notes', text: 'DISCHARGE SUMMARY\nPatient: Jarrah Whitfield-Nguyen   MRN: 00483921\nAddress: Unit 4, 17 Marine Parade, Cottesloe WA 6011\nAdmitted: 02/10/2026  Discharged: 06/10/2026\nDiagnosis: Appendicitis, laparoscopic appendicectomy\nFollow-up: GP Dr. Sinéad Kavanagh, Claremont, in 10 days.\nNext of kin: Mai Whitfield-Nguyen (mother)', expect: [['PERSON', 'Jarrah Whitfield-Nguyen'], ['ADDRESS', 'Unit 4, 17 Marine Parade, Cottesloe WA 6011'], ['PERSON', 'Sinéad Kavanagh'], ['LOCATION', 'Claremont'], ['PERSON', 'Mai Whitfield-Nguyen']] },
  // 66 EN workplace incident form, Auckland
  { shape: 'form', text: 'Workplace Incident Form\nSite: Distribution Centre, 45 Hargreaves Road, Manukau, Auckland 2104\nInjured worker: Sione Fifita\nSupervisor on shift: Grace Liang\nDescription: Sione slipped on wet floor near loading bay 3 and injured his left wrist. Grace administered first aid and drove him to the urgent care clinic in Papatoetoe.', expect: [['ADDRESS', '45 Hargreaves Road, Manukau, Auckland 2104'], ['PERSON', 'Sione Fifita'], ['PERSON', 'Grace Liang'], ['PERSON', 'Sione'], ['PERSON', 'Grace'], ['LOCATION', 'Papatoetoe']] },
  // 67 EN bank e-mail, Indian address
  { shape: 'email', text: 'Dear Ms. Venkataraman,\n\nYour replacement debit card has been dispatched by Speed Post to your registered address:\nNo. 12, 3rd Cross, Indiranagar 2nd Stage, Bengaluru 560038\n\nIf you have moved, please visit your nearest branch in Chennai or Bengaluru to update your KYC.\n\nRegards,\nRohit Malhotra\nCustomer Care', expect: [['PERSON', 'Venkataraman'], ['ADDRESS', 'No. 12, 3rd Cross, Indiranagar 2nd Stage, Bengaluru 560038'], ['LOCATION', 'Chennai'], ['LOCATION', 'Bengaluru'], ['PERSON', 'Rohit Malhotra']] },
  // 68 EN tenancy agreement, Singapore HDB + landed addresses
  { shape: 'letter', text: 'TENANCY AGREEMENT\nThis agreement is made on 1 August 2026 between:\nLandlord: Tan Boon Huat, of Block 208 Bishan Street 23, #09-115, Singapore 570208\nTenant: Aditi Rao, currently residing in Kuala Lumpur\nPremises: 61 Jalan Kembangan, Singapore 419143\nRent: SGD 4,200 per month', expect: [['PERSON', 'Tan Boon Huat'], ['ADDRESS', 'Block 208 Bishan Street 23, #09-115, Singapore 570208'], ['PERSON', 'Aditi Rao'], ['LOCATION', 'Kuala Lumpur'], ['ADDRESS', '61 Jalan Kembangan, Singapore 419143']] },
  // 69 EN parish council minutes, Norfolk villages
  { shape: 'meeting', text: 'Minutes - Parish Council Meeting, 14 October\nPresent: Cllr. Rosemary Dunmore (Chair), Cllr. Idris Vaughan, Cllr. Benedict Oakes\nApologies: Cllr. Harriet Linsley\n1. Footpath closure between Little Snoring and Fakenham: Idris to write to the county highways team.\n2. Resident Mr. Colin Braithwaite of 2 Mill Lane, Little Snoring, NR21 0HX raised concerns about speeding.\n3. Next meeting: 11 November.', expect: [['PERSON', 'Rosemary Dunmore'], ['PERSON', 'Idris Vaughan'], ['PERSON', 'Benedict Oakes'], ['PERSON', 'Harriet Linsley'], ['LOCATION', 'Little Snoring'], ['LOCATION', 'Fakenham'], ['PERSON', 'Idris'], ['PERSON', 'Colin Braithwaite'], ['ADDRESS', '2 Mill Lane, Little Snoring, NR21 0HX']] },
  // 70 DE letter, address block and date line
  { shape: 'letter', text: 'Herrn\nDr. Matthias Kleinschmidt\nAm Mühlbach 7\n83646 Bad Tölz\n\nMünchen, 12. September 2026\n\nSehr geehrter Herr Dr. Kleinschmidt,\n\nwir bestätigen den Eingang Ihrer Kündigung zum 31.12.2026. Ihre Ansprechpartnerin bleibt Frau Svenja Albrecht.\n\nMit freundlichen Grüßen\nTobias Wendland\nKundenservice', expect: [['PERSON', 'Matthias Kleinschmidt'], ['ADDRESS', 'Am Mühlbach 7\n83646 Bad Tölz'], ['LOCATION', 'München'], ['PERSON', 'Kleinschmidt'], ['PERSON', 'Svenja Albrecht'], ['PERSON', 'Tobias Wendland']] },
  // 71 FR invoice e-mail, two French addresses
  { shape: 'email', text: 'Objet : Facture n° 2026-1187\n\nBonjour Mme Lemaire,\n\nVeuillez trouver ci-joint la facture pour les travaux réalisés à votre domicile, 8 allée des Châtaigniers, 33600 Pessac.\nAdresse de facturation : Camille Lemaire, 45 cours de l\'Intendance, 33000 Bordeaux.\n\nCordialement,\nYannick Le Goff\nArtisan plombier - Mérignac', expect: [['PERSON', 'Lemaire'], ['ADDRESS', '8 allée des Châtaigniers, 33600 Pessac'], ['PERSON', 'Camille Lemaire'], ['ADDRESS', '45 cours de l\'Intendance, 33000 Bordeaux'], ['PERSON', 'Yannick Le Goff'], ['LOCATION', 'Mérignac']] },
  // 72 ES police report, Seville area
  { shape: 'case', text: 'ATESTADO Nº 2026/3381\nDenunciante: Dña. Rocío Castaño Beltrán, con domicilio en Avenida de la Constitución 44, 3º A, 41001 Sevilla.\nHechos: La denunciante manifiesta que el día 5 de octubre, en Dos Hermanas, le sustrajeron el bolso.\nUn testigo, D. Álvaro Menéndez, vio al autor huir hacia Alcalá de Guadaíra.', expect: [['PERSON', 'Rocío Castaño Beltrán'], ['ADDRESS', 'Avenida de la Constitución 44, 3º A, 41001 Sevilla'], ['LOCATION', 'Dos Hermanas'], ['PERSON', 'Álvaro Menéndez'], ['LOCATION', 'Alcalá de Guadaíra']] },
  // 73 IT medical referral, Apulia
  { shape: 'letter', text: 'Gentile Collega,\ninvio alla Sua attenzione la sig.ra Francesca Ruggeri, nata a Bari il 03/05/1958, residente in Corso Vittorio Emanuele II 112, 70122 Bari, per valutazione cardiologica.\nLa paziente riferisce dispnea da sforzo da circa due mesi.\nCordiali saluti,\nDott. Salvatore Amato\nMedico di Medicina Generale, Molfetta', expect: [['PERSON', 'Francesca Ruggeri'], ['LOCATION', 'Bari'], ['ADDRESS', 'Corso Vittorio Emanuele II 112, 70122 Bari'], ['PERSON', 'Salvatore Amato'], ['LOCATION', 'Molfetta']] },
  // 74 NL estate agent e-mail, Amsterdam address
  { shape: 'email', text: 'Beste heer Bakker,\n\nUw afspraak voor de bezichtiging van de woning aan de Keizersgracht 418-2, 1016 GK Amsterdam staat gepland op donderdag om 14.00 uur. Mijn collega Lotte Verhoeven zal u ontvangen.\n\nMet vriendelijke groet,\nDaan Smits\nMakelaardij Zuid, Amstelveen', expect: [['PERSON', 'Bakker'], ['ADDRESS', 'Keizersgracht 418-2, 1016 GK Amsterdam'], ['PERSON', 'Lotte Verhoeven'], ['PERSON', 'Daan Smits'], ['LOCATION', 'Amstelveen']] },
  // 75 PT-BR resume, São Paulo address
  { shape: 'letter', text: 'CURRÍCULO\nNome: Larissa Figueiredo Campos\nEndereço: Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001\nExperiência: Analista de Marketing, Vértice Digital, Santos (2021-atual)\nFormação: Publicidade, Universidade Federal de Minas Gerais\nReferência: Marcelo Bastos', expect: [['PERSON', 'Larissa Figueiredo Campos'], ['ADDRESS', 'Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001'], ['LOCATION', 'Santos'], ['PERSON', 'Marcelo Bastos']] },
  // 76 EN nested JSON customer, Canadian address
  { shape: 'json', text: '{"customer": {"id": "C-10293", "full_name": "Haruto Sakamoto", "contact": {"email": "hs2291@example.com", "address": "Apt 9, 250 Queens Quay W, Toronto, ON M5J 2N2"}}, "preferred_store": "Etobicoke"}', expect: [['PERSON', 'Haruto Sakamoto'], ['ADDRESS', 'Apt 9, 250 Queens Quay W, Toronto, ON M5J 2N2'], ['LOCATION', 'Etobicoke']] },
  // 77 EN JSON lines, signup events
  { shape: 'json', text: '{"ts":"2026-10-01T08:12:44Z","event":"signup","user":"Kofi Mensah-Bonsu","city":"Kumasi"}\n{"ts":"2026-10-01T08:13:02Z","event":"signup","user":"Ilse Vandermeer","city":"Ghent"}\n{"ts":"2026-10-01T08:15:19Z","event":"address_update","user":"Ilse Vandermeer","address":"Korenlei 7, 9000 Gent, Belgium"}', expect: [['PERSON', 'Kofi Mensah-Bonsu'], ['LOCATION', 'Kumasi'], ['PERSON', 'Ilse Vandermeer'], ['LOCATION', 'Ghent'], ['PERSON', 'Ilse Vandermeer'], ['ADDRESS', 'Korenlei 7, 9000 Gent, Belgium']] },
  // 78 EN CSV with header, quoted US addresses incl. PO box
  { shape: 'csv', text: 'id,name,email,address,signup_date\n101,Marisol Quintero,mq@example.com,"615 E Camelback Rd, Apt 22, Phoenix, AZ 85012",2026-03-02\n102,Bartholomew Nwosu,bn@example.com,"PO Box 1180, Sedona, AZ 86339",2026-03-04\n103,Yuki Tanabe-Ross,ytr@example.com,"77 Cedar St, Flagstaff, AZ 86001",2026-03-09', expect: [['PERSON', 'Marisol Quintero'], ['ADDRESS', '615 E Camelback Rd, Apt 22, Phoenix, AZ 85012'], ['PERSON', 'Bartholomew Nwosu'], ['ADDRESS', 'PO Box 1180, Sedona, AZ 86339'], ['PERSON', 'Yuki Tanabe-Ross'], ['ADDRESS', '77 Cedar St, Flagstaff, AZ 86001']] },
  // 79 EN TSV employee roster with office city
  { shape: 'csv', text: 'employee_id\tname\tdepartment\toffice\n4471\tAnneliese Brandt\tFinance\tDüsseldorf\n4472\tOscar Lindgren\tIT\tGothenburg\n4473\tTahmina Rahman\tLegal\tDhaka', expect: [['PERSON', 'Anneliese Brandt'], ['LOCATION', 'Düsseldorf'], ['PERSON', 'Oscar Lindgren'], ['LOCATION', 'Gothenburg'], ['PERSON', 'Tahmina Rahman'], ['LOCATION', 'Dhaka']] },
  // 80 EN key=value auth log, geo city
  { shape: 'log', text: '2026-11-02T09:14:07Z INFO auth user_id=88213 name="Ebony Carrington" ip=203.0.113.42 geo_city=Sheffield action=login_success\n2026-11-02T09:14:55Z WARN auth user_id=88213 name="Ebony Carrington" ip=198.51.100.7 geo_city=Lagos action=login_from_new_country', expect: [['PERSON', 'Ebony Carrington'], ['LOCATION', 'Sheffield'], ['PERSON', 'Ebony Carrington'], ['LOCATION', 'Lagos']] },
  // 81 EN YAML patient record, Philippines address
  { shape: 'json', text: 'patient:\n  name: Rosa Ilagan\n  dob: 1988-02-11\n  address: "Unit 3C, Tower 2, Avida Towers, Cebu IT Park, Lahug, Cebu City 6000"\n  emergency_contact:\n    name: Paolo Ilagan\n    relation: spouse', expect: [['PERSON', 'Rosa Ilagan'], ['ADDRESS', 'Unit 3C, Tower 2, Avida Towers, Cebu IT Park, Lahug, Cebu City 6000'], ['PERSON', 'Paolo Ilagan']] },
  // 82 EN XML order, Edinburgh flat
  { shape: 'json', text: '<order id="77120"><buyer><name>Keira Fitzwilliam</name><email>kf77@example.org</email></buyer><shipping><address>Flat 2, 19 Merchiston Avenue, Edinburgh EH10 4PJ</address></shipping><notes>Leave with neighbour at no. 21</notes></order>', expect: [['PERSON', 'Keira Fitzwilliam'], ['ADDRESS', 'Flat 2, 19 Merchiston Avenue, Edinburgh EH10 4PJ']] },
  // 83 EN SQL INSERT, Nigerian addresses
  { shape: 'table', text: 'INSERT INTO customers (id, full_name, phone, address) VALUES (5012, \'Abimbola Fashola\', \'+234 803 555 0147\', \'12 Awolowo Road, Ikoyi, Lagos\'), (5013, \'Chukwuemeka Obi\', \'+234 805 555 0199\', \'3 Ogui Road, Enugu 400001\');', expect: [['PERSON', 'Abimbola Fashola'], ['ADDRESS', '12 Awolowo Road, Ikoyi, Lagos'], ['PERSON', 'Chukwuemeka Obi'], ['ADDRESS', '3 Ogui Road, Enugu 400001']] },
  // 84 EN SQL UPDATE, Australian PO box
  { shape: 'table', text: 'UPDATE members SET surname = \'Kowalski-Nash\', mailing_address = \'PO Box 342, Kalgoorlie WA 6433\' WHERE member_id = 20931 AND given_name = \'Zofia\';', expect: [['PERSON', 'Kowalski-Nash'], ['ADDRESS', 'PO Box 342, Kalgoorlie WA 6433'], ['PERSON', 'Zofia']] },
  // 85 EN markdown table, staff and cities
  { shape: 'table', text: '| Name | Role | Location |\n|---|---|---|\n| Ayesha Chaudhry | Site Lead | Islamabad |\n| Pieter Joubert | Engineer | Windhoek |\n| Ciarán Doyle | Technician | Galway |', expect: [['PERSON', 'Ayesha Chaudhry'], ['LOCATION', 'Islamabad'], ['PERSON', 'Pieter Joubert'], ['LOCATION', 'Windhoek'], ['PERSON', 'Ciarán Doyle'], ['LOCATION', 'Galway']] },
  // 86 EN HTTP form body, urlencoded
  { shape: 'form', text: 'POST /api/v1/contact HTTP/1.1\nHost: example.com\nContent-Type: application/x-www-form-urlencoded\n\nfirst_name=Marguerite&last_name=Dussault&city=Sherbrooke&topic=billing&consent=1', expect: [['PERSON', 'Marguerite'], ['PERSON', 'Dussault'], ['LOCATION', 'Sherbrooke']] },
  // 87 EN JSON API response, agents and branches
  { shape: 'json', text: '{"results":[{"id":1,"agent":"Precious Ndlovu","branch":"Bulawayo"},{"id":2,"agent":"Tendai Moyo","branch":"Mutare"}],"count":2}', expect: [['PERSON', 'Precious Ndlovu'], ['LOCATION', 'Bulawayo'], ['PERSON', 'Tendai Moyo'], ['LOCATION', 'Mutare']] },
  // 88 EN shipping service log, Scottish address
  { shape: 'log', text: '[2026-10-18 16:02:11] shipping-svc INFO label created order=99812 recipient="Callum Strachan" addr="7 Castle Terrace, Stirling FK8 1EG" carrier=RM48\n[2026-10-18 16:02:12] shipping-svc INFO label printed order=99812', expect: [['PERSON', 'Callum Strachan'], ['ADDRESS', '7 Castle Terrace, Stirling FK8 1EG']] },
  // 89 EN CSV tickets with free-text notes
  { shape: 'csv', text: 'ticket_id,created,customer,notes\nT-5501,2026-08-03,Vusi Khumalo,"Customer says the technician never showed up in Soweto"\nT-5502,2026-08-03,Eilidh MacLeod,"Wants invoice reissued to 3 Harbour Street, Portree, Isle of Skye IV51 9DB"', expect: [['PERSON', 'Vusi Khumalo'], ['LOCATION', 'Soweto'], ['PERSON', 'Eilidh MacLeod'], ['ADDRESS', '3 Harbour Street, Portree, Isle of Skye IV51 9DB']] },
  // 90 EN FHIR-like JSON patient, US apartment
  { shape: 'json', text: '{"resourceType":"Patient","name":[{"family":"Abernathy","given":["Clementine","Louise"]}],"address":[{"text":"1187 Peachtree St NE, Apt 2104, Atlanta, GA 30309"}],"birthDate":"1991-06-30"}', expect: [['PERSON', 'Abernathy'], ['PERSON', 'Clementine'], ['PERSON', 'Louise'], ['ADDRESS', '1187 Peachtree St NE, Apt 2104, Atlanta, GA 30309']] },
  // 91 EN YAML staff list, Indian/Nigerian cities
  { shape: 'json', text: 'employees:\n  - name: Dhruv Bhatnagar\n    location: Gurugram\n    manager: Sheetal Kapoor\n  - name: Olumide Ajayi\n    location: Abuja\n    manager: Sheetal Kapoor', expect: [['PERSON', 'Dhruv Bhatnagar'], ['LOCATION', 'Gurugram'], ['PERSON', 'Sheetal Kapoor'], ['PERSON', 'Olumide Ajayi'], ['LOCATION', 'Abuja'], ['PERSON', 'Sheetal Kapoor']] },
  // 92 EN XML insurance claim, South African town named George
  { shape: 'json', text: '<Claim><ClaimNumber>HX-44120</ClaimNumber><Insured>Wilhelmina Grootboom</Insured><LossLocation>N2 highway near George</LossLocation><InsuredAddress>15 Long Street, Oudtshoorn, 6625</InsuredAddress></Claim>', expect: [['PERSON', 'Wilhelmina Grootboom'], ['LOCATION', 'George'], ['ADDRESS', '15 Long Street, Oudtshoorn, 6625']] },
  // 93 EN JSON error log, Hawaii billing address
  { shape: 'log', text: '{"level":"error","msg":"payment declined","customer_name":"Reuben Ferreira-Lyle","billing_address":"310 Hookele St, Kahului, HI 96732","attempts":3}', expect: [['PERSON', 'Reuben Ferreira-Lyle'], ['ADDRESS', '310 Hookele St, Kahului, HI 96732']] },
  // 94 DE JSON order, German address + neighbour
  { shape: 'json', text: '{"kunde":{"name":"Friederike Oppermann","anschrift":"Schillerstraße 21a, 04109 Leipzig"},"lieferhinweis":"bitte beim Nachbarn Herrn Grabowski abgeben"}', expect: [['PERSON', 'Friederike Oppermann'], ['ADDRESS', 'Schillerstraße 21a, 04109 Leipzig'], ['PERSON', 'Grabowski']] },
  // 95 FR semicolon CSV, surname;first name;town
  { shape: 'csv', text: 'nom;prénom;ville\nGirard;Maëlle;Annecy\nBoukhalfa;Yanis;Roubaix', expect: [['PERSON', 'Girard'], ['PERSON', 'Maëlle'], ['LOCATION', 'Annecy'], ['PERSON', 'Boukhalfa'], ['PERSON', 'Yanis'], ['LOCATION', 'Roubaix']] },
  // 96 ES SQL INSERT, Mexico City address
  { shape: 'table', text: 'INSERT INTO pacientes (nombre, domicilio) VALUES (\'Ximena Arriaga Solís\', \'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX\');', expect: [['PERSON', 'Ximena Arriaga Solís'], ['ADDRESS', 'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX']] },
  // 97 IT booking log, cities
  { shape: 'log', text: '2026-09-12 10:41:03 INFO prenotazione creata cliente="Beatrice Colombo" partenza=Milano arrivo=Palermo posti=2', expect: [['PERSON', 'Beatrice Colombo'], ['LOCATION', 'Milano'], ['LOCATION', 'Palermo']] },
  // 98 NL XML customer, Dutch address + previous town
  { shape: 'json', text: '<klant><naam>Joost Hendriks</naam><adres>Stationsweg 14, 9401 KL Assen</adres><vorige_woonplaats>Emmen</vorige_woonplaats></klant>', expect: [['PERSON', 'Joost Hendriks'], ['ADDRESS', 'Stationsweg 14, 9401 KL Assen'], ['LOCATION', 'Emmen']] },
  // 99 PT JSON customer, Lisbon address
  { shape: 'json', text: '{"cliente":"Gonçalo Pimentel","morada":"Rua do Comércio 56, 2º Esq., 1100-150 Lisboa","notas":"cliente transferido da loja de Coimbra"}', expect: [['PERSON', 'Gonçalo Pimentel'], ['ADDRESS', 'Rua do Comércio 56, 2º Esq., 1100-150 Lisboa'], ['LOCATION', 'Coimbra']] },
  // 100 ES YAML applicant, Mexican city
  { shape: 'json', text: 'solicitante:\n  nombre: Guadalupe Ríos Escobedo\n  ciudad: Puebla\n  referencia: Arturo Benítez', expect: [['PERSON', 'Guadalupe Ríos Escobedo'], ['LOCATION', 'Puebla'], ['PERSON', 'Arturo Benítez']] },
  // 101 EN negative: foods named after places
  { shape: 'negative', text: 'The Dutch oven should be preheated to 230°C before the dough goes in. Brussels sprouts and Swiss chard can be roasted on the lower rack.', expect: [] },
  // 102 EN negative: infra log with region code
  { shape: 'log', text: '2026-11-03T12:00:01Z INFO scheduler job=nightly-backup status=ok duration_ms=48211 host=db-replica-02 region=eu-west-1', expect: [] },
  // 103 EN negative: vehicles named after people
  { shape: 'negative', text: 'The Ford Transit Custom and the Mercedes-Benz Sprinter both offer a 3.5-tonne GVW option. Compare trim levels before ordering.', expect: [] },
  // 104 EN negative: eponymous diseases
  { shape: 'notes', text: 'Patient presents with symptoms consistent with Parkinson\'s disease; differential includes essential tremor. Hashimoto\'s thyroiditis was ruled out last year.', expect: [] },
  // 105 EN negative: organisations containing place names
  { shape: 'negative', text: 'Your Bank of Ireland statement is ready. For queries about your New York Life policy, contact the claims team. Oxford University Press has shipped your order.', expect: [] },
  // 106 EN negative: nationality adjectives
  { shape: 'negative', text: 'The Italian and Canadian delegations agreed on a shared German-language glossary for the Brazilian market.', expect: [] },
  // 107 EN negative: JSON order status
  { shape: 'json', text: '{"order_id":"A-99120","status":"shipped","items":[{"sku":"TSH-BLU-M","qty":2}],"carrier":"DHL Express","eta_days":3}', expect: [] },
  // 108 EN negative: CSV products named after people
  { shape: 'csv', text: 'date,product,units,revenue\n2026-10-01,Earl Grey tea 250g,140,980.00\n2026-10-01,Caesar dressing 500ml,75,412.50', expect: [] },
  // 109 EN negative: support chat without PII
  { shape: 'chat', text: 'agent: hi, how can I help?\ncustomer: my order hasn\'t arrived yet, tracking says in transit\nagent: sorry about that, I\'ve escalated it, you\'ll hear back within 48h\ncustomer: ok thanks', expect: [] },
  // 110 EN negative: IT maintenance e-mail
  { shape: 'email', text: 'Subject: Quarterly maintenance window\n\nHi all,\n\nThe VPN gateway will be offline on Saturday from 02:00 to 04:00 UTC for firmware upgrades. No action is required.\n\nThanks,\nIT Operations', expect: [] },
  // 111 PT negative: IT ticket
  { shape: 'ticket', text: 'Chamado #4471: a impressora do 2º andar apresenta erro 50.4. O técnico já substituiu o fusor e o problema continua. Prioridade: média.', expect: [] },
  // 112 EN negative: awards and scholarships named after people
  { shape: 'negative', text: 'Applications for the Fulbright and Rhodes scholarships close on 1 October; the Turing Award ceremony will be streamed live.', expect: [] },
  // 113 EN negative: empty address form template
  { shape: 'form', text: 'Please enter your street address, city and postcode in the fields below. Apartment or suite numbers are optional.', expect: [] },
  // 114 NL negative: verification SMS
  { shape: 'sms', text: 'Uw verificatiecode is 482913. Deze code verloopt over 10 minuten. Deel deze code met niemand.', expect: [] },
  // 115 EN negative: economic news without places
  { shape: 'news', text: 'Inflation eased to 2.4% in October as energy prices fell, the statistics office said on Tuesday. Economists expect the central bank to hold rates at its December meeting.', expect: [] },
  // 116 EN negative: metrics markdown table
  { shape: 'table', text: '| Metric | Q2 | Q3 |\n|---|---|---|\n| Active users | 12,400 | 13,950 |\n| Churn | 3.1% | 2.7% |', expect: [] },
  // 117 DE negative: payment reminder
  { shape: 'negative', text: 'Bitte überweisen Sie den Betrag innerhalb von 14 Tagen. Bei Fragen wenden Sie sich an unseren Kundenservice.', expect: [] },
  // 118 FR negative: appointment confirmation
  { shape: 'negative', text: 'Le rendez-vous est confirmé pour mardi à 10 h. Merci d\'apporter votre carte vitale et votre ordonnance.', expect: [] },
  // 119 ES negative: dishes with nationality adjectives
  { shape: 'negative', text: 'La ensaladilla rusa y la tortilla francesa son platos habituales en los bares españoles.', expect: [] },
  // 120 IT negative: maintenance notice
  { shape: 'negative', text: 'Il sistema sarà in manutenzione sabato notte; le richieste inviate durante questo periodo saranno elaborate lunedì.', expect: [] },
];
