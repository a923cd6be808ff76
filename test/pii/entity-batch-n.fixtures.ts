import type { ShapeFixture } from './entity-shapes.fixtures.js';

/** Batch N: written blind on 2026-11-27 by a helper (no detector source or tests were read). */
export const BATCH_N: ShapeFixture[] = [
  // ---- Synthetic PII sentences (LLM-dataset style) ----
  // 1 English (US), customer support, apartment address
  { shape: 'ticket', text: 'Hi, this is Marcus Whitfield calling about order #88213. Please ship the replacement to 4417 Larkspur Drive, Apt 3B, Boise, ID 83706.', expect: [['PERSON', 'Marcus Whitfield'], ['ADDRESS', '4417 Larkspur Drive, Apt 3B, Boise, ID 83706']] },
  // 2 English (UK), banking, surname repeated after title
  { shape: 'prose', text: 'Account holder: Priya Ramanathan. Registered address: 27 Hollybush Road, Kingston upon Thames, KT2 5SE. Ms Ramanathan reported a lost card while travelling in Lisbon.', expect: [['PERSON', 'Priya Ramanathan'], ['ADDRESS', '27 Hollybush Road, Kingston upon Thames, KT2 5SE'], ['PERSON', 'Ramanathan'], ['LOCATION', 'Lisbon']] },
  // 3 English (Canada), healthcare intake
  { shape: 'form', text: 'New patient intake: Darnell Okafor, DOB 03/14/1986, lives at 1190 Bay Street, Unit 702, Toronto, ON M5S 2B4. Referred by Dr. Helen Marchetti of Mississauga.', expect: [['PERSON', 'Darnell Okafor'], ['ADDRESS', '1190 Bay Street, Unit 702, Toronto, ON M5S 2B4'], ['PERSON', 'Helen Marchetti'], ['LOCATION', 'Mississauga']] },
  // 4 English (Australia), HR onboarding
  { shape: 'prose', text: 'Onboarding note: Siobhan Kearney starts Monday at our Parramatta office. Her home address on file is 14 Wattle Crescent, Baulkham Hills NSW 2153.', expect: [['PERSON', 'Siobhan Kearney'], ['LOCATION', 'Parramatta'], ['ADDRESS', '14 Wattle Crescent, Baulkham Hills NSW 2153']] },
  // 5 English (US), insurance, county road address
  { shape: 'case', text: 'Claim #CL-55102 filed by Tomasz Wierzbicki for hail damage at 2208 County Road 114, Lubbock, TX 79423. Adjuster Kendra Boyle will inspect on Thursday.', expect: [['PERSON', 'Tomasz Wierzbicki'], ['ADDRESS', '2208 County Road 114, Lubbock, TX 79423'], ['PERSON', 'Kendra Boyle']] },
  // 6 English (NZ), real estate listing
  { shape: 'prose', text: 'Open home this Saturday at 9 Kowhai Street, Rototuna, Hamilton 3210. Contact listing agent Aroha Ngata on 021 555 0198.', expect: [['ADDRESS', '9 Kowhai Street, Rototuna, Hamilton 3210'], ['PERSON', 'Aroha Ngata']] },
  // 7 English (Ireland), legal, Eircode
  { shape: 'case', text: 'Solicitor Cormac Brennan acts for the plaintiff, Aoife Dunleavy, of 3 Ardilaun Terrace, Salthill, Galway H91 X2F7.', expect: [['PERSON', 'Cormac Brennan'], ['PERSON', 'Aoife Dunleavy'], ['ADDRESS', '3 Ardilaun Terrace, Salthill, Galway H91 X2F7']] },
  // 8 English (India), education admission, flat address
  { shape: 'prose', text: 'Admission confirmed for Ananya Deshpande, daughter of Vikram Deshpande, residing at Flat 12, Sai Krupa Apartments, Kothrud, Pune 411038, Maharashtra.', expect: [['PERSON', 'Ananya Deshpande'], ['PERSON', 'Vikram Deshpande'], ['ADDRESS', 'Flat 12, Sai Krupa Apartments, Kothrud, Pune 411038, Maharashtra']] },
  // 9 English (South Africa), travel booking
  { shape: 'prose', text: 'Booking ref ZX41P: guest Thandiwe Mokoena, 2 nights in Stellenbosch, then a transfer to Franschhoek on 14 March.', expect: [['PERSON', 'Thandiwe Mokoena'], ['LOCATION', 'Stellenbosch'], ['LOCATION', 'Franschhoek']] },
  // 10 English (US), government services, county as location
  { shape: 'form', text: 'Voter registration update for Luis Arriaga: new residence 602 W Mesquite Avenue, Las Cruces, NM 88005. Previous county: Otero County.', expect: [['PERSON', 'Luis Arriaga'], ['ADDRESS', '602 W Mesquite Avenue, Las Cruces, NM 88005'], ['LOCATION', 'Otero County']] },
  // 11 English (US), support, PO Box
  { shape: 'ticket', text: 'Please mail the warranty card to Harriet Osei, PO Box 2291, Bozeman, MT 59771.', expect: [['PERSON', 'Harriet Osei'], ['ADDRESS', 'PO Box 2291, Bozeman, MT 59771']] },
  // 12 English (South Africa), banking, street named after a person
  { shape: 'prose', text: 'Wire transfer instruction from Johan van der Merwe: beneficiary Lerato Dlamini, 45 Jan Smuts Avenue, Rosebank, Johannesburg 2196.', expect: [['PERSON', 'Johan van der Merwe'], ['PERSON', 'Lerato Dlamini'], ['ADDRESS', '45 Jan Smuts Avenue, Rosebank, Johannesburg 2196']] },
  // 13 English (UK), healthcare, practice name before address
  { shape: 'prose', text: 'Discharge letter copied to GP Dr Fiona McAllister, Riverside Surgery, 8 Mill Lane, Ilkley LS29 9AB. Patient: Gareth Pritchard.', expect: [['PERSON', 'Fiona McAllister'], ['ADDRESS', '8 Mill Lane, Ilkley LS29 9AB'], ['PERSON', 'Gareth Pritchard']] },
  // 14 English (US), HR transfer
  { shape: 'prose', text: 'Employee Keisha Lambert has requested a transfer from the Dayton branch to Columbus. Her manager, Raymond Szabo, approved it.', expect: [['PERSON', 'Keisha Lambert'], ['LOCATION', 'Dayton'], ['LOCATION', 'Columbus'], ['PERSON', 'Raymond Szabo']] },
  // 15 English (Canada), insurance, PEI postcode
  { shape: 'case', text: 'Policyholder Mei-Ling Chow reported a burst pipe at 77 Kensington Road, Charlottetown, PE C1A 5J4 on 2 November.', expect: [['PERSON', 'Mei-Ling Chow'], ['ADDRESS', '77 Kensington Road, Charlottetown, PE C1A 5J4']] },
  // 16 English (US), real estate closing
  { shape: 'prose', text: 'The seller, Bartholomew Quaye, accepted the offer on 15 Orchard Hill Rd, Unit 2, Northampton, MA 01060. Closing is set with attorney Naomi Feldstein in Springfield.', expect: [['PERSON', 'Bartholomew Quaye'], ['ADDRESS', '15 Orchard Hill Rd, Unit 2, Northampton, MA 01060'], ['PERSON', 'Naomi Feldstein'], ['LOCATION', 'Springfield']] },
  // 17 English (UK/Wales), legal witness statement
  { shape: 'case', text: 'Witness statement of Rhys Llewellyn, of 56 Heol y Bont, Llandeilo, Carmarthenshire SA19 6BN, regarding the incident near Brecon.', expect: [['PERSON', 'Rhys Llewellyn'], ['ADDRESS', '56 Heol y Bont, Llandeilo, Carmarthenshire SA19 6BN'], ['LOCATION', 'Brecon']] },
  // 18 English (India), travel change with office address
  { shape: 'chat', text: 'Hi, I am Rohan Mehta. Please change my Chennai to Kochi flight to the 22nd and send the ticket to my office at 4th Floor, Prestige Tower, 99 Residency Road, Bengaluru 560025.', expect: [['PERSON', 'Rohan Mehta'], ['LOCATION', 'Chennai'], ['LOCATION', 'Kochi'], ['ADDRESS', '4th Floor, Prestige Tower, 99 Residency Road, Bengaluru 560025']] },
  // 19 English (Australia), education, Vietnamese name order
  { shape: 'form', text: 'Parent contact: Mrs Nguyen Thi Lan, 23 Banksia Avenue, Mount Gambier SA 5290. Student Kevin Nguyen is in Year 9.', expect: [['PERSON', 'Nguyen Thi Lan'], ['ADDRESS', '23 Banksia Avenue, Mount Gambier SA 5290'], ['PERSON', 'Kevin Nguyen']] },
  // 20 English (UK), government council tax, flat number
  { shape: 'letter', text: 'Council tax reminder for Mr Oluwaseun Adeyemi, Flat 4, 19 Cranbrook Road, Ilford IG1 4PU. Payment is due by 1 December.', expect: [['PERSON', 'Oluwaseun Adeyemi'], ['ADDRESS', 'Flat 4, 19 Cranbrook Road, Ilford IG1 4PU']] },
  // 21 English (Ireland), support chat, first name only
  { shape: 'chat', text: 'Ciarán here from Sligo — my router still hasn\'t arrived. Tracking says it was left in Ballina instead.', expect: [['PERSON', 'Ciarán'], ['LOCATION', 'Sligo'], ['LOCATION', 'Ballina']] },
  // 22 English (US), home health, rural route
  { shape: 'notes', text: 'Home health visit scheduled for Earl Hutchins, RR 2 Box 145, Greenbrier, AR 72058. Daughter Loretta will be present.', expect: [['PERSON', 'Earl Hutchins'], ['ADDRESS', 'RR 2 Box 145, Greenbrier, AR 72058'], ['PERSON', 'Loretta']] },
  // 23 English (US), banking joint account, suite
  { shape: 'prose', text: 'Joint account opened by Hamid Karimi and Soraya Karimi; statements go to 880 Elm Street, Suite 210, Manchester, NH 03101.', expect: [['PERSON', 'Hamid Karimi'], ['PERSON', 'Soraya Karimi'], ['ADDRESS', '880 Elm Street, Suite 210, Manchester, NH 03101']] },
  // 24 English (NZ), HR reference check
  { shape: 'prose', text: 'Reference check: Tama Wiremu worked for us in Rotorua from 2019 to 2023 and then moved to Nelson.', expect: [['PERSON', 'Tama Wiremu'], ['LOCATION', 'Rotorua'], ['LOCATION', 'Nelson']] },
  // 25 English (Australia), motor insurance, unit/number address
  { shape: 'case', text: 'Motor claim lodged by Bridget O\'Halloran after a collision near Gympie. Vehicle garaged at 7/31 Ocean Parade, Coolangatta QLD 4225.', expect: [['PERSON', 'Bridget O\'Halloran'], ['LOCATION', 'Gympie'], ['ADDRESS', '7/31 Ocean Parade, Coolangatta QLD 4225']] },
  // 26 English (US), travel reservation, natural place
  { shape: 'prose', text: 'Reservation for Dmitri Volkov, party of 4, lakeside cabin at Lake Tahoe, arriving from Sacramento on Friday evening.', expect: [['PERSON', 'Dmitri Volkov'], ['LOCATION', 'Lake Tahoe'], ['LOCATION', 'Sacramento']] },
  // 27 English (Canada), real estate tenancy
  { shape: 'prose', text: 'Tenant Gurpreet Sandhu is vacating 2105 11 Avenue SW, Calgary, AB T3C 0N3 at the end of the month. Landlord: Yvonne Tremblay.', expect: [['PERSON', 'Gurpreet Sandhu'], ['ADDRESS', '2105 11 Avenue SW, Calgary, AB T3C 0N3'], ['PERSON', 'Yvonne Tremblay']] },
  // 28 English (US), legal service of notice
  { shape: 'case', text: 'Notice served on defendant Cody Albrecht at 311 N Main St, Sheboygan Falls, WI 53085, on behalf of plaintiff Wanda Pruitt.', expect: [['PERSON', 'Cody Albrecht'], ['ADDRESS', '311 N Main St, Sheboygan Falls, WI 53085'], ['PERSON', 'Wanda Pruitt']] },
  // 29 English (India), government ID address update, landmark address
  { shape: 'form', text: 'Aadhaar address update request: Sunita Yadav, House No. 27, Ward 5, Near Hanuman Mandir, Bhiwani, Haryana 127021.', expect: [['PERSON', 'Sunita Yadav'], ['ADDRESS', 'House No. 27, Ward 5, Near Hanuman Mandir, Bhiwani, Haryana 127021']] },
  // 30 English (UK), education
  { shape: 'notes', text: 'Teacher notes: Freddie Ashworth and Imogen Clarke will represent the school at the regional final in Harrogate.', expect: [['PERSON', 'Freddie Ashworth'], ['PERSON', 'Imogen Clarke'], ['LOCATION', 'Harrogate']] },
  // 31 German, insurance claim
  { shape: 'case', text: 'Schadensmeldung von Herrn Lukas Brandstätter, wohnhaft in der Lindenstraße 14, 93047 Regensburg. Der Unfall ereignete sich bei Straubing.', expect: [['PERSON', 'Lukas Brandstätter'], ['ADDRESS', 'Lindenstraße 14, 93047 Regensburg'], ['LOCATION', 'Straubing']] },
  // 32 German, HR transfer
  { shape: 'prose', text: 'Frau Annika Vogelsang wechselt zum 1. April von unserer Niederlassung in Bielefeld nach Kassel.', expect: [['PERSON', 'Annika Vogelsang'], ['LOCATION', 'Bielefeld'], ['LOCATION', 'Kassel']] },
  // 33 German, healthcare intake
  { shape: 'form', text: 'Patientin: Hildegard Schüler, geb. 12.05.1948, Am Mühlbach 3a, 87435 Kempten (Allgäu). Hausarzt: Dr. Tobias Renner.', expect: [['PERSON', 'Hildegard Schüler'], ['ADDRESS', 'Am Mühlbach 3a, 87435 Kempten (Allgäu)'], ['PERSON', 'Tobias Renner']] },
  // 34 French, banking
  { shape: 'letter', text: 'Madame Camille Durand-Lefèvre, domiciliée au 18 rue des Tanneurs, 67000 Strasbourg, demande la clôture de son compte.', expect: [['PERSON', 'Camille Durand-Lefèvre'], ['ADDRESS', '18 rue des Tanneurs, 67000 Strasbourg']] },
  // 35 French, travel booking
  { shape: 'prose', text: 'Réservation au nom de Yannick Le Goff pour deux nuits à Quimper, puis départ vers Brest le samedi.', expect: [['PERSON', 'Yannick Le Goff'], ['LOCATION', 'Quimper'], ['LOCATION', 'Brest']] },
  // 36 Spanish, customer support, street named after a king
  { shape: 'ticket', text: 'Hola, soy Marisol Echeverría. Mi pedido debía llegar a Calle de Alfonso XII 42, 3º B, 28014 Madrid, pero figura como entregado en Getafe.', expect: [['PERSON', 'Marisol Echeverría'], ['ADDRESS', 'Calle de Alfonso XII 42, 3º B, 28014 Madrid'], ['LOCATION', 'Getafe']] },
  // 37 Spanish, real estate rental
  { shape: 'prose', text: 'El propietario, Joaquín Barrera Soto, alquila el piso de Avenida del Puerto 118, 46023 Valencia a la inquilina Lucía Ferrándiz.', expect: [['PERSON', 'Joaquín Barrera Soto'], ['ADDRESS', 'Avenida del Puerto 118, 46023 Valencia'], ['PERSON', 'Lucía Ferrándiz']] },
  // 38 Italian, legal
  { shape: 'case', text: 'L\'avvocato Giulia Montanari rappresenta il signor Salvatore Pellegrino, residente in Via Garibaldi 27, 90133 Palermo.', expect: [['PERSON', 'Giulia Montanari'], ['PERSON', 'Salvatore Pellegrino'], ['ADDRESS', 'Via Garibaldi 27, 90133 Palermo']] },
  // 39 Italian, education enrolment
  { shape: 'prose', text: 'Iscrizione confermata per lo studente Matteo Ferraresi, proveniente da Ravenna, presso la sede di Bologna.', expect: [['PERSON', 'Matteo Ferraresi'], ['LOCATION', 'Ravenna'], ['LOCATION', 'Bologna']] },
  // 40 Dutch, municipal change of address
  { shape: 'prose', text: 'De verhuizing van Sanne de Vries naar Kerkstraat 21, 3811 CV Amersfoort is verwerkt. Zij woonde eerder in Deventer.', expect: [['PERSON', 'Sanne de Vries'], ['ADDRESS', 'Kerkstraat 21, 3811 CV Amersfoort'], ['LOCATION', 'Deventer']] },

  // ---- User prompts to an AI assistant ----
  // 41 English (US), prompt: draft email to landlord
  { shape: 'chat', text: 'Draft a polite email to my landlord, Mr. Arkadiusz Nowicki, saying the heating at 18 Birchwood Lane, Apt 5, Scranton, PA 18505 has been broken since Tuesday. Sign it from me, Jolene Harper.', expect: [['PERSON', 'Arkadiusz Nowicki'], ['ADDRESS', '18 Birchwood Lane, Apt 5, Scranton, PA 18505'], ['PERSON', 'Jolene Harper']] },
  // 42 English (US), prompt: summarize patient note
  { shape: 'chat', text: 'Summarize this patient note: "Pt Rafael Quintero, 58M, presented to ED in Yuma with chest pain. Wife Consuelo at bedside. Follow-up with cardiology in Phoenix." Keep it under 50 words.', expect: [['PERSON', 'Rafael Quintero'], ['LOCATION', 'Yuma'], ['PERSON', 'Consuelo'], ['LOCATION', 'Phoenix']] },
  // 43 English (US), prompt: translate for grandmother
  { shape: 'chat', text: 'Can you translate this into Tagalog for my lola Remedios? She lives in Daly City and doesn\'t read English well.', expect: [['PERSON', 'Remedios'], ['LOCATION', 'Daly City']] },
  // 44 English (UK), prompt: cover letter
  { shape: 'chat', text: 'Write a cover letter for me. My name is Adebayo Olatunji, I live in Leicester, and I\'m applying for a logistics role in Nottingham.', expect: [['PERSON', 'Adebayo Olatunji'], ['LOCATION', 'Leicester'], ['LOCATION', 'Nottingham']] },
  // 45 English (Ireland), prompt: fix grammar
  { shape: 'chat', text: 'Fix the grammar: "Me and Shauna was going to visit her brother Declan in Kilkenny but the bus from Carlow never came."', expect: [['PERSON', 'Shauna'], ['PERSON', 'Declan'], ['LOCATION', 'Kilkenny'], ['LOCATION', 'Carlow']] },
  // 46 English (US), prompt: change-of-address form, two addresses
  { shape: 'chat', text: 'Help me fill in this change-of-address form. Old address: 45 Pinecrest Court, Roswell, GA 30075. New address: 1209 Magnolia Blvd, Unit 14, Savannah, GA 31405. Name: Trevor Ellington.', expect: [['ADDRESS', '45 Pinecrest Court, Roswell, GA 30075'], ['ADDRESS', '1209 Magnolia Blvd, Unit 14, Savannah, GA 31405'], ['PERSON', 'Trevor Ellington']] },
  // 47 English (India), prompt: medical question
  { shape: 'chat', text: 'My son Ishaan has a fever of 39°C. We are staying in Gurugram — which hospitals nearby are open at night?', expect: [['PERSON', 'Ishaan'], ['LOCATION', 'Gurugram']] },
  // 48 English, prompt: birthday message
  { shape: 'chat', text: 'Write a birthday message for my coworker Fatima Zahra Benali — she just moved back to Marseille from Montreal.', expect: [['PERSON', 'Fatima Zahra Benali'], ['LOCATION', 'Marseille'], ['LOCATION', 'Montreal']] },
  // 49 English (UK), prompt: rewrite complaint
  { shape: 'chat', text: 'Please rewrite this complaint so it sounds more professional: "Your driver dumped my parcel at 72 Kingfisher Way, Bicester OX26 6YP in the rain. Tell Steve to actually knock next time. — Gemma Lowther"', expect: [['ADDRESS', '72 Kingfisher Way, Bicester OX26 6YP'], ['PERSON', 'Steve'], ['PERSON', 'Gemma Lowther']] },
  // 50 English (US), prompt: reference letter
  { shape: 'chat', text: 'I need a reference letter for my former nanny, Marisela Ortiz, who worked for our family in Scottsdale for six years. Address it to Kimberly Nakamura at the agency.', expect: [['PERSON', 'Marisela Ortiz'], ['LOCATION', 'Scottsdale'], ['PERSON', 'Kimberly Nakamura']] },
  // 51 English (NZ), prompt: itinerary
  { shape: 'chat', text: 'Can you make an itinerary? We fly into Queenstown on the 3rd, drive to Wanaka, then Franz Josef. Travelling with my partner Hemi and his mum Ngaire.', expect: [['LOCATION', 'Queenstown'], ['LOCATION', 'Wanaka'], ['LOCATION', 'Franz Josef'], ['PERSON', 'Hemi'], ['PERSON', 'Ngaire']] },
  // 52 English (NZ), prompt: extraction task
  { shape: 'chat', text: 'Extract the names and addresses from this text as JSON: "Deliver to Oskar Lindqvist, 221 Harbour Road, Port Chalmers 9023, and invoice Birgitta Holm in Dunedin."', expect: [['PERSON', 'Oskar Lindqvist'], ['ADDRESS', '221 Harbour Road, Port Chalmers 9023'], ['PERSON', 'Birgitta Holm'], ['LOCATION', 'Dunedin']] },
  // 53 English (South Africa), prompt: eulogy
  { shape: 'chat', text: 'Write a short eulogy for my uncle Bongani Khumalo, who grew up in Soweto and later ran a shop in Pietermaritzburg.', expect: [['PERSON', 'Bongani Khumalo'], ['LOCATION', 'Soweto'], ['LOCATION', 'Pietermaritzburg']] },
  // 54 English (Australia), prompt: reply to tenant
  { shape: 'chat', text: 'Reply to this tenant for me: "Hi Leanne, the plumber can come to 16 Carrick Street, Unit 3, Hobart TAS 7000 on Friday." Make it friendlier and sign it Cheers, Warrick.', expect: [['PERSON', 'Leanne'], ['ADDRESS', '16 Carrick Street, Unit 3, Hobart TAS 7000'], ['PERSON', 'Warrick']] },
  // 55 German, prompt: translate notice
  { shape: 'chat', text: 'Übersetze bitte ins Englische: „Sehr geehrte Frau Kowalczyk, Ihr Paket wurde an die Packstation in Leipzig-Gohlis geliefert.“', expect: [['PERSON', 'Kowalczyk'], ['LOCATION', 'Leipzig-Gohlis']] },
  // 56 French, prompt: summarize email
  { shape: 'chat', text: 'Résume ce courriel : « Bonjour Élodie, Gaspard arrive à Lyon mardi et repart pour Annecy jeudi. »', expect: [['PERSON', 'Élodie'], ['PERSON', 'Gaspard'], ['LOCATION', 'Lyon'], ['LOCATION', 'Annecy']] },
  // 57 English, prompt: LinkedIn recommendation
  { shape: 'chat', text: 'Write a LinkedIn recommendation for Chidinma Eze. We worked together at the Lagos office before she relocated to Houston.', expect: [['PERSON', 'Chidinma Eze'], ['LOCATION', 'Lagos'], ['LOCATION', 'Houston']] },
  // 58 English/Italian, prompt: envelope check
  { shape: 'chat', text: 'Is this address formatted correctly for an Italian envelope? Dott.ssa Francesca Bellandi, Via dei Mille 9, 50131 Firenze FI', expect: [['PERSON', 'Francesca Bellandi'], ['ADDRESS', 'Via dei Mille 9, 50131 Firenze FI']] },
  // 59 Dutch, prompt: thank-you note
  { shape: 'chat', text: 'Schrijf een korte bedankbrief aan juffrouw Marieke Janssen namens mijn dochter Fleur, die in Haarlem op school zit.', expect: [['PERSON', 'Marieke Janssen'], ['PERSON', 'Fleur'], ['LOCATION', 'Haarlem']] },
  // 60 English (UK), prompt: scam calls advice
  { shape: 'chat', text: 'My dad Gerald Tompkins keeps getting scam calls at his house, 9 Quarry Road, Hebden Bridge HX7 8AL. What should I tell him to say?', expect: [['PERSON', 'Gerald Tompkins'], ['ADDRESS', '9 Quarry Road, Hebden Bridge HX7 8AL']] },

  // ---- Longer documents ----
  // 61 English (UK), complaint email
  { shape: 'email', text: 'From: Natasha Ivanova <n.ivanova@example.com>\nTo: Customer Care\nSubject: Damaged sofa\n\nHello,\nThe sofa delivered to 5 Wrenfield Close, Solihull B91 3QT on Monday arrived with a torn cushion. Your driver, Kyle, said to email you.\nPlease arrange a collection.\n\nKind regards,\nNatasha', expect: [['PERSON', 'Natasha Ivanova'], ['ADDRESS', '5 Wrenfield Close, Solihull B91 3QT'], ['PERSON', 'Kyle'], ['PERSON', 'Natasha']] },
  // 62 English (Australia), tenancy agreement
  { shape: 'letter', text: 'RESIDENTIAL TENANCY AGREEMENT\nLandlord: Peter Vanstone\nTenant: Amira Haddad\nPremises: Unit 12, 48 Chapel Street, Prahran VIC 3181\nTerm: 12 months commencing 1 February 2027\nRent: $2,340 per month, payable to the landlord\'s agent, Colleen Mathers.', expect: [['PERSON', 'Peter Vanstone'], ['PERSON', 'Amira Haddad'], ['ADDRESS', 'Unit 12, 48 Chapel Street, Prahran VIC 3181'], ['PERSON', 'Colleen Mathers']] },
  // 63 English (UK), meeting minutes
  { shape: 'meeting', text: 'Minutes — Parents\' Association, 14 Nov\nPresent: Deborah Finch (chair), Samuel Oyelaran, Ingrid Halvorsen, Tom Beattie\nApologies: Rajesh Kumar\n1. Fundraiser: Ingrid confirmed the hall in Chorley is booked.\n2. Trip: Samuel will contact the coach firm in Preston.\nNext meeting: 12 Dec.', expect: [['PERSON', 'Deborah Finch'], ['PERSON', 'Samuel Oyelaran'], ['PERSON', 'Ingrid Halvorsen'], ['PERSON', 'Tom Beattie'], ['PERSON', 'Rajesh Kumar'], ['PERSON', 'Ingrid'], ['LOCATION', 'Chorley'], ['PERSON', 'Samuel'], ['LOCATION', 'Preston']] },
  // 64 English (US), workplace incident report
  { shape: 'case', text: 'INCIDENT REPORT #IR-2207\nDate: 09/18/2026\nLocation: loading dock, 1500 Industrial Pkwy, Building C, Elkhart, IN 46516\nReported by: Shift lead Ramon Vasquez\nInjured party: Tyler Gustafson (forklift operator)\nSummary: Tyler strained his back lifting a pallet. First aid given by Nia Whitaker. Transported to hospital in Goshen.', expect: [['ADDRESS', '1500 Industrial Pkwy, Building C, Elkhart, IN 46516'], ['PERSON', 'Ramon Vasquez'], ['PERSON', 'Tyler Gustafson'], ['PERSON', 'Tyler'], ['PERSON', 'Nia Whitaker'], ['LOCATION', 'Goshen']] },
  // 65 English (US), discharge summary
  { shape: 'case', text: 'DISCHARGE SUMMARY\nPatient: Margarethe Lindholm   MRN 4471902\nAddress: 302 Lakeview Terrace, Duluth, MN 55803\nAttending: Dr. Prakash Iyer\nDiagnosis: Community-acquired pneumonia\nCourse: Improved on IV antibiotics. Daughter (Kristin Lindholm) to provide care at home.\nFollow-up: Dr. Iyer, clinic in Cloquet, in 2 weeks.', expect: [['PERSON', 'Margarethe Lindholm'], ['ADDRESS', '302 Lakeview Terrace, Duluth, MN 55803'], ['PERSON', 'Prakash Iyer'], ['PERSON', 'Kristin Lindholm'], ['PERSON', 'Iyer'], ['LOCATION', 'Cloquet']] },
  // 66 English (South Africa), resume
  { shape: 'letter', text: 'CURRICULUM VITAE\nZanele Mthembu\n17 Florida Road, Morningside, Durban 4001 | zanele.m@example.co.za\n\nEXPERIENCE\nFinancial Analyst, Cape Town (2021–present)\nJunior Accountant, East London (2018–2021)\n\nEDUCATION\nBCom, University of KwaZulu-Natal\n\nREFERENCES\nMr Sipho Ndlovu, available on request', expect: [['PERSON', 'Zanele Mthembu'], ['ADDRESS', '17 Florida Road, Morningside, Durban 4001'], ['LOCATION', 'Cape Town'], ['LOCATION', 'East London'], ['PERSON', 'Sipho Ndlovu']] },
  // 67 French, formal letter with multi-line address
  { shape: 'letter', text: 'Jean-Baptiste Morel\n12, avenue Jean Jaurès\n31000 Toulouse\n\nToulouse, le 3 novembre 2026\n\nMadame Agnès Roussel,\nSuite à notre entretien à Albi, je vous confirme ma candidature au poste de responsable logistique.\nVeuillez agréer, Madame, mes salutations distinguées.\n\nJean-Baptiste Morel', expect: [['PERSON', 'Jean-Baptiste Morel'], ['ADDRESS', '12, avenue Jean Jaurès\n31000 Toulouse'], ['LOCATION', 'Toulouse'], ['PERSON', 'Agnès Roussel'], ['LOCATION', 'Albi'], ['PERSON', 'Jean-Baptiste Morel']] },
  // 68 German, email about flat handover
  { shape: 'email', text: 'Betreff: Wohnungsübergabe\n\nHallo Herr Grünewald,\nwie besprochen findet die Übergabe der Wohnung in der Schillerstraße 8, 2. OG links, 01099 Dresden am Freitag statt. Frau Ebner von der Hausverwaltung bringt die Schlüssel mit.\n\nViele Grüße\nKatrin Hoffmeister', expect: [['PERSON', 'Grünewald'], ['ADDRESS', 'Schillerstraße 8, 2. OG links, 01099 Dresden'], ['PERSON', 'Ebner'], ['PERSON', 'Katrin Hoffmeister']] },
  // 69 Spanish, residents' meeting minutes
  { shape: 'meeting', text: 'Acta de la reunión de vecinos\nFecha: 5 de octubre\nAsistentes: Pilar Navarro (presidenta), Andrés Cifuentes, Rocío Benavente\nPuntos:\n1. Reparación del ascensor del portal de Calle Mayor 15, 37002 Salamanca.\n2. Andrés pedirá presupuesto a una empresa de Zamora.\nSe levanta la sesión.', expect: [['PERSON', 'Pilar Navarro'], ['PERSON', 'Andrés Cifuentes'], ['PERSON', 'Rocío Benavente'], ['ADDRESS', 'Calle Mayor 15, 37002 Salamanca'], ['PERSON', 'Andrés'], ['LOCATION', 'Zamora']] },
  // 70 English (India), leave application email
  { shape: 'email', text: 'Subject: Leave application\n\nDear Ms. Kavitha Subramanian,\nI request leave from 10 to 14 December to attend my sister Divya\'s wedding in Madurai. During my absence, Arjun Pillai will handle the Coimbatore accounts.\nMy contact address during leave: 14/3 North Masi Street, Madurai 625001.\nRegards,\nSenthil Murugan', expect: [['PERSON', 'Kavitha Subramanian'], ['PERSON', 'Divya'], ['LOCATION', 'Madurai'], ['PERSON', 'Arjun Pillai'], ['LOCATION', 'Coimbatore'], ['ADDRESS', '14/3 North Masi Street, Madurai 625001'], ['PERSON', 'Senthil Murugan']] },
  // 71 English (UK/Scotland), witness statement
  { shape: 'case', text: 'Statement of witness\nName: Callum Fraser\nAddress: 22 Rosebery Crescent, Edinburgh EH12 5JX\nOccupation: Bus driver\nOn the evening of 4 October I was driving the 26 service towards Portobello when I saw a man, later identified as Darren Mulholland, run across the road. A woman called Shona tried to stop him.\nSigned: Callum Fraser', expect: [['PERSON', 'Callum Fraser'], ['ADDRESS', '22 Rosebery Crescent, Edinburgh EH12 5JX'], ['LOCATION', 'Portobello'], ['PERSON', 'Darren Mulholland'], ['PERSON', 'Shona'], ['PERSON', 'Callum Fraser']] },
  // 72 English (Canada), reference letter
  { shape: 'letter', text: 'To Whom It May Concern,\n\nI have known Olivier Gagnon for eight years, first as a student in my class at Sherbrooke and later as a colleague in Quebec City. Olivier is reliable and kind.\nHe currently resides at 455 Rue King Ouest, Apt 9, Sherbrooke, QC J1H 1R4.\n\nSincerely,\nMargaret Thibodeau\nPrincipal (retired)', expect: [['PERSON', 'Olivier Gagnon'], ['LOCATION', 'Sherbrooke'], ['LOCATION', 'Quebec City'], ['PERSON', 'Olivier'], ['ADDRESS', '455 Rue King Ouest, Apt 9, Sherbrooke, QC J1H 1R4'], ['PERSON', 'Margaret Thibodeau']] },
  // 73 English (Ireland), notice of termination
  { shape: 'letter', text: 'NOTICE OF TERMINATION\nTo: Eoin Gallagher, tenant\nOf: Apartment 6, Riverview House, Dock Road, Limerick V94 K2P6\nFrom: Mairéad Costello, landlord\nYou are required to vacate the dwelling on or before 31 January 2027. Any queries may be directed to my agent, Fergal Hanrahan, in Ennis.', expect: [['PERSON', 'Eoin Gallagher'], ['ADDRESS', 'Apartment 6, Riverview House, Dock Road, Limerick V94 K2P6'], ['PERSON', 'Mairéad Costello'], ['PERSON', 'Fergal Hanrahan'], ['LOCATION', 'Ennis']] },
  // 74 English (US), HR relocation email
  { shape: 'email', text: 'Subject: Relocation package – Brianna Castillo\n\nHi Jerome,\nBrianna has accepted the Denver role. She\'ll be moving from 2870 Sycamore Ln, El Paso, TX 79925 on the 15th. Please book movers and a temporary apartment near Cherry Creek.\nThanks,\nMonique', expect: [['PERSON', 'Brianna Castillo'], ['PERSON', 'Jerome'], ['PERSON', 'Brianna'], ['LOCATION', 'Denver'], ['ADDRESS', '2870 Sycamore Ln, El Paso, TX 79925'], ['LOCATION', 'Cherry Creek'], ['PERSON', 'Monique']] },
  // 75 Italian, delivery email
  { shape: 'email', text: 'Oggetto: Consegna mobili\n\nGentile signora Alessandra Ricci,\nla consegna presso Corso Vittorio Emanuele II 88, 10121 Torino è fissata per giovedì. Il nostro tecnico, Davide, la chiamerà da Moncalieri prima di partire.\nCordiali saluti,\nStefano Galli', expect: [['PERSON', 'Alessandra Ricci'], ['ADDRESS', 'Corso Vittorio Emanuele II 88, 10121 Torino'], ['PERSON', 'Davide'], ['LOCATION', 'Moncalieri'], ['PERSON', 'Stefano Galli']] },
  // 76 Dutch, residents' meeting report
  { shape: 'meeting', text: 'Verslag bewonersoverleg\nAanwezig: Pieter Bakker, Femke Visser, Youssef El Amrani\nPieter meldt dat de lekkage bij Oudegracht 112, 3511 AX Utrecht is verholpen.\nFemke regelt een schilder uit Nieuwegein.\nVolgende vergadering: 8 januari.', expect: [['PERSON', 'Pieter Bakker'], ['PERSON', 'Femke Visser'], ['PERSON', 'Youssef El Amrani'], ['PERSON', 'Pieter'], ['ADDRESS', 'Oudegracht 112, 3511 AX Utrecht'], ['PERSON', 'Femke'], ['LOCATION', 'Nieuwegein']] },
  // 77 English (UK), ward discharge note
  { shape: 'notes', text: 'Ward 7 discharge note\nName: Beatrice Holloway, 81\nAddress: 3 Almshouse Row, Much Wenlock, Shropshire TF13 6AA\nNext of kin: son, Clive Holloway (lives in Telford)\nGP: Dr Anjali Rao\nPlan: District nurse to visit daily for one week.', expect: [['PERSON', 'Beatrice Holloway'], ['ADDRESS', '3 Almshouse Row, Much Wenlock, Shropshire TF13 6AA'], ['PERSON', 'Clive Holloway'], ['LOCATION', 'Telford'], ['PERSON', 'Anjali Rao']] },
  // 78 English (US), resume with PO Box, all-caps name
  { shape: 'letter', text: 'JOSÉ MANUEL RIVERA\nPO Box 418, Taos, NM 87571 · (575) 555-0143\n\nSUMMARY\nBilingual paralegal with 7 years of experience in Santa Fe and Albuquerque law offices.\n\nREFERENCES\nLinda Okonkwo, Esq. — former supervisor', expect: [['PERSON', 'JOSÉ MANUEL RIVERA'], ['ADDRESS', 'PO Box 418, Taos, NM 87571'], ['LOCATION', 'Santa Fe'], ['LOCATION', 'Albuquerque'], ['PERSON', 'Linda Okonkwo']] },
  // 79 English (Australia), board minutes; org name containing a town is not a location
  { shape: 'meeting', text: 'Board meeting – Wirrabara Community Garden\nChair: Lachlan Doyle\nPresent: Mei Tanaka, Graham Pettigrew\n- Graham reported the new water tank is installed.\n- Mei will apply for a grant from the council in Port Pirie.\nMeeting closed 8:40 pm.', expect: [['PERSON', 'Lachlan Doyle'], ['PERSON', 'Mei Tanaka'], ['PERSON', 'Graham Pettigrew'], ['PERSON', 'Graham'], ['PERSON', 'Mei'], ['LOCATION', 'Port Pirie']] },
  // 80 English (NZ), thank-you letter
  { shape: 'letter', text: 'Kia ora Hine,\nThank you for hosting us at 48 Tukapa Street, Westown, New Plymouth 4310 last weekend. The kids loved the trip up to Mount Taranaki.\nWe\'re back in Palmerston North now.\nArohanui,\nRangi and Sarah', expect: [['PERSON', 'Hine'], ['ADDRESS', '48 Tukapa Street, Westown, New Plymouth 4310'], ['LOCATION', 'Mount Taranaki'], ['LOCATION', 'Palmerston North'], ['PERSON', 'Rangi'], ['PERSON', 'Sarah']] },

  // ---- Machine containers ----
  // 81 English (US), nested JSON with split address fields
  { shape: 'json', text: '{"order_id": "A-99231", "customer": {"name": "Haruto Sato", "shipping": {"line1": "1742 Kalakaua Ave, Apt 1205", "city": "Honolulu", "postcode": "96826"}}, "status": "shipped"}', expect: [['PERSON', 'Haruto Sato'], ['ADDRESS', '1742 Kalakaua Ave, Apt 1205'], ['LOCATION', 'Honolulu']] },
  // 82 English (US), nested JSON patient record; clinic name contains a neighbourhood
  { shape: 'json', text: '{"patient":{"id":"P-3381","full_name":"Esperanza Villalobos","emergency_contact":{"name":"Rodrigo Villalobos","relation":"husband"},"home_address":"2231 S Kedzie Ave, Chicago, IL 60623"},"clinic":"Pilsen Family Health"}', expect: [['PERSON', 'Esperanza Villalobos'], ['PERSON', 'Rodrigo Villalobos'], ['ADDRESS', '2231 S Kedzie Ave, Chicago, IL 60623']] },
  // 83 CSV, split first/last names with city and country
  { shape: 'csv', text: 'id,first_name,last_name,city,country\n101,Aleksander,Nowak,Gdansk,Poland\n102,Chiamaka,Obi,Enugu,Nigeria\n103,Henrik,Sørensen,Aarhus,Denmark', expect: [['PERSON', 'Aleksander'], ['PERSON', 'Nowak'], ['LOCATION', 'Gdansk'], ['LOCATION', 'Poland'], ['PERSON', 'Chiamaka'], ['PERSON', 'Obi'], ['LOCATION', 'Enugu'], ['LOCATION', 'Nigeria'], ['PERSON', 'Henrik'], ['PERSON', 'Sørensen'], ['LOCATION', 'Aarhus'], ['LOCATION', 'Denmark']] },
  // 84 Dutch, CSV with quoted addresses
  { shape: 'csv', text: 'name,address,phone\n"Wilhelmina Dekker","Dorpsstraat 45, 1191 BJ Ouderkerk aan de Amstel","+31 20 555 0192"\n"Bram Hendriks","Molenweg 3, 6871 AB Renkum","+31 317 555 044"', expect: [['PERSON', 'Wilhelmina Dekker'], ['ADDRESS', 'Dorpsstraat 45, 1191 BJ Ouderkerk aan de Amstel'], ['PERSON', 'Bram Hendriks'], ['ADDRESS', 'Molenweg 3, 6871 AB Renkum']] },
  // 85 English (Ireland), key=value log
  { shape: 'log', text: '2026-11-02T08:14:55Z level=INFO svc=checkout user_name="Colm Rafferty" ship_to="14 Seaview Park, Bray, Co. Wicklow A98 F6X2" msg="order placed"', expect: [['PERSON', 'Colm Rafferty'], ['ADDRESS', '14 Seaview Park, Bray, Co. Wicklow A98 F6X2']] },
  // 86 English, security log with cities
  { shape: 'log', text: '[2026-10-30 22:01:07] WARN geoip: login for account "Soren Aldridge" from Reykjavik, previous login from Halifax 40 min ago; flagging session', expect: [['PERSON', 'Soren Aldridge'], ['LOCATION', 'Reykjavik'], ['LOCATION', 'Halifax']] },
  // 87 Italian, YAML employee record
  { shape: 'json', text: 'employee:\n  name: Valentina Greco\n  manager: Massimo Conti\n  office: Bergamo\n  home_address: "Via Roma 12, 20121 Milano MI"\n  start_date: 2025-03-01', expect: [['PERSON', 'Valentina Greco'], ['PERSON', 'Massimo Conti'], ['LOCATION', 'Bergamo'], ['ADDRESS', 'Via Roma 12, 20121 Milano MI']] },
  // 88 English, XML booking with split name; hotel brand is not a location
  { shape: 'json', text: '<booking><guest><first>Kwame</first><last>Asante</last></guest><hotel city="Kumasi">Golden Tulip</hotel><nights>3</nights></booking>', expect: [['PERSON', 'Kwame'], ['PERSON', 'Asante'], ['LOCATION', 'Kumasi']] },
  // 89 English (US/UK), SQL insert with street and city columns
  { shape: 'json', text: "INSERT INTO customers (name, street, city) VALUES ('Bethany Crowe', '38 Tanglewood Dr', 'Asheville'), ('Idris Balogun', '7 Hawthorn Close', 'Basingstoke');", expect: [['PERSON', 'Bethany Crowe'], ['ADDRESS', '38 Tanglewood Dr'], ['LOCATION', 'Asheville'], ['PERSON', 'Idris Balogun'], ['ADDRESS', '7 Hawthorn Close'], ['LOCATION', 'Basingstoke']] },
  // 90 English (UK), markdown table of staff
  { shape: 'table', text: '| Name | Role | Location |\n|---|---|---|\n| Ayesha Siddiqui | Nurse | Bradford |\n| Connor Walsh | Porter | Huddersfield |\n| Nomvula Zulu | Midwife | Keighley |', expect: [['PERSON', 'Ayesha Siddiqui'], ['LOCATION', 'Bradford'], ['PERSON', 'Connor Walsh'], ['LOCATION', 'Huddersfield'], ['PERSON', 'Nomvula Zulu'], ['LOCATION', 'Keighley']] },
  // 91 English (South Africa), JSON array incl. PO Box
  { shape: 'json', text: '[{"name":"Lindiwe Sithole","addr":"12 Protea Street, Bloemfontein, 9301"},{"name":"Ruan Pretorius","addr":"PO Box 554, Upington, 8800"}]', expect: [['PERSON', 'Lindiwe Sithole'], ['ADDRESS', '12 Protea Street, Bloemfontein, 9301'], ['PERSON', 'Ruan Pretorius'], ['ADDRESS', 'PO Box 554, Upington, 8800']] },
  // 92 English (UK), JSON-lines log
  { shape: 'log', text: '{"ts":"2026-11-20T10:02:11Z","event":"address_verified","input":"5 Kirkgate, Cockermouth CA13 9PJ","match":true}\n{"ts":"2026-11-20T10:02:14Z","event":"name_check","input":"Hollie Pemberton","match":false}', expect: [['ADDRESS', '5 Kirkgate, Cockermouth CA13 9PJ'], ['PERSON', 'Hollie Pemberton']] },
  // 93 English (UK/Wales), CSV patient list
  { shape: 'csv', text: 'mrn,patient_name,dob,gp_name,town\n55012,Dorota Jabłońska,1961-04-02,Hugh Whitcombe,Cardiff\n55013,Emrys Vaughan,1944-11-19,Hugh Whitcombe,Penarth', expect: [['PERSON', 'Dorota Jabłońska'], ['PERSON', 'Hugh Whitcombe'], ['LOCATION', 'Cardiff'], ['PERSON', 'Emrys Vaughan'], ['PERSON', 'Hugh Whitcombe'], ['LOCATION', 'Penarth']] },
  // 94 English (Canada), YAML site config
  { shape: 'json', text: 'site:\n  title: "Greenfield Bakery"\n  contact:\n    owner: Bogdan Petrescu\n    address: 1450 Main St W, Hamilton, ON L8S 1C5\n  delivery_areas:\n    - Dundas\n    - Ancaster\n    - Stoney Creek', expect: [['PERSON', 'Bogdan Petrescu'], ['ADDRESS', '1450 Main St W, Hamilton, ON L8S 1C5'], ['LOCATION', 'Dundas'], ['LOCATION', 'Ancaster'], ['LOCATION', 'Stoney Creek']] },
  // 95 Dutch, XML customer record
  { shape: 'json', text: '<customer id="C-2210"><name>Rosalind Achterberg</name><address>Keizersgracht 402, 1016 GC Amsterdam</address><branch>Leiden</branch></customer>', expect: [['PERSON', 'Rosalind Achterberg'], ['ADDRESS', 'Keizersgracht 402, 1016 GC Amsterdam'], ['LOCATION', 'Leiden']] },
  // 96 Italian, SQL update
  { shape: 'json', text: "UPDATE tenants SET full_name = 'Giovanni Esposito', unit_address = 'Via Toledo 156, 80134 Napoli NA' WHERE tenant_id = 7731;", expect: [['PERSON', 'Giovanni Esposito'], ['ADDRESS', 'Via Toledo 156, 80134 Napoli NA']] },
  // 97 English (US), key=value support log with agent first name
  { shape: 'log', text: 'ticket=48812 channel=chat agent=Priyanka customer="Wendell Baptiste" city="Baton Rouge" issue="refund not received"', expect: [['PERSON', 'Priyanka'], ['PERSON', 'Wendell Baptiste'], ['LOCATION', 'Baton Rouge']] },
  // 98 English (Australia), markdown table of tenants
  { shape: 'table', text: '| Tenant | Address | Since |\n|---|---|---|\n| Agnieszka Wróbel | 4/22 Fitzroy Street, St Kilda VIC 3182 | 2021 |\n| Jarrah Whitlock | 9 Glebe Point Road, Glebe NSW 2037 | 2019 |', expect: [['PERSON', 'Agnieszka Wróbel'], ['ADDRESS', '4/22 Fitzroy Street, St Kilda VIC 3182'], ['PERSON', 'Jarrah Whitlock'], ['ADDRESS', '9 Glebe Point Road, Glebe NSW 2037']] },
  // 99 French/English, JSON ticket with free-text body
  { shape: 'json', text: '{"ticket": 7719, "subject": "Wrong address on invoice", "body": "Hi, this is Odette Marchand. The invoice shows 14 Rue Victor Hugo, 33000 Bordeaux but I moved to Mérignac last year.", "priority": "low"}', expect: [['PERSON', 'Odette Marchand'], ['ADDRESS', '14 Rue Victor Hugo, 33000 Bordeaux'], ['LOCATION', 'Mérignac']] },
  // 100 English (NZ), CSV flight bookings
  { shape: 'csv', text: 'booking_ref,passenger,origin,destination\nNZ7781,Ngaio Parata,Christchurch,Invercargill\nNZ7782,Lars Eriksen,Auckland,Napier', expect: [['PERSON', 'Ngaio Parata'], ['LOCATION', 'Christchurch'], ['LOCATION', 'Invercargill'], ['PERSON', 'Lars Eriksen'], ['LOCATION', 'Auckland'], ['LOCATION', 'Napier']] },

  // ---- Hard negatives ----
  // 101 negative: product line named like a street
  { shape: 'negative', text: 'Introducing the Park Avenue collection: sofas, armchairs and ottomans in five new fabrics.', expect: [] },
  // 102 negative: job titles and board
  { shape: 'negative', text: 'The Senior Vice President of Global Operations will present the Q3 roadmap to the Board of Directors.', expect: [] },
  // 103 negative: dishes named after people
  { shape: 'negative', text: 'Menu: Caesar Salad, Beef Wellington, Eggs Benedict, Peach Melba, Earl Grey tea.', expect: [] },
  // 104 negative: company names containing a place and surnames
  { shape: 'negative', text: 'Boston Scientific and Johnson & Johnson both reported strong earnings this quarter.', expect: [] },
  // 105 negative: sports teams containing place names
  { shape: 'negative', text: 'Final score: Manchester United 2, Aston Villa 1.', expect: [] },
  // 106 negative: software named after people
  { shape: 'negative', text: 'Please restart the Apache Kafka broker and check the Jenkins pipeline before the Docker image is pushed.', expect: [] },
  // 107 negative: named storm and organisation
  { shape: 'negative', text: 'Storm Babet brought heavy rain overnight and the Met Office issued an amber warning.', expect: [] },
  // 108 negative: awards named after people
  { shape: 'negative', text: 'The Nobel Prize and the Fields Medal are often compared, but the Turing Award is the top honour in computing.', expect: [] },
  // 109 negative: capitalised common words
  { shape: 'negative', text: 'Welcome to Customer Support. Your Account Manager will reach out within 2 Business Days.', expect: [] },
  // 110 negative: products named like people
  { shape: 'negative', text: 'Order Summary\nItem: Madison Tote (Black)\nItem: Victoria Wallet (Tan)\nSubtotal: $214.00\nShipping: Free', expect: [] },
  // 111 negative: policy heading and roles
  { shape: 'negative', text: 'Section 4.2 – Grievance Procedure. Employees should first raise concerns with their Line Manager or HR Business Partner.', expect: [] },
  // 112 negative: ship named after a person
  { shape: 'negative', text: 'The Queen Mary 2 departs on schedule; passengers may board from 11 am.', expect: [] },
  // 113 negative: car brands and models
  { shape: 'negative', text: 'Ford Mustang, Mercedes-Benz, Tesla Model Y and Lincoln Navigator were the best-selling models at the dealership this month.', expect: [] },
  // 114 negative: JSON config
  { shape: 'negative', text: '{"status": "ok", "region": "eu-west-1", "plan": "Enterprise", "features": ["Single Sign-On", "Audit Log", "Custom Domains"]}', expect: [] },
  // 115 negative: scheduler log
  { shape: 'negative', text: '2026-11-21 03:14:07 INFO scheduler: job=NightlyBackup status=SUCCESS duration=412s host=db-primary-02', expect: [] },
  // 116 negative: team chat with capitalised agenda
  { shape: 'negative', text: 'Hi team, Monday\'s stand-up is moved to Tuesday. Agenda: Sprint Review, Retro, Backlog Grooming.', expect: [] },
  // 117 negative: dishes with place-derived names
  { shape: 'negative', text: 'Try our new Hawaiian pizza and Buffalo wings — now on the Sunday menu!', expect: [] },
  // 118 negative: job posting fields
  { shape: 'negative', text: 'Job title: Principal Engineer, Platform Reliability. Reports to: Director of Engineering. Location: Remote.', expect: [] },
  // 119 negative: CSV products named after London streets/districts
  { shape: 'negative', text: 'sku,product,colour,price\nPA-100,Park Lane Sofa,Charcoal,899\nKS-220,Kensington Bed Frame,Oak,649\nMF-310,Mayfair Lamp,Brass,129', expect: [] },
  // 120 negative: newspaper names containing places
  { shape: 'negative', text: 'The Washington Post and the Financial Times both ran the story on Page One.', expect: [] },
];
